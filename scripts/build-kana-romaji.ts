/**
 * Regenerates `src/search/data/kana-romaji.txt`: the romaji of every kana a reading is spelled
 * with, as wanakana spells them (`npx tsx scripts/build-kana-romaji.ts`). The bot reads the table
 * instead of asking wanakana for some 1,800 spellings each time it starts (about 45 ms before it
 * can fork the notes' child); a test holds the table to wanakana, so an upgrade that spells a
 * kana otherwise fails until the table is made again.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { katakanaRomaji } from '../src/search/katakana-romaji.js';

export const KANA_ROMAJI_TABLE = new URL('../src/search/data/kana-romaji.txt', import.meta.url);

/**
 * Each katakana letter alone or with a small kana after it (キャ, ジェ), each doubled by a ッ before
 * it (kya, je, kkya, tchi), and ン: their romaji in Latin letters only, sorted, a line each.
 */
export function kanaRomajiTable(): string {
  const spellings = new Set<string>(['n']);
  for (let code = 0x30a1; code <= 0x30fa; code++) {
    const kana = String.fromCodePoint(code);
    for (const small of ['', 'ャ', 'ュ', 'ョ', 'ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ヮ'])
      for (const doubled of ['', 'ッ']) spellings.add(katakanaRomaji(`${doubled}${kana}${small}`));
  }
  const latin = [...spellings].filter((s) => /^[a-z]+$/.test(s)).sort();
  return `${latin.join('\n')}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  writeFileSync(KANA_ROMAJI_TABLE, kanaRomajiTable());
