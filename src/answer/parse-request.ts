/**
 * What a user asked for, from the text after `/vmware`, after a mention, or in a DM: the same
 * words on every platform.
 */
export type Request =
  | { readonly kind: 'help' }
  | { readonly kind: 'talks' }
  | { readonly kind: 'ask'; readonly question: string };

/**
 * `help` or nothing -> help; `talks` -> the listing; `ask <question>` -> the question; any other
 * text is a question too, so people do not have to learn the `ask` keyword.
 */
export function parseRequest(text: string): Request {
  const trimmed = text.trim();
  const [first = '', ...rest] = trimmed.split(/\s+/);
  const keyword = first.toLowerCase();
  if (trimmed === '' || (keyword === 'help' && rest.length === 0)) return { kind: 'help' };
  if (keyword === 'talks' && rest.length === 0) return { kind: 'talks' };
  if (keyword === 'ask') {
    const question = trimmed.slice(first.length).trim();
    return question === '' ? { kind: 'help' } : { kind: 'ask', question };
  }
  return { kind: 'ask', question: trimmed };
}
