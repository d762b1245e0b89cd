import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../src/cli/report.js';
import { buildReport, reportJson, reportText } from '../../src/report/build-report.js';
import {
  createSimilarity,
  GROUPING_THRESHOLD,
  groupQuestions,
} from '../../src/report/group-questions.js';
import { readGlossary } from '../../src/report/report-inputs.js';
import { parseSince } from '../../src/report/report-period.js';
import { EMPTY_GLOSSARY } from '../../src/search/glossary.js';
import {
  loadSudachiSynonyms,
  type SynonymDictionary,
} from '../../src/search/synonym-dictionary.js';
import { openDatabase } from '../../src/store/open-database.js';
import { createQuestionStore, type QuestionRecord } from '../../src/store/question-store.js';
import { runInProcess } from '../support/run-tool.js';
import { tempStores } from '../support/temp-store.js';

const at = (iso: string) => Date.parse(iso);
const SINCE = new Date('2026-11-01T00:00:00Z');
const UNTIL = new Date('2026-11-08T00:00:00Z');

const asked = (
  id: string,
  question: string,
  askedAt: string,
  over: Partial<QuestionRecord> = {},
): QuestionRecord => ({
  id,
  askedAt: at(askedAt),
  platform: 'slack',
  source: 'command',
  userHash: 'hash-of-someone',
  question,
  answerKind: 'not-found',
  latencyMs: 1.5,
  ...over,
});
const found = (talk: string, meetup: string) =>
  ({ answerKind: 'found', topTalk: talk, topMeetup: meetup, topScore: 3.2 }) as const;
const GA = 'When did Ansible 2.10 become GA?';

/** A week of questions and votes, plus one question from the month before. */
async function seed(url: string): Promise<void> {
  const store = createQuestionStore(await openDatabase(url));
  const rows = [
    asked('n1', 'octantのインストール方法', '2026-11-02T10:00:00Z'),
    asked('n2', 'octantのインストール方法', '2026-11-03T10:00:00Z', { platform: 'discord' }),
    asked('n3', 'how to install octant', '2026-11-04T09:30:00Z', { source: 'mention' }),
    asked('n4', 'Harborでイメージを削除する方法', '2026-11-05T08:00:00Z'),
    asked('old', 'a question from last month', '2026-10-01T08:00:00Z'),
    asked('f1', GA, '2026-11-02T11:00:00Z', found('Ansible talk', 'Meetup #5')),
    asked('f2', GA, '2026-11-03T11:00:00Z', found('Ansible talk', 'Meetup #5')),
    // Sharing an answer asks again; it is not a new question.
    asked('f3', GA, '2026-11-03T11:01:00Z', {
      ...found('Ansible talk', 'Meetup #5'),
      source: 'share',
    }),
    asked('f4', 'Octantって何?', '2026-11-06T11:00:00Z', found('Octant talk', 'Meetup #4')),
  ];
  for (const row of rows) await store.recordQuestion(row);
  const vote = (answerId: string, voterHash: string, v: 'helpful' | 'not-helpful') =>
    store.recordVote({ answerId, voterHash, vote: v, votedAt: at('2026-11-06T12:00:00Z') });
  await vote('f1', 'v1', 'helpful');
  await vote('f2', 'v1', 'not-helpful');
  await vote('f2', 'v2', 'not-helpful');
  await vote('f4', 'v1', 'helpful');
  store.close();
}

const EXPECTED = {
  since: '2026-11-01T00:00:00.000Z',
  until: '2026-11-08T00:00:00.000Z',
  questions: 7,
  answered: 3,
  notFound: 4,
  helpful: 2,
  notHelpful: 2,
  unanswered: [
    { question: 'octantのインストール方法', count: 3, lastAskedAt: '2026-11-04T09:30:00.000Z' },
    {
      question: 'Harborでイメージを削除する方法',
      count: 1,
      lastAskedAt: '2026-11-05T08:00:00.000Z',
    },
  ],
  disliked: [{ question: GA, talk: 'Ansible talk', count: 2 }],
  topTalks: [
    { meetup: 'Meetup #5', talk: 'Ansible talk', count: 2 },
    { meetup: 'Meetup #4', talk: 'Octant talk', count: 1 },
  ],
};

