import { describe, expect, it } from 'vitest';
import type { Meetup, Talk } from '../../src/content/meetup.js';
import { analyzeQuery } from '../../src/search/analyze-query.js';
import { buildIndex } from '../../src/search/build-index.js';
import { EMPTY_GLOSSARY, type Glossary } from '../../src/search/glossary.js';
import { type RankedPassage, rankPassages } from '../../src/search/rank-passages.js';
import { scoringProfileFrom } from '../../src/search/scoring/profile.js';
import { meetupsFrom } from '../support/engine.js';

/**
 * Ranks passages of notes written in the test. Each test builds its own index, so a mutant in
 * building it or in ranking is active when it runs (Stryker activates mutants per test).
 */
function ranker(...notes: readonly string[]) {
  const index = buildIndex(meetupsFrom(...notes));
  return (question: string, glossary: Glossary = EMPTY_GLOSSARY) =>
    rankPassages(
      index,
      analyzeQuery(question, { glossary, known: (term) => index.vocabulary.has(term) }),
    );
}

const texts = (ranked: readonly RankedPassage[]) => ranked.map((r) => r.doc.passage.text);

/** The ranked passage with this text (it must be there). */
function find(ranked: readonly RankedPassage[], text: string): RankedPassage {
  const found = ranked.find((r) => r.doc.passage.text === text);
  if (!found) throw new Error(`"${text}" is not among ${JSON.stringify(texts(ranked))}`);
  return found;
}

describe('which passages are scored', () => {
  it('scores only the passages with a word of the question, and nothing when the notes have none', () => {
    const rank = ranker(
      '# Ops Night\n\n## Registry\n\n* Harbor keeps images close\n* Quay serves them too\n',
    );
    expect(rank('量子')).toEqual([]);
    expect(rank('xyz')).toEqual([]);
    expect(texts(rank('harbor'))).toEqual(['Harbor keeps images close']);
  });

  it('returns each matching passage once, with what it covers', () => {
    const rank = ranker(
      '# Ops Night\n\n## Harbor\n\n* Harbor keeps images close\n* The portal lists every image\n',
    );
    const ranked = rank('harbor images');
    expect(texts(ranked).sort()).toEqual([
      'Harbor keeps images close',
      'The portal lists every image',
    ]);
    const both = find(ranked, 'Harbor keeps images close');
    expect(both).toMatchObject({ coverage: 1, strong: true, words: 2 });
    expect(both.score).toBeGreaterThan(find(ranked, 'The portal lists every image').score);
  });
});

describe('words stretched to the ones the notes have', () => {
  const notes = `# Ops Night

## Harbor registry

* Harbor keeps container images close

## GPU sharing

* Bitfusion shares one gpu between machines

## Both

* Harbor and Bitfusion run side by side

## Charts

* Helm installs charts
`;

  it('does not forgive a typo in a word of four letters', () => {
    const rank = ranker(notes);
    expect(rank('halm')).toEqual([]);
    expect(texts(rank('hlm charts'))).toEqual(['Helm installs charts']);
  });

  it('forgives a typo in the first letters of a word', () => {
    const rank = ranker(notes);
    expect(texts(rank('jarbor'))).toContain('Harbor keeps container images close');
    expect(texts(rank('hxrbor'))).toContain('Harbor keeps container images close');
  });

  it('credits each stretched match to the question word it stands for', () => {
    const rank = ranker(notes);
    for (const question of ['harbr bitfusoin', 'bitfusoin harbr']) {
      expect(find(rank(question), 'Harbor and Bitfusion run side by side'), question).toMatchObject(
        { coverage: 1, words: 2 },
      );
    }
  });

  it('does not let a stretched word take over a word the notes have', () => {
    const rank = ranker(notes);
    expect(find(rank('helm chartz'), 'Helm installs charts')).toMatchObject({
      coverage: 1,
      words: 2,
    });
  });

  it('counts the start of a word for more than a typo', () => {
    const rank = ranker(`# Ops Night

## Registry

* kubernetes alpha

## GPU

* harbor betas
`);
    const ranked = rank('kuberne harbr');
    expect(find(ranked, 'kubernetes alpha').score).toBeGreaterThan(
      find(ranked, 'harbor betas').score,
    );
  });

  it('never stretches a glossary equivalent, only what the asker wrote', () => {
    const rank = ranker(notes);
    expect(rank('レジストリ', { groups: [['レジストリ', 'harbr']] })).toEqual([]);
  });
});

