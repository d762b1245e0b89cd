import { stemmer } from 'stemmer';

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** Units by English stem, with the counters Japanese notes write after a number (3ヶ月, 20回). */
const COUNTERS: Readonly<Record<string, readonly string[]>> = {
  [stemmer('months')]: ['ヶ月', 'カ月', 'ヵ月', '月'],
  [stemmer('years')]: ['年'],
  [stemmer('weeks')]: ['週間', '週'],
  [stemmer('days')]: ['日'],
  [stemmer('hours')]: ['時間'],
  [stemmer('minutes')]: ['分'],
  [stemmer('seconds')]: ['秒'],
  [stemmer('times')]: ['回'],
  [stemmer('people')]: ['人', '名'],
  [stemmer('persons')]: ['人', '名'],
};

/**
 * What a number or unit word of an English question looks like in Japanese notes: "three" is 3,
 * "months" is ヶ月 (so "three months" meets 3ヶ月).
 */
export function countersFor(word: string): readonly string[] {
  const number = NUMBER_WORDS.indexOf(word);
  if (number >= 0) return [String(number)];
  return COUNTERS[stemmer(word)] ?? [];
}
