/**
 * Questions that ask for a person ("Who gave the talk on X?", "Xを作ったのは誰?") and whether a
 * talk names one. Like a number question (answer-type.ts), such a question has no answer in a
 * talk whose notes name nobody, however well its words match: "who won the draw at the closing?"
 * meets the closing talk's bullets about the draw, and those say what was won, not by whom.
 */

/**
 * "Who" opening the question or a clause of it ("…, and who…"), not inside another clause ("the
 * tool that shows who signed an image" asks which tool). 誰/だれ/どなた, but not 誰でも
 * (anyone), 誰か (someone) or 誰も (nobody). On normalized text (lower case).
 */
const ASKS_FOR_PERSON =
  /(?:^|[.?!,;:]\s*|(?<![a-z])(?:and|so|then) )who(?![a-z])|(?:誰|だれ|どなた)(?!でも|か|も)/;

/**
 * How notes name a person: a name with an honorific (大隈さん, Jalalさん, 吉崎氏; not 皆さん, お客さん
 * or 氏名), a handle (@name, not an email's domain), a katakana full name with its middle dot
 * (ケイスケ・ホンダ), or a label (登壇者: …, speaker: …).
 */
const PERSON_IN_TEXT =
  /(?<![皆客]|みな|お客)(?<=[^\s、。「」()（）]\s?)(?:さん|氏(?!名)|先生|くん)(?![A-Za-z0-9])|(?<![\p{L}\p{N}._-])@[A-Za-z0-9_]{2,}|\p{sc=Katakana}{2,}[・･]\p{sc=Katakana}{2,}|(?:登壇者|発表者|講師|speaker)\s*[:：]/u;
/**
 * A talk's title also names its speaker after "by" (net/http by someone) or in parentheses at its
 * end (Cache invalidation （someone）), but for the mark of a tentative title, (仮).
 */
const PERSON_IN_TITLE = /(?<![a-z])by \S|[(（](?!仮[)）])[^()（）]{2,40}[)）]\s*$/i;

/** Whether a normalized question asks who someone is or who did something. */
export function asksForPerson(normalizedQuestion: string): boolean {
  return ASKS_FOR_PERSON.test(normalizedQuestion);
}

/**
 * The text a reply to a question asking who shows: `text` itself when it names someone, else the
 * first line of the talk's notes naming someone, then `text` (the line is the answer; the rest is
 * what the question's words met).
 */
export function withPersonLine(
  text: string,
  passages: readonly { readonly text: string }[],
): string {
  if (PERSON_IN_TEXT.test(text)) return text;
  const line = passages.find((p) => PERSON_IN_TEXT.test(p.text));
  return line ? `${line.text}\n${text}` : text;
}

/** Whether a talk names a person: in its title, or in a line or heading of its notes. */
export function namesPerson(talk: {
  readonly title: string;
  readonly passages: readonly { readonly text: string; readonly section?: string }[];
}): boolean {
  if (PERSON_IN_TITLE.test(talk.title) || PERSON_IN_TEXT.test(talk.title)) return true;
  return talk.passages.some(
    (p) =>
      PERSON_IN_TEXT.test(p.text) || (p.section !== undefined && PERSON_IN_TEXT.test(p.section)),
  );
}
