import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/search/normalize.js';
import {
  latinTerms,
  pairKey,
  pairTerm,
  scanTerms,
  type Token,
  tokenize,
  tokenizeNormalized,
} from '../../src/search/tokenize.js';

const terms = (text: string) => tokenize(text).map((t) => t.term);
/** Term and kind of each token, in order. */
const kinds = (tokens: readonly Token[]) => tokens.map((t) => [t.term, t.kind]);
const cp = (...codePoints: number[]) => String.fromCodePoint(...codePoints);

describe('normalize', () => {
  it('folds width and case and drops the trailing long-vowel mark of long katakana words', () => {
    expect(normalize('ＮＳＸ－Ｔ サーバー ロードバランサー ルー')).toBe(
      'nsx-t サーバ ロードバランサ ルー',
    );
    // One mark, at the end of a run of four or more (marks counted), before any other script.
    expect(normalize('サーバーー ーーーー テーー データー分析 コーヒー・サーバー ｻｰﾊﾞｰ')).toBe(
      'サーバー ーーー テーー データ分析 コーヒ・サーバ サーバ',
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
    const byTerm = Object.fromEntries(kinds(tokenize('3台が作られますか')));
    expect(byTerm).toEqual({ 3: 'word', 台: 'unigram', 作: 'unigram' });
  });

  it.each([
    ['貸し倒れ', ['貸倒']],
    ['サーバを立ち上げる', ['サー', 'ーバ', '立上']],
    ['乗り換えた話', ['乗換', '話']],
    ['画像の切り抜き機能', ['画像', '切抜', '機能']],
    ['申し込み受付', ['申込', '受付']],
  ])('reads a compound written with okurigana, %s, as its kanji together', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it.each([
    ['会場の場所', ['会場', '場所']],
    ['高い値段', ['高', '値段']],
    ['来た人', ['来', '人']],
    ['早く対応', ['早', '対応']],
    ['見る人', ['見', '人']],
    ['対する貸付', ['対', '貸付']],
    ['大きい箱', ['大', '箱']],
    ['次し', ['次']],
  ])('keeps kanji apart across a particle, an ending or longer kana: %s', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it('joins the whole kanji runs on both sides of one okurigana, and no further', () => {
    expect(terms('自動切り替え設定')).toEqual(['自動', '動切', '切替', '設定']);
    expect(terms('取り扱い説明')).toEqual(['取扱', '説明']);
    expect(terms('申し込書類')).toEqual(['申込', '込書', '書類']);
    expect(terms('貸し倒れ率')).toEqual(['貸倒', '率']);
    // The pair the question makes is in the notes however many kanji come before it there.
    expect(terms('DNSの自動切り替え')).toEqual(expect.arrayContaining(terms('切り替え')));
  });

  it('reads a kanji outside the Basic Multilingual Plane after the okurigana whole', () => {
    const kanji = cp(0x20bb7);
    expect(terms(`取り${kanji}野家`)).toEqual([`取${kanji}`, `${kanji}野`, '野家']);
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

  it('gives a run without inner punctuation or a glued version one token, the whole word', () => {
    expect(tokenize('k8s')).toEqual([{ term: 'k8s', kind: 'word', piece: 0, pieceLength: 3 }]);
    expect(kinds(tokenize('2.10'))).toEqual([
      ['2.10', 'word'],
      ['2', 'part'],
      ['10', 'part'],
    ]);
  });

  it('gives the pieces of a Latin run and of a name glued to its version as parts', () => {
    expect(kinds(tokenize('NSX-T3.0'))).toEqual([
      ['nsx-t3.0', 'word'],
      ['nsx', 'part'],
      ['t3', 'part'],
      ['0', 'part'],
      ['nsx-t', 'part'],
      ['3.0', 'part'],
    ]);
    expect(kinds(tokenize('2020/9/22GA'))).toEqual([
      ['2020/9/22ga', 'word'],
      ['2020', 'part'],
      ['9', 'part'],
      ['22ga', 'part'],
      ['2020/9/22', 'part'],
      ['ga', 'part'],
    ]);
  });

  it('ends a Latin run at punctuation that no letter follows', () => {
    expect(kinds(tokenize('Tanzu. vSphere v2.'))).toEqual([
      ['tanzu', 'word'],
      ['vsphere', 'word'],
      ['v2', 'word'],
    ]);
    expect(terms('x~y a{b')).toEqual(['x', 'y', 'a', 'b']);
  });

  it('keeps the first and last ASCII letters and digits, and accented letters, in a word', () => {
    expect(terms('za az 90 09')).toEqual(['za', 'az', '90', '09']);
    expect(terms('café naïve')).toEqual(['café', 'naïve']);
  });

  it('numbers the pieces of the text in order, whatever their script', () => {
    expect(
      tokenize('分散 k8s ファイ さくら 台').map((t) => [t.term, t.piece, t.pieceLength]),
    ).toEqual([
      ['分散', 0, 2],
      ['k8s', 1, 3],
      ['ファ', 2, 3],
      ['ァイ', 2, 3],
      ['さくら', 3, 3],
      ['台', 4, 1],
    ]);
  });

  it('keeps a hiragana word of three or more characters, without a trailing particle', () => {
    expect(tokenize('さくらの')).toEqual([
      { term: 'さくら', kind: 'kana', piece: 0, pieceLength: 3 },
    ]);
    // Three characters that end like a particle are still the whole word.
    expect(kinds(tokenize('ひとで'))).toEqual([['ひとで', 'kana']]);
    expect(kinds(tokenize('あの 動かします'))).toEqual([['動', 'unigram']]);
    // A run too short to be a word still takes its piece's number; one trailing particle goes.
    expect(tokenize('ファイ の さくらへ ともやのは').map((t) => [t.term, t.piece])).toEqual([
      ['ファ', 0],
      ['ァイ', 0],
      ['さくら', 2],
      ['ともやの', 3],
    ]);
  });

  it('splits only kanji, not katakana, into unigrams for the question', () => {
    expect(kinds(tokenize('ファイル', { kanjiUnigrams: true }))).toEqual([
      ['ファ', 'bigram'],
      ['ァイ', 'bigram'],
      ['イル', 'bigram'],
    ]);
  });

  it('gives the runs of three or more katakana, long-vowel marks included, to onKatakana', () => {
    const words: string[] = [];
    tokenize('データベース移行計画とサーバー、テスト・ツールとメモ。ー ーーー ヴァ kubeクラスタ', {
      onKatakana: (word) => words.push(word),
    });
    // Kanji are no katakana; the trailing mark of a long word goes first (normalize); two kana
    // are no word; the middle dot ends a run; a run of marks alone is one too.
    expect(words).toEqual(['データベース', 'サーバ', 'テスト', 'ツール', 'ーーー', 'クラスタ']);
  });

  it('gives kana and kanji bigrams to onPair as numbers that spell the same terms', () => {
    const text = normalize('分散ファイアウォールの設定、山﨑さん 𠮷野家田 々木 ラベル3つ 3台');
    const plain: string[] = [];
    scanTerms(text, (term) => plain.push(term));
    const viaPairs: string[] = [];
    const keys: number[] = [];
    const katakana: string[] = [];
    scanTerms(text, (term) => viaPairs.push(term), {
      onPair: (key) => {
        keys.push(key);
        viaPairs.push(pairTerm(key));
      },
      onKatakana: (word) => katakana.push(word),
    });
    // The same terms in the same order; every pair in the range came as a small integer; a lone
    // kanji is a term of its own.
    expect(viaPairs).toEqual(plain);
    expect(plain).toContain('台');
    expect(katakana).toEqual(['ファイアウォール', 'ラベル']);
    // Kanji are no katakana word, nor are two katakana.
    katakana.length = 0;
    scanTerms(normalize('分散処理のメモ'), () => {}, {
      onPair: () => {},
      onKatakana: (word) => katakana.push(word),
    });
    expect(katakana).toEqual([]);
    // Each kanji as a unigram too, where it is asked for.
    const unigrams: string[] = [];
    scanTerms(text, (term) => unigrams.push(term), { kanjiUnigrams: true });
    const unigramsViaPairs: string[] = [];
    scanTerms(text, (term) => unigramsViaPairs.push(term), {
      onPair: (key) => unigramsViaPairs.push(pairTerm(key)),
      kanjiUnigrams: true,
    });
    expect(unigramsViaPairs).toEqual(unigrams);
    expect(unigrams).toEqual(expect.arrayContaining(['分', '散', '設', '定']));
    expect(keys.every((k) => Number.isInteger(k) && k >= 0 && k < 2 ** 30)).toBe(true);
    expect(keys.map(pairTerm)).toEqual([
      '分散',
      'ファ',
      'ァイ',
      'イア',
      'アウ',
      'ウォ',
      'ォー',
      'ール',
      '設定',
      '々木',
      'ラベ',
      'ベル',
    ]);
    // A pair with a character past U+9FFF, or beyond the BMP, is still a string.
    expect(plain).toContain('山﨑');
    expect(plain).toEqual(expect.arrayContaining(['𠮷野', '野家', '家田']));
  });

  it('gives each Latin run whole to onLatin, where latinTerms cuts it as scanTerms would', () => {
    const text = normalize('vSphere7.0 と NSX-T3.0、k8s の 2020/9/22GA リリース vmware_rest');
    const plain: string[] = [];
    scanTerms(text, (term) => plain.push(term));
    const runs: string[] = [];
    const viaRuns: string[] = [];
    scanTerms(text, (term) => viaRuns.push(term), {
      onLatin: (run) => {
        runs.push(run);
        viaRuns.push(...latinTerms(run));
      },
    });
    expect(runs).toEqual(['vsphere7.0', 'nsx-t3.0', 'k8s', '2020/9/22ga', 'vmware_rest']);
    // The same terms in the same order; none of a run's came to emit.
    expect(viaRuns).toEqual(plain);
    expect(latinTerms('nsx-t3.0')).toEqual(['nsx-t3.0', 'nsx', 't3', '0', 'nsx-t', '3.0']);
  });

  it('keys only pairs whose two characters are both from U+3000 to U+9FFF', () => {
    const code = (c: string) => c.charCodeAt(0);
    expect(pairTerm(pairKey(code('\u3000'), code('\u9fff')) ?? -1)).toBe('\u3000\u9fff');
    expect(pairTerm(pairKey(code('\u9fff'), code('\u3000')) ?? -1)).toBe('\u9fff\u3000');
    for (const [a, b] of [
      ['\u2fff', '\u3001'],
      ['\u3001', '\u2fff'],
      ['\ua000', '\u3001'],
      ['\u3001', '\ua000'],
    ] as const)
      expect(pairKey(code(a), code(b))).toBeUndefined();
  });

  it('reads a kanji outside the Basic Multilingual Plane as one character', () => {
    expect(tokenize('𠮷野家').map((t) => [t.term, t.kind, t.pieceLength])).toEqual([
      ['𠮷野', 'bigram', 3],
      ['野家', 'bigram', 3],
    ]);
  });

  it('reads a surrogate pair as one character, and a lone surrogate as one unit of no script', () => {
    // Linear B (U+10000, U+10001) is letters: one word of four units.
    const linearB = cp(0x10000, 0x10001);
    expect(kinds(tokenizeNormalized(linearB))).toEqual([[linearB, 'word']]);
    // A high surrogate with no low one after it, a low one with no high one before it, a high one
    // at the end: each is one unit that ends a word, and the next character is read.
    for (const lone of ['\ud800', '\udbff', '\udc00', '\udfff'])
      expect(terms(`ab${lone}cd ${lone}e${lone}`), lone.charCodeAt(0).toString(16)).toEqual([
        'ab',
        'cd',
        'e',
      ]);
  });

  it('steps over a character of one UTF-16 unit up to U+FFFF', () => {
    expect(terms(`${cp(0xffff)}ab`)).toEqual(['ab']);
  });

  it('classes each script by its Unicode blocks, from their first character to their last', () => {
    // Each pair is the first and last character of a block: one piece of one script.
    for (const [first, last] of [
      [0x30a1, 0x30ff], // Katakana (but its middle dot)
      [0x31f0, 0x31ff], // Katakana Phonetic Extensions
      [0x4e00, 0x9fff], // CJK Unified Ideographs
      [0x3400, 0x4dbf], // Extension A
      [0xf900, 0xfaff], // Compatibility Ideographs
      [0x3005, 0x3006], // 々 〆
      [0x20000, 0x3ffff], // Planes 2 and 3: the later extensions
    ]) {
      const pair = cp(first ?? 0, last ?? 0);
      expect(kinds(tokenizeNormalized(pair)), pair).toEqual([[pair, 'bigram']]);
    }
    const hiragana = cp(0x3041, 0x3042, 0x309f);
    expect(kinds(tokenizeNormalized(hiragana))).toEqual([[hiragana, 'kana']]);
    expect(terms('ドラ・クエ')).toEqual(['ドラ', 'クエ']);
    // Past plane 3 (private use here) nothing is kanji.
    expect(kinds(tokenizeNormalized(`一${cp(0xf0000)}二`))).toEqual([
      ['一', 'unigram'],
      ['二', 'unigram'],
    ]);
  });
});
