import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReadingCache, readWithAnalyzer } from '../../src/search/readings.js';

// The analyzer child itself is tested in readings.test.ts. Here it runs once, for every word these
// tests use, and each call the cache makes is answered from that run: the calls are what is
// counted (the file is there so that a restart reads none), and the readings are still real.
const WORDS = ['熊本', '博多', '福岡'];
let analyzed: ReturnType<typeof readWithAnalyzer> | undefined;
const reader = vi.fn(async (words: readonly string[]) => {
  analyzed ??= readWithAnalyzer(WORDS);
  const all = await analyzed;
  return Object.fromEntries(words.flatMap((w) => (all[w] ? [[w, all[w]]] : [])));
});
const cacheOf = (file?: string) => createReadingCache({ reader, ...(file && { file }) });

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
async function cacheFile(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'readings-file-'));
  dirs.push(dir);
  return path.join(dir, 'data', 'kanji-readings.json');
}
const wordsIn = async (file: string) =>
  Object.keys((JSON.parse(await readFile(file, 'utf8')) as { words: object }).words).sort();

describe('a reading cache kept in a file', () => {
  beforeEach(() => {
    reader.mockClear();
  });

  it('reads the words once, and a restart on the same notes reads none', async () => {
    const file = await cacheFile();
    await cacheOf(file).ensure(['熊本', '博多']);
    expect(reader).toHaveBeenCalledTimes(1);
    expect(await wordsIn(file)).toEqual(['博多', '熊本']);

    const restarted = cacheOf(file);
    await restarted.ensure(['熊本', '博多']);
    expect(reader).toHaveBeenCalledTimes(1);
    expect(restarted.kanjiFor('kumamoto')).toEqual(['熊本']);
    expect(restarted.kanjiFor('hakata')).toEqual(['博多']);
  });

  it('reads only the words an edit adds, and keeps only the words of the notes', async () => {
    const file = await cacheFile();
    await cacheOf(file).ensure(['熊本', '博多']);
    const edited = cacheOf(file);
    await edited.ensure(['熊本', '福岡']);
    expect(reader).toHaveBeenCalledTimes(2);
    expect(reader).toHaveBeenLastCalledWith(['福岡']);
    expect(edited.kanjiFor('kumamoto')).toEqual(['熊本']);
    expect(edited.kanjiFor('fukuoka')).toEqual(['福岡']);
    expect(await wordsIn(file)).toEqual(['熊本', '福岡']);
  });

  it('reads the words again when the file is not one it wrote', async () => {
    const file = await cacheFile();
    await cacheOf(file).ensure(['熊本']);
    await writeFile(
      file,
      JSON.stringify({ analyzer: 'another', words: { 熊本: [['熊本', 'ア']] } }),
    );
    const other = cacheOf(file);
    await other.ensure(['熊本']);
    expect(reader).toHaveBeenCalledTimes(2);
    expect(other.kanjiFor('kumamoto')).toEqual(['熊本']);
    await writeFile(file, 'not json');
    await cacheOf(file).ensure(['熊本']);
    expect(reader).toHaveBeenCalledTimes(3);
  });

  it('starts no child for words it has read in this process', async () => {
    const readings = cacheOf();
    await readings.ensure(['熊本']);
    await readings.ensure(['熊本']);
    expect(reader).toHaveBeenCalledTimes(1);
  });
});
