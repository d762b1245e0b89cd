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
