import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/search/normalize.js';
import { asksForVerdict, givesVerdict } from '../../src/search/verdict-asked.js';

describe('asksForVerdict', () => {
  it.each([
    'what did the speaker recommend for backups?',
    'which scheduler do they recommend?',
    'was the operator recommended in the end?',
    'are they recommending the managed plan?',
    'what was the verdict on the new scheduler?',
    'any takeaways from the cache session?',
    'so what did the storage team conclude about tiering?',
    'did the team end up going with the queue?',
    'which queue did the team end up using? and why?',
    'Why was it slow, and which queue did they end up using?',
    'I get why the cron jobs failed, but what did they end up using instead?',
    'why it failed is clear but what did they end up choosing',
    'バックアップ構成の結論は?',
    'スケジューラは結局どれがよかった?',
    'ログ基盤は結局移行した?',
    'ログ基盤はどれがおすすめ?',
    'オススメのエディタは?',
    'おススメの本ある?',
    'お勧めの構成は?',
    'お薦めのツールは?',
    '最終的に何を推奨してた?',
    'どのDBを推してた?',
    '結局どっちが良かったの?',
    '結局何を使うことにしたんですか?',
    '最終的にどのツールを選んだの?',
    'What did they use in the end?',
    'Which database did the speaker suggest?',
    'what did they advise for small teams?',
    'what did the team settle on?',
    'What was the bottom line on serverless?',
  ])('knows that "%s" asks for a verdict', (question) => {
    expect(asksForVerdict(normalize(question))).toBe(true);
  });

  it.each([
    'What did the storage panel cover?',
    'which talk covered the recommendation engine?',
    'how long did the feature store migration end up taking?',
    'バックアップは何で取ってる?',
    '結局どうやって移行したの?',
    '結局ログはどこに送ってた?',
    '結局リストア訓練はどのくらいの頻度でやってた?',
    'どのくらい速くなった?',
    'who gave the talk on the scheduler?',
    'How do you end up with a memory leak in Go?',
    'why did the team end up using the queue instead of the cron jobs?',
    'how come they ended up choosing Postgres?',
    "What's the recommended Node version for the hands-on?",
    '推奨環境はどのバージョン?',
    '結局、懇親会は開催された?',
    '結局昨日のLTは録画された?',
  ])('knows that "%s" asks for no verdict', (question) => {
    expect(asksForVerdict(normalize(question))).toBe(false);
  });
});

describe('givesVerdict', () => {
  const gives = (title: string, ...passages: { text: string; section?: string }[]) =>
    givesVerdict({ title, passages });

  it.each([
    '結論: 自前で持たない',
    'スナップショットは毎晩取るべき',
    '小さいチームならマネージドがいい',
    '小さいチームならマネージドが良い',
    '小さいチームならマネージドがよい',
    '結局マネージドに戻した',
    'マネージドがおすすめ',
    'マネージドがオススメ',
    'マネージドがおススメ',
    'マネージドをお勧めする',
    'マネージドをお薦めする',
    'マネージドを推奨',
    'マネージド一択',
    '小規模ならマネージドで十分',
    'マネージドが最適',
    'マネージドが一番',
    'マネージドが無難',
    'マネージドに決定',
    'We recommend the managed plan',
    'the managed plan is recommended',
    'you should keep snapshots for a week',
    'the conclusion: keep it managed',
    'in the end they kept the old scheduler',
    'takeaway: measure first',
    'verdict: keep it managed',
    'bottom line: keep it managed',
    'TL;DR keep it managed',
    'go with the managed plan unless you need root',
    'they prefer the managed plan',
    'the best fit was the queue',
    '最終的にGoに移行した',
    '最終的にはCloud Runに落ち着いた',
    'Aurora を採用',
    'Ended up choosing the managed plan',
    'the small plan is good enough for side projects',
    'まとめ: 自前で持たない',
  ])('reads a verdict in "%s"', (text) => {
    expect(gives('Backups', { text: 'スナップショットを取る' }, { text })).toBe(true);
  });

  it.each([
    'retries are best effort',
    'Best practices for tagging',
    '結論は出なかった',
    '使うべきかは未定',
    'ログをまとめて送る',
    'Building a recommendation system with the warehouse',
    'おすすめ機能の実装について',
    'まとめサイトのスクレイピング',
    'CIまわりのエンジニアを採用中です',
    '採用情報はサイトへ',
    'The best-known tool is the old one',
    'best of breed tools list',
    'Which one should you pick? It depends',
    'スナップショットは毎晩取る',
    'the queue holds a day of jobs',
  ])('reads none in "%s"', (text) => {
    expect(gives('Backups', { text })).toBe(false);
  });

  it('reads a verdict in the talk title or a section heading over the passages', () => {
    expect(gives('おすすめCIツール比較', { text: 'CircleCI' })).toBe(true);
    expect(gives('CIツール比較', { text: '自前で持たない', section: 'まとめ' })).toBe(true);
    expect(gives('CIツール比較', { text: '自前で持たない', section: '構成' })).toBe(false);
  });
});
