import { describe, expect, it } from 'vitest';
import { analyzeQuery, type QueryContext } from '../../src/search/analyze-query.js';
import { parseEdictTable } from '../../src/search/edict-dictionary.js';
import { englishWordsFrom } from '../../src/search/english-words.js';
import { EMPTY_GLOSSARY, type Glossary } from '../../src/search/glossary.js';
import { createLoanwordLookup } from '../../src/search/loanwords.js';
import { coverage } from '../../src/search/scoring/coverage.js';
import { DEFAULT_SCORING_PROFILE, withOverrides } from '../../src/search/scoring/profile.js';
import type { SynonymDictionary } from '../../src/search/synonym-dictionary.js';
import { pruneSynonyms } from '../../src/search/synonym-lookup.js';
import { tokenize } from '../../src/search/tokenize.js';

/** No glossary; the notes hold exactly the terms of `notes`. */
const context = (notes = ''): QueryContext => {
  const vocabulary = new Set(tokenize(notes).map((t) => t.term));
  return { glossary: EMPTY_GLOSSARY, known: (term) => vocabulary.has(term) };
};
const KNOWS_EVERY_WORD: QueryContext = { glossary: EMPTY_GLOSSARY, known: () => true };
/** A glossary of these groups, and notes with exactly the terms of `notes`. */
const withGlossary = (groups: Glossary['groups'], notes = '') => ({
  ...context(notes),
  glossary: { groups },
});
/** Notes of these texts, with the words and loanwords the engine finds in them. */
const withLanguages = (...texts: readonly string[]): QueryContext => {
  const vocabulary = new Map(tokenize(texts.join('\n')).map((t, i) => [t.term, i]));
  return {
    glossary: EMPTY_GLOSSARY,
    known: (term) => vocabulary.has(term),
    loanwords: createLoanwordLookup(() => texts, vocabulary),
  };
};
/** Notes with exactly the terms of `notes`, and a dictionary pruned to them. */
const withDictionary = (notes: string, dictionary: SynonymDictionary): QueryContext => {
  const vocabulary = new Map(tokenize(notes).map((t, i) => [t.term, i]));
  return {
    glossary: EMPTY_GLOSSARY,
    known: (term) => vocabulary.has(term),
    synonyms: pruneSynonyms(dictionary, vocabulary),
  };
};
/** A dictionary of one group whose words are all triggers. */
const groupOf = (...terms: string[]): SynonymDictionary => ({
  groups: [{ terms, triggers: terms.map(() => true) }],
});
const termsOf = (question: string, ctx = context()) =>
  analyzeQuery(question, ctx).terms.map((t) => t.term);
const termOf = (question: string, term: string, ctx = context()) =>
  analyzeQuery(question, ctx).terms.find((t) => t.term === term);
/** The question's words, an optional one marked with a trailing "?". */
const words = (question: string, ctx = context()) =>
  analyzeQuery(question, ctx).concepts.map((c) => (c.optional ? `${c.word}?` : c.word));

describe('the kind a question asks a thing to be', () => {
  it('is optional before "is" or at the end, and a word like any other before a verb', () => {
    const all = KNOWS_EVERY_WORD;
    expect(words('what kind of event is KubeFest?', all)).toContain('event?');
    expect(words('KubeFestってどういうイベント？', all)).toContain('イベント?');
    expect(words('KubeFestはどんなイベントなの？', all)).toContain('イベント?');
    expect(words('KubeFestはどんなイベント？　　', all)).toContain('イベント?');
    expect(words('what kind of event did KubeFest host?', all)).toContain('event');
    expect(words('どんな手法を使ってた?', all)).toContain('手法');
    const off = {
      ...all,
      profile: withOverrides(DEFAULT_SCORING_PROFILE, { words: { aspectOptional: false } }),
    };
    expect(words('KubeFestってどういうイベント？', off)).toContain('イベント');
  });
});

