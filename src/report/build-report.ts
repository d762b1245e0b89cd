import type { Client, InValue } from '@libsql/client';
import { type GroupingOptions, groupQuestions, type QuestionGroup } from './group-questions.js';

/** What the community asked in one period, from the question log. */
export interface Report {
  /** ISO timestamps: the period is `since` (inclusive) to `until` (exclusive). */
  readonly since: string;
  readonly until: string;
  /** Questions asked (a shared answer is not asked again). */
  readonly questions: number;
  readonly answered: number;
  readonly notFound: number;
  /** Votes cast in the period. */
  readonly helpful: number;
  readonly notHelpful: number;
  /** Questions the notes could not answer, near-duplicates grouped, most asked first. */
  readonly unanswered: readonly QuestionGroup[];
  /** Answers voted 👎: the question and the talk it was answered with, most votes first. */
  readonly disliked: readonly { question: string; talk: string; count: number }[];
  /** The talks answers led with, most often first. */
  readonly topTalks: readonly { meetup: string; talk: string; count: number }[];
}

/** How many rows the lists keep; the report is a to-do list, not an export. */
const LIST_LIMIT = 20;

/** Reads the report for `[since, until)` from an open store; the bot may be writing meanwhile. */
export async function buildReport(
  client: Client,
  { since, until, ...grouping }: { since: Date; until: Date } & GroupingOptions,
): Promise<Report> {
  const window = [since.getTime(), until.getTime()];
  const rows = async (sql: string, args: InValue[] = window) =>
    (await client.execute({ sql, args })).rows;
  const asked = `asked_at >= ? AND asked_at < ? AND source != 'share'`;

  const [totals] = await rows(
    `SELECT COUNT(*) AS questions,
            COALESCE(SUM(answer_kind = 'found'), 0) AS answered,
            COALESCE(SUM(answer_kind = 'not-found'), 0) AS not_found
     FROM questions WHERE ${asked}`,
  );
  const votes = await rows(
    'SELECT vote, COUNT(*) AS n FROM votes WHERE voted_at >= ? AND voted_at < ? GROUP BY vote',
  );
  const votesOf = (vote: string) => Number(votes.find((v) => v.vote === vote)?.n ?? 0);
  const notFound = await rows(
    `SELECT question, COUNT(*) AS n, MAX(asked_at) AS last FROM questions
     WHERE ${asked} AND answer_kind = 'not-found' GROUP BY question`,
  );
  const disliked = await rows(
    `SELECT q.question, COALESCE(q.top_talk, '') AS talk, COUNT(*) AS n
     FROM votes v JOIN questions q ON q.id = v.answer_id
     WHERE v.vote = 'not-helpful' AND v.voted_at >= ? AND v.voted_at < ?
     GROUP BY q.question, q.top_talk ORDER BY n DESC, q.question LIMIT ${LIST_LIMIT}`,
  );
  const topTalks = await rows(
    `SELECT top_meetup AS meetup, top_talk AS talk, COUNT(*) AS n FROM questions
     WHERE ${asked} AND answer_kind = 'found' AND top_talk IS NOT NULL
     GROUP BY top_meetup, top_talk ORDER BY n DESC, top_talk LIMIT ${LIST_LIMIT}`,
  );

  return {
    since: since.toISOString(),
    until: until.toISOString(),
    questions: Number(totals?.questions ?? 0),
    answered: Number(totals?.answered ?? 0),
    notFound: Number(totals?.not_found ?? 0),
    helpful: votesOf('helpful'),
    notHelpful: votesOf('not-helpful'),
    unanswered: groupQuestions(
      notFound.map((r) => ({
        question: String(r.question),
        count: Number(r.n),
        lastAskedAt: new Date(Number(r.last)).toISOString(),
      })),
      grouping,
    ).slice(0, LIST_LIMIT),
    disliked: disliked.map((r) => ({
      question: String(r.question),
      talk: String(r.talk),
      count: Number(r.n),
    })),
    topTalks: topTalks.map((r) => ({
      meetup: String(r.meetup ?? ''),
      talk: String(r.talk),
      count: Number(r.n),
    })),
  };
}

/** The report as `npm run report -- --json` prints it: exactly these keys, in this order. */
export function reportJson(report: Report): string {
  return JSON.stringify({
    since: report.since,
    until: report.until,
    questions: report.questions,
    answered: report.answered,
    notFound: report.notFound,
    helpful: report.helpful,
    notHelpful: report.notHelpful,
    unanswered: report.unanswered.map(({ question, count, lastAskedAt }) => ({
      question,
      count,
      lastAskedAt,
    })),
    disliked: report.disliked.map(({ question, talk, count }) => ({ question, talk, count })),
    topTalks: report.topTalks.map(({ meetup, talk, count }) => ({ meetup, talk, count })),
  });
}

/** The report for a person reading a terminal. */
export function reportText(report: Report): string {
  const day = (iso: string) => iso.slice(0, 10);
  const lines = [
    `Questions from ${day(report.since)} to ${day(report.until)}`,
    `  ${report.questions} asked: ${report.answered} answered, ${report.notFound} not found in the notes; ${report.helpful} 👍 Helpful, ${report.notHelpful} 👎 Not helpful.`,
    // Someone trying the bot in the console and then running the report would otherwise wonder.
    ...(report.questions === 0
      ? [
          '  Only questions asked on Slack or Discord are recorded; the local console (npm start without chat tokens) never is.',
        ]
      : []),
    '',
    'Not answered by the notes (most asked first):',
  ];
  if (report.unanswered.length === 0) lines.push('  none');
  for (const g of report.unanswered) {
    const others = g.wordings.slice(1);
    lines.push(`  ${g.count}×  ${g.question}  (last asked ${day(g.lastAskedAt)})`);
    if (others.length > 0) lines.push(`        also asked as: ${others.join(' / ')}`);
  }
  lines.push('', 'Answers voted 👎 Not helpful:');
  if (report.disliked.length === 0) lines.push('  none');
  for (const d of report.disliked) lines.push(`  ${d.count}×  ${d.question}  →  ${d.talk}`);
  lines.push('', 'Talks answers led with:');
  if (report.topTalks.length === 0) lines.push('  none');
  for (const t of report.topTalks) lines.push(`  ${t.count}×  ${t.talk} (${t.meetup})`);
  return lines.join('\n');
}
