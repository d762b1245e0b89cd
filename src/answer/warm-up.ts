import { at } from '../at.js';
import type { Meetup } from '../content/meetup.js';
import type { Steps } from '../search/cooperative.js';
import type { QueryService } from './answer.js';

/**
 * How many talks the warm-up questions are made from, spread over the notes: at 10,000 talks one
 * talk's six questions took about 50 ms in process and a console p99 of 8.6-10.2 ms in three
 * bench runs, two talks' twelve 75-80 ms and 10.2-10.8 ms (start 0.4 s later).
 */
const WARM_UP_TALKS = 1;
/** A Latin word long enough to be looked up as a typo when misspelt. */
const LATIN_WORD = /[A-Za-z]{5,}/g;

/**
 * Questions made from the notes themselves, one of each kind the answer path treats its own way:
 * a talk's title as asked, its slides asked for in English and in Japanese, its meetup's venue,
 * a word of it misspelt (the typo search), and words the notes lack beside it (coverage, and the
 * "no answer" path). The talks are spread over the notes: the first, then evenly after it.
 */
export function warmUpQuestions(meetups: readonly Meetup[], talks = WARM_UP_TALKS): string[] {
  const all = meetups.flatMap((meetup) => meetup.talks.map((talk) => ({ meetup, talk })));
  const step = Math.max(1, Math.floor(all.length / talks));
  const questions: string[] = [];
  for (let i = 0; i < all.length && i < step * talks; i += step) {
    const { meetup, talk } = at(all, i);
    questions.push(
      talk.title,
      `Where are the slides for ${talk.title}?`,
      `${talk.title}の資料はどこ?`,
      `Where was ${meetup.title} held?`,
      `${misspelt(talk.title)}とは?`,
      `${talk.title} qzxv wqpt`,
    );
  }
  return questions;
}

/**
 * Asks each warm-up question once, a step each, and lets the answers go. V8 runs a function's
 * first calls in its interpreter and compiles it once it has seen it run: at 10,000 talks the
 * first questions after a start took two to four times as long as the same questions later.
 * A bot runs this once, after its first build and before it serves, so the first people to ask
 * do not pay for it; the answer path stays compiled through later reloads.
 */
export function* warmUpSteps(
  service: QueryService,
  meetups: readonly Meetup[],
  talks = WARM_UP_TALKS,
): Steps<number> {
  const questions = warmUpQuestions(meetups, talks);
  for (const question of questions) {
    service.ask(question);
    yield;
  }
  return questions.length;
}

/**
 * The text with two letters in the middle of its longest Latin word swapped, a typo the notes do
 * not have; with no such word, the text with a letter added.
 */
export function misspelt(text: string): string {
  let longest = '';
  for (const [word] of text.matchAll(LATIN_WORD)) if (word.length > longest.length) longest = word;
  if (longest === '') return `${text}x`;
  const k = Math.floor(longest.length / 2);
  const typo =
    longest.slice(0, k - 1) + longest.charAt(k) + longest.charAt(k - 1) + longest.slice(k + 1);
  return text.replace(longest, typo);
}
