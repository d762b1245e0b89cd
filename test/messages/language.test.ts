import { describe, expect, it } from 'vitest';
import {
  readLanguageTag,
  replyLanguage,
  textLanguage,
  withLanguageTag,
} from '../../src/messages/language.js';

describe('the language of what someone typed', () => {
  it('is Japanese with any hiragana, katakana or kanji, and English otherwise', () => {
    expect(textLanguage('Octantって何?')).toBe('ja');
    expect(textLanguage('NSX-Tの分散FW')).toBe('ja');
    expect(textLanguage('スライド')).toBe('ja');
    expect(textLanguage('会場')).toBe('ja');
    expect(textLanguage('What is Octant?')).toBe('en');
    // Full-width Latin letters and Japanese punctuation alone are not Japanese words.
    expect(textLanguage('ＧＡ？')).toBe('en');
    expect(textLanguage('')).toBe('en');
  });

  it('is what BOT_LANGUAGE fixes, or with auto the text’s own', () => {
    expect(replyLanguage('auto', '何?')).toBe('ja');
    expect(replyLanguage('auto', 'What?')).toBe('en');
    expect(replyLanguage('en', '何?')).toBe('en');
    expect(replyLanguage('ja', 'What?')).toBe('ja');
  });
});

describe('a button payload tagged with a language', () => {
  it('carries the id and the language, and reads an untagged payload as all id', () => {
    expect(withLanguageTag('ja', 'a-1')).toBe('ja:a-1');
    expect(readLanguageTag('ja:a-1')).toEqual({ id: 'a-1', language: 'ja' });
    expect(readLanguageTag('en:a:b')).toEqual({ id: 'a:b', language: 'en' });
    expect(readLanguageTag('0f8a-uuid')).toEqual({ id: '0f8a-uuid' });
    expect(readLanguageTag('fr:a-1')).toEqual({ id: 'fr:a-1' });
  });
});
