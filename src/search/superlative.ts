/**
 * A question asking which one is most something ("which provider had the fastest cold start?",
 * どれが一番速い?) is answered by a passage that says something about that quality: a line that
 * only names the candidates compared, or the topic, does not say which came out ahead. Like a
 * number or a person asked for, the quality is what the answer must have.
 *
 * Each quality is known in both languages, so an English question meets notes in Japanese (最速,
 * 速い) and a Japanese one meets notes in English (fastest, faster). Only qualities of this table
 * are asked for: after 一番 or 最も, a kanji that is no quality (一番目, 一番手) or a longer word
 * (一番大事, 一番人気) asks nothing of the answer's words.
 */

/** A quality: its English superlatives, its English stems, and its kanji (as 速 in 速い, 最速). */
interface Quality {
  readonly superlatives: readonly string[];
  readonly english: readonly string[];
  readonly kanji: readonly string[];
}

const QUALITIES: readonly Quality[] = [
  { superlatives: ['fastest', 'quickest'], english: ['fast', 'quick'], kanji: ['速', '早'] },
  { superlatives: ['slowest'], english: ['slow'], kanji: ['遅'] },
  { superlatives: ['cheapest'], english: ['cheap'], kanji: ['安'] },
  { superlatives: ['newest', 'latest'], english: ['new', 'latest'], kanji: ['新'] },
  { superlatives: ['oldest'], english: ['old'], kanji: ['古'] },
  { superlatives: ['longest'], english: ['long'], kanji: ['長'] },
  { superlatives: ['shortest'], english: ['short'], kanji: ['短'] },
  { superlatives: ['biggest', 'largest'], english: ['big', 'large'], kanji: ['大'] },
  { superlatives: ['smallest'], english: ['small'], kanji: ['小'] },
  { superlatives: ['highest'], english: ['high'], kanji: ['高'] },
  { superlatives: ['lowest'], english: ['low'], kanji: ['低'] },
  {
    superlatives: ['easiest', 'simplest'],
    english: ['easy', 'easi', 'simpl'],
    kanji: ['簡', '易'],
  },
  { superlatives: ['hardest'], english: ['hard', 'difficult'], kanji: ['難'] },
  { superlatives: ['strongest'], english: ['strong'], kanji: ['強'] },
  { superlatives: ['lightest'], english: ['light'], kanji: ['軽'] },
  { superlatives: ['heaviest'], english: ['heav'], kanji: ['重'] },
  { superlatives: [], english: ['many', 'most'], kanji: ['多'] },
  { superlatives: [], english: ['few', 'least'], kanji: ['少'] },
];

/**
 * English superlatives of one word, on normalized text. Not "most X" or "best": the quality of
 * "most" is the word after it, in any of thousands of words, and "best practice" asks for no
 * comparison.
 */
const SUPERLATIVE_EN = new RegExp(
  `(?<![a-z])(${QUALITIES.flatMap((q) => q.superlatives).join('|')})(?![a-z])`,
);
/** 一番, いちばん or 最も before a one-kanji adjective (速い, 多く, 安かった): its kanji. */
const SUPERLATIVE_JA = /(?:一番|いちばん|最も)(\p{sc=Han})(?=\p{sc=Hiragana})/u;

/**
 * The forms a passage must have one of to answer the superlative a normalized question asks,
 * if it asks one of a known quality: its English stems and its kanji.
 */
export function superlativeForms(typed: string): readonly string[] | undefined {
  const word = SUPERLATIVE_EN.exec(typed)?.[1];
  const kanji = SUPERLATIVE_JA.exec(typed)?.[1];
  // An empty string is no quality's word or kanji.
  const quality = QUALITIES.find(
    (q) => q.superlatives.includes(word ?? '') || q.kanji.includes(kanji ?? ''),
  );
  return quality && [...quality.english, ...quality.kanji];
}

/**
 * Whether a normalized text has one of the forms a superlative needs: a kanji anywhere (速い,
 * 最速, 高速), an English stem at the start of a word (fast, faster, fastest; not breakfast).
 */
export function saysQuality(normalizedText: string, forms: readonly string[]): boolean {
  return forms.some((form) =>
    /^[a-z]/.test(form)
      ? new RegExp(`(?<![a-z])${form}`).test(normalizedText)
      : normalizedText.includes(form),
  );
}
