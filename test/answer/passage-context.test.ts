import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.js';
import { contextPassages } from '../../src/answer/passage-context.js';
import type { Passage } from '../../src/content/meetup.js';
import { buildEngine, notesFrom } from '../support/engine.js';

const at = (line: number, text: string, section?: string): Passage => ({
  text,
  line,
  ...(section !== undefined && { section }),
});

/** What a result shows for `passage`: its context passages' texts, a line each. */
const passageContext = (passages: readonly Passage[], passage: Passage) =>
  contextPassages(passages, passage)
    .map((p) => p.text)
    .join('\n');

describe('contextPassages', () => {
  it('shows a one-line passage with the one-line passages right above and below it', () => {
    const passages = [at(3, '参加者は40人'), at(5, '懇親会はピザ'), at(7, '次回は秋に開催')];
    expect(passageContext(passages, passages[1] as Passage)).toBe(
      '参加者は40人\n懇親会はピザ\n次回は秋に開催',
    );
    expect(passageContext(passages, passages[0] as Passage)).toBe('参加者は40人\n懇親会はピザ');
    expect(passageContext(passages, passages[2] as Passage)).toBe('懇親会はピザ\n次回は秋に開催');
  });

  it('shows a longer passage, or one of several lines, as it is', () => {
    const long = at(5, 'x'.repeat(41));
    const lines = at(5, '一行目\n二行目');
    expect(passageContext([at(3, '前'), long, at(7, '後')], long)).toBe(long.text);
    expect(passageContext([at(3, '前'), lines, at(8, '後')], lines)).toBe(lines.text);
    const edge = at(5, 'y'.repeat(40));
    expect(passageContext([at(3, '前'), edge], edge)).toBe(`前\n${edge.text}`);
  });

  it('leaves out neighbours that are long, of several lines, in another section or not adjacent', () => {
    const own = at(10, '本題の一行', '設計');
    expect(
      passageContext([at(8, 'z'.repeat(41), '設計'), own, at(12, '下\n二行', '設計')], own),
    ).toBe(own.text);
    expect(passageContext([at(8, '別の節', '運用'), own, at(12, '外の行')], own)).toBe(own.text);
    expect(passageContext([at(7, '遠い行', '設計'), own, at(13, '遠い行', '設計')], own)).toBe(
      own.text,
    );
    expect(passageContext([at(9, '上の行', '設計'), own, at(11, '下の行', '設計')], own)).toBe(
      '上の行\n本題の一行\n下の行',
    );
  });
});

