import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/answer.js';
import type { LoadedContent } from '../../../src/content/load-content.js';
import { evaluate, parseEvalFile } from '../../../src/eval/evaluate.js';
import { buildEngine, readNotes } from '../../support/engine.js';

/** A meetup an organizer might add next, in the README's format, with a slideshare link. */
const ADDED = 'test/fixtures/added-meetup/vmware-devops-meetup-extra-1.md';

/** What must hold for any valid notes, whoever wrote them. */
function expectServable(content: LoadedContent): void {
  expect(content.problems.filter((p) => p.lost)).toEqual([]);
  expect(content.meetups.length).toBeGreaterThan(0);
  for (const meetup of content.meetups) {
    expect(meetup.talks.length, meetup.file).toBeGreaterThan(0);
    for (const talk of meetup.talks) expect(talk.passages.length, talk.title).toBeGreaterThan(0);
  }
}

/** The first result as a reader sees it, to compare two indexes answer by answer. */
function shownFirst(answer: Answer): string {
  if (answer.kind !== 'found') return answer.kind;
  const [first] = answer.results;
  return `${first?.talk} | ${first?.snippet}`;
}

describe('the shipped notes in content/', () => {
  it('hold the evaluation set to hit@1 >= 0.95, answer@1 >= 0.85 and no answer for every off-topic question', async () => {
    const items = parseEvalFile(
      await readFile('test/eval/questions.jsonl', 'utf8'),
      'questions.jsonl',
    );
    expect(items.length).toBeGreaterThanOrEqual(30);
    const report = evaluate(buildEngine(await readNotes('content')), items);
    expect(report['hit@1'], JSON.stringify(report.failures)).toBeGreaterThanOrEqual(0.95);
    expect(report['answer@1'], JSON.stringify(report.failures)).toBeGreaterThanOrEqual(0.85);
    expect(report.none).toBe(1);
  });
});

describe('notes added to content/', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'content-plus-'));
    await cp('content', dir, { recursive: true });
    await cp(ADDED, path.join(dir, '2021', path.basename(ADDED)));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('load with no errors and give every talk a passage, before and after a meetup is added', async () => {
    const shipped = await readNotes('content');
    expectServable(shipped);
    const added = await readNotes(dir);
    expectServable(added);
    expect(added.meetups.length).toBe(shipped.meetups.length + 1);
    expect(added.meetups.map((m) => m.title)).toContain('VMware DevOps Meetup 番外編 #1');
  });

  it('answer every evaluation question the same way after an unrelated meetup is added', async () => {
    const items = parseEvalFile(
      await readFile('test/eval/questions.jsonl', 'utf8'),
      'questions.jsonl',
    );
    const before = buildEngine(await readNotes('content'));
    const after = buildEngine(await readNotes(dir));
    const changed = items
      .map((item) => ({
        q: item.q,
        before: shownFirst(before.ask(item.q)),
        after: shownFirst(after.ask(item.q)),
      }))
      .filter((c) => c.before !== c.after);
    expect(changed).toEqual([]);
    const report = evaluate(after, items);
    expect(report['hit@1']).toBeGreaterThanOrEqual(0.95);
    expect(report.none).toBe(1);
  });

  it('list the added meetup with its talks and slide links', async () => {
    const after = buildEngine(await readNotes(dir));
    const added = after.talks().find((m) => m.title === 'VMware DevOps Meetup 番外編 #1');
    expect(added?.talks.map((t) => t.title)).toEqual([
      'Tanzu Mission Controlで複数クラスタをまとめて管理する',
      'Harborでイメージを配る',
    ]);
    expect(added?.talks[0]?.links).toContainEqual({
      kind: 'slides',
      url: 'https://www.slideshare.net/example/tanzu-mission-control',
    });
  });
});
