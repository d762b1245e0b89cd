import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/search/analyze-query.js';
import { buildIndex } from '../../src/search/build-index.js';
import { EMPTY_GLOSSARY, type Glossary } from '../../src/search/glossary.js';
import { type RankedPassage, rankPassages } from '../../src/search/rank-passages.js';
import { meetupsFrom } from '../support/notes-service.js';

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
  it('scores nothing when no word of the question is in the notes or could be stretched to one', () => {
    const rank = ranker('# Ops Night\n\n## Harbor\n\n* Harbor keeps images close\n');
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
      '# Ops Night\n\n## Velero tips\n\n* restore runs nightly\n* snapshots go to object storage\n',
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
    expect(find(rank('hakata octant'), 'octant shows pods').score).toBeGreaterThan(
      find(rank('octant'), 'octant shows pods').score,
    );
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

describe('a meetup named by its details (its venue) comes first', () => {
  const notes = [
    '# Go Night\n\n天神 Tenjin hall, second floor, 北 exit\n\n## Logging\n\n* slog writes structured logs to files in the container, and fluent bit ships them every night to the central store we run\n',
    '# Go Evening\n\n## Logging\n\n* slog writes structured logs\n',
  ];
  const meetupOfFirst = (ranked: readonly RankedPassage[]) =>
    [...ranked].sort((a, b) => b.score - a.score)[0]?.doc.meetup.title;

  it('puts the talks of the meetup the asker named by its venue first', () => {
    const rank = ranker(...notes);
    expect(meetupOfFirst(rank('slog structured logs'))).toBe('Go Evening');
    expect(meetupOfFirst(rank('tenjin slog structured logs'))).toBe('Go Night');
    // Half of a word the asker wrote is enough to name it.
    expect(meetupOfFirst(rank('tenjin-kaikan slog structured logs'))).toBe('Go Night');
  });

  it('does not count a venue reached only through an equivalent, one bigram of a word or a lone kanji', () => {
    const rank = ranker(...notes);
    expect(meetupOfFirst(rank('会場 slog structured logs', { groups: [['会場', 'tenjin']] }))).toBe(
      'Go Evening',
    );
    expect(meetupOfFirst(rank('天神駅前 slog structured logs'))).toBe('Go Evening');
    // A lone kanji says too little to name a place.
    expect(meetupOfFirst(rank('北 slog structured logs'))).toBe('Go Evening');
  });
});