describe("the talk's title and the meetup", () => {
  it("counts a word of the talk's title as covered for each of its passages", () => {
    const rank = ranker(
      '# Ops Night\n\n## Nightly backups with Velero\n\n* restore runs nightly\n* snapshots go to object storage\n',
    );
    expect(find(rank('velero restore'), 'restore runs nightly')).toMatchObject({
      coverage: 1,
      words: 2,
    });
  });

  it("still prefers the passage that says a word of the talk's title itself", () => {
    const rank = ranker(
      '# Ops Night\n\n## Velero tips\n\n* velero backs up volumes\n* restic copies file data\n',
    );
    const ranked = rank('velero');
    expect(find(ranked, 'velero backs up volumes').score).toBeGreaterThan(
      find(ranked, 'restic copies file data').score,
    );
  });

  it("gives a talk nothing for repeating the meetup's name in its title", () => {
    const rank = ranker(
      '# Kubecon Recap\n\n## Kubecon highlights\n\n* helm charts everywhere\n\n## Packaging\n\n* helm charts everywhere\n',
    );
    const [first, second] = rank('kubecon helm');
    expect(first?.doc.talk.title).not.toBe(second?.doc.talk.title);
    expect(first?.score).toBeCloseTo(second?.score ?? 0);
  });

  it('counts a word that names the meetup, though little, and never against a passage', () => {
    const rank = ranker(
      '# Hakata Ops Night\n\n## Dashboards\n\n* octant shows pods\n* grafana shows metrics\n',
    );
    const named = find(rank('hakata octant'), 'octant shows pods').score;
    const unnamed = find(rank('octant'), 'octant shows pods').score;
    expect(named).toBeGreaterThan(unnamed);
    // Little: a word every passage shares adds less than the passage's own word.
    expect(named - unnamed).toBeLessThan(unnamed / 2);
  });

  it("counts a meetup's title word once, though its details repeat it", () => {
    const details = (line: string) =>
      `# Hakata Ops Night\n\n${line}, 2024/02/01\n\n## Dashboards\n\n* octant shows pods\n* grafana shows metrics\n`;
    const score = (line: string) =>
      find(ranker(details(line))('hakata octant'), 'octant shows pods').score;
    expect(score('Hakata hall')).toBeCloseTo(score('Tenjin hall'));
  });

  it("does not count the meetup's venue as a word a passage covers", () => {
    const rank = ranker(
      '# Go Night\n\nTenjin hall, 2024/02/01\n\n## Logging\n\n* slog writes structured logs\n* handlers format each record\n',
    );
    const ranked = rank('tenjin slog');
    expect(find(ranked, 'slog writes structured logs')).toMatchObject({ strong: true, words: 1 });
    expect(find(ranked, 'handlers format each record')).toMatchObject({ strong: false, words: 0 });
  });
});

describe('a passage that only repeats the question', () => {
  it('still scores a passage whose text has no words, under a matching section', () => {
    const rank = ranker(
      '# Ops Night\n\n## Backups\n\n### Velero\n\n* !!!\n* restore runs nightly\n',
    );
    const score = find(rank('velero'), '!!!').score;
    expect(Number.isFinite(score)).toBe(true);
    expect(score).toBeGreaterThan(0);
  });
});

describe('how rare a word is', () => {
  it('weighs a word by how rare it is in each field, not in another', () => {
    // "velero" heads six passages but is written in the text of one.
    const rank = ranker(
      '# Backup Night\n\n## Tools\n\n### Velero\n\n* alpha one\n* beta two\n* gamma three\n* delta four\n* epsilon five\n* zeta six\n\n## Drills\n\n* velero seven\n',
    );
    const ranked = rank('velero');
    expect(find(ranked, 'velero seven').score).toBeGreaterThan(find(ranked, 'alpha one').score);
  });
});

