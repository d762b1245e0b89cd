import type { Meetup, Passage, Talk } from '../content/meetup.js';

/** A small fast PRNG so the same seed always yields the same corpus. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORD = /[A-Za-z0-9][A-Za-z0-9._\-/+]*|[\p{sc=Han}々]+|[\p{sc=Katakana}ー]+/gu;
const PARTICLES = ['の', 'で', 'を', 'は', 'が', 'に', 'と', 'から', 'まで', 'について'];
const ENDINGS = ['です', 'できる', 'を使う', 'が必要', 'に注意', 'で動作', 'します', ''];

export interface CorpusOptions {
  readonly talks: number;
  readonly passagesPerTalk?: number;
  readonly talksPerMeetup?: number;
  readonly seed?: number;
}

/**
 * Builds a deterministic corpus of meetups whose Japanese/English text is drawn from the words of
 * the given notes, for measuring the index at sizes the real notes do not reach.
 */
export function generateCorpus(source: readonly Meetup[], options: CorpusOptions): Meetup[] {
  const { talks, passagesPerTalk = 10, talksPerMeetup = 100, seed = 42 } = options;
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const text = source.flatMap((m) =>
    m.talks.flatMap((t) => [t.title, ...t.passages.map((p) => p.text)]),
  );
  const vocabulary = [...new Set(text.flatMap((s) => s.match(WORD) ?? []))];
  if (vocabulary.length === 0)
    throw new Error('The source notes have no words to build a corpus from.');

  const sentence = (words: number): string => {
    let out = '';
    for (let i = 0; i < words; i++) {
      const word = pick(vocabulary);
      const latin = /^[A-Za-z0-9]/.test(word);
      out += latin ? ` ${word} ` : word;
      out += random() < 0.6 ? pick(PARTICLES) : '';
    }
    return (out + pick(ENDINGS)).replace(/\s+/g, ' ').trim();
  };

  const meetups: Meetup[] = [];
  for (let m = 0; m * talksPerMeetup < talks; m++) {
    const count = Math.min(talksPerMeetup, talks - m * talksPerMeetup);
    const meetupTalks: Talk[] = [];
    for (let t = 0; t < count; t++) {
      const passages: Passage[] = [];
      for (let p = 0; p < passagesPerTalk; p++) {
        const lines = 1 + Math.floor(random() * 3);
        const body = Array.from({ length: lines }, () => sentence(4 + Math.floor(random() * 10)));
        passages.push({ text: body.join('\n'), line: p + 1, section: sentence(3) });
      }
      meetupTalks.push({
        title: `${sentence(4)} #${m * talksPerMeetup + t}`,
        line: 1,
        links:
          random() < 0.5 ? [{ kind: 'slides', url: `https://slides.example.test/${m}/${t}` }] : [],
        passages,
      });
    }
    meetups.push({
      title: `Generated Meetup #${m + 1}`,
      file: `generated/${m + 1}.md`,
      talks: meetupTalks,
    });
  }
  return meetups;
}
