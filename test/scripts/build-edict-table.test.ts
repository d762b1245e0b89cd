import { describe, expect, it } from 'vitest';
import {
  buildEdictTable,
  MAX_HEADWORDS_PER_GLOSS,
  parseEdictLine,
  shortGlosses,
} from '../../scripts/build-edict-table.js';

// EDICT-format lines written for these tests (textbook words, not copied from the file).
const FEE = '料金 [りょうきん] /(n) fee/charge/fare/(P)/';
const RARE = '鯨尺 [くじらじゃく] /(n) whale-bone ruler/';

describe('parseEdictLine', () => {
  it('reads the headword, the reading, the glosses and the common-word mark', () => {
    expect(parseEdictLine(FEE)).toEqual({
      headword: '料金',
      reading: 'りょうきん',
      glosses: ['fee', 'charge', 'fare'],
      common: true,
    });
    expect(parseEdictLine(RARE)?.common).toBe(false);
  });

  it('reads a katakana headword, which has no reading in brackets', () => {
    expect(parseEdictLine('メリット /(n) advantage/benefit/(P)/')).toEqual({
      headword: 'メリット',
      glosses: ['advantage', 'benefit'],
      common: true,
    });
  });

  it('strips part-of-speech and sense tags in front of each sense, and skips archaic and vulgar senses', () => {
    const entry = parseEdictLine(
      '試験 [しけん] /(n,vs) (1) test/exam/(n) (2) (arch) trial by ordeal/ordeal/(n) (3) (comp) check/EntL1234567X/(P)/',
    );
    expect(entry?.glosses).toEqual(['test', 'exam', 'check']);
  });

  it('keeps a gloss note that is not a leading tag, for the table to drop', () => {
    expect(
      parseEdictLine('実機 [じっき] /(n) real machine (as opposed to a model)/actual device/')
        ?.glosses,
    ).toEqual(['real machine (as opposed to a model)', 'actual device']);
  });

  it('returns nothing for a line that is not an entry', () => {
    expect(parseEdictLine('')).toBeUndefined();
    expect(parseEdictLine('料金 fee')).toBeUndefined();
  });
});

describe('shortGlosses', () => {
  it('keeps one- and two-word glosses, lower case, without "to" or an article in front', () => {
    expect(shortGlosses(['To Recover', 'an actual device', 'the Price', 'e-mail'])).toEqual([
      'recover',
      'actual device',
      'price',
      'e-mail',
    ]);
  });

  it('drops glosses with notes, longer phrases, short words and words too vague to say what is meant', () => {
    expect(
      shortGlosses([
        'one who takes part in',
        'ok',
        'thing',
        'to make',
        'to do',
        'what',
        'fee',
        'fee',
      ]),
    ).toEqual(['fee']);
  });

  it('takes a gloss with a note listing examples after it as the gloss alone, not one with a narrowing note', () => {
    expect(
      shortGlosses([
        'activity (of a person, organization, etc.)',
        'real machine (as opposed to a model)',
        'scale (of fish)',
        'terminal (cancer)',
        'one who takes part (in an event)',
        '(of) something',
      ]),
    ).toEqual(['activity']);
  });

  it('keeps common words, which a question may still mean through their translation', () => {
    expect(shortGlosses(['longest', 'use case', 'over there'])).toEqual([
      'longest',
      'use case',
      'over there',
    ]);
  });
});

describe('buildEdictTable', () => {
  it('writes the common kanji and katakana headwords with their short glosses, sorted, one line each', () => {
    const table = buildEdictTable([
      'メリット /(n) advantage/benefit/(P)/',
      FEE,
      RARE,
      'ゆっくり /(adv) slowly/leisurely/(P)/',
      '金 [かね] /(n) money/(P)/',
    ]);
    expect(table).toBe('メリット\tadvantage\tbenefit\n料金\tfee\tcharge\tfare\n');
  });

  it('merges the glosses of a headword listed under two readings, common lines only', () => {
    const table = buildEdictTable([
      '理由 [りゆう] /(n) reason/motive/(P)/',
      '理由 [わけ] /(n) reason/pretext/(P)/',
      '理由 [ことわけ] /(n) explanation/',
    ]);
    expect(table).toBe('理由\treason\tmotive\tpretext\n');
  });

  it(`leaves out a gloss of more than ${MAX_HEADWORDS_PER_GLOSS} headwords, and a headword left with no gloss`, () => {
    const headwords = Array.from({ length: MAX_HEADWORDS_PER_GLOSS + 1 }, (_, i) =>
      String.fromCodePoint(0x4e00 + i).repeat(2),
    );
    const lines = headwords.map(
      (h, i) => `${h} [よみ] /(n) ledger/${i === 0 ? 'invoice/' : ''}(P)/`,
    );
    const rows = buildEdictTable(lines).trim().split('\n');
    expect(rows).toEqual([`${headwords[0]}\tinvoice`]);
    const atTheLimit = buildEdictTable(lines.slice(1)).trim().split('\n');
    expect(atTheLimit).toHaveLength(MAX_HEADWORDS_PER_GLOSS);
    expect(atTheLimit.every((row) => row.endsWith('\tledger'))).toBe(true);
  });
});