describe('the report', () => {
  const stores = tempStores();
  let synonyms: SynonymDictionary;
  beforeAll(async () => {
    synonyms = await loadSudachiSynonyms();
  });
  afterEach(() => stores.removeAll());

  it('counts a seeded week and groups the unanswered questions across languages, as exact JSON', async () => {
    const url = `file:${path.join(await stores.dir(), 'bot.db')}`;
    await seed(url);
    const client = await openDatabase(url);
    const report = await buildReport(client, {
      since: SINCE,
      until: UNTIL,
      glossary: EMPTY_GLOSSARY,
      synonyms,
    });
    client.close();
    expect(JSON.parse(reportJson(report))).toEqual(EXPECTED);
    expect(Object.keys(JSON.parse(reportJson(report)))).toEqual(Object.keys(EXPECTED));
    const text = reportText(report);
    expect(text).toContain(
      '7 asked: 3 answered, 4 not found in the notes; 2 👍 Helpful, 2 👎 Not helpful.',
    );
    expect(text).toContain('3×  octantのインストール方法  (last asked 2026-11-04)');
    expect(text).toContain('also asked as: how to install octant');
    expect(text).not.toContain('console');
    expect(text.split('\n')).toEqual([
      'Questions from 2026-11-01 to 2026-11-08',
      '  7 asked: 3 answered, 4 not found in the notes; 2 👍 Helpful, 2 👎 Not helpful.',
      '',
      'Not answered by the notes (most asked first):',
      '  3×  octantのインストール方法  (last asked 2026-11-04)',
      '        also asked as: how to install octant',
      '  1×  Harborでイメージを削除する方法  (last asked 2026-11-05)',
      '',
      'Answers voted 👎 Not helpful:',
      `  2×  ${GA}  →  Ansible talk`,
      '',
      'Talks answers led with:',
      '  2×  Ansible talk (Meetup #5)',
      '  1×  Octant talk (Meetup #4)',
    ]);
  });

  it('says on an empty log that the local console is never recorded', async () => {
    const client = await openDatabase(`file:${path.join(await stores.dir(), 'bot.db')}`);
    const report = await buildReport(client, {
      since: SINCE,
      until: UNTIL,
      glossary: EMPTY_GLOSSARY,
    });
    client.close();
    const lines = reportText(report).split('\n');
    expect(lines).toEqual([
      'Questions from 2026-11-01 to 2026-11-08',
      '  0 asked: 0 answered, 0 not found in the notes; 0 👍 Helpful, 0 👎 Not helpful.',
      '  Only questions asked on Slack or Discord are recorded; the local console (npm start without chat tokens) never is.',
      '',
      'Not answered by the notes (most asked first):',
      '  none',
      '',
      'Answers voted 👎 Not helpful:',
      '  none',
      '',
      'Talks answers led with:',
      '  none',
    ]);
  });

  it('prints the JSON from npm run report while the bot holds the store open', async () => {
    const url = `file:${path.join(await stores.dir(), 'bot.db')}`;
    await seed(url);
    // The bot's own connection stays open (and has just written) while the report reads.
    const bot = await openDatabase(url);
    await createQuestionStore(bot).recordQuestion(
      asked('late', 'one more', '2026-11-07T00:00:00Z'),
    );
    const out = await runInProcess(runReport, ['--since', '2026-11-01', '--json'], {
      DATABASE_URL: url,
      CONTENT_DIR: 'test/fixtures/content',
    });
    bot.close();
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout) as typeof EXPECTED;
    expect(json.since).toBe('2026-11-01T00:00:00.000Z');
    expect(json.questions).toBe(8);
    expect(json.notFound).toBe(5);
    expect(json.unanswered[0]).toEqual(EXPECTED.unanswered[0]);
    expect(Object.keys(json)).toEqual(Object.keys(EXPECTED));
  });

  it('reads the glossary of the notes folder, and none when the folder has none', async () => {
    const glossary = await readGlossary('test/fixtures/content');
    expect(glossary.groups.length).toBeGreaterThan(0);
    expect(await readGlossary(await stores.dir())).toBe(EMPTY_GLOSSARY);
  });

  it('refuses a --since with anything before or after the days or the date', () => {
    const now = new Date('2026-11-27T12:00:00Z');
    for (const bad of ['x7d', '7dx', 'x2026-11-01', '2026-11-01x']) {
      expect(() => parseSince(bad, now)).toThrow(`not "${bad}".`);
    }
  });

  it('reads --since as days back or a UTC date, and refuses anything else in a sentence', () => {
    const now = new Date('2026-11-27T12:00:00Z');
    expect(parseSince('7d', now).toISOString()).toBe('2026-11-20T12:00:00.000Z');
    expect(parseSince('30d', now).toISOString()).toBe('2026-10-28T12:00:00.000Z');
    expect(parseSince('2026-11-01', now).toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(() => parseSince('last week', now)).toThrow(
      '--since must be a number of days (7d, 30d) or a date (YYYY-MM-DD), not "last week".',
    );
  });

  it('refuses a date that is not in the calendar instead of rolling it over', () => {
    const now = new Date('2026-11-27T12:00:00Z');
    expect(() => parseSince('2026-02-30', now)).toThrow(
      '--since 2026-02-30 is not a day of the calendar.',
    );
    expect(() => parseSince('2026-13-01', now)).toThrow('is not a day of the calendar');
    expect(parseSince('2024-02-29', now).toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('takes any number of days up to a century, and names the limit beyond it', () => {
    const now = new Date('2026-11-27T12:00:00Z');
    expect(parseSince('36500d', now).getTime()).toBe(now.getTime() - 36_500 * 86_400_000);
    expect(() => parseSince('36501d', now)).toThrow(
      '--since goes back at most 36500d (a century), not "36501d".',
    );
    expect(() => parseSince('99999d', now)).toThrow('at most 36500d');
  });
});

describe('grouping near-duplicate questions on the team’s labelled set', () => {
  let groups: string[][];
  let synonyms: SynonymDictionary;
  beforeAll(async () => {
    groups = (
      JSON.parse(await readFile('test/fixtures/question-groups.json', 'utf8')) as {
        groups: string[][];
      }
    ).groups;
    synonyms = await loadSudachiSynonyms();
  });

  it('never pairs two different questions at the threshold, and pairs most paraphrases', () => {
    const questions = groups.flatMap((g, label) => g.map((question) => ({ question, label })));
    const similarity = createSimilarity(
      questions.map((q) => q.question),
      { glossary: EMPTY_GLOSSARY, synonyms },
    );
    let truePairs = 0;
    let found = 0;
    const wrong: string[] = [];
    questions.forEach((a, i) => {
      for (const b of questions.slice(i + 1)) {
        const same = a.label === b.label;
        const grouped = similarity(a.question, b.question) >= GROUPING_THRESHOLD;
        if (same) truePairs++;
        if (same && grouped) found++;
        if (!same && grouped) wrong.push(`${a.question} | ${b.question}`);
      }
    });
    expect(wrong).toEqual([]);
    // 0.74 with the shipped glossary (npm run measure-grouping); 0.68 with the dictionary alone.
    expect(found / truePairs).toBeGreaterThanOrEqual(0.65);
  });

  it('puts Japanese and English wordings of one question in one group, counted together', () => {
    const octant = groups[0] ?? [];
    const harbor = groups[4] ?? [];
    const result = groupQuestions(
      [...octant, ...harbor].map((question, i) => ({
        question,
        count: i === 0 ? 3 : 1,
        lastAskedAt: `2026-11-0${(i % 9) + 1}T00:00:00.000Z`,
      })),
      { glossary: EMPTY_GLOSSARY, synonyms },
    );
    expect(result[0]).toMatchObject({ question: 'octantのインストール方法' });
    expect(result[0]?.wordings).toEqual(expect.arrayContaining(['how to install octant']));
    expect(
      result.find((g) => g.wordings.includes('Harborでイメージを削除する方法'))?.wordings,
    ).toEqual(expect.arrayContaining(['How do I delete an image in Harbor?']));
    // Nothing about Harbor joined the Octant group.
    expect(result[0]?.wordings.some((w) => /harbor/i.test(w))).toBe(false);
  });

  const asked = (question: string, count: number, day: number) => ({
    question,
    count,
    lastAskedAt: `2026-11-0${day}T00:00:00.000Z`,
  });

  it('orders groups by how often they were asked, then by the latest asked', () => {
    const result = groupQuestions(
      [asked('zebra', 1, 2), asked('okapi', 2, 1), asked('quokka', 1, 5), asked('axolotl', 1, 3)],
      { glossary: EMPTY_GLOSSARY, threshold: 2 },
    );
    expect(result.map((g) => g.question)).toEqual(['okapi', 'quokka', 'axolotl', 'zebra']);
  });

  it('names a group by its most asked wording, adds up its counts and keeps its latest day', () => {
    const [group, ...rest] = groupQuestions(
      [asked('zebra', 1, 2), asked('okapi', 3, 1), asked('quokka', 2, 7)],
      { glossary: EMPTY_GLOSSARY, threshold: 0 },
    );
    expect(rest).toEqual([]);
    // The latest day is the middle wording's, not the last listed.
    expect(group).toEqual({
      question: 'okapi',
      count: 6,
      lastAskedAt: '2026-11-07T00:00:00.000Z',
      wordings: ['okapi', 'quokka', 'zebra'],
    });
  });

  it('joins a group only when like every wording in it, at the threshold or above', () => {
    const [a, b, c] = ['octant install', 'octant install harbor delete', 'harbor delete'];
    const similarity = createSimilarity([a, b, c], { glossary: EMPTY_GLOSSARY });
    // Exactly as alike as the first two: they group at it. The third is as like the second,
    // and unlike the first.
    const threshold = similarity(a, b);
    expect(similarity(b, c)).toBeGreaterThanOrEqual(threshold);
    expect(similarity(a, c)).toBeLessThan(threshold);
    const result = groupQuestions([asked(a, 3, 1), asked(b, 2, 1), asked(c, 1, 1)], {
      glossary: EMPTY_GLOSSARY,
      threshold,
    });
    expect(result.map((g) => g.wordings)).toEqual([[a, b], [c]]);
  });

  it('orders the groups by their summed counts, not by their first wording’s', () => {
    const [a, b, c] = ['octant install', 'octant install harbor delete', 'harbor delete'];
    const threshold = createSimilarity([a, b, c], { glossary: EMPTY_GLOSSARY })(a, b);
    const result = groupQuestions(
      [asked('quokka', 3, 1), asked(a, 2, 2), asked(b, 2, 1), asked(c, 1, 1)],
      { glossary: EMPTY_GLOSSARY, threshold },
    );
    expect(result.map((g) => [g.question, g.count])).toEqual([
      [a, 4],
      ['quokka', 3],
      [c, 1],
    ]);
  });
});
