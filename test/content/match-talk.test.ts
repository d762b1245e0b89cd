import { describe, expect, it } from 'vitest';
import { matchTalk } from '../../src/content/match-talk.js';

const TITLES = ['Kubernetes入門 (alice)', 'NSX-Tの分散ファイアウォール', 'vSAN ESA deep dive'];

describe('matchTalk', () => {
  it('finds the talk an entry names by its words or its kanji and katakana', () => {
    expect(matchTalk('Kubernetes入門', 'https://example.test/x', TITLES)).toBe(0);
    expect(matchTalk('分散ファイアウォールの資料', 'https://example.test/x', TITLES)).toBe(1);
  });

  it('reads the words of the link path, decoded, when the entry says nothing', () => {
    expect(matchTalk('', 'https://speakerdeck.com/rin/vsan-esa_deep-dive', TITLES)).toBe(2);
    expect(matchTalk('', 'https://example.test/%E5%85%A5%E9%96%80/kubernetes', TITLES)).toBe(0);
    expect(matchTalk('', 'https://example.test/100%/vsan-esa', TITLES)).toBe(2);
  });

  it('ignores case and full-width letters', () => {
    expect(matchTalk('ＫＵＢＥＲＮＥＴＥＳ', 'https://example.test/x', TITLES)).toBe(0);
  });

  it('names no talk from words that say nothing, one letter, long numbers or nothing at all', () => {
    expect(matchTalk('the slides pdf', 'https://www.slideshare.net/', TITLES)).toBeUndefined();
    expect(matchTalk('', 'not a url', TITLES)).toBeUndefined();
    expect(matchTalk('v 1234567', 'https://example.test/', ['v 1234567 talk'])).toBeUndefined();
    expect(matchTalk('資料', 'https://example.test/', ['資料まとめ'])).toBeUndefined();
  });

  it('counts a number of four digits or a word of up to 24 letters, not longer', () => {
    expect(matchTalk('2024', 'https://example.test/', ['Plans for 2024', 'Other'])).toBe(0);
    const long = 'a'.repeat(25);
    expect(matchTalk(long, 'https://example.test/', [`${long} talk`])).toBeUndefined();
    const longest = 'b'.repeat(24);
    expect(matchTalk(longest, 'https://example.test/', [`${longest} talk`])).toBe(0);
  });

  it('needs half the words of the shorter side in common', () => {
    const titles = ['alpha beta gamma delta', 'epsilon'];
    expect(matchTalk('alpha beta', 'https://example.test/', titles)).toBe(0);
    expect(matchTalk('alpha zeta eta theta', 'https://example.test/', titles)).toBeUndefined();
    expect(matchTalk('alpha beta zeta eta', 'https://example.test/', titles)).toBe(0);
  });

  it('takes the better of two matches, by share and then by words in common', () => {
    expect(matchTalk('alpha beta', 'https://example.test/', ['alpha gamma', 'alpha beta'])).toBe(1);
    expect(
      matchTalk('alpha beta gamma', 'https://example.test/', [
        'alpha beta x y',
        'alpha beta gamma x y z',
      ]),
    ).toBe(1);
  });

  it('names no talk when two match equally well, or the only title has no words', () => {
    expect(matchTalk('alpha', 'https://example.test/', ['alpha one', 'alpha two'])).toBeUndefined();
    expect(matchTalk('alpha', 'https://example.test/', ['!!', 'alpha'])).toBe(1);
  });
});
