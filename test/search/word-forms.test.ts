import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/search/normalize.js';

describe('normalize', () => {
  it('drops the long-vowel mark only at the end of a katakana word of four characters or more', () => {
    expect(normalize('サーバー')).toBe('サーバ');
    expect(normalize('ルー')).toBe('ルー');
    expect(normalize('ルーター')).toBe('ルータ');
    expect(normalize('ユーザーグループ')).toBe('ユーザーグループ');
  });
});
