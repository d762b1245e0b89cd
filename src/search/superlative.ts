/**
 * A question asking which one is most something ("which provider had the fastest cold start?",
 * どれが一番速い?) is answered by a passage that says something about that quality: a line that
 * only names the candidates compared, or the topic, does not say which came out ahead. Like a
 * number or a person asked for, the quality is what the answer must have.
 *
 * Each quality is known in both languages, so an English question meets notes in Japanese (最速,
 * 速い) and a Japanese one meets notes in English (fastest, faster); a time that is shortest is
 * as fast as it gets, a price that is lowest the cheapest. Only qualities of this table are asked
 * for: after 一番 or 最も, a kanji that is no quality (一番目, 一番手) or a longer word (一番大事,
 * 一番人気) asks nothing of the answer's words.
 */

/**
 * A quality: its English superlatives, the English words that speak of it (any form: fast,
 * faster, fastest), and its kanji (速 of 速い and 最速) or Japanese words (安価, 低コスト).
 */
interface Quality {
  readonly superlatives: readonly string[];
  readonly english: readonly string[];
  readonly japanese: readonly string[];
}

// Not age: "the latest version" or 一番新しい asks which is the most recent, which a line stating
// one version answers without saying "new".
const QUALITIES: readonly Quality[] = [
  {
    superlatives: ['fastest', 'quickest'],
    english: ['fast', 'faster', 'quick', 'quicker', 'quickly', 'shortest'],
    japanese: ['速', '早', '短', '高速'],
  },
  {
    superlatives: ['slowest'],
    english: ['slow', 'slower', 'longest'],
    japanese: ['遅', '長', '低速'],
  },
  {
    superlatives: ['cheapest'],
    english: ['cheap', 'cheaper', 'inexpensive', 'lowest', 'least expensive'],
    japanese: ['安', '安価', '低コスト', '低価格', '無料'],
  },
  {
    superlatives: ['priciest', 'costliest'],
    english: ['expensive', 'pricier', 'costlier', 'highest'],
    japanese: ['高'],
  },
  { superlatives: ['longest'], english: ['long', 'longer'], japanese: ['長'] },
  { superlatives: ['shortest'], english: ['short', 'shorter'], japanese: ['短'] },
  {
    superlatives: ['biggest', 'largest'],
    english: ['big', 'bigger', 'large', 'larger'],
    japanese: ['大'],
  },
  { superlatives: ['smallest'], english: ['small', 'smaller'], japanese: ['小'] },
  { superlatives: ['highest'], english: ['high', 'higher'], japanese: ['高'] },
  { superlatives: ['lowest'], english: ['low', 'lower'], japanese: ['低'] },
  {
    superlatives: ['easiest', 'simplest'],
    english: ['easy', 'easier', 'easily', 'simple', 'simpler'],
    japanese: ['簡', '易', '簡単'],
  },
  { superlatives: ['hardest'], english: ['hard', 'harder', 'difficult'], japanese: ['難'] },
  { superlatives: ['strongest'], english: ['strong', 'stronger'], japanese: ['強'] },
  { superlatives: ['lightest'], english: ['light', 'lighter'], japanese: ['軽', '軽量'] },
  { superlatives: ['heaviest'], english: ['heavy', 'heavier'], japanese: ['重'] },
  { superlatives: [], english: ['many', 'more', 'most'], japanese: ['多'] },
  { superlatives: [], english: ['few', 'fewer', 'least'], japanese: ['少'] },
];

/**
 * English superlatives of one word, on normalized text. Not "most X" or "best": the quality of
 * "most" is the word after it, in any of thousands of words, and "best practice" asks for no
 * comparison.
 */
const SUPERLATIVE_EN = new RegExp(
  `(?<![a-z])(${QUALITIES.flatMap((q) => q.superlatives).join('|')})(?![a-z])`,
);
/**
 * 一番, いちばん or 最も before an adjective: one kanji and its kana (速い, 多く, 安かった), or a
 * quality's word of two kanji (高速, 安価, 簡単).
 */
const SUPERLATIVE_JA =
  /(?:一番|いちばん|最も)(?:(\p{sc=Han})(?=\p{sc=Hiragana})|(高速|低速|安価|簡単|軽量))/u;

/**
 * The forms a passage must have one of to answer the superlative a normalized question asks,
 * if it asks one of a known quality: its English words and its Japanese ones.
 */
export function superlativeForms(typed: string): readonly string[] | undefined {
  const word = SUPERLATIVE_EN.exec(typed)?.[1];
  const match = SUPERLATIVE_JA.exec(typed);
  const kanji = match?.[1] ?? match?.[2];
  // An empty string is no quality's word or kanji.
  const quality = QUALITIES.find(
    (q) => q.superlatives.includes(word ?? '') || q.japanese.includes(kanji ?? ''),
  );
  return quality && [...quality.superlatives, ...quality.english, ...quality.japanese];
}

/**
 * Whether a normalized text has one of the forms a superlative needs: a Japanese one anywhere
 * (速い, 最速, 高速), an English one as a whole word (fast, not FastAPI or breakfast).
 */
export function saysQuality(normalizedText: string, forms: readonly string[]): boolean {
  return forms.some((form) => {
    const whole = WHOLE_WORDS.get(form);
    return whole ? whole.test(normalizedText) : normalizedText.includes(form);
  });
}

/** Each English form of the table's qualities as a whole word, made once. */
const WHOLE_WORDS = new Map(
  QUALITIES.flatMap((q) => [...q.superlatives, ...q.english]).map(
    (form) => [form, new RegExp(`(?<![a-z])${form}(?![a-z])`)] as const,
  ),
);
