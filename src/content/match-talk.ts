// Words that say nothing about which talk a slide entry is for.
const NOISE = new Set([
  'the',
  'of',
  'and',
  'in',
  'on',
  'for',
  'to',
  'with',
  'by',
  'from',
  'about',
  'what',
  'how',
  'is',
  'an',
  'slide',
  'slides',
  'deck',
  'pdf',
  'www',
  'com',
  'net',
  'jp',
  'org',
  'io',
  'http',
  'https',
  'docs',
  'google',
  'presentation',
  'edit',
  'speakerdeck',
  'slideshare',
  'docswell',
  '資料',
  'スラ',
  'ライ',
  'イド',
  '発表',
  '登壇',
]);

/** Latin words and numbers whole; Japanese as bigrams within each run of kanji or katakana. */
function terms(text: string): Set<string> {
  const out = new Set<string>();
  const folded = text.normalize('NFKC').toLowerCase();
  for (const [word] of folded.matchAll(/[a-z0-9]+/g)) {
    // Long digit or mixed id runs (a file id in a URL) are not words anyone titles a talk with.
    if (word.length >= 2 && word.length <= 24 && !/^\d{5,}$/.test(word)) out.add(word);
  }
  for (const [run] of folded.matchAll(/[\p{Script=Han}\p{Script=Katakana}ー]{2,}/gu)) {
    for (let i = 0; i + 2 <= run.length; i++) out.add(run.slice(i, i + 2));
  }
  for (const noise of NOISE) out.delete(noise);
  return out;
}

/** The words of a URL's path: `/alice/kubernetes-intro` says `alice kubernetes intro`. */
function pathWords(url: string): string {
  if (!URL.canParse(url)) return '';
  const path = new URL(url).pathname;
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A stray `%` in a hand-written URL: its words are still readable undecoded.
  }
  return decoded.replace(/[/_-]+/g, ' ');
}

/**
 * Which talk a slide entry names (`- Kubernetes入門 (alice): https://…`), by the words it shares
 * with each title: the one best match that shares at least half of the shorter side's words, or
 * `undefined` when none does or two talks match equally well.
 */
export function matchTalk(
  entry: string,
  url: string,
  titles: readonly string[],
): number | undefined {
  const wanted = terms(`${entry} ${pathWords(url)}`);
  if (wanted.size === 0) return undefined;
  const scored = titles
    .map((title, index) => {
      const have = terms(title);
      let shared = 0;
      for (const term of have) if (wanted.has(term)) shared++;
      return { index, shared, score: have.size && shared / Math.min(have.size, wanted.size) };
    })
    .filter((s) => s.shared > 0 && s.score >= 0.5)
    .sort((a, b) => b.score - a.score || b.shared - a.shared);
  const [first, second] = scored;
  if (!first) return undefined;
  if (second && second.score === first.score && second.shared === first.shared) return undefined;
  return first.index;
}
