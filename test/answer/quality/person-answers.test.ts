import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/answer.js';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

// One talk names its speaker in a section of its own, away from the lines the question's words
// meet; the other names nobody.
const PLATFORM_NIGHT = `# Platform Night #5

## Moving the build farm to containers

### Speaker

* サンプル社 山田さん

### The farm

* Every build farm job now runs in containers, with the cache on a shared volume
* The build farm runs 40 hosts in 3 regions

## The closing lottery

* The lottery prizes were a robot vacuum and a tote bag
* The lottery drew everyone who stayed to the end
`;

const first = (answer: Answer) => (answer.kind === 'found' ? answer.results[0] : undefined);

describe('a question asking who', () => {
  const service = buildEngine(notesFrom(PLATFORM_NIGHT));

  it('has no answer when its talk names nobody, and names that talk', () => {
    const answer = service.ask('Who won the robot vacuum in the closing lottery?');
    expect(answer.kind).toBe('not-found');
    if (answer.kind === 'not-found') expect(answer.suggestions[0]).toBe('The closing lottery');
  });

  it('is answered with the line naming the person when the talk names one', () => {
    const result = first(service.ask('Who moved the build farm jobs to containers?'));
    expect(result?.talk).toBe('Moving the build farm to containers');
    expect(result?.snippet.split('\n')[0]).toBe('サンプル社 山田さん');
    expect(result?.snippet).toContain('containers');
  });

  const off = buildEngine(notesFrom(PLATFORM_NIGHT), {
    profile: scoringProfileFrom({ answer: { personRequired: false } }),
  });

  it('is read in Japanese too', () => {
    const question = 'closing lotteryでrobot vacuumが当たったのは誰?';
    expect(service.ask(question).kind).toBe('not-found');
    expect(first(off.ask(question))?.talk).toBe('The closing lottery');
  });

  it('answers the same question about the lottery when the rule is off', () => {
    expect(first(off.ask('Who won the robot vacuum in the closing lottery?'))?.talk).toBe(
      'The closing lottery',
    );
  });

  it('keeps the line naming the person when the lines the words met fill the snippet', () => {
    const long = buildEngine(
      notesFrom(`# Platform Night #6

## Moving the build farm to containers

### Speaker

* サンプル社 山田さん

### The farm

* ${'The old farm kept a queue per team and a scheduler that nobody owned any more, '.repeat(3)}and in the end every build farm job moved to containers
`),
    );
    const result = first(long.ask('Who moved every build farm job to containers?'));
    expect(result?.snippet.split('\n')[0]).toBe('サンプル社 山田さん');
    expect(result?.snippet).toContain('farm');
    expect(result?.snippet.length).toBeLessThanOrEqual(280);
  });

  it('leads with a section heading that names the person', () => {
    const headed = buildEngine(
      notesFrom(`# Platform Night #7

## Moving the build farm to containers

### 山田さん

* Every build farm job now runs in containers
`),
    );
    const result = first(headed.ask('Who moved the build farm jobs to containers?'));
    expect(result?.snippet.split('\n')[0]).toBe('山田さん');
  });

  it('leads with the speaker the title names plainly, then a line of the notes, then brackets', () => {
    const titled = buildEngine(
      notesFrom(`# Platform Night #8

## LT 2：kmiura：「Moving the build farm to containers」

* Every build farm job now runs in containers

### Thanks

* ノースウィンド 田中さん

## Caching the farm 池田 花子（株式会社 Sample）

* The build farm cache moved to a shared volume

## Scheduler on Kubernetes (Tokyo)

* The build farm scheduler moved to Kubernetes

### Thanks

* サンプル社 山田さん
`),
    );
    const moved = first(titled.ask('Who moved the build farm jobs to containers?'));
    expect(moved?.talk).toContain('kmiura');
    expect(moved?.snippet.split('\n')[0]).toBe('kmiura');
    const cached = first(titled.ask('Who moved the build farm cache to a shared volume?'));
    expect(cached?.snippet.split('\n')[0]).toBe('池田 花子（株式会社 Sample）');
    // The notes' line naming someone goes before the title's brackets, which may hold no name.
    const scheduled = first(titled.ask('Who moved the build farm scheduler to Kubernetes?'));
    expect(scheduled?.snippet.split('\n')[0]).toBe('サンプル社 山田さん');
  });

  it("leads with the title's speaker when the lines shown name someone else, not when they name the speaker", () => {
    const mentioned = buildEngine(
      notesFrom(`# Platform Night #9

## LT 3 森田さん「Moving the build farm to containers」

* 最初のレビューで@kaiさんに助言をもらって、build farm job を全部 containers に移した

## Caching by 池田さん

* 池田さんが build farm cache を shared volume に移した
`),
    );
    // Asked whose talk it was, the lines only mention @kai.
    for (const question of [
      'Who gave the talk on moving build farm jobs to containers?',
      'build farm を containers に移したLTって誰の?',
    ]) {
      const whose = first(mentioned.ask(question));
      expect(whose?.snippet.split('\n')[0], question).toBe('森田さん');
      expect(whose?.snippet, question).toContain('@kaiさん');
    }
    // Asked who did something, a line naming someone may be the answer: no lead.
    const moved = first(mentioned.ask('Who gave advice on moving build farm jobs to containers?'));
    expect(moved?.snippet.split('\n')[0]).toContain('@kaiさん');
    // The title's speaker named in the lines without the @ or the honorific, in another case,
    // leads nothing either.
    const named = buildEngine(
      notesFrom(`# Platform Night #10

## Storage tiers by @Mika

* MIKA が tiering の閾値を説明し、@ren さんが質問した

## LT 4 森田さん「Queue depth alerts」

* 森田が queue depth の閾値を説明し、@ren さんが質問した
`),
    );
    for (const question of [
      'Who gave the storage tiers talk?',
      'Who gave the queue depth alerts talk?',
    ]) {
      const lead = first(named.ask(question))?.snippet.split('\n')[0];
      expect(lead, question).toContain('@ren');
    }
    // The title's speaker named in the lines (without the honorific) leads nothing.
    const cached = first(mentioned.ask('Who gave the talk on the build farm cache?'));
    expect(cached?.snippet.split('\n')[0]).toContain('build farm cache');
  });

  it('is answered without the leading line when the rule is off', () => {
    const result = first(off.ask('Who moved the build farm jobs to containers?'));
    expect(result?.talk).toBe('Moving the build farm to containers');
    expect(result?.snippet).not.toContain('山田さん');
  });

  it('has no answer when the notes count the speakers but name none', () => {
    const panel = buildEngine(
      notesFrom(`# Platform Night #8

## Panel on build farms

* Three speakers compared how their teams run build farms
`),
    );
    expect(panel.ask('Who was on the build farms panel?').kind).toBe('not-found');
  });

  it('is answered by a company or a project when it asks who made a thing', () => {
    const tools = buildEngine(
      notesFrom(`# Platform Night #9

## Tracing the build farm

* The tracer we use was first made at a ride-hailing company, then given to the CNCF
* It samples one build in ten
`),
    );
    for (const question of ['Who first made the tracer?', 'そのtracerを作ったのは誰?']) {
      const result = first(tools.ask(question));
      expect(result?.talk).toBe('Tracing the build farm');
      expect(result?.snippet).toContain('ride-hailing company');
    }
    // Asked who presented it, the notes name nobody.
    expect(tools.ask('Who presented the tracer?').kind).toBe('not-found');
  });

  it('leaves questions that do not ask who as they were', () => {
    const result = first(service.ask('How many hosts does the build farm run?'));
    expect(result?.snippet).toContain('40 hosts');
    expect(result?.snippet).not.toContain('山田さん');
  });
});

