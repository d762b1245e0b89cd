import { describe, expect, it } from 'vitest';
import {
  loadLanguageResources,
  meetupWordDictionary,
} from '../../../src/search/language-resources.js';
import { MEETUP_TERMS } from '../../../src/search/meetup-words.js';
import { normalize } from '../../../src/search/normalize.js';
import { top } from '../../support/answers.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

// Japanese notes on who came and what followed the talks, asked about in English.
const NOTES = notesFrom(`# Edge Night #2

## 振り返り

- 今回は登壇者が5人と多めだった
- 参加者の多くはGoを書いていた
- 参加費は1,500円で軽食つき

## 運営から

- 主催者はkobe-goのメンバー
- 懇親会は近くの居酒屋で

## ハンズオン

- エージェントをRaspberry Piで動かした
`);
const engine = buildEngine(NOTES, { synonyms: meetupWordDictionary() });

describe("a meetup's own words, asked in English of Japanese notes", () => {
  it('meets who was there: speakers, attendees, the organizer', () => {
    expect(top(engine.ask('How many speakers were there?')).snippet).toContain('登壇者が5人');
    expect(top(engine.ask('Did most attendees write Go?')).snippet).toContain('参加者の多く');
    expect(top(engine.ask('Is the organizer from kobe-go?')).snippet).toContain('主催者');
  });

  it('meets the parts of the evening: the after party, the hands-on', () => {
    expect(top(engine.ask('Where was the after-party?')).snippet).toContain('懇親会');
    expect(top(engine.ask('What ran on the Raspberry Pi in the hands-on?')).talk).toBe(
      'ハンズオン',
    );
  });

  it('meets what entry cost: a ticket or admission is the attendance fee', () => {
    expect(top(engine.ask('How much was a ticket?')).snippet).toContain('参加費は1,500円');
    expect(top(engine.ask('How much was admission?')).snippet).toContain('参加費');
  });

  it('needs the table: without it the English word finds nothing', () => {
    expect(buildEngine(NOTES).ask('How many speakers were there?').kind).toBe('not-found');
  });

  it('holds groups of normalized words, and loads with the resources', async () => {
    for (const group of MEETUP_TERMS) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      expect(new Set(group).size).toBe(group.length);
      for (const word of group) expect(word).toBe(normalize(word));
    }
    const { synonyms } = await loadLanguageResources();
    expect([...synonyms.groups]).toContainEqual({
      terms: MEETUP_TERMS[0],
      triggers: MEETUP_TERMS[0]?.map(() => true),
    });
  });
});