describe("the question's own words", () => {
  it("drops filler and the 's of contractions and possessives", () => {
    expect(words("what's Octant?")).toEqual(['octant']);
    expect(words("What's Octant?")).toEqual(['octant']);
    expect(words("where's Rakuten's office?")).toEqual(['rakuten', 'office']);
    expect(words('Rakuten’s LINE app')).toEqual(['rakuten', 'line', 'app']);
    expect(words('the cloud and the deploy')).toEqual(['cloud', 'deploy']);
    expect(words('Octantって何?')).toEqual(['octant']);
  });

  it('counts a word asked twice once', () => {
    expect(words('octant octant')).toEqual(['octant']);
  });

  it('keeps a common word as optional only when the notes contain it', () => {
    expect(words('using any in TypeScript')).toEqual(['typescript']);
    expect(words('using any in TypeScript', context('anyは型チェックを外す'))).toEqual([
      'any?',
      'typescript',
    ]);
    expect(words('go modules')).toEqual(['modules']);
    expect(analyzeQuery('go modules', KNOWS_EVERY_WORD).concepts).toEqual([
      { word: 'go', weight: 0.3, optional: true },
      { word: 'modules', weight: 1 },
    ]);
    expect(analyzeQuery('どうやって octant', KNOWS_EVERY_WORD).concepts[0]).toMatchObject({
      word: 'どうやって',
      optional: true,
    });
  });

  it('never counts a word written as a name as common (LINE, Go), unless it only opens the question', () => {
    expect(words('apps at LINE', context('line'))).toEqual(['apps', 'line']);
    expect(words('apps at line', context('line'))).toEqual(['apps', 'line?']);
    expect(analyzeQuery('What is Go', context()).concepts).toEqual([{ word: 'go', weight: 1 }]);
    expect(analyzeQuery('what about GO', context()).concepts).toEqual([{ word: 'go', weight: 1 }]);
  });

  it('drops every common word when it does not know what the notes contain', () => {
    expect(analyzeQuery('go modules', { glossary: EMPTY_GLOSSARY }).concepts).toEqual([
      { word: 'modules', weight: 1 },
    ]);
  });

  it('makes a word that asks for slides a real one when nothing else is asked, but no other optional word', () => {
    expect(words('any slides', context('any'))).toEqual(['any?', 'slides']);
  });

  it('weighs the words naming an address as link words when the question asks for one', () => {
    // Asked with another word, "repository" is optional; asked alone, the link word is real.
    expect(words('tinywafのリポジトリどこ?')).toEqual(['tinywaf', 'リポジトリ?']);
    expect(words('github link?')).toEqual(['github', 'link?']);
    expect(words('any link?', context('any'))).toEqual(['any?', 'link']);
    // A question naming a repository as a topic keeps it a real word.
    expect(words('リポジトリへ直接プッシュしていい?')).toContain('リポジトリ');
    expect(analyzeQuery('github link?', context()).addressAsked).toBe(true);
    expect(analyzeQuery('how do they link alerts?', context()).addressAsked).toBe(false);
  });

  it('treats a hiragana word the notes have as optional, and particles as nothing', () => {
    expect(words('さくらのクラウド')).toEqual(['クラウド']);
    expect(words('さくらのクラウド', context('さくらで動かす'))).toEqual(['さくら?', 'クラウド']);
    expect(words('作られますか')).toEqual(['作']);
  });

  it('treats a long hiragana word a title of the notes writes as a name, a real word', () => {
    const titled = (...titleWords: string[]): QueryContext => ({
      ...context('のぞみかい もくもく会 さくら としての について'),
      titled: (term) => titleWords.includes(term),
    });
    expect(words('のぞみかいのログ', titled('のぞみかい'))).toEqual(['のぞみかい', 'ログ']);
    expect(analyzeQuery('のぞみかいのログ', titled('のぞみかい')).concepts[0]?.weight).toBe(1);
    // Before a particle of two kana too, which the rest of the run keeps.
    expect(words('のぞみかいってどこでログ', titled('のぞみかい'))[0]).toBe('のぞみかい');
    expect(words('のぞみかいからのログ', titled('のぞみかい'))[0]).toBe('のぞみかい');
    expect(words('のぞみかいってどこでログ', titled())).not.toContain('のぞみかい');
    const knowsAll = { ...KNOWS_EVERY_WORD, titled: (term: string) => term === 'のぞみかい' };
    expect(words('のぞみかいからログ', knowsAll)).toEqual(['のぞみかい', 'ログ']);
    // Only a particle sets a name apart: a longer word that begins with one is another word.
    expect(words('のぞみかいかいのログ', knowsAll)).toEqual(['のぞみかいかい?', 'ログ']);
    // Four letters is the least: もくもく is a name, さくら stays a common word.
    expect(words('もくもくの3回目', titled('もくもく'))).toEqual(['もくもく', '3', '回目']);
    expect(words('さくらのログ', titled('さくら'))).toEqual(['さくら?', 'ログ']);
    // In the notes' text only, or with the rule off, it is a common word like any hiragana.
    expect(words('のぞみかいのログ', titled())).toEqual(['のぞみかい?', 'ログ']);
    const off = withOverrides(DEFAULT_SCORING_PROFILE, { words: { kanaNameLetters: 0 } });
    expect(words('のぞみかいのログ', { ...titled('のぞみかい'), profile: off })).toEqual([
      'のぞみかい?',
      'ログ',
    ]);
    // A filler a title happens to hold is still a common word when the stop list has it.
    expect(words('ログについて', titled('について'))).toEqual(['ログ', 'について?']);
  });

  it('weighs a lone kanji and a word that only asks for slides below a real word', () => {
    const [kanji] = analyzeQuery('雨', context()).concepts;
    expect(kanji?.weight).toBeLessThan(0.3);
    const [octant, slides] = analyzeQuery('octant slides', context()).concepts;
    expect(octant?.weight).toBe(1);
    expect(slides?.weight).toBeGreaterThanOrEqual(0.3);
    expect(slides?.weight).toBeLessThan(0.5);
  });
});

