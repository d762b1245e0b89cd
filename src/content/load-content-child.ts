// Not mutated (see stryker.config.mjs): it runs only in the forked child, which never sees
// Stryker's mutant switch; test/content/load-in-child.test.ts checks it end to end.
import { loadContent } from './load-content.js';

/**
 * The child process `loadContentInChild` starts: reads the notes folder it is sent, sends back
 * what it loaded, and exits. Parsing Markdown is synchronous and can take seconds on a large
 * note; here it holds up no chat traffic and no `/healthz`.
 */
process.once('message', (dir: unknown) => {
  void loadContent(String(dir)).then((content) => {
    process.send?.(content, () => process.exit(0));
  });
});