describe('a talk naming its speaker in a table', () => {
  // Conference notes often put a table of the session's facts under its heading, the speaker in
  // a column of their own, with no label or honorific beside the name.
  const service = buildEngine(
    notesFrom(`# Build Conf 2031

## Opening keynote

| Track | Speaker | Level |
| --- | --- | --- |
| Main | Jo Doe | Intro |

* The keynote walked through the history of the build farm

## Cache sessions

* The keynote of the cache track was cancelled
`),
  );

  it('cuts a long table of speakers to the lead’s room, saying so', () => {
    const rows = Array.from(
      { length: 12 },
      (_, i) => `| Build farm session ${i + 1} | Speaker Number ${i + 1} |`,
    ).join('\n');
    const long = buildEngine(
      notesFrom(`# Build Conf 2032

## Lightning talks

| Title | Speaker |
| --- | --- |
${rows}

* The lightning talks covered remote caches and flaky tests
`),
    );
    const result = first(long.ask('Who covered remote caches and flaky tests at Build Conf 2032?'));
    expect(result?.snippet).toContain('remote caches');
    expect(
      result?.snippet.startsWith('Title | Speaker\nBuild farm session 1 | Speaker Number 1'),
    ).toBe(true);
    expect(result?.snippet).toContain('…');
    expect(result?.snippet).not.toContain('session 12');
    expect(result?.snippet.length).toBeLessThanOrEqual(280);
  });

  it('answers who with the table, header and row', () => {
    const result = first(service.ask('Who gave the opening keynote at Build Conf 2031?'));
    expect(result?.talk).toBe('Opening keynote');
    expect(result?.snippet).toContain('Jo Doe');
  });
});
