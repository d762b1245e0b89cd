import { at } from '../at.js';
import type { Meetup } from '../content/meetup.js';
import type { Steps } from '../search/cooperative.js';
import type { QueryService } from './answer.js';

/**
 * How many talks the warm-up questions are made from, spread over the notes. At 10,000 talks, in
 * process: one talk's six questions (about 50 ms) left a p99 over the next 800 asks of 4.8 and
 * 6.1 ms; eight talks of the kinds below (192 questions, about 260 ms) 3.7 and 3.4 ms; sixteen
 * (384, about 410 ms) 4.5 and 4.7 ms. V8 compiles what it has seen run, and the kinds matter more
 * than the count.
 */
const WARM_UP_TALKS = 8;
/** A Latin word long enough to be looked up as a typo when misspelt. */
const LATIN_WORD = /[A-Za-z]{5,}/g;
/** A Latin word of three letters or more: the longest is the name a question may ask about. */
const NAMES = /[A-Za-z][A-Za-z0-9.+-]{2,}/g;

/**
 * Questions made from the notes themselves, of each kind the answer path treats its own way: a
 * talk's title as asked, its slides in English and in Japanese, its meetup's venue, date and
 * headcount, a word of it misspelt (the typo search), words the notes lack beside it (the "no
 * answer" path), a person, a tool, a version, a count, a share, a time, a choice of two, a reason,
 * and words of a line of its notes, asked in English and in Japanese. The talks are spread over
 * the notes: the first, then evenly after it.
 */
export function warmUpQuestions(meetups: readonly Meetup[], talks = WARM_UP_TALKS): string[] {
  const all = meetups.flatMap((meetup) => meetup.talks.map((talk) => ({ meetup, talk })));
  const step = Math.max(1, Math.floor(all.length / talks));
  const questions: string[] = [];
  for (let i = 0; i < all.length && i < step * talks; i += step) {
    const { meetup, talk } = at(all, i);
    const title = talk.title;
    const name = (title.match(NAMES) ?? ['it']).reduce((a, b) => (b.length > a.length ? b : a));
    const line = (talk.passages[0]?.text ?? title).split('\n')[0] ?? title;
    // A line of Japanese has no spaces: its first words are cut to a question's length.
    const words = [...line.split(/\s+/).slice(0, 4).join(' ')].slice(0, 40).join('');
    const phrase = [...line].slice(0, 12).join('');
    questions.push(
      title,
      `Where are the slides for ${title}?`,
      `${title}の資料はどこ?`,
      `Where was ${meetup.title} held?`,
      `${misspelt(title)}とは?`,
      `${title} qzxv wqpt`,
      `How many people came to ${meetup.title}?`,
      `${meetup.title}はいつ?`,
      `Who talked about ${title}?`,
      `${title}では何のツールを使った?`,
      `Which version of ${name} was it?`,
      `${name}は何台?`,
      `${name}は毎日何時に動く?`,
      `${phrase}は何%?`,
      `in the ${name} talk, how long did ${words} take?`,
      `Is ${name} free or paid?`,
      `${name}と${phrase}どっち?`,
      `why ${name}?`,
      `${title}のメリットは?`,
      `What does ${name} do in ${title}?`,
      `what did they say about ${words}?`,
      `${phrase}ってどういうこと?`,
      `${phrase}について教えて`,
      `When was ${words} released?`,
      `does ${name} support ${words}?`,
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
