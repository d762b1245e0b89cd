import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING_PROFILE, withOverrides } from '../../../src/search/scoring/profile.js';
import { found, top } from '../../support/answers.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

// One meetup whose talks carry their links in different places: on a line of their notes, in
// their heading, or nowhere (a line only says the slides will come).
const NOTES = notesFrom(`# Infra Night #2

## Terraform state in a team

- remote state lives in a bucket with locking
- slides: https://speakerdeck.com/infra/terraform-state
- the state bucket is versioned so a bad apply can be rolled back
- recording: https://www.youtube.com/watch?v=abc123

## Packer images

- images rebuilt every week
- スライドは後日公開します
- 録画は公開されません

## [Ansible roles](https://speakerdeck.com/infra/ansible-roles)

### Layout

- roles are versioned in one repository with molecule tests

### Handouts

- the molecule slides were handed out on paper

## Vault secrets

- secrets are leased for an hour and renewed by the agent

## Links of the night

- terraform state lives on at https://speakerdeck.com/infra/terraform-state
`);
const engine = buildEngine(NOTES);
/** Each one-line passage shown alone, so the order of the results shows in their snippets. */
const lineByLine = buildEngine(NOTES, {
  profile: withOverrides(DEFAULT_SCORING_PROFILE, {
    answer: { neighbourLines: false, gatherSection: false },
  }),
});

describe('a question asking for a link', () => {
  it('leads with the passage that carries the link asked for, though others rank higher', () => {
    const results = found(engine.ask('Is there a recording of the Terraform state talk?'));
    const [first, ...rest] = results;
    expect(first?.snippet).toContain('youtube.com/watch?v=abc123');
    expect(first?.talk).toBe('Terraform state in a team');
    // It was not the best-ranked passage: something after it ranks above it.
    expect(rest.some((r) => r.score > (first?.score ?? 0))).toBe(true);
  });

  it("takes the link passage from the best talk only, never another talk's copy of its link", () => {
    const results = found(lineByLine.ask('terraform state lives slides'));
    expect(results.map((r) => r.talk)).toEqual(['Terraform state in a team', 'Links of the night']);
  });

  it('leads with a passage that speaks of the recording when the talk has none', () => {
    const answer = top(lineByLine.ask('Is there a recording of the Packer images talk?'));
    expect(answer.snippet).toBe('録画は公開されません');
    expect(answer.missing).toBe('video');
  });

  it('leads with a passage that speaks of the slides when the talk has no link', () => {
    const results = found(lineByLine.ask('Packer images slides?'));
    expect(results[0]?.snippet).toBe('スライドは後日公開します');
    expect(results[0]?.missing).toBe('slides');
    expect(results[1]?.score).toBeGreaterThan(results[0]?.score ?? Infinity);
    // Another talk's passage on slides that ranks above it does not take its place.
    const other = top(lineByLine.ask('packer images slides handed out on paper, published later?'));
    expect([other.talk, other.snippet]).toEqual(['Packer images', 'スライドは後日公開します']);
  });

  it('keeps the ranking when the talk has links but no passage carries them', () => {
    const answer = top(engine.ask('Ansible roles molecule tests slides?'));
    expect(answer.snippet).toBe('roles are versioned in one repository with molecule tests');
    expect(answer.links.map((l) => l.url)).toEqual(['https://speakerdeck.com/infra/ansible-roles']);
    expect(answer).not.toHaveProperty('missing');
  });

  it('marks nothing missing, not even as an empty field, when no link is asked for', () => {
    const answer = top(engine.ask('Packer images rebuilt every week'));
    expect(answer).not.toHaveProperty('missing');
    expect(answer).not.toHaveProperty('notesUrl');
  });
});

describe('a link the notes neither give nor speak of', () => {
  it('is no answer, naming the talk asked about', () => {
    for (const question of [
      'Where are the slides for the Vault secrets talk?',
      'Vault secrets の録画ある?',
    ]) {
      expect(engine.ask(question)).toEqual({
        kind: 'not-found',
        query: question,
        suggestions: ['Vault secrets'],
        missing: question.includes('slides') ? 'slides' : 'video',
      });
    }
  });

  it('is the talk, marked missing, when the profile does not require the link', () => {
    const lenient = buildEngine(NOTES, {
      profile: withOverrides(DEFAULT_SCORING_PROFILE, { answer: { linkRequired: false } }),
    });
    const answer = top(lenient.ask('Where are the slides for the Vault secrets talk?'));
    expect([answer.talk, answer.missing]).toEqual(['Vault secrets', 'slides']);
  });

  it('is the talk, marked missing, when its meetup has a link of that kind that names no talk', () => {
    const withMeetupSlides = buildEngine(
      notesFrom(`# Infra Night #3

## Vault secrets

- secrets are leased for an hour and renewed by the agent

## Consul mesh

- sidecars are injected by the admission webhook

## 資料

- https://speakerdeck.com/infra/night-3
`),
    );
    const answer = top(withMeetupSlides.ask('Where are the slides for the Vault secrets talk?'));
    expect([answer.talk, answer.missing]).toEqual(['Vault secrets', 'slides']);
    // A recording is still asked in vain: the meetup's link is slides.
    expect(withMeetupSlides.ask('Is there a recording of the Vault secrets talk?').kind).toBe(
      'not-found',
    );
  });
});

