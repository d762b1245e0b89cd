import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/search/normalize.js';
import { asksForVerdict, givesVerdict } from '../../src/search/verdict-asked.js';

describe('asksForVerdict', () => {
  it.each([
    'So what did the storage panel conclude?',
    'did they end up recommending the operator?',
    'which backup tool do they recommend?',
    "what's the takeaway from the cache talk?",
    'バックアップの話、結局どれがいいって結論だった?',
    '結局移行はうまくいった?',
    'ログ基盤はどれがおすすめ?',
    'オススメのエディタは?',
    'どの構成を推奨してた?',
  ])('knows that "%s" asks for a verdict', (question) => {
    expect(asksForVerdict(normalize(question))).toBe(true);
  });

  it.each([
    'What did the storage panel cover?',
    'how does the operator end the upgrade?',
    'バックアップは何で取ってる?',
    '結局どうやって移行したの?',
    'どのくらい速くなった?',
    'who suggested the talk to you?',
  ])('knows that "%s" asks for no verdict', (question) => {
    expect(asksForVerdict(normalize(question))).toBe(false);
  });
});

describe('givesVerdict', () => {
  const gives = (...passages: { text: string; section?: string }[]) =>
    givesVerdict(passages, normalize);

  it.each([
    'スナップショットは毎晩取るべき',
    '小さいチームならマネージドがいい',
    '結論: 自前で持たない',
    'We recommend the managed plan',
    'in the end they kept the old scheduler',
    'the best fit was the queue',
  ])('reads a verdict in "%s"', (text) => {
    expect(gives({ text: 'スナップショットを取る' }, { text })).toBe(true);
  });

  it('reads a verdict in a section heading over the passages', () => {
    expect(gives({ text: '自前で持たない', section: 'まとめ' })).toBe(true);
    expect(gives({ text: '自前で持たない', section: '構成' })).toBe(false);
  });

  it('reads none in notes that only describe', () => {
    expect(
      gives({ text: 'スナップショットは毎晩取る' }, { text: 'the queue holds a day of jobs' }),
    ).toBe(false);
  });
});
