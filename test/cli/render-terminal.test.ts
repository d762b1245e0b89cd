import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.js';
import { renderAnswerText } from '../../src/cli/render-terminal.js';

/** One found result whose snippet is `snippet`, with `words` marked wherever they occur. */
function answerWith(snippet: string, words: string[]): Answer {
  const matches = words
    .flatMap((w) => [...snippet.matchAll(new RegExp(w, 'g'))].map((m) => m.index))
    .sort((a, b) => a - b)
    .map((start) => {
      const word = words.find((w) => snippet.startsWith(w, start)) ?? '';
      return { start, end: start + word.length };
    });
  return {
    kind: 'found',
    query: words.join(' '),
    results: [{ meetup: 'M', talk: 'T', snippet, matches, links: [], score: 1 }],
  };
}

describe('answers at a terminal', () => {
  it('never marks a match inside a link, and marks the same word outside it', () => {
    const snippet = '資料 https://speakerdeck.com/sky_joker/ansible-vmware (ansible)';
    const text = renderAnswerText(answerWith(snippet, ['資料', 'ansible']), { color: false });
    expect(text).toContain(
      '   【資料】 https://speakerdeck.com/sky_joker/ansible-vmware (【ansible】)',
    );
  });

  it('leaves a link whole in colour too', () => {
    const snippet = 'slides: https://slides.example.test/terraform';
    const text = renderAnswerText(answerWith(snippet, ['slides', 'terraform']), { color: true });
    expect(text).toContain('\u001b[1mslides\u001b[0m: https://slides.example.test/terraform');
  });
});
