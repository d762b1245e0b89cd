import type { Meetup } from '../content/meetup.js';

/**
 * A meetup written back as the Markdown notes organizers write (`#` meetup, `##` talk, a slide
 * bullet, `###` section, a bullet with sub-bullets per passage), so the bench can start the bot
 * on a folder of files, as it runs, instead of handing values to the engine.
 */
export function meetupMarkdown(meetup: Meetup, date: string): string {
  const lines = ['---', `title: ${JSON.stringify(meetup.title)}`, `date: ${date}`, '---'];
  lines.push(`# ${meetup.title}`, '');
  for (const talk of meetup.talks) {
    lines.push(`## ${talk.title}`, '');
    for (const link of talk.links)
      lines.push(`* ${link.kind === 'slides' ? '資料' : '動画'} <${link.url}>`);
    if (talk.links.length > 0) lines.push('');
    for (const passage of talk.passages) {
      if (passage.section !== undefined) lines.push(`### ${passage.section}`, '');
      const [first = '', ...rest] = passage.text.split('\n');
      lines.push(`* ${first}`, ...rest.map((line) => `    * ${line}`), '');
    }
  }
  return lines.join('\n');
}
