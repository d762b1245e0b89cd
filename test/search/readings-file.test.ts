import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadLanguageResources } from '../../src/search/language-resources.js';
import { createReadingCache, startLindera } from '../../src/search/readings.js';

// The analyzer child itself is tested in readings.test.ts. Here it runs once, for every word these
// tests use, and each call the cache makes is answered from that run: the calls are what is
// counted (the file is there so that a restart reads none), and the readings are still real.
const WORDS = ['熊本', '博多', '福岡'];
let analyzed: ReturnType<ReturnType<typeof startLindera>> | undefined;
const reader = vi.fn(async (words: readonly string[]) => {
  analyzed ??= startLindera()(WORDS);
  const all = await analyzed;
  return Object.fromEntries(words.flatMap((w) => (all[w] ? [[w, all[w]]] : [])));
});
/** Each start of an analyzer, which is the reader above. */
const startAnalyzer = vi.fn(() => reader);
const cacheOf = (file?: string) => createReadingCache({ startAnalyzer, ...(file && { file }) });

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
    startAnalyzer.mockClear();
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

describe('the language resources and failing analyzers', () => {
  beforeEach(() => {
    reader.mockClear();
    startAnalyzer.mockClear();
  });

  it('gives the language resources the file kept by an earlier run, and their error handler', async () => {
    const file = await cacheFile();
    await cacheOf(file).ensure(['熊本']);
    startAnalyzer.mockClear();
    const { readings } = await loadLanguageResources({ readingsFile: file, startAnalyzer });
    // The file is there: the words come from it, and no analyzer starts.
    await readings.ensure(['熊本']);
    expect(readings.kanjiFor('kumamoto')).toEqual(['熊本']);
    expect(startAnalyzer).not.toHaveBeenCalled();

    const onError = vi.fn();
    const failing = async () => {
      throw new Error('no dictionary');
    };
    const broken = await loadLanguageResources({ onError, startAnalyzer: () => failing });
    await broken.readings.ensure(['博多']);
    expect(onError).toHaveBeenCalledWith(new Error('no dictionary'));
  });

  it('reports an analyzer that fails, keeps no words, and reads them again next time', async () => {
    const onError = vi.fn();
    const failing = vi.fn(async () => {
      throw new Error('no dictionary');
    });
    const file = await cacheFile();
    const readings = createReadingCache({ startAnalyzer: () => failing, file, onError });
    await readings.ensure(['熊本']);
    expect(onError).toHaveBeenCalledWith(new Error('no dictionary'));
    expect(readings.kanjiFor('kumamoto')).toEqual([]);
    await readings.ensure(['熊本']);
    expect(failing).toHaveBeenCalledTimes(2);
  });
});
