import type { Logger } from '../logger.js';
import { type Messages, messagesFor } from '../messages/catalog.js';
import type { Language } from '../messages/language.js';
import type { SynonymDictionary } from '../search/synonym-dictionary.js';
import { openDatabase } from '../store/open-database.js';
import { buildReport, type Report } from './build-report.js';

/** What one digest covers: the days before its scheduled time. */
const DIGEST_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Lines of each list a digest shows; `npm run report` has the rest. */
const DIGEST_ITEMS = 5;

/** The result of one scheduled run, in every process that shares the store. */
export type DigestOutcome = 'sent' | 'already-sent' | 'failed';

export interface DigestDeps {
  readonly databaseUrl: string;
  readonly contentDir: string;
  readonly synonyms?: SynonymDictionary;
  /** Posts the digest (plain text) to the organizers' channel(s); rejects when it could not. */
  readonly post: (text: string) => Promise<void>;
  readonly logger: Logger;
  /** The organizers' language (`ORGANIZERS_LANGUAGE`, default Japanese). */
  readonly language?: Language;
}

/** The weekly digest: one post per scheduled period, whichever process claims it first. */
export interface WeeklyDigest {
  /**
   * Sends the digest for the period scheduled at `period`, unless a process sharing the store
   * (another replica, or this one before a restart) already claimed it. Never rejects.
   */
  runFor(period: Date): Promise<DigestOutcome>;
}

export function createWeeklyDigest({
  databaseUrl,
  contentDir,
  synonyms,
  post,
  logger,
  language = 'ja',
}: DigestDeps): WeeklyDigest {
  const say = messagesFor(language);
  return {
    async runFor(period) {
      // Replicas fire within moments of each other: the minute is the period's name.
      const key = new Date(Math.floor(period.getTime() / 60_000) * 60_000).toISOString();
      let client: Awaited<ReturnType<typeof openDatabase>> | undefined;
      try {
        client = await openDatabase(databaseUrl);
        // The claim is the one write every process races for; the primary key lets one win.
        const claim = await client.execute({
          sql: 'INSERT OR IGNORE INTO digests (period, sent_at) VALUES (?, ?)',
          args: [key, Date.now()],
        });
        if (claim.rowsAffected === 0) {
          logger.info({ period: key }, 'The digest for this period was already sent.');
          return 'already-sent';
        }
        const until = new Date(key);
        const report = await buildReport(client, {
          since: new Date(until.getTime() - DIGEST_DAYS * DAY_MS),
          until,
          glossary: await readGlossaryWhenDue(contentDir),
          ...(synonyms && { synonyms }),
        });
        await post(digestText(report, say));
        logger.info({ period: key, questions: report.questions }, 'Sent the weekly digest.');
        return 'sent';
      } catch (err) {
        logger.error({ err, period: key }, 'The weekly digest could not be sent.');
        return 'failed';
      } finally {
        client?.close();
      }
    },
  };
}

/** The digest as plain text, in the organizers' language: counts, the top unanswered groups, the 👎 answers. */
function digestText(report: Report, say: Messages): string {
  const lines = [say.digestTitle(report.since, report.until), say.digestCounts(report)];
  if (report.unanswered.length > 0) {
    lines.push('', say.digestUnanswered);
    for (const g of report.unanswered.slice(0, DIGEST_ITEMS)) {
      lines.push(`• ${g.count}× ${g.question}`);
    }
  }
  if (report.disliked.length > 0) {
    lines.push('', say.digestDisliked);
    for (const d of report.disliked.slice(0, DIGEST_ITEMS)) {
      lines.push(`• ${d.count}× ${d.question} → ${d.talk}`);
    }
  }
  lines.push('', say.digestMore('npm run report -- --since 7d'));
  return lines.join('\n');
}

/**
 * The organizers' glossary for a digest, its reader imported when a digest is made: the YAML
 * parser it needs is then not among what the bot loads before it answers (about 25 ms of a start).
 */
async function readGlossaryWhenDue(contentDir: string) {
  const { readGlossary } = await import('./report-inputs.js');
  return readGlossary(contentDir);
}
