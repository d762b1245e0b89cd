import { beforeEach, describe, expect, it } from 'vitest';
import type { QueryService } from '../../../src/answer/answer.js';
import { found } from '../../support/answers.js';
import { buildEngine, EACH_PASSAGE_ALONE, notesFrom } from '../../support/engine.js';

const OPS_NIGHT = `# Ops Night #1

## Ansible collections in practice

* Ansible collections make roles reusable across playbooks, and Ansible Galaxy hosts the collections
* Collections replaced the old roles layout in Ansible 2.10
* 資料 https://speakerdeck.com/team/automation-deck

## 雨の日の運用

* 雨の日はデモの回線が落ちやすいので、予備の回線を用意しておく

## Kubernetes network policy

* Kubernetes network policy limits which pods can talk to each other
* Tanzu prices were not covered in this talk

## Ramen and beer

* After the talk we went for ramen near the venue
`;
// Built in each test, so a mutant in building the index or the listing is active when it is built.
let service: QueryService;
beforeEach(() => {
  service = buildEngine(notesFrom(OPS_NIGHT));
});

describe('which passages count as an answer', () => {
  it('puts the passage with the talk’s slide link first when the question asks for slides', () => {
    const results = found(service.ask('Where are the slides for the Ansible collections talk?'));
    expect(results[0]?.snippet).toBe('資料 https://speakerdeck.com/team/automation-deck');
    // The rest keep their order.
    expect(results.slice(1).map((r) => r.snippet.slice(0, 20))).toEqual([
      'Ansible collections ',
      'Collections replaced',
    ]);
  });

  it('keeps the best passage first when the question does not ask for links', () => {
    // Each passage a result of its own, so that their order shows.
    const results = found(
      buildEngine(notesFrom(OPS_NIGHT), EACH_PASSAGE_ALONE).ask('ansible collections'),
    );
    expect(results.map((r) => r.snippet.slice(0, 20))).toEqual([
      'Ansible collections ',
      'Collections replaced',
      '資料 https://speakerde',
    ]);
  });

  it('gives no answer when the question has no real word, only a lone kanji the notes contain', () => {
    // "雨" is in the notes, and covers all of this question, but a lone kanji says too little.
    expect(service.ask('雨').kind).toBe('not-found');
    expect(service.ask('雨?').kind).toBe('not-found');
  });

  it('needs two of the question’s real words covered when it has two or more', () => {
    // "ramen" alone is how an off-topic question meets the after-party.
    const answer = service.ask('ramen price');
    expect(answer).toEqual({
      kind: 'not-found',
      query: 'ramen price',
      suggestions: ['Ramen and beer', 'Kubernetes network policy'],
    });
    expect(service.ask('kubernetes ramen').kind).toBe('not-found');
  });

  it('answers a question of one real word with the passage that has it', () => {
    expect(found(service.ask('ramen')).map((r) => r.talk)).toEqual(['Ramen and beer']);
  });

  it('answers when both real words are in one passage', () => {
    expect(found(service.ask('tanzu price')).map((r) => r.snippet)).toEqual([
      'Tanzu prices were not covered in this talk',
    ]);
  });
});

describe('the result limit', () => {
  const NUMBERS = 'one two three four five six seven eight nine ten eleven twelve'.split(' ');
  // Built in each test, so a mutant in building the index or the listing is active when it is built.
  let tips: QueryService;
  beforeEach(() => {
    tips = buildEngine(
      notesFrom(
        `# M\n\n## Octant tips\n\n${NUMBERS.map((n) => `* Octant tip: ${n}`).join('\n')}\n`,
      ),
      // Each tip a result of its own, as the limit counts results.
      EACH_PASSAGE_ALONE,
    );
  });
  const count = (limit: number) => found(tips.ask('octant', { limit })).length;

  it('shows as many answers as asked, from 1 to 10', () => {
    expect([1, 2, 5, 10].map(count)).toEqual([1, 2, 5, 10]);
  });

  it('shows at least one and at most ten whatever is asked', () => {
    expect([0, -3, 11, 20].map(count)).toEqual([1, 1, 10, 10]);
  });

  it('drops the fraction of a limit, and shows 3 for a limit that is not a number', () => {
    expect([2.7, Number.NaN, Number.POSITIVE_INFINITY].map(count)).toEqual([2, 3, 3]);
    expect(found(tips.ask('octant'))).toHaveLength(3);
  });
});