describe('a passage pointing to what follows', () => {
  const list = (line: number, section?: string) =>
    at(line, '- 計測してから直す\n- 直したらまた計測する', section);

  it.each([
    '方針は以下のとおりです。',
    'この話の要点は以下であるとのこと。',
    '守るべきことは次のとおり',
    'チームで決めたこと：',
    'The two rules were as follows:',
    'They listed the following.',
    '質疑では、以下のような監視ツールの名前が出ました。',
    '前置きの文。そこで下記の手順を踏んだ。',
    'Q. 本番でも同じ構成ですか？',
    'How do you roll back a bad deploy?',
  ])('"%s" is shown with the passage after it', (text) => {
    const lead = at(4, text, '設計');
    expect(passageContext([lead, list(6, '設計')], lead)).toBe(`${text}\n${list(6).text}`);
  });

  it("takes a list's items on the lines right after one another, up to a blank line", () => {
    const lead = at(4, '決めたことは以下。', '設計');
    const items = [at(6, 'A', '設計'), at(7, 'B', '設計'), at(8, 'C', '設計')];
    const passages = [lead, ...items, at(10, '別の段落', '設計'), at(11, 'D', '運用')];
    expect(passageContext(passages, lead)).toBe('決めたことは以下。\nA\nB\nC');
    const split = [lead, ...items.slice(0, 2), at(8, 'C', '運用')];
    expect(passageContext(split, lead)).toBe('決めたことは以下。\nA\nB');
  });

  it('shows a question with its answer only, not with a question after it', () => {
    const q = at(4, 'Q. 本番でも同じ構成ですか？', 'QA');
    const a = at(5, 'A. はい、同じです', 'QA');
    const q2 = at(6, 'Q. 費用はどのくらい？', 'QA');
    expect(passageContext([q, a, q2, at(7, 'A. 月に数万円', 'QA')], q)).toBe(
      'Q. 本番でも同じ構成ですか？\nA. はい、同じです',
    );
    // An answer unsure of itself (ending in a question mark) is still the answer.
    const unsure = at(5, 'A. 基本は同じ構成。\n細部は違うかもしれない?', 'QA');
    expect(passageContext([q, unsure], q)).toBe(`${q.text}\n${unsure.text}`);
    // Followed by another question (of several lines, so only its pointing would show it).
    const long = at(6, 'Q. 費用はどのくらい？\n月ごとの内訳も知りたい', 'QA');
    expect(passageContext([q, long], q)).toBe(q.text);
    // Trailing spaces (a Markdown line break) end the question all the same.
    const spaced = at(4, 'Q. 本番でも同じ構成ですか？  ', 'QA');
    expect(passageContext([spaced, unsure], spaced)).toBe(`${spaced.text}\n${unsure.text}`);
    // Followed by another question: not its answer (the short line after it shows, as any does).
    expect(passageContext([q, q2, at(7, 'A. 月に数万円', 'QA')], q)).not.toContain('月に数万円');
  });

  it('shows at most eight items of a long list', () => {
    const lead = at(1, '候補は以下。', '設計');
    const items = Array.from({ length: 12 }, (_, k) => at(3 + k, `item ${k}`, '設計'));
    const shown = contextPassages([lead, ...items], lead);
    expect(shown).toHaveLength(9);
    expect(shown.at(-1)?.text).toBe('item 7');
  });

  it('keeps the short line above a short line that points ahead', () => {
    const lead = at(5, '質疑で出た話:', '設計');
    const passages = [at(4, '参加者は40人', '設計'), lead, at(6, 'キャッシュの話', '設計')];
    expect(passageContext(passages, lead)).toBe('参加者は40人\n質疑で出た話:\nキャッシュの話');
  });

  it('reads a long passage that ends pointing ahead the same way', () => {
    const lead = at(4, `${'前置きが長い。'.repeat(8)}\n結論は以下。`, '設計');
    expect(passageContext([lead, list(7, '設計')], lead)).toBe(`${lead.text}\n${list(7).text}`);
  });

  it('does not join a number and 以下 (or less), a sentence going on past it, nor far or other-section passages', () => {
    for (const text of [
      '対象は入社5年目以下',
      '応答は 1KB 以下',
      '以下、印象に残った二つの話を振り返ります。',
      '以下のとおり決めた。その後で別の話をした。',
      '以下は省略。',
      'Keep p99 latency below 200ms.',
      'We shipped the fix the following week.',
    ]) {
      const lead = at(4, text, '設計');
      expect(passageContext([lead, list(6, '設計')], lead)).toBe(text);
    }
    const lead = at(4, '手順は以下のとおり', '設計');
    expect(passageContext([lead, list(7, '設計')], lead)).toBe(lead.text);
    expect(passageContext([lead, list(6, '運用')], lead)).toBe(lead.text);
  });
});

describe('answers from notes written a line at a time', () => {
  it('shows the answering line with the lines around it, the answer still highlighted', () => {
    const service = buildEngine(
      notesFrom(`# Infra Night #2

## 採用の話

エンジニアは全員リモート

TOEIC の目安は 700 点

入社後に英語研修あり

## 監視の話

* Prometheus でアラートを送る仕組みを、チームごとに分けて運用している
`),
    );
    const answer: Answer = service.ask('TOEIC の目安は?');
    if (answer.kind !== 'found') throw new Error(`expected an answer, got ${answer.kind}`);
    const [top] = answer.results;
    expect(top?.snippet).toBe(
      'エンジニアは全員リモート\nTOEIC の目安は 700 点\n入社後に英語研修あり',
    );
    const [first] = top?.matches ?? [];
    expect(first && top?.snippet.slice(first.start, first.end).toLowerCase()).toBe('toeic');
  });
});

describe('answers from a paragraph that introduces a list', () => {
  it('shows the list the answering paragraph points to', () => {
    const service = buildEngine(
      notesFrom(`# Perf Night #4

## 計測の文化

この発表でチームが掲げた二つの原則は以下のとおりとのこと。

- 推測より先に数字を取る
- 変えたら直後に効果を確かめる

最後に質疑応答があった。
`),
    );
    const answer: Answer = service.ask('チームが掲げた原則は?');
    if (answer.kind !== 'found') throw new Error(`expected an answer, got ${answer.kind}`);
    expect(answer.results[0]?.snippet).toContain('変えたら直後に効果を確かめる');
  });
});
