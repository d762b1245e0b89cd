/**
 * What a user asked for, from the text after `/vmware`, after a mention, or in a DM: the same
 * words on every platform.
 */
export type Request =
  | { readonly kind: 'help' }
  | { readonly kind: 'talks'; readonly filter?: string }
  | { readonly kind: 'ask'; readonly question: string };

const MAX_FILTER_WORDS = 3;
/** Asking for help in either language; Japanese askers then get the Japanese help. */
const HELP_WORDS = new Set(['help', 'ヘルプ', '使い方']);
const QUESTION_LIKE = /[?？]|^(?:about|on|for|with|that|which|where|when|by|from|in)\b/i;

/**
 * `help` or nothing -> help; `talks` -> the listing, `talks <words>` the meetups and talks those
 * words name; `ask <question>` -> the question; any other
 * text is a question too, so people do not have to learn the `ask` keyword.
 */
export function parseRequest(text: string): Request {
  const trimmed = text.trim();
  const [first = '', ...rest] = trimmed.split(/\s+/);
  const keyword = first.toLowerCase();
  if (trimmed === '' || (HELP_WORDS.has(keyword) && rest.length === 0)) return { kind: 'help' };
  if (keyword === 'talks') {
    const filter = trimmed.slice(first.length).trim();
    if (filter === '') return { kind: 'talks' };
    // "talks go" narrows the list; "talks about octant?" is a sentence, so a question.
    if (!QUESTION_LIKE.test(filter) && rest.length <= MAX_FILTER_WORDS)
      return { kind: 'talks', filter };
  }
  if (keyword === 'ask') {
    const question = trimmed.slice(first.length).trim();
    return question === '' ? { kind: 'help' } : { kind: 'ask', question };
  }
  return { kind: 'ask', question: trimmed };
}
