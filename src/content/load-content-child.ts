// Not mutated (see stryker.config.mjs): it runs only in the forked child, which never sees
// Stryker's mutant switch; test/content/load-in-child.test.ts checks it end to end.
import { type ChildMessage, type ChildRequest, meetupSender } from './load-in-child.js';
import { readNotes } from './read-notes.js';

/**
 * The child process `loadContentInChild` starts: reads the notes folder it is sent (through the
 * parsed-notes cache when it is given one), sends back what it loaded, and exits. Parsing
 * Markdown is synchronous and can take seconds on a large note; here it holds up no chat traffic
 * and no `/healthz`. The meetups go as they are parsed, in messages of a few each, so the bot
 * reads each in a moment and answers questions in between, and this process lets each batch go
 * once it is sent instead of holding every meetup to the end.
 */
process.once('message', (request: ChildRequest) => {
  void load(request);
});

async function load({ dir, cacheDir, held = [] }: ChildRequest): Promise<void> {
  const sender = meetupSender(send, new Set(held));
  const { content, cache } = await readNotes(dir, cacheDir, (meetup, key, entry) =>
    sender.add(meetup, key, entry),
  );
  const { meetups: _none, ...rest } = content;
  sender.finish(rest, cache?.report);
}

/** Sends one message; the last one, once it is sent, ends the child. */
function send(message: ChildMessage): void {
  if (message.done) process.send?.(message, () => process.exit(0));
  else process.send?.(message);
}