describe('which talks are scored when the notes have many', () => {
  /** A made-up word per talk, letters only. */
  const ownWord = (i: number) =>
    `zq${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`;
  /**
   * "cluster" is in 14 talks, "kubernetes" and "helm" in 88, "docs" in 197: all more than 5% of
   * 200, so too common for minisearch. Talks 0 and 32 to 41 have every word, 29 to 31 only
   * "cluster", 20 to 28 and from 100 on only "docs", the rest all but "cluster". The talks with
   * the rarest word are not the first ones in the notes.
   */
  const wordsOf = (i: number): string[] => {
    if (i === 0 || (i >= 32 && i <= 41)) return ['cluster', 'kubernetes', 'helm', 'docs'];
    if (i >= 29 && i <= 31) return ['cluster'];
    if ((i >= 20 && i <= 28) || i >= 100) return ['docs'];
    return ['kubernetes', 'helm', 'docs'];
  };
  const onlyDocs = (title: string) => wordsOf(Number(title.replace('Talk ', ''))).join() === 'docs';

  function manyTalks(): Meetup[] {
    const talks: Talk[] = Array.from({ length: 200 }, (_, i) => ({
      title: `Talk ${i}`,
      line: 1,
      links: [],
      passages: [{ text: [ownWord(i), ...wordsOf(i)].join(' '), line: 2 }],
    }));
    return [{ title: 'Platform Night', file: 'platform.md', talks }];
  }
  const talksScored = (ranked: readonly RankedPassage[]) =>
    new Set(ranked.map((r) => r.doc.talk.title));

  it('scores the 20 talks with the most of the rarest words, whatever the order of the notes', () => {
    const index = buildIndex(manyTalks());
    const ranked = rankPassages(
      index,
      analyzeQuery('kubernetes helm docs cluster', { glossary: EMPTY_GLOSSARY }),
    );
    const talks = talksScored(ranked);
    expect(talks.size).toBe(20);
    // The talks with every word, then the three with only the rarest one, before the many with
    // the three more common ones; never one with only the commonest.
    for (const i of [0, 29, 30, 31, 32, 41]) expect(talks.has(`Talk ${i}`), `Talk ${i}`).toBe(true);
    expect([...talks].filter(onlyDocs)).toEqual([]);
  });

  it('starts each question afresh: what an earlier one scored on the same notes counts for nothing', () => {
    const index = buildIndex(manyTalks());
    const ask = (question: string) =>
      talksScored(rankPassages(index, analyzeQuery(question, { glossary: EMPTY_GLOSSARY })));
    const alone = [...ask('docs')];
    // "cluster kubernetes helm" lifts talks 0 and 29 to 41 first; "docs" alone then ranks as before.
    ask('cluster kubernetes helm');
    expect([...ask('docs')]).toEqual(alone);
  });

  it('scores only the talks that have a word of the question', () => {
    const index = buildIndex(manyTalks());
    const ranked = rankPassages(index, analyzeQuery('cluster', { glossary: EMPTY_GLOSSARY }));
    expect([...talksScored(ranked)].sort()).toEqual(
      ['Talk 0', ...Array.from({ length: 13 }, (_, k) => `Talk ${29 + k}`)].sort(),
    );
  });
});

describe('which talks minisearch finds first', () => {
  /** A made-up word per talk, letters only. */
  const ownWord = (i: number) => `zq${String.fromCharCode(97 + i)}`;

  it("finds the talk with the question's rarest word among more talks than are scored", () => {
    const talks = Array.from(
      { length: 25 },
      (_, i) => `## Talk ${ownWord(i)}\n\n* ${ownWord(i)} dashboard\n`,
    );
    const rank = ranker(`# Ops Night\n\n${talks.join('\n')}\n## Octant\n\n* octant dashboard\n`);
    expect(texts(rank('dashboard octant'))).toContain('octant dashboard');
  });

  it('finds the talks with the word in their title before those with it in a bullet', () => {
    const titled = Array.from(
      { length: 12 },
      (_, i) => `## Helm notes for ${ownWord(i)}\n\n* ${ownWord(i)} charts\n`,
    );
    const bulleted = Array.from(
      { length: 12 },
      (_, i) => `## Talk ${ownWord(12 + i)}\n\n* ${ownWord(12 + i)} helm\n`,
    );
    const rank = ranker(`# Ops Night\n\n${[...titled, ...bulleted].join('\n')}`);
    const talks = new Set(rank('helm').map((r) => r.doc.talk.title));
    expect(talks.size).toBe(20);
    for (let i = 0; i < 12; i++) expect(talks.has(`Helm notes for ${ownWord(i)}`)).toBe(true);
  });
});

