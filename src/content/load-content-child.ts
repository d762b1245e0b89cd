// Not mutated (see stryker.config.mjs): it runs only in the forked child, which never sees
// Stryker's mutant switch; test/content/load-in-child.test.ts checks it end to end.
import { type ChildMessage, type ChildRequest, messagesOf } from './load-in-child.js';
import { readNotes } from './read-notes.js';

/**
 * The child process `loadContentInChild` starts: reads the notes folder it is sent (through the
 * parsed-notes cache when it is given one), sends back what it loaded, and exits. Parsing
 * Markdown is synchronous and can take seconds on a large note; here it holds up no chat traffic
 * and no `/healthz`. The meetups go in messages of a few each, so the bot reads each in a moment
 * and answers questions in between.
 */
process.once('message', (request: ChildRequest) => {
  void load(request).then(send);
});

async function load({ dir, cacheDir, held = [] }: ChildRequest): Promise<ChildMessage[]> {
  const { content, cache } = await readNotes(dir, cacheDir);
  if (!cache) return messagesOf(content);
  return messagesOf(content, { cache: cache.report, keyOf: cache.keyOf, held: new Set(held) });
}

function send(messages: readonly ChildMessage[]): void {
  const last = messages.length - 1;
  messages.forEach((message, i) => {
    if (i < last) process.send?.(message);
    else process.send?.(message, () => process.exit(0));
  });
}
