import type { MeetupListing } from '../answer/answer.js';
import type { Language } from './language.js';

/**
 * The example questions help shows. They are about the notes shipped in `content/`, so they are
 * shown only while those notes are loaded: another community's bot must not suggest a question
 * its own notes cannot answer.
 */
const SEED = {
  /** The shipped meetup both examples are answered from. */
  meetup: 'VMware DevOps Meetup #5',
  examples: {
    en: 'When did Ansible 2.10 become GA?',
    ja: 'Octantって何?',
  },
} as const satisfies { meetup: string; examples: Record<Language, string> };

/** The example question for help in `language`, or undefined when the shipped notes are not loaded. */
export function seedExample(
  meetups: readonly MeetupListing[],
  language: Language,
): string | undefined {
  return meetups.some((m) => m.title === SEED.meetup) ? SEED.examples[language] : undefined;
}
