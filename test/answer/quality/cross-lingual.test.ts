import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { QueryService } from '../../../src/answer/answer.js';
import { createQueryServiceInSlices } from '../../../src/answer/query-service.js';
import type { LoadedContent } from '../../../src/content/load-content.js';
import { type Analyzer, createReadingCache, startLindera } from '../../../src/search/readings.js';
import type { SynonymDictionary } from '../../../src/search/synonym-dictionary.js';
import { top } from '../../support/answers.js';
import { buildEngine, FIXTURES, readNotes } from '../../support/engine.js';

/** A few groups in the shape the sudachi dictionary takes once parsed, written for these notes. */
const DICTIONARY: SynonymDictionary = {
  groups: [
    { terms: ['クレジットカード', 'credit card'], triggers: [true, true] },
    { terms: ['採用', 'hire'], triggers: [true, true] },
    { terms: ['移行', 'migration'], triggers: [true, true] },
  ],
};

let content: LoadedContent;
let service: QueryService;
const now = () => new Date('2024-06-01T00:00:00Z');
beforeAll(async () => {
  content = await readNotes(FIXTURES.crossLingual);
});
// Built in each test, so a mutant in building the service or in reading the notes for loanwords
// is active when it runs.
beforeEach(() => {
  service = buildEngine(content, { synonyms: DICTIONARY, now });
});

/** IPADIC's readings, read by the real analyzer once per list of words for the file. */
const analyzed = new Map<string, ReturnType<Analyzer>>();
const analyzeOnce: Analyzer = (words) => {
  const key = words.join('\n');
  const readings = analyzed.get(key) ?? startLindera()(words);
  analyzed.set(key, readings);
  return readings;
};

/** The same notes with kanji readings, built as the bot builds them: the readings first. */
async function serviceWithReadings() {
  const readings = createReadingCache({ startAnalyzer: () => analyzeOnce });
  const withReadings = await createQueryServiceInSlices({
    ...content,
    synonyms: DICTIONARY,
    readings,
    now,
  });
  return { readings, withReadings };
}

describe('English questions about Japanese notes', () => {
  it('finds the passage through a dictionary group (credit card ↔ クレジットカード)', () => {
    const question = 'Do they store credit card numbers?';
    expect(top(service.ask(question)).snippet).toContain('クレジットカード番号');
    const withoutDictionary = buildEngine(content, { now }).ask(question);
    expect(withoutDictionary.kind).toBe('not-found');
  });

  it('finds the notes form of an inflected word (hired → hire ↔ 採用)', () => {
    const answer = top(service.ask('What do newly hired engineers do first?'));
    expect(answer.snippet).toContain('採用したエンジニア');
  });

  it('matches katakana loanwords by sound, halves of a compound included (release cycle ↔ リリースサイクル)', () => {
    expect(top(service.ask('How often is the release cycle?')).snippet).toContain(
      'リリースサイクル',
    );
  });

  it('meets an English word ending in s with its katakana as a whole, not as a plural (ヘッドラインズ ↔ Headlines)', () => {
    expect(top(service.ask('ヘッドラインズの通知は何時?')).snippet).toContain('Headlines');
  });

  it('reads a romaji name as the hiragana the notes wrote (sakura cloud ↔ さくらのクラウド)', () => {
    expect(top(service.ask('What runs on sakura cloud?')).snippet).toContain('さくらのクラウド');
  });

  it('finds kanji by the romaji reading IPADIC gives them (Kumamoto ↔ 熊本)', async () => {
    const question = 'Why keep a spare data center in Kumamoto?';
    expect(service.ask(question).kind).toBe('not-found');
    const { readings, withReadings } = await serviceWithReadings();
    expect(readings.kanjiFor('kumamoto')).toEqual(['熊本']);
    expect(top(withReadings.ask(question)).snippet).toContain('熊本のデータセンター');
  });

  it('finds a romaji name by the kanji a Japanese question writes it in (熊本 ↔ Kumamoto)', async () => {
    const question = '熊本のedge siteでは何を動かしている?';
    // Without the readings the kanji meets only the Japanese notes' 熊本: two words of three.
    expect(service.ask(question).kind).toBe('not-found');
    const { readings, withReadings } = await serviceWithReadings();
    expect(readings.romajiFor('熊本')).toEqual(['kumamoto']);
    expect(top(withReadings.ask(question)).snippet).toContain('Kumamoto edge site');
  });

  it('finds kanji by a romaji name written without its long vowels (Kyushu ↔ 九州, read kyuushuu)', async () => {
    const question = 'How is the night on-call shared at the Kyushu office?';
    expect(service.ask(question).kind).toBe('not-found');
    const { readings, withReadings } = await serviceWithReadings();
    expect(readings.kanjiFor('kyushu')).toEqual(['九州']);
    expect(readings.kanjiFor('kyuushuu')).toEqual(['九州']);
    expect(top(withReadings.ask(question)).snippet).toContain('九州の拠点');
  });
});

describe('abstaining', () => {
  it('answers nothing when only one of two real words meets the notes', () => {
    expect(service.ask('What is the best dashboard for my car?').kind).toBe('not-found');
  });

  it('still answers when two real words meet one passage', () => {
    expect(top(service.ask('ダッシュボードの作り直しで障害は減った?')).snippet).toContain(
      'ダッシュボード',
    );
  });
});

describe('a question that names a meetup', () => {
  it('prefers the meetup named by its number (#3, 第4回)', () => {
    expect(top(service.ask('#3のアラートの話')).meetup).toBe('Platform Night #3');
    expect(top(service.ask('第4回のアラートの話')).meetup).toBe('Platform Night #4');
  });

  it('prefers the newest meetup for "the latest meetup", and last year\'s for "last year"', () => {
    expect(top(service.ask('最新の勉強会のアラートの話')).meetup).toBe('Platform Night #4');
    expect(top(service.ask('去年のアラートの話')).meetup).toBe('Platform Night #3');
  });
});
