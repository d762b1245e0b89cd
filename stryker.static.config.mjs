/**
 * The static mutants, which `stryker.config.mjs` skips (`ignoreStatic`): module-level word lists,
 * regexes and thresholds, each of which needs the whole mutation suite run again (about 26 s here,
 * some 1,100 of them, so a full run takes hours). `npm run mutate:static -- RANGES` runs the
 * mutants in the given ranges (`src/file.ts:12:3-12:40`, comma-separated) with static mutants
 * included; `scripts/sample-static-mutants.ts` picks a random sample of them from the committed
 * incremental file, which is how the static score is estimated. It keeps its own incremental file
 * under reports/, so the committed one is left alone.
 */
import base from './stryker.config.mjs';

export default {
  ...base,
  ignoreStatic: false,
  incrementalFile: 'reports/mutation/static-incremental.json',
  jsonReporter: { fileName: 'reports/mutation/static.json' },
  htmlReporter: { fileName: 'reports/mutation/static.html' },
};
