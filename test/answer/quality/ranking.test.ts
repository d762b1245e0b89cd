import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING_PROFILE, withOverrides } from '../../../src/search/scoring/profile.js';
import { top } from '../../support/answers.js';
import { buildEngine, FIXTURES, notesFrom, useEngine } from '../../support/engine.js';

const service = useEngine(FIXTURES.ranking, { perTest: true });

describe('which passage answers', () => {
  it('does not let the words that name the meetup pull in a talk that repeats them', () => {
    const answer = top(
      service().ask('At the Go 1.21 release party, why run Athens as a module proxy?'),
    );
    expect(answer.talk).toBe('Athensを社内で運用している話');
  });

  it('prefers the passage that says something over one that only repeats the question', () => {
    expect(top(service().ask('Octantって何?')).snippet).toContain('ブラウザで見せる');
  });

  it('weighs a long katakana word like one word, not one per bigram', () => {
    const answer = top(service().ask('サンプルテックの移行の見積もりは月いくら?'));
    expect(answer.snippet).toContain('月12万円');
  });

  it("never takes the meetup's details for an answer on their own", () => {
    expect(service().ask('天神でやったmeetupの話').kind).toBe('not-found');
  });
});

describe('coverage against repetition', () => {
  // A long bullet with three of the question's four words, and a short one that repeats the
  // other two: BM25 alone prefers the short one.
  const notes = notesFrom(`# Data Night #2

## What the payments team learned this year

- Card refund, card refund
- When a shop sends many small requests late at night from a new device in another country and the amounts keep growing while the address changes between requests, fraud in that refund is flagged for a person on the night shift to look at before any money moves anywhere, and the person then calls the shop, checks the device history
- The ledger is replicated to a second region
- Shops get paid by bank transfer

## Keeping a shop safe

- Fraud is rare but flagged orders cost time
- A flagged order waits for a person
`);
  const first = (exponent?: number) =>
    top(
      buildEngine(
        notes,
        exponent === undefined
          ? {}
          : {
              profile: withOverrides(DEFAULT_SCORING_PROFILE, {
                answer: { coverageExponent: exponent },
              }),
            },
      ).ask('how is card refund fraud flagged?'),
    ).snippet;

  it('answers with the passage that has more of the question, though it is long', () => {
    expect(first()).toContain('fraud in that refund is flagged');
  });

  it('lets the short repetition win when coverage weighs less (the exponent is what decides)', () => {
    expect(first(3)).toContain('Card refund, card refund');
  });
});

describe('questions about slides and recordings', () => {
  it('says plainly that the notes have no slides for the talk, instead of passing a passage off as a link', () => {
    expect(service().ask('Athensの発表のスライドある?')).toEqual({
      kind: 'not-found',
      query: 'Athensの発表のスライドある?',
      suggestions: ['Athensを社内で運用している話'],
      missing: 'slides',
    });
  });

  it('says there is no recording when a video is asked for', () => {
    const answer = service().ask('Is there a recording of the Athens talk?');
    expect(answer.kind === 'not-found' && answer.missing).toBe('video');
  });

  it('shows the passage that speaks of the slides first, like "coming later"', () => {
    const answer = top(service().ask('ジェネリクスの資料はどこ?'));
    expect(answer.snippet).toContain('資料は後日公開予定');
    expect(answer.missing).toBe('slides');
  });

  describe('a question asking for an address of another kind', () => {
    const meetup = (extra: string, details = '') =>
      notesFrom(`# Bot Builders #4
${details}
## A bot that watches new releases

- [someone](https://twitter.com/someone)
- It checks the release feeds every hour and posts a summary to the team chat
- Written in TypeScript on a serverless function
${extra}
## Scaling the job queue

- The queue moved from cron jobs to a managed scheduler
`);
    const ask = (extra: string, question: string, linkRequired = true, details = '') =>
      buildEngine(meetup(extra, details), {
        profile: withOverrides(DEFAULT_SCORING_PROFILE, { answer: { linkRequired } }),
      }).ask(question);
    const question = 'which github repository has the release bot?';

    it('has no answer when the talk gives no address but its speaker’s profile', () => {
      expect(ask('', question)).toEqual({
        kind: 'not-found',
        query: question,
        suggestions: ['A bot that watches new releases'],
        missing: 'link',
      });
      expect(ask('', 'リリース監視botのソースってどこ?')).toMatchObject({ missing: 'link' });
      expect(ask('', question, false).kind).toBe('found');
    });

    it('answers when the talk links its code or slides, or its meetup a page or a recording', () => {
      const code = '- The code: [release-bot](https://example.test/someone/release-bot)\n';
      expect(top(ask(code, question)).talk).toBe('A bot that watches new releases');
      const slides = '- [Slides](https://speakerdeck.com/someone/release-bot)\n';
      expect(top(ask(slides, question)).talk).toBe('A bot that watches new releases');
      const page = '\n- https://bot-builders.connpass.com/event/4/\n';
      expect(top(ask('', question, true, page)).talk).toBe('A bot that watches new releases');
      const headed = buildEngine(
        notesFrom(
          '# Bot Builders #4\n\n## [A bot that watches new releases](https://example.test/bot)\n\n- It checks the release feeds every hour\n',
        ),
      ).ask(question);
      expect(top(headed).talk).toBe('A bot that watches new releases');
      const video = '\n- 録画: https://www.youtube.com/watch?v=bb4\n';
      expect(top(ask('', question, true, video)).talk).toBe('A bot that watches new releases');
    });

    it('weighs the words naming the address like those for slides, and leads with the passage linking', () => {
      const edge = buildEngine(
        notesFrom(`# Edge Night #7

## Shipping a tiny WAF to the edge

- The rules engine is compiled to Wasm, and a tiny WAF fits in one module
- Cold start went from 40ms to 6ms

### Trying it

- The WAF runs on three edge providers today, a tiny one among them
- Benchmarks are in the appendix

### Code

- Source: [tinywaf](https://example.test/mika/tinywaf)
`),
      );
      // "repository" is in no note: the question's one other word finds the talk.
      const repo = top(edge.ask('tinywafのリポジトリどこ?'));
      expect(repo.snippet).toContain('Source: tinywaf');
      const link = top(edge.ask('any link for the WAF?'));
      expect(link.snippet).toBe('Source: tinywaf');
    });

    it('leaves a question that asks no address to the talk', () => {
      expect(top(ask('', 'what does the release bot post to the team chat?')).snippet).toContain(
        'summary',
      );
    });
  });

  it('marks nothing missing for a question that does not ask for links', () => {
    expect(top(service().ask('Athensを社内で運用する理由は?')).missing).toBeUndefined();
  });
});