describe('a link word that is not asked for as a link', () => {
  const TOPICS = notesFrom(`# Data Night #1

## 社内ドキュメント検索

- 社内のドキュメントをベクトル検索できるようにした
- 検索結果は LLM が要約する

## 動画配信基盤

- HLS でトランスコードして配信する
`);
  const engine = buildEngine(TOPICS);

  it('inside a compound, is a topic: the talk answers as it did, with no link said missing', () => {
    const answer = top(engine.ask('社内資料の検索はどうやった?'));
    expect(answer.talk).toBe('社内ドキュメント検索');
    expect(answer).not.toHaveProperty('missing');
  });

  it("in the talk's title, is what the talk speaks of: it is named with the link it lacks", () => {
    const answer = top(engine.ask('動画配信基盤のトランスコードの録画ある?'));
    expect([answer.talk, answer.missing]).toEqual(['動画配信基盤', 'video']);
  });
});

describe('neighbouring lines', () => {
  it('shows a one-line passage alone when the profile turns them off', () => {
    const question = 'Packer images rebuilt every week';
    // Without the section gathering, which would add the talk's other lines too.
    const withNeighbours = buildEngine(NOTES, {
      profile: withOverrides(DEFAULT_SCORING_PROFILE, { answer: { gatherSection: false } }),
    });
    expect(top(lineByLine.ask(question)).snippet).toBe('images rebuilt every week');
    expect(top(withNeighbours.ask(question)).snippet).toBe(
      'images rebuilt every week\nスライドは後日公開します',
    );
  });
});

describe('a question whether there is a repository, of a talk that links a site first', () => {
  const SITES = notesFrom(`# Civic Night #3

## A search app for the city's recycling rules

- https://recycle.example.test/
- [deck](https://docs.example.test/deck)
- [github](https://github.com/civic/recycle-search)
`);

  it.each([
    'is there a github repo for the recycling search app?',
    'recycling search appのgithubのリポジトリある?',
  ])('"%s" shows the repository the best passage gives, not the site above it', (question) => {
    const result = top(buildEngine(SITES).ask(question));
    expect(result.addresses?.[0]?.url).toBe('https://github.com/civic/recycle-search');
  });
});

describe('a question for the code of a talk whose only note is its link', () => {
  const LINK_ONLY = notesFrom(`# Civic Night #4

## Bus timetable search

- https://github.com/civic/bus-search

## Park map

- the map shows every park with a toilet
`);

  it.each([
    'where can I find the source code of the bus timetable search?',
    'do they have the source code for the bus timetable search?',
  ])('"%s" is answered with the link, though the notes say nothing else', (question) => {
    const result = top(buildEngine(LINK_ONLY).ask(question));
    expect(result.talk).toBe('Bus timetable search');
    expect(result.addresses?.[0]?.url).toBe('https://github.com/civic/bus-search');
  });
});

// A meetup written in two files, as a site keeps its announcement and its report apart: the
// talk's summary in the one, the list of the decks in the other.
const ANNOUNCED = `# Harbor Night #6

## セッション概要 〜 Inside of Lumora 〜

- Lumora は社内 PaaS で、中はほぼ Ruby
- デプロイの流れとスケールの仕組みを話します
`;
const REPORTED = `# Harbor Night #6 report

## 話題

- Lumora のビルドは単なる rails の build ではない

## セッションのスライド

- [Starting Lumora](https://www.slideshare.net/harbor/starting-lumora)
- [Inside of Lumora](https://www.slideshare.net/harbor/inside-lumora)
`;

