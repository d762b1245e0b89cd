/**
 * The team's own notes as a community keeps them in git: one folder per meetup holding a
 * `README.md`, under a folder per year, with the repository's own `README.md` at the top.
 */
export function meetupReadme(
  title: string,
  talks: readonly { readonly title: string; readonly slides?: string; readonly text?: string }[],
): string {
  const lines = [`# ${title}`, '', '2024/03/05 at the community hall', ''];
  for (const talk of talks) {
    lines.push(`## ${talk.title}`, '');
    if (talk.slides) lines.push(`* 資料 ${talk.slides}`, '');
    lines.push(`* ${talk.text ?? `Notes about ${talk.title}.`}`, '');
  }
  return lines.join('\n');
}

export const FIRST_MEETUP = meetupReadme('Harbor Night #1', [
  {
    title: 'Running Postgres on Kubernetes',
    slides: 'https://speakerdeck.com/example/postgres-on-k8s',
    text: 'The operator restarts a failed replica within thirty seconds.',
  },
  { title: 'Tracing with OpenTelemetry', text: 'Spans are sampled at ten percent in production.' },
]);

export const SECOND_MEETUP = meetupReadme('Harbor Night #2', [
  {
    title: 'Building a CLI in Go',
    slides: 'https://speakerdeck.com/example/go-cli',
    text: 'Cobra generates the completion scripts for every shell.',
  },
  { title: 'Lightning talk: my homelab', text: 'Three mini PCs run the whole cluster quietly.' },
]);

/** The notes repository as first pushed. */
export const NOTES_REPOSITORY: Readonly<Record<string, string>> = {
  'README.md': '# Harbor Night notes\n\nOne folder per meetup; the bot reads them all.\n',
  'glossary.yml': '- [k8s, kubernetes, クバネティス]\n',
  '2024/0305-harbor-night-1/README.md': FIRST_MEETUP,
};
