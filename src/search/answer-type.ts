/**
 * What kind of answer a question wants. "How long did the migration take?" and "どのくらい速く
 * なった?" are answered by a passage that states an amount, "When did it go GA?" and "いつ出たの?"
 * by one that states a date: a number the question itself does not give. A talk that states
 * none has no answer to such a question, however well its words match.
 */
export interface NumberQuestion {
  readonly kind: 'date' | 'amount';
  /** The numbers the question gives, as the notes would write them: no passage answers with these. */
  readonly given: readonly string[];
}

// On normalized text (NFKC, lower case). "When" asks for a date only before a past or future
// verb ("when did", "when will"); "when do I use it" asks for a situation. いつ is not いつも,
// いつか, いつでも, 使いつつ or あいつ.
const ASKS_FOR_DATE = new RegExp(
  [
    '(?<![a-z])(?:when (?:did|was|were|will)|what (?:year|date|month)|which year)(?![a-z])',
    '(?<!あ)いつ(?!も|か|でも|つ|い)',
    '何(?:年|月|日)(?!間)',
  ].join('|'),
);
const ASKS_FOR_AMOUNT = new RegExp(
  [
    '(?<![a-z])(?:how (?:many|much|long|big|small|large|fast|slow|often|old|far|quick(?:ly)?)',
    'what (?:percentage|percent|ratio|share|version|size|price|cost)',
    'which version)(?![a-z])',
    '何(?:回|人|台|個|件|倍|割|%|パーセント|時間|分|秒|円|行|歳|社|名|枚|本|ヶ月|か月|カ月|日間|年間|バージョン)',
    'ど(?:の|れ)(?:くらい|ぐらい|程度)',
    'いくら(?!でも|か)',
    'いくつ(?!か)',
  ].join('|'),
);
/**
 * A number standing on its own, with the separators of decimals, dates and times (7.3, 2017/06/12,
 * 10:30, 8時間, 16GB); not the digits of a name (Dagger2, ver1.0, k8s). Half- or full-width, so
 * passages are read as written; a normalized question has only the half-width forms.
 */
const NUMBER =
  /(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９.,/:．，／：])[0-9０-９]+(?:[.,/:．，／：][0-9０-９]+)*/g;
/** A year (2019), a day (2017/06/12, 6/12), or a number a date counter follows (12月, 3日). */
const YEAR_OR_DAY = /^(?:(?:19|20)\d\d|\d{1,4}\/\d{1,2}(?:\/\d{1,4})?)$/;
/** The character after a bare year-like number that makes it no year (1920x1080, 2000台); a day (2020/9/22GA) stays a date. */
const NOT_A_DATE = /[a-zA-Zａ-ｚＡ-Ｚ台個人件]/;
/** The character after a number that makes it a date (12月, 3日). */
const DATE_COUNTER = /[年月日]/;

/** What number the question asks for, if it asks for one. */
export function numberAsked(normalizedQuestion: string): NumberQuestion | undefined {
  const kind = ASKS_FOR_DATE.test(normalizedQuestion)
    ? 'date'
    : ASKS_FOR_AMOUNT.test(normalizedQuestion)
      ? 'amount'
      : undefined;
  if (!kind) return undefined;
  return { kind, given: normalizedQuestion.match(NUMBER) ?? [] };
}

/** Whether the question asks for a number and `text` states one of that kind it does not give. */
export function answersNumberQuestion(
  query: { readonly numberAsked: NumberQuestion | undefined },
  text: string,
): boolean {
  const asked = query.numberAsked;
  if (!asked) return false;
  for (const match of text.matchAll(NUMBER)) {
    const number = match[0].normalize('NFKC');
    if (asked.given.includes(number)) continue;
    if (asked.kind === 'amount') return true;
    const next = text.charAt(match.index + match[0].length);
    const day = YEAR_OR_DAY.test(number) && number.includes('/');
    if (DATE_COUNTER.test(next) || day || (YEAR_OR_DAY.test(number) && !NOT_A_DATE.test(next))) {
      return true;
    }
  }
  return false;
}
