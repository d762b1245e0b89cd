/**
 * A line that is a date, the way organizers write one before the first talk: `2019/02/12 Tue`,
 * `2019-02-12`, `2019年2月12日(火)`, `2019.2.12`, optionally after `日時:` and followed by a
 * weekday or a time. Only the start of the line is read, so a sentence that merely mentions a
 * date later on does not count.
 */
const DATE_LINE =
  /^(?:(?:日時|日付|開催日|開催日時|date)\s*[:：]?\s*)?(\d{4})\s*(?:[/.-]|年)\s*(\d{1,2})\s*(?:[/.-]|月)\s*(\d{1,2})(?:\s*日)?(?=$|[\s(（,、〜~]|[a-z])/i;

/** The date a line starts with, as `YYYY-MM-DD`, or `undefined` when it is no real date. */
export function dateFromLine(line: string): string | undefined {
  const match = DATE_LINE.exec(line.normalize('NFKC').trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
