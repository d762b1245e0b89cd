import { describe, expect, it } from 'vitest';
import { buildEngine, notesFrom } from '../../support/engine.js';

// One talk links its slides under the slide host's name; the other, by a company's speaker,
// has the answer in its notes and no link.
const FRONTEND_NIGHT = `# Frontend Night #7

## Templates on the server

* [Templates on the server - Speaker Deck](https://speakerdeck.com/someone/templates)
* rendering only on the server keeps the client small

## Four months on call at Tanuki Works

* on-call rotation of four people
* custom metrics are pushed to Datadog
* runbooks live next to the code
`;

const talkOf = (question: string) => {
  const answer = buildEngine(notesFrom(FRONTEND_NIGHT)).ask(question);
  return answer.kind === 'found' ? answer.results[0]?.talk : answer.kind;
};

describe('a question naming a talk by its speaker ("the speaker from Tanuki Works")', () => {
  it.each([
    'Where did the Tanuki Works speaker push the custom metrics?',
    'Tanuki Worksの登壇者はカスタムメトリクスをどこに送ってた?',
  ])('is answered by that talk, not one whose link text says Speaker Deck: "%s"', (question) => {
    expect(talkOf(question)).toBe('Four months on call at Tanuki Works');
  });
});
