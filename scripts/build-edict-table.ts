/**
 * Regenerates `src/search/data/edict-common.tsv` from an installed EDICT file (Debian's `edict`
 * package: `apt-get install edict`, then `npx tsx scripts/build-edict-table.ts [FILE]`; FILE
 * defaults to /usr/share/edict/edict). The table is committed, so the bot never needs the package;
 * this script only makes a newer EDICT into a new table.
 *
 * EDICT is © the Electronic Dictionary Research and Development Group, CC BY-SA 3.0: the table is
 * a derived work under the same licence (see `src/search/data/LICENSE-EDICT.txt`).
 * @see http://www.edrdg.org/edrdg/licence.html
 * @see http://www.edrdg.org/jmdict/edict_doc.html (the line format)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUESTION_FILLER } from '../src/search/stopwords.js';

/** One EDICT line: a headword, its reading (when the headword has kanji) and its glosses by sense. */
export interface EdictEntry {
  readonly headword: string;
  readonly reading?: string;
  /** Glosses as written, without the part-of-speech and sense-number tags in front of a sense. */
  readonly glosses: readonly string[];
  /** Marked `(P)`: one of the common words of EDICT's frequency lists. */
  readonly common: boolean;
}

const LINE = /^(\S+)(?: \[([^\]]+)\])? \/(.*)\/$/;
/**
 * A tag in front of a sense: a part of speech (`(n,vs)`, `(adj-no,n)`), a sense number (`(2)`), a
 * usage or field note (`(uk)`, `(abbr)`, `(MA)`, `(Buddh)`). Short and without spaces, unlike a
 * gloss's own note (`(as opposed to a model)`).
 */
const LEADING_TAG = /^\(([A-Za-z0-9,-]{1,24})\) */;
/** Senses no one asks about in a tech meetup: archaic, obsolete, vulgar or X-rated. */
const SKIPPED_SENSE_TAGS: ReadonlySet<string> = new Set(['arch', 'obs', 'obsc', 'vulg', 'X']);

/** Parses one line of EDICT (`漢字 [かんじ] /(n) gloss/gloss/(P)/`); undefined for anything else. */
export function parseEdictLine(line: string): EdictEntry | undefined {
  const match = LINE.exec(line.trim());
  if (!match) return undefined;
  const [, headword = '', reading, body = ''] = match;
  const glosses: string[] = [];
  let common = false;
  let skipSense = false;
  for (const field of body.split('/')) {
    if (field === '(P)') {
      common = true;
      continue;
    }
    // EDICT2's entry number (EntL1234567X) is an id, not a gloss.
    if (/^EntL\d+X?$/.test(field)) continue;
    let gloss = field;
    const tags: string[] = [];
    for (let tag = LEADING_TAG.exec(gloss); tag; tag = LEADING_TAG.exec(gloss)) {
      tags.push(...(tag[1] ?? '').split(','));
      gloss = gloss.slice(tag[0].length);
    }
    // A tag starts a new sense; the sense's later glosses carry no tag of their own.
    if (tags.length > 0) skipSense = tags.some((t) => SKIPPED_SENSE_TAGS.has(t));
    if (skipSense || gloss.trim() === '') continue;
    glosses.push(gloss.trim());
  }
  return { headword, ...(reading !== undefined && { reading }), glosses, common };
}

/** Headwords the index can match as written: kanji and katakana (hiragana is never indexed). */
const INDEXED_HEADWORD = /^[\p{sc=Han}\p{sc=Katakana}ー々]{2,}$/u;
/** A gloss of one or two plain English words (`fee`, `use case`, `e-mail`). */
const SHORT_GLOSS = /^[a-z][a-z'-]*(?: [a-z][a-z'-]*)?$/;
const ARTICLE = /^(?:a|an|the) /;
/** Glosses too vague to stand for any one headword, beyond the question filler words. */
const GENERIC_GLOSSES: ReadonlySet<string> = new Set([
  'thing',
  'things',
  'matter',
  'person',
  'people',
  'stuff',
  'get',
  'have',
  'make',
  'do',
  'be',
  'become',
  'go',
  'come',
  'put',
  'take',
  'give',
  'set',
  'say',
  'one',
]);
/** Latin words this short (ai, it) are everyday romaji or acronyms of many things. */
const MIN_GLOSS_CHARS = 3;
/**
 * A gloss that glosses more common headwords than this (`change`, `condition`, `support`) ties an English
 * question to too many Japanese words to say which one it means.
 */
