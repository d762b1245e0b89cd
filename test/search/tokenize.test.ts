import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/search/normalize.js';
import { tokenize } from '../../src/search/tokenize.js';

const terms = (text: string) => tokenize(text).map((t) => t.term);

describe('normalize', () => {
  it('folds width and case and drops the trailing long-vowel mark of long katakana words', () => {
    expect(normalize('ＮＳＸ－Ｔ サーバー ロードバランサー ルー')).toBe(
      'nsx-t サーバ ロードバランサ ルー',
    );
  });
});

describe('tokenize', () => {
  it('keeps product names and versions whole and also indexes their parts', () => {
    const t = terms('k8s NSX-T Tier-0 vmware_rest Ansible 2.10');
    expect(t).toEqual(
      expect.arrayContaining(['k8s', 'nsx-t', 'nsx', 'tier-0', 'vmware_rest', 'rest', '2.10']),
    );
    expect(t).not.toContain('k');
  });

  it('splits a name glued to its version and a date glued to a word', () => {
    expect(terms('vSphere7.0とNSX-T3.0')).toEqual(
      expect.arrayContaining(['vsphere', '7.0', 'nsx-t', '3.0']),
    );
    expect(terms('2020/9/22GAです')).toEqual(expect.arrayContaining(['2020/9/22', 'ga']));
  });

  it('cuts Japanese into bigrams that never cross a change of script', () => {
    const t = terms('分散ファイアウォール');
    expect(t).toEqual(expect.arrayContaining(['分散', 'ファ', 'ール']));
    expect(t).not.toContain('散フ');
  });

  it('skips hiragana and keeps a lone kanji as a unigram', () => {
    const kinds = Object.fromEntries(tokenize('3台が作られますか').map((t) => [t.term, t.kind]));
    expect(kinds).toEqual({ 3: 'word', 台: 'unigram', 作: 'unigram' });
  });

  it('splits the kanji of a longer piece into unigrams only for the question', () => {
    expect(terms('何台')).toEqual(['何台']);
    expect(tokenize('何台', { kanjiUnigrams: true }).map((t) => t.term)).toEqual([
      '何台',
      '何',
      '台',
    ]);
  });

  it('finds something to search in a Japanese run that minisearch would keep as one token', () => {
    const found = terms('NSX-Tで分散ファイアウォールに相当するk8sの機能は?');
    // Latin names whole and in parts, kanji words, and the katakana word as bigrams; no particles.
    expect(found).toEqual(expect.arrayContaining(['nsx-t', 'k8s', '分散', '相当', '機能']));
    expect(found).toEqual(
      expect.arrayContaining(['ファ', 'ァイ', 'イア', 'アウ', 'ウォ', 'ォー', 'ール']),
    );
    expect(found.filter((t) => /[ぁ-ゖ]/.test(t))).toEqual([]);
  });
});
