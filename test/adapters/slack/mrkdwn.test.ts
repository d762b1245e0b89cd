import { describe, expect, it } from 'vitest';
import {
  boldRanges,
  escapeMrkdwn,
  mrkdwnLink,
  truncateMrkdwn,
} from '../../../adapters/slack/mrkdwn.js';

const Z = '\u200b';

describe('Slack mrkdwn', () => {
  it('escapes the three control characters', () => {
    expect(escapeMrkdwn('a & <!channel> b')).toBe('a &amp; &lt;!channel&gt; b');
  });

  it('bolds matched ranges between zero-width spaces and escapes the rest', () => {
    expect(
      boldRanges('Ansible & <b>', [
        { start: 0, end: 7 },
        { start: 8, end: 9 },
      ]),
    ).toBe(`${Z}*Ansible*${Z} ${Z}*&amp;*${Z} &lt;b&gt;`);
  });

  it('keeps whitespace out of bold and clamps ranges to the text', () => {
    expect(boldRanges(' ab ', [{ start: 0, end: 4 }])).toBe(` ${Z}*ab*${Z} `);
    expect(
      boldRanges('abc', [
        { start: 2, end: 99 },
        { start: -3, end: 1 },
      ]),
    ).toBe(`${Z}*a*${Z}b${Z}*c*${Z}`);
    expect(boldRanges('abc', [{ start: 1, end: 1 }])).toBe('abc');
  });

  it('does not bold a range with an asterisk in it', () => {
    expect(
      boldRanges('a*b c', [
        { start: 0, end: 3 },
        { start: 4, end: 5 },
      ]),
    ).toBe(`a*b ${Z}*c*${Z}`);
  });

  it('links only http(s) URLs, with characters that would end the link encoded', () => {
    expect(mrkdwnLink('https://x.y/a b|c>d&e', 'A|B <c>')).toBe(
      '<https://x.y/a%20b%7Cc%3Ed&amp;e|A¦B &lt;c&gt;>',
    );
    expect(mrkdwnLink('HTTP://x.y/<', 'x')).toBe('<HTTP://x.y/%3C|x>');
    expect(mrkdwnLink('javascript:alert(1)', 'A <b>')).toBe('A &lt;b&gt;');
  });

  it('cuts to the length with an ellipsis, never inside an entity, a link or a surrogate pair', () => {
    expect(truncateMrkdwn('abcdef', 6)).toBe('abcdef');
    expect(truncateMrkdwn('abcdefg', 6)).toBe('abcde…');
    expect(truncateMrkdwn('ab😀cd', 4)).toBe('ab…');
    expect(truncateMrkdwn('ab&amp;cd', 5)).toBe('ab…');
    expect(truncateMrkdwn('a&amp;bcdefg', 8)).toBe('a&amp;b…');
    expect(truncateMrkdwn('ab<https://x.y|z>cd', 8)).toBe('ab…');
    expect(truncateMrkdwn('a<x|y>bcdefg', 9)).toBe('a<x|y>bc…');
  });
});
