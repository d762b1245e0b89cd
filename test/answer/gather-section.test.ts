import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.js';
import { gatherSection } from '../../src/answer/gather-section.js';
import type { Meetup, Passage, Talk } from '../../src/content/meetup.js';
import type { RankedPassage } from '../../src/search/rank-passages.js';
import { buildEngine, EACH_PASSAGE_ALONE, notesFrom } from '../support/engine.js';

const meetup = { title: 'Meetup', file: 'm.md', talks: [] } as unknown as Meetup;
const talkOf = (title: string): Talk => ({ title, links: [], passages: [], line: 1 });
const ranked = (talk: Talk, line: number, text: string, section?: string): RankedPassage => {
  const passage: Passage = { text, line, ...(section !== undefined && { section }) };
  return {
    doc: { id: line, meetup, talk, passage, talkId: 0 },
    coverage: 1,
    strong: true,
    words: 2,
    covered: 0b11,
    score: 1,
  };
};
const alone = (r: RankedPassage) => [r.doc.passage];

describe('gatherSection', () => {
  const talk = talkOf('Eraser');
  it('joins the results of the first one’s talk and section in the notes’ order', () => {
    const first = ranked(talk, 7, 'second bullet', 'Tools');
    const earlier = ranked(talk, 3, 'first bullet', 'Tools');
    const gathered = gatherSection([first, earlier], alone, 280);
    expect(gathered?.text).toBe('first bullet\nsecond bullet');
    expect([...(gathered?.results ?? [])]).toEqual(expect.arrayContaining([first, earlier]));
  });

  it('leaves out another talk, another section, and what does not fit', () => {
    const first = ranked(talk, 3, 'a'.repeat(100), 'Tools');
    const otherTalk = ranked(talkOf('Other'), 5, 'other talk', 'Tools');
    const otherSection = ranked(talk, 9, 'other section', 'Sharing');
    const noSection = ranked(talk, 11, 'no section');
    const tooLong = ranked(talk, 13, 'b'.repeat(80), 'Tools');
    const fits = ranked(talk, 15, 'c'.repeat(79), 'Tools');
    const gathered = gatherSection(
      [first, otherTalk, otherSection, noSection, tooLong, fits],
      alone,
      180,
    );
    // 100 + a line break + 79 is exactly the room; 80 more would be one over it.
    expect(gathered?.text).toBe(`${'a'.repeat(100)}\n${'c'.repeat(79)}`);
    expect(gatherSection([first, tooLong], alone, 180)).toBeUndefined();
  });

  it('gives nothing for one result, none, or a first result too long for the room', () => {
    const first = ranked(talk, 3, 'only one', 'Tools');
    expect(gatherSection([first], alone, 280)).toBeUndefined();
    expect(gatherSection([], alone, 280)).toBeUndefined();
    const long = ranked(talk, 3, 'x'.repeat(281), 'Tools');
    expect(gatherSection([long, ranked(talk, 5, 'short', 'Tools')], alone, 280)).toBeUndefined();
  });

  it('shows a passage that two results are read with once', () => {
    const shared: Passage = { text: 'shared line', line: 5, section: 'Tools' };
    const first = ranked(talk, 3, 'top line', 'Tools');
    const second = ranked(talk, 7, 'next line', 'Tools');
    const withShared = (r: RankedPassage) =>
      r.doc.passage.line < shared.line ? [r.doc.passage, shared] : [shared, r.doc.passage];
    expect(gatherSection([first, second], withShared, 280)?.text).toBe(
      'top line\nshared line\nnext line',
    );
  });
});

describe('a reply whose words fit a topic’s bullet and the one after it', () => {
  const notes = `# Photo Night #4

## Cutting out photos on a phone

### Eraser

- The finger hides the spot being erased
- To deal with it, a loupe above the finger shows that spot

### Sharing

- Finished cut-outs are shared as stickers
`;
  const ask = (gathering: boolean): Answer =>
    buildEngine(notesFrom(notes), gathering ? {} : EACH_PASSAGE_ALONE).ask(
      'how do they deal with the finger hiding the spot being erased?',
    );

  it('shows both in the first result, and does not list the second again', () => {
    const answer = ask(true);
    if (answer.kind !== 'found') throw new Error(`expected an answer, got ${answer.kind}`);
    const [top, ...rest] = answer.results;
    expect(top?.section).toBe('Eraser');
    expect(top?.snippet).toBe(
      'The finger hides the spot being erased\nTo deal with it, a loupe above the finger shows that spot',
    );
    expect(rest.map((r) => r.snippet)).toEqual([]);
  });

  it('leads a link question with the link’s passage alone', () => {
    const withSlides = notes.replace(
      'that spot\n',
      'that spot\n- Slides on the finger and the loupe: https://speakerdeck.com/team/eraser-deck\n',
    );
    const answer = buildEngine(notesFrom(withSlides)).ask(
      'slides about the loupe above the finger?',
    );
    if (answer.kind !== 'found') throw new Error(`expected an answer, got ${answer.kind}`);
    expect(answer.results.map((r) => r.snippet)).toEqual([
      'Slides on the finger and the loupe: https://speakerdeck.com/team/eraser-deck',
      'To deal with it, a loupe above the finger shows that spot',
    ]);
  });

  it('shows one passage in the first result with the mechanism off', () => {
    const answer = ask(false);
    if (answer.kind !== 'found') throw new Error(`expected an answer, got ${answer.kind}`);
    // The sibling may still be listed as a runner-up of its own, never inside the first result.
    expect(answer.results[0]?.snippet).toBe('The finger hides the spot being erased');
  });
});