export const MAX_HEADWORDS_PER_GLOSS = 15;

/** The short English glosses of a gloss list worth matching a question word with. */
export function shortGlosses(glosses: readonly string[]): string[] {
  const kept: string[] = [];
  for (const raw of glosses) {
    // A note in brackets after the gloss that lists examples ("activity (of a person,
    // organization, etc.)") widens it: the gloss is the word before it. One that narrows it to a
    // sense ("scale (of fish)", "terminal (cancer)") keeps it out, as any longer gloss is.
    const gloss = raw
      .toLowerCase()
      .replace(/\s*\([^()]*\betc\.\)$/, '')
      .replace(/^to /, '')
      .replace(ARTICLE, '')
      .trim();
    if (!SHORT_GLOSS.test(gloss) || gloss.length < MIN_GLOSS_CHARS) continue;
    const words = gloss.split(' ');
    // Common words (longest, latest, cheapest) stay: an English question's common word that the
    // notes lack may still meet them through its translation (see `words.translatedCommon`).
    const vague = (w: string) => QUESTION_FILLER.has(w) || GENERIC_GLOSSES.has(w);
    if (words.every(vague)) continue;
    if (!kept.includes(gloss)) kept.push(gloss);
  }
  return kept;
}

/**
 * The table: one line per common kanji or katakana headword, the headword and then its short
 * glosses, tab-separated, sorted by headword. Glosses shared by more than
 * {@link MAX_HEADWORDS_PER_GLOSS} headwords are left out, and so is a headword left with none.
 */
export function buildEdictTable(lines: Iterable<string>): string {
  const byHeadword = new Map<string, string[]>();
  for (const line of lines) {
    const entry = parseEdictLine(line);
    if (!entry?.common || !INDEXED_HEADWORD.test(entry.headword)) continue;
    const glosses = byHeadword.get(entry.headword) ?? [];
    for (const gloss of shortGlosses(entry.glosses))
      if (!glosses.includes(gloss)) glosses.push(gloss);
    byHeadword.set(entry.headword, glosses);
  }
  const headwordsPerGloss = new Map<string, number>();
  for (const glosses of byHeadword.values())
    for (const gloss of glosses)
      headwordsPerGloss.set(gloss, (headwordsPerGloss.get(gloss) ?? 0) + 1);
  const rows: string[] = [];
  for (const [headword, glosses] of [...byHeadword].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    const specific = glosses.filter(
      (g) => (headwordsPerGloss.get(g) ?? 0) <= MAX_HEADWORDS_PER_GLOSS,
    );
    if (specific.length > 0) rows.push([headword, ...specific].join('\t'));
  }
  return `${rows.join('\n')}\n`;
}

const DEFAULT_SOURCE = '/usr/share/edict/edict';
const TARGET = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../src/search/data/edict-common.tsv',
);

function main(): void {
  const source = process.argv[2] ?? DEFAULT_SOURCE;
  // The classic EDICT file is EUC-JP (EDICT2 and some mirrors are UTF-8): decode by what it is.
  const bytes = readFileSync(source);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('euc-jp').decode(bytes);
  }
  const table = buildEdictTable(text.split('\n'));
  writeFileSync(TARGET, table);
  const rows = table.split('\n').length - 1;
  console.log(`Wrote ${rows} headwords (${Buffer.byteLength(table)} bytes) to ${TARGET}.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