describe('an equivalent written in kana or kanji', () => {
  const glossary: Glossary = { groups: [['curriculum', 'コース']] };

  it('covers its word where it is written whole', () => {
    const rank = ranker('# Ops Night\n\n## Training\n\n* 新しいコースは3つ\n');
    expect(find(rank('curriculum', glossary), '新しいコースは3つ')).toMatchObject({
      coverage: 1,
      strong: true,
      words: 1,
    });
  });

  it('covers nothing where its bigrams meet apart, in other words', () => {
    // コー of コード and ース of ソース: both bigrams of コース, no コース.
    const rank = ranker('# Ops Night\n\n## Sharing\n\n* ソースコードをレビューする\n');
    const ranked = rank('curriculum', glossary);
    expect(ranked.length).toBeGreaterThan(0);
    for (const passage of ranked) expect(passage).toMatchObject({ strong: false, words: 0 });
  });

  it('covers its word wherever its bigrams meet when the rule is off', () => {
    const index = buildIndex(
      meetupsFrom('# Ops Night\n\n## Sharing\n\n* ソースコードをレビューする\n'),
    );
    const profile = scoringProfileFrom({ words: { wholeEquivalents: false } });
    const query = analyzeQuery('curriculum', {
      glossary,
      known: (term) => index.vocabulary.has(term),
      profile,
    });
    expect(query.unitPhrases).toEqual([undefined]);
    expect(rankPassages(index, query, profile).some((r) => r.words === 1)).toBe(true);
  });

  it('covers nothing where its bigrams are split between the title and a passage', () => {
    const rank = ranker('# Ops Night\n\n## ソースの話\n\n* コードをレビューする\n');
    const ranked = rank('curriculum', glossary);
    expect(ranked.length).toBeGreaterThan(0);
    for (const passage of ranked) expect(passage.words).toBe(0);
  });

  it('covers its word in a passage whose section heading or talk title writes it whole', () => {
    const bySection = ranker('# Ops Night\n\n## Training\n\n### 新コース\n\n* 3つある\n');
    expect(find(bySection('curriculum', glossary), '3つある')).toMatchObject({ words: 1 });
    const byTitle = ranker('# Ops Night\n\n## コースの案内\n\n* 3つある\n');
    expect(find(byTitle('curriculum', glossary), '3つある')).toMatchObject({ words: 1 });
  });

  it('reads the texts without their spaces where the equivalent has one too', () => {
    // The notes' words are indexed as spaced; the equivalent is looked for without its space.
    const spaced: Glossary = { groups: [['gizmokit', 'ガジェット キット']] };
    const inText = ranker('# Ops Night\n\n## Gadgets\n\n* ガジェット キットを採用\n');
    expect(find(inText('gizmokit', spaced), 'ガジェット キットを採用').words).toBe(1);
    const bySection = ranker('# Ops Night\n\n## Gadgets\n\n### ガジェット キット\n\n* 3つある\n');
    expect(find(bySection('gizmokit', spaced), '3つある').words).toBe(1);
    const byTitle = ranker('# Ops Night\n\n## ガジェット キットの話\n\n* 3つある\n');
    expect(find(byTitle('gizmokit', spaced), '3つある').words).toBe(1);
    // In the meetup's details the word adds to the share only (see coverage).
    const byDetails = ranker(
      '# Ops Night\n\n2024/01/10\n\nガジェット キット受付\n\n## Training\n\n* 3つある\n',
    );
    expect(find(byDetails('gizmokit', spaced), '3つある').coverage).toBe(1);
  });

  it('reads each talk’s own title: another talk’s does not make the word whole', () => {
    const rank = ranker(
      '# Ops Night\n\n## ｺｰｽの案内\n\n* 3つある\n\n## ソースの話\n\n* コードを見る\n',
    );
    const ranked = rank('curriculum', glossary);
    expect(find(ranked, '3つある').words).toBe(1);
    expect(find(ranked, 'コードを見る').words).toBe(0);
  });

  it('covers its word where the equivalent has a space the notes do not', () => {
    const spaced: Glossary = { groups: [['gizmokit', 'ガジェット キット']] };
    const rank = ranker('# Ops Night\n\n## Gadgets\n\n* ガジェットキットを採用した\n');
    expect(find(rank('gizmokit', spaced), 'ガジェットキットを採用した').words).toBe(1);
  });
});
