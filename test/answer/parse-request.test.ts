import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/answer/parse-request.js';

describe('parseRequest', () => {
  it.each([
    ['', { kind: 'help' }],
    ['  help ', { kind: 'help' }],
    ['HELP', { kind: 'help' }],
    ['ヘルプ', { kind: 'help' }],
    [' 使い方 ', { kind: 'help' }],
    ['使い方を教えて Ansible', { kind: 'ask', question: '使い方を教えて Ansible' }],
    ['ask', { kind: 'help' }],
    ['talks', { kind: 'talks' }],
    ['ask  When was Ansible 2.10 GA?', { kind: 'ask', question: 'When was Ansible 2.10 GA?' }],
    ['When was Ansible 2.10 GA?', { kind: 'ask', question: 'When was Ansible 2.10 GA?' }],
    ['help me with ansible', { kind: 'ask', question: 'help me with ansible' }],
    ['talks about octant', { kind: 'ask', question: 'talks about octant' }],
  ])('reads %j as %j', (text, expected) => {
    expect(parseRequest(text)).toEqual(expected);
  });
});