describe('slides listed apart from the talk', () => {
  it('answers from the list naming the talk when the talk itself has no slides', () => {
    const engine = buildEngine(notesFrom(ANNOUNCED, REPORTED));
    const result = top(engine.ask('where are the slides for Inside of Lumora?'));
    expect(result.talk).toBe('セッションのスライド');
    expect(result.links.map((l) => l.url)).toContain(
      'https://www.slideshare.net/harbor/inside-lumora',
    );
  });

  it('keeps the talk when the list meets fewer of the words, or the talk has its own deck', () => {
    const engine = buildEngine(
      notesFrom(
        ANNOUNCED,
        REPORTED.replace('Inside of Lumora', 'Lumora internals').replace(
          'harbor/inside-lumora',
          'harbor/lumora-internals',
        ),
      ),
    );
    const answer = engine.ask('where are the slides for Inside of Lumora?');
    expect(answer.kind === 'not-found' && answer.missing).toBe('slides');
    const own = buildEngine(
      notesFrom(
        ANNOUNCED.replace('- デプロイ', '- slides: https://speakerdeck.com/h/inside\n- デプロイ'),
        REPORTED,
      ),
    );
    expect(top(own.ask('where are the slides for Inside of Lumora?')).talk).toBe(
      'セッション概要 〜 Inside of Lumora 〜',
    );
    // A passage meeting every word, of a talk with no deck, is no list of decks.
    const chat = buildEngine(
      notesFrom(
        ANNOUNCED,
        REPORTED.replace(
          '[Inside of Lumora](https://www.slideshare.net/harbor/inside-lumora)',
          'Inside of Lumora は後で',
        ).replace('- Lumora のビルド', '- Inside of Lumora が一番人気\n- Lumora のビルド'),
      ),
    );
    const none = chat.ask('where are the slides for Inside of Lumora?');
    expect(none.kind === 'not-found' && none.missing).toBe('slides');
    // Its deck linked from its heading, on no line of its notes: the talk still answers.
    const heading = buildEngine(
      notesFrom(
        ANNOUNCED.replace(
          '## セッション概要 〜 Inside of Lumora 〜',
          '## [セッション概要 〜 Inside of Lumora 〜](https://speakerdeck.com/h/inside)',
        ),
        REPORTED,
      ),
    );
    expect(top(heading.ask('where are the slides for Inside of Lumora?')).talk).toBe(
      'セッション概要 〜 Inside of Lumora 〜',
    );
  });
});

// The announcement names each talk's speaker by handle; the report lists the decks by title, each
// linked to an address that carries the handle (as a slide host's address does).
const PROGRAMME = `# Harbor Night #7

## 発表者

- みなと(@minatok) : Inside of Lumora
- そら(@soraten) : Starting Lumora
- けん(@ken) : Lumora tips
`;
const DECKS = `# Harbor Night #7 report

## 話題

- Lumora のビルドは単なる rails の build ではない

## スライド一覧

- [Inside of Lumora // Speaker Deck](https://speakerdeck.com/Minatok/inside-of-lumora)
- [Starting Lumora // Speaker Deck](https://speakerdeck.com/soraten/starting-lumora)
- [Lumora in production // Speaker Deck](https://speakerdeck.com/kenta/lumora-in-production)
`;

describe('a deck list entry whose address names the speaker', () => {
  const question = "is there a link to minatok's Inside of Lumora slides?";
  const slidesMissing = (notes: string) => {
    const answer = buildEngine(notesFrom(PROGRAMME, notes)).ask(question);
    return answer.kind === 'not-found' && answer.missing;
  };

  it('meets the speaker the question names through its own link', () => {
    const result = top(buildEngine(notesFrom(PROGRAMME, DECKS)).ask(question));
    expect(result.talk).toBe('スライド一覧');
    expect(result.links.map((l) => l.url)).toContain(
      'https://speakerdeck.com/Minatok/inside-of-lumora',
    );
  });

  it("does not lend an entry another entry's address", () => {
    // The handle is in the other entry's link only: no entry meets every word the talk meets.
    const swapped = DECKS.replace('speakerdeck.com/soraten', 'speakerdeck.com/minatok').replace(
      'speakerdeck.com/Minatok/inside',
      'speakerdeck.com/harbor/inside',
    );
    expect(slidesMissing(swapped)).toBe('slides');
  });

  it('meets a word only as a whole word of the path, not inside another or in the host', () => {
    const tips = "is there a link to ken's Lumora tips slides?";
    const answer = buildEngine(notesFrom(PROGRAMME, DECKS)).ask(tips);
    expect(answer.kind === 'not-found' && answer.missing).toBe('slides');
    const host = DECKS.replace('speakerdeck.com/Minatok/inside', 'minatok.example.com/inside');
    expect(slidesMissing(host)).toBe('slides');
  });

  it('pairs entries and links only in a list whose every entry is one link', () => {
    // Three links in two entries: the second link is the first entry's, not the second's.
    const extra = DECKS.replace(
      'speakerdeck.com/soraten/starting-lumora)',
      'speakerdeck.com/soraten/starting-lumora) [demo](https://speakerdeck.com/minatok/demo-reel)',
    ).replace('speakerdeck.com/Minatok/inside', 'speakerdeck.com/harbor/inside');
    expect(slidesMissing(extra)).toBe('slides');
    // As many links as entries, but one entry has two and the next none: by order, that entry
    // would be lent the second link of the one before it.
    const uneven = `# Harbor Night #7 report

## スライド一覧

- [Starting Lumora](https://speakerdeck.com/soraten/starting-lumora) [en](https://speakerdeck.com/minatok/starting-lumora-en)
- Inside of Lumora (スライドは後日公開)
- [Lumora in production](https://speakerdeck.com/kenta/lumora-in-production)
`;
    expect(slidesMissing(uneven)).toBe('slides');
  });
});
