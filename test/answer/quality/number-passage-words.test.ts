import { describe, expect, it } from 'vitest';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

// A talk that says its release cadence went up, but not by how much; another of its passages
// gives a number of another thing (the company's services).
const DELIVERY_NIGHT = `# Delivery Night #4

## How our SRE team ships

- Releases
  - release cadence went up after the SRE team formed
  - every release is rolled out by a bot
- Company
  - runs more than 120 services
`;

const ask = (notes: string, question: string, numberWordsShort?: number) =>
  buildEngine(notesFrom(notes), {
    profile: scoringProfileFrom(
      numberWordsShort === undefined ? {} : { answer: { numberWordsShort } },
    ),
  }).ask(question);

const QUESTION = 'By how much did the release cadence go up after the SRE team formed?';

describe('a number answers from a passage with nearly as many of the words as the best', () => {
  it('has no answer when only a passage with fewer of the words states a number', () => {
    expect(ask(DELIVERY_NIGHT, QUESTION).kind).toBe('not-found');
  });

  it('answers with that other number when the check is off', () => {
    const answer = ask(DELIVERY_NIGHT, QUESTION, 99);
    expect(answer.kind === 'found' && answer.results[0]?.snippet).toContain('120 services');
  });

  it('answers from a passage one word short of the best: the word asking the number', () => {
    const stated = DELIVERY_NIGHT.replace(
      '- Company',
      '- Numbers\n  - release cadence: 2 to 10 a week\n- Company',
    );
    const answer = ask(stated, QUESTION);
    expect(answer.kind === 'found' && answer.results[0]?.snippet).toContain('2 to 10 a week');
  });
});

// A talk named by its title's word alone: its passages write the rest of the question in other
// words (the bidding of the question is the notes' RTB), and one of them states a time.
const BIDDING_NIGHT = `# Ad Tech Night #2

## Lumora の配信基盤

- RTB の流れ
  - SSP から DSP へ、最高値が勝つ
  - 応答は 80ms or die
- 配信ログは日に数億件

## Other systems

- キャッシュの二重構成
`;

describe('a number from a talk its title names, where no passage meets two of the words', () => {
  it('answers from the passage of that talk stating a number of the kind asked', () => {
    const answer = ask(BIDDING_NIGHT, 'Lumoraの入札って何ミリ秒以内が勝負?');
    expect(answer.kind === 'found' && answer.results[0]?.snippet).toContain('80ms or die');
  });

  it('has no answer when no passage of that talk states one', () => {
    const stated = BIDDING_NIGHT.replace('  - 応答は 80ms or die\n', '');
    expect(ask(stated, 'Lumoraの入札って何ミリ秒以内が勝負?').kind).toBe('not-found');
    // Nor for a question asking no number, nor one meeting no word at all.
    expect(ask(BIDDING_NIGHT, 'Lumoraの入札って誰が勝負?').kind).toBe('not-found');
    expect(ask(BIDDING_NIGHT, 'Zephyrの入札って何ミリ秒以内?').kind).toBe('not-found');
  });
});