describe('what the analyzer tells about the question', () => {
  it('knows when a question asks for slides or a recording', () => {
    for (const q of [
      'octant slides',
      'the slide deck',
      'octant video',
      'recording?',
      '資料は',
      '動画',
      'where is the youtube of the ansible talk?',
      'アーカイブはどこ?',
    ])
      expect(analyzeQuery(q, context()).wantsLinks, q).toBe(true);
    for (const q of ['octant', 'slideshow', 'videos of cats'])
      expect(analyzeQuery(q, context()).wantsLinks, q).toBe(false);
  });

  it('highlights the real words and their equivalents, not lone kanji or slide words', () => {
    expect(analyzeQuery('octant slides', context()).highlight).toEqual(['octant']);
    expect(analyzeQuery('雨', context()).highlight).toEqual([]);
    const glossary = { groups: [['k8s', 'kubernetes']] };
    expect(analyzeQuery('k8s の機能', { glossary }).highlight).toEqual([
      'k8s',
      '機能',
      'kubernetes',
    ]);
  });

  it('reads a hyphened compound the notes never write as its words', () => {
    const words = (q: string, notes: string, splitCompounds = true) =>
      analyzeQuery(q, {
        ...context(notes),
        profile: withOverrides(DEFAULT_SCORING_PROFILE, { words: { splitCompounds } }),
      }).concepts.map((c) => c.word);
    expect(words('gke auto-upgrade', 'gke upgrade')).toEqual(['gke', 'auto', 'upgrade']);
    // A compound the notes write stays one word, as do parts of two letters.
    expect(words('gke auto-upgrade', 'gke auto-upgrade')).toEqual(['gke', 'auto-upgrade']);
    expect(words('in-house tools', 'tools')).toEqual(['in-house', 'tools']);
    // A longer name joined by a dot is one word, whichever the notes write.
    expect(words('docker-compose.yml services', 'services')).toEqual([
      'docker-compose.yml',
      'services',
    ]);
    expect(words('gke auto-upgrade', 'gke upgrade', false)).toEqual(['gke', 'auto-upgrade']);
  });

  it('reads a name with a romaji honorific as the name (Tanaka-san, Sato-sensei)', () => {
    const words = (q: string) => analyzeQuery(q, KNOWS_EVERY_WORD).concepts.map((c) => c.word);
    expect(words("Tanaka-san's keynote")).toEqual(['tanaka', 'keynote']);
    expect(words('slides of sato-sensei')).toEqual(['slides', 'sato']);
    expect(words('ito-kun demo')).toEqual(['ito', 'demo']);
    // Only after a name, as a word's end: a word that goes on is no honorific, and an
    // abbreviation's -san (a storage network) is no name's.
    expect(words('multi-sandbox setup')).toEqual(['multi-sandbox', 'setup']);
    expect(words('fc-san vs ip-san')).toEqual(['fc-san', 'vs', 'ip-san']);
    // -shi is as often a city (市) as 氏.
    expect(words('kawasaki-shi office')).toEqual(['kawasaki-shi', 'office']);
  });

  it('says which of its words each highlight term stands for', () => {
    const glossary = { groups: [['k8s', 'kubernetes']] };
    const query = analyzeQuery('k8s の機能', { glossary });
    // k8s is word 0, 機能 word 1, and kubernetes stands for k8s.
    expect(query.concepts.map((c) => c.word)).toEqual(['k8s', '機能']);
    expect(query.highlightConcepts).toEqual([[0], [1], [0]]);
    const forms = analyzeQuery('how many waves?', withLanguages('3 wave に分けた'));
    expect(forms.highlight).toEqual(['waves', 'wave']);
    expect(forms.highlightConcepts).toEqual([[0], [0]]);
  });

  it("highlights the notes' own form of a word, not the form of a word too light to show", () => {
    const ctx = withLanguages('ロールアウトは 3 wave に分けた', 'rebooted hosts');
    expect(analyzeQuery('how many waves?', ctx).highlight).toEqual(['waves', 'wave']);
    const light = {
      ...ctx,
      profile: withOverrides(DEFAULT_SCORING_PROFILE, {
        words: { highlight: DEFAULT_SCORING_PROFILE.words.word + 0.01 },
      }),
    };
    expect(analyzeQuery('how many waves?', light).highlight).toEqual([]);
    const exact = {
      ...ctx,
      profile: withOverrides(DEFAULT_SCORING_PROFILE, {
        words: { highlight: DEFAULT_SCORING_PROFILE.words.word },
      }),
    };
    expect(analyzeQuery('how many waves?', exact).highlight).toEqual(['waves', 'wave']);
  });

  it('highlights a word weighing exactly `highlight`', () => {
    const words = {
      ...DEFAULT_SCORING_PROFILE.words,
      highlight: DEFAULT_SCORING_PROFILE.words.word,
    };
    const profile = { ...DEFAULT_SCORING_PROFILE, words };
    expect(analyzeQuery('octant', { ...context(), profile }).highlight).toEqual(['octant']);
  });

  it('adds glossary equivalents as terms of the asker’s word, below the word itself', () => {
    const query = analyzeQuery('k8s', { glossary: { groups: [['k8s', 'kubernetes']] } });
    expect(query.terms.map((t) => [t.term, t.own])).toEqual([
      ['k8s', true],
      ['kubernetes', false],
    ]);
    const [own, equivalent] = query.terms;
    expect(equivalent?.boost).toBeLessThan(own?.boost ?? 0);
    expect(equivalent?.credits).toEqual([{ concept: 0, credit: 1, unit: 0 }]);
    expect(query.unitSizes).toEqual([1]);
  });

  it('sends at most 96 terms, the weightiest first', () => {
    const long = Array.from({ length: 150 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    const { terms } = analyzeQuery(`${long} 雨`, context());
    expect(terms).toHaveLength(96);
    const boosts = terms.map((t) => t.boost);
    expect(boosts).toEqual([...boosts].sort((a, b) => b - a));
    expect(terms.map((t) => t.term)).not.toContain('雨');
  });
});

describe('coverage', () => {
  it('gives an equivalent credit only when all of its terms are in the passage', () => {
    const query = analyzeQuery('credit card', {
      glossary: { groups: [['credit card', 'クレジットカード']] },
    });
    const katakana = query.terms.filter((t) => !t.own);
    expect(katakana.length).toBeGreaterThan(2);
    expect(coverage(query, katakana.slice(0, 2)).share).toBe(0);
    expect(coverage(query, katakana).share).toBe(1);
  });

  it('counts the real words a passage covers, not optional or context-only ones', () => {
    const query = analyzeQuery('any Octant dashboard', context('any'));
    const term = (word: string) => query.terms.filter((t) => t.term === word);
    expect(coverage(query, [...term('octant'), ...term('any')]).words).toBe(1);
    const withContext = coverage(query, term('octant'), term('dashboard'));
    expect(withContext.words).toBe(1);
    expect(withContext.share).toBe(1);
  });
});

describe('the terms of a word', () => {
  it('counts a part written twice in one word once', () => {
    expect(termOf('day-to-day', 'day')?.credits).toEqual([{ concept: 0, credit: 0.5 }]);
  });

  it('sends a version whole, never its numbers alone', () => {
    expect(termsOf('ansible 2.10')).toEqual(['ansible', '2.10']);
  });

  it('gives a one-letter part of a word little weight, and a longer part half', () => {
    const query = analyzeQuery('x-ray', context());
    const [x, ray] = ['x', 'ray'].map((w) => query.terms.find((t) => t.term === w));
    expect(ray?.credits).toEqual([{ concept: 0, credit: 0.5 }]);
    expect(x?.credits[0]?.credit).toBeLessThan(ray?.credits[0]?.credit ?? 0);
    expect(x?.boost).toBeLessThan(ray?.boost ?? 0);
  });

  it('weighs a lone letter or kanji below a real word, and a word of two kanji as one', () => {
    const [letter] = analyzeQuery('7 octant', context()).concepts;
    expect(letter).toMatchObject({ word: '7' });
    expect(letter?.weight).toBeLessThan(0.3);
    expect(analyzeQuery('7 octant', context()).highlight).toEqual(['octant']);
    expect(analyzeQuery('機能', context()).concepts).toEqual([{ word: '機能', weight: 1 }]);
  });

  it('names a Japanese word by the piece it is, whatever its script', () => {
    expect(words('クラウドの機能')).toEqual(['クラウド', '機能']);
    expect(words('仮想化')).toEqual(['仮想化']);
  });

  it('does not take a capital that only opens the question for a name', () => {
    expect(words('Go modules', KNOWS_EVERY_WORD)).toEqual(['go?', 'modules']);
    expect(words('modules in Go', KNOWS_EVERY_WORD)).toEqual(['modules', 'go']);
  });
});

describe('equivalents', () => {
  it("marks a term the asker wrote as theirs, even when it is also another word's equivalent", () => {
    const ctx = withGlossary([['k8s', 'kubernetes']]);
    expect(termOf('k8s kubernetes', 'kubernetes', ctx)?.own).toBe(true);
    expect(termOf('kubernetes k8s', 'kubernetes', ctx)?.own).toBe(true);
    expect(termOf('k8s', 'kubernetes', ctx)?.own).toBe(false);
    // "cluster" is the asker's, and also a term of k8s's equivalent.
    const cluster = withGlossary([['k8s', 'kubernetes cluster']]);
    expect(termOf('k8s cluster', 'cluster', cluster)?.own).toBe(true);
    expect(termOf('k8s', 'cluster', cluster)?.own).toBe(false);
  });

  it('keeps the equivalent apart from the word when the equivalent contains the word', () => {
    const query = analyzeQuery('octant', withGlossary([['octant', 'octant dashboard']]));
    expect(query.terms.find((t) => t.term === 'octant')?.credits).toEqual([
      { concept: 0, credit: 1 },
      { concept: 0, credit: 1, unit: 0 },
    ]);
    expect(query.unitSizes).toEqual([2]);
  });

  it('weighs each term of a longer equivalent less', () => {
    const ctx = withGlossary([
      ['k8s', 'kubernetes'],
      ['nsx', 'network virtualization'],
    ]);
    const query = analyzeQuery('k8s nsx', ctx);
    const boost = (term: string) => query.terms.find((t) => t.term === term)?.boost ?? 0;
    expect(boost('network')).toBeLessThan(boost('kubernetes'));
    expect(boost('virtualization')).toBe(boost('network'));
  });

  it("weighs an equivalent below the asker's word however little the word weighs", () => {
    const query = analyzeQuery('octant 資料', withGlossary([['資料', 'slides']]));
    const boost = (term: string) => query.terms.find((t) => t.term === term)?.boost ?? 0;
    expect(boost('slides')).toBeGreaterThan(0);
    expect(boost('slides')).toBeLessThan(boost('資料'));
  });

  it('leaves the numbers of a version out of an equivalent', () => {
    const query = analyzeQuery('golang', withGlossary([['golang', 'go 1.21']]));
    expect(query.unitSizes).toEqual([2]);
    expect(query.terms.map((t) => t.term)).toEqual(['golang', 'go', '1.21']);
  });

  it('keeps a lone kanji as an equivalent', () => {
    expect(termsOf('rain', withGlossary([['rain', '雨']]))).toEqual(['rain', '雨']);
  });

  it('uses only the glossary groups the question names, as whole Latin words', () => {
    const ctx = withGlossary([
      ['elb', 'elastic load balancer'],
      ['クラスタ', 'cluster'],
      ['go言語', 'golang'],
    ]);
    for (const question of ['aelb settings', 'elbs settings', 'octant'])
      expect(analyzeQuery(question, ctx).unitSizes, question).toEqual([]);
    expect(analyzeQuery('elb settings', ctx).highlight).toContain('elastic load balancer');
    expect(analyzeQuery('k8sクラスタ', ctx).highlight).toContain('cluster');
    expect(analyzeQuery('go言語sdkの使い方', ctx).highlight).toContain('golang');
  });

  it("adds the notes' other number of a word, below the word and not as the asker's", () => {
    const ctx = withLanguages('one cluster per team', 'slide of the talk');
    const cluster = termOf('clusters', 'cluster', ctx);
    expect(cluster?.own).toBe(false);
    expect(cluster?.boost).toBeLessThan(1);
    expect(analyzeQuery('clusters', ctx).highlight).toContain('cluster');
    expect(termOf('slide', 'slides', withLanguages('two slides'))?.own).toBe(false);
    // Another inflection is no plural: the notes' form is left to the search's prefix matching.
    expect(termOf('hired', 'hire', withLanguages('we hire engineers'))).toBeUndefined();
    const off = withOverrides(DEFAULT_SCORING_PROFILE, { equivalents: { plural: 0 } });
    expect(termOf('clusters', 'cluster', { ...ctx, profile: off })).toBeUndefined();
    const query = analyzeQuery('octant slides', ctx);
    const boost = (term: string) => query.terms.find((t) => t.term === term)?.boost ?? 0;
    expect(boost('slide')).toBeGreaterThan(0);
    expect(boost('slide')).toBeLessThan(boost('slides'));
  });

  it('reads a kanji word as the romaji the notes write it in, and only when they do', () => {
    const readings = {
      kanjiFor: () => [],
      romajiFor: (word: string) => (word === '熊本' ? ['kumamoto'] : []),
    };
    const romaji = (notes: string) =>
      termsOf('熊本の拠点', { ...withLanguages(notes), readings }).filter((t) =>
        /^[a-z]+$/.test(t),
      );
    expect(romaji('the Kumamoto site')).toEqual(['kumamoto']);
    expect(romaji('the Hakata site')).toEqual([]);
    const off = withOverrides(DEFAULT_SCORING_PROFILE, { equivalents: { kanjiRomaji: 0 } });
    const ctx = { ...withLanguages('the Kumamoto site'), readings, profile: off };
    expect(termsOf('熊本の拠点', ctx).filter((t) => /^[a-z]+$/.test(t))).toEqual([]);
    // A word without kanji is not looked up (a katakana word's romaji is the loanwords' work).
    const asked: string[] = [];
    const watching = {
      kanjiFor: () => [],
      romajiFor: (word: string) => {
        asked.push(word);
        return [];
      },
    };
    termsOf('ラックと熊本', { ...withLanguages('racks'), readings: watching });
    expect(asked).toEqual(['熊本']);
  });

  it('looks up loanwords for the real words only, not for a common word the notes have', () => {
    const ctx = withLanguages('テストを書く test', 'リリースの手順');
    const katakana = (question: string) =>
      termsOf(question, ctx).filter((t) => /\p{sc=Katakana}/u.test(t));
    expect(katakana('release')).not.toEqual([]);
    expect(analyzeQuery('test octant', ctx).concepts[0]).toMatchObject({
      word: 'test',
      optional: true,
    });
    expect(katakana('test octant')).toEqual([]);
  });
});

describe('coverage at its edges', () => {
  it('counts a word covered by half as a word the passage has', () => {
    const query = analyzeQuery('cloud-native', context());
    const cloud = query.terms.filter((t) => t.term === 'cloud');
    expect(coverage(query, cloud)).toEqual({ share: 0.5, strong: true, words: 1, covered: 1 });
  });

  it('covers a lone kanji whole with itself', () => {
    const query = analyzeQuery('雨', context());
    expect(coverage(query, query.terms).share).toBe(1);
  });

  it('covers nothing of a question with no words', () => {
    const query = analyzeQuery('the', context());
    expect(query.concepts).toEqual([]);
    expect(coverage(query, [])).toEqual({ share: 0, strong: false, words: 0, covered: 0 });
  });
});

describe('the number a question asks for', () => {
  it('is read from the question as typed, with the numbers that named a meetup', () => {
    // The words searched may lack numbers the question has (the meetup reference takes "第3回"
    // out); what is asked is read from the question as typed. The meetup's own number is no number
    // the question gives (a date in its month may answer), the version's is.
    expect(
      analyzeQuery(
        'のセッションで話した はいつ?',
        context(),
        '第3回のセッションで話した 2.10 はいつ?',
      ).numberAsked,
    ).toEqual({
      kind: 'date',
      given: ['2.10'],
    });
    expect(analyzeQuery('ansible collections', context()).numberAsked).toBeUndefined();
  });
});

describe('a common English word the notes lack, met through a translation', () => {
  /** Notes of `notes`, with an EDICT table of `table` (headword, tab, glosses) pruned to them. */
  const translating = (table: string, notes: string, profile = DEFAULT_SCORING_PROFILE) => ({
    ...withDictionary(notes, parseEdictTable(table)),
    profile,
  });
  const concept = (question: string, word: string, ctx: QueryContext) =>
    analyzeQuery(question, ctx).concepts.find((c) => c.word === word);

  it('is kept as an optional word of full weight, with its translation as a term', () => {
    const ctx = translating('最長\tlongest\n', '最長実行時間は15分');
    expect(concept('what is the longest build?', 'longest', ctx)).toEqual({
      word: 'longest',
      weight: DEFAULT_SCORING_PROFILE.words.word,
      optional: true,
    });
    expect(termsOf('what is the longest build?', ctx)).toContain('最長');
  });

  it('is dropped like any common word when nothing in the notes translates it', () => {
    expect(
      concept(
        'what is the longest build?',
        'longest',
        translating('最長\tlongest\n', 'ビルドは5分'),
      ),
    ).toBeUndefined();
  });

  it('is dropped when the mechanism is switched off', () => {
    const off = withOverrides(DEFAULT_SCORING_PROFILE, { words: { translatedCommon: false } });
    const ctx = translating('最長\tlongest\n', '最長実行時間は15分', off);
    expect(concept('what is the longest build?', 'longest', ctx)).toBeUndefined();
  });

  it('keeps its common weight when the notes have the word itself', () => {
    const ctx = translating('最長\tlongest\n', 'the longest build 最長');
    expect(concept('what is the longest build?', 'longest', ctx)?.weight).toBe(
      DEFAULT_SCORING_PROFILE.words.optional,
    );
  });

  it('is translated from a Japanese word through a general dictionary group', () => {
    const ctx = withDictionary('longest run', groupOf('最長', 'longest'));
    expect(termsOf('最長は?', ctx)).toContain('longest');
  });

  it("is not translated from a Japanese word through EDICT's English glosses", () => {
    const ctx = translating('最長\tlongest\n', 'longest run');
    expect(termsOf('最長は?', ctx)).not.toContain('longest');
  });
});

describe('a lone kanji', () => {
  // Notes that say 書籍 where the question says 本: a dictionary group joins them.
  const notes = '書籍の紹介';
  const weightOf = (ctx: QueryContext) =>
    analyzeQuery('紹介された本は?', ctx).concepts.find((c) => c.word === '本')?.weight;

  it('weighs like any word when a dictionary lists it as a word', () => {
    const ctx = withDictionary(notes, groupOf('本', '書籍'));
    expect(weightOf(ctx)).toBe(DEFAULT_SCORING_PROFILE.words.word);
  });

  it('stays weak when it counts an amount or a date, listed or not', () => {
    const ctx = withDictionary('会費は月額で払う', groupOf('月', '月額'));
    const weight = analyzeQuery('会費って月に払うの?', ctx).concepts.find((c) => c.word === '月');
    expect(weight?.weight).toBe(DEFAULT_SCORING_PROFILE.words.single);
  });

  it('stays weak when no dictionary lists it', () => {
    const ctx = withDictionary(notes, groupOf('図書', '書籍'));
    expect(weightOf(ctx)).toBe(DEFAULT_SCORING_PROFILE.words.single);
  });
});

describe('a question asking what a name is short for', () => {
  it.each(['what does KEDA stand for?', 'What does KEDA stands for', 'what was KEDA short for?'])(
    'keeps only the name of "%s"',
    (question) => {
      expect(words(question)).toEqual(['keda']);
    },
  );

  it('keeps "stand" and "short" where they are not that idiom', () => {
    expect(words('stand up meeting', KNOWS_EVERY_WORD)).toContain('stand');
    expect(words('a short list for beginners', KNOWS_EVERY_WORD)).toContain('short');
  });
});

describe('slips of the keyboard', () => {
  const notes = 'CSRF攻撃はトークンで防ぐ';
  const spelling = withDictionary(notes, groupOf('attack', '攻撃'));

  it('reads an unknown word as the dictionary word one edit away', () => {
    expect(words('csrf attcak', spelling)).toEqual(['csrf', 'attack']);
  });

  it('leaves the reading of a kanji word of the notes as typed: that word, not a slip', () => {
    const dictionary = {
      groups: [
        { terms: ['attack', '攻撃'], triggers: [true, true] },
        { terms: ['salada', 'トークン'], triggers: [true, true] },
        { terms: ['session', 'トークン'], triggers: [true, true] },
      ],
    };
    const names = {
      ...withDictionary(notes, dictionary),
      readings: {
        kanjiFor: (romaji: string) => (romaji === 'sarada' ? ['更田'] : []),
        romajiFor: () => [],
      },
    };
    expect(words('sarada attcak', names)).toContain('sarada');
    expect(words('sarada attcak', names)).toContain('attack');
    // A slip that happens to spell kana, with no such word in the notes, is still a slip.
    expect(words('sesson attcak', names)).toContain('session');
  });

  it('looks at the first four unknown words of a question only', () => {
    expect(words('qwertyu asdfghj zxcvbnm attcak', spelling)).toContain('attack');
    expect(words('qwertyu asdfghj zxcvbnm poiuytr attcak', spelling)).toContain('attcak');
  });

  it('counts neither known words nor words of more than twenty letters against that limit', () => {
    expect(words('slides release release release csrf attcak', spelling)).toContain('attack');
    expect(
      words(
        'abcdefghijklmnopqrstu abcdefghijklmnopqrstuv qwertyu asdfghj zxcvbnm attcak',
        spelling,
      ),
    ).toContain('attack');
  });

  it("leaves a word of the dictionary's word list as typed, though a headword is one edit away", () => {
    const topping = groupOf('topping', '攻撃');
    const withWordList = withDictionary(notes, {
      ...topping,
      wordList: englishWordsFrom('stopping\ntopping'),
    });
    expect(words('stopping csrf', withWordList)).toEqual(['stopping', 'csrf']);
    expect(words('stopping csrf', withDictionary(notes, topping))).toEqual(['topping', 'csrf']);
  });

  it('leaves the question as typed with spelling switched off', () => {
    const off = {
      ...spelling,
      profile: withOverrides(DEFAULT_SCORING_PROFILE, { words: { correctSpelling: false } }),
    };
    expect(words('csrf attcak', off)).toEqual(['csrf', 'attcak']);
  });
});
