/**
 * Measures how well the report groups near-duplicate questions on the team's labelled set
 * (test/fixtures/question-groups.json): for each threshold, precision and recall over pairs of
 * questions (same group or not), and how many groups clustering makes. The report's
 * GROUPING_THRESHOLD is the one with the best F1. Usage: npm run measure-grouping [-- --json]
 */
import { readFile } from 'node:fs/promises';
import { createSimilarity, GROUPING_THRESHOLD } from '../src/report/group-questions.js';
import { parseGlossary } from '../src/search/glossary.js';
import { loadSudachiSynonyms } from '../src/search/synonym-dictionary.js';

const { groups } = JSON.parse(await readFile('test/fixtures/question-groups.json', 'utf8')) as {
  groups: string[][];
};
const glossary = parseGlossary(
  'glossary.yml',
  await readFile('content/glossary.yml', 'utf8'),
).glossary;
const questions = groups.flatMap((g, label) => g.map((question) => ({ question, label })));
const similarity = createSimilarity(
  questions.map((q) => q.question),
  { glossary, synonyms: await loadSudachiSynonyms() },
);
const pairs = questions.flatMap((a, i) =>
  questions
    .slice(i + 1)
    .map((b) => ({ same: a.label === b.label, score: similarity(a.question, b.question) })),
);
const rows = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8].map((threshold) => {
  const tp = pairs.filter((p) => p.same && p.score >= threshold).length;
  const fp = pairs.filter((p) => !p.same && p.score >= threshold).length;
  const fn = pairs.filter((p) => p.same && p.score < threshold).length;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp / (tp + fn);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  return { threshold, precision, recall, f1 };
});
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(rows)}\n`);
} else {
  process.stdout.write(
    `${questions.length} questions in ${groups.length} groups, ${pairs.length} pairs\n`,
  );
  for (const r of rows) {
    process.stdout.write(
      `threshold ${r.threshold.toFixed(2)}  precision ${r.precision.toFixed(2)}  recall ${r.recall.toFixed(2)}  F1 ${r.f1.toFixed(2)}\n`,
    );
  }
  const misses = questions.flatMap((a, i) =>
    questions.slice(i + 1).flatMap((b) => {
      const s = similarity(a.question, b.question);
      return (a.label === b.label) !== s >= GROUPING_THRESHOLD
        ? [
            `${s.toFixed(2)} ${a.label === b.label ? 'same' : 'diff'}: ${a.question} | ${b.question}`,
          ]
        : [];
    }),
  );
  process.stdout.write(`Wrong at ${GROUPING_THRESHOLD}:\n${misses.join('\n')}\n`);
}
