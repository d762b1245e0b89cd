import { createInterface } from 'node:readline';
import type { Logger } from '../logger.js';
import { REPLY_TEXTS } from '../requests/reply-texts.js';
import type { RequestPipeline } from '../requests/request-pipeline.js';
import { renderReplyText } from './render-reply-text.js';

export interface ConsoleOptions {
  /** The same pipeline the chats use; the console is one more platform. */
  readonly pipeline: RequestPipeline;
  readonly logger: Logger;
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** A person at a terminal: show a prompt and the help. Otherwise one answer per input line. */
  readonly interactive: boolean;
  /** ANSI emphasis; only when the output is a terminal. */
  readonly color: boolean;
  /** Closes the console, e.g. on SIGTERM, as if the input had ended. */
  readonly signal?: AbortSignal;
}

const EXIT_WORDS = /^(?:exit|quit|bye|終了)$/i;
/** How to leave, shown with the help at a terminal. */
export const QUIT_HINT = '"exit", "quit" or Ctrl+D quits.';

/**
 * The local console: the same answers the bots give, as terminal text. Resolves once the input
 * ends (end of a pipe, Ctrl+D, Ctrl+C or "exit"/"quit") and every answer has been written.
 */
export function startConsole({
  pipeline,
  logger,
  input,
  output,
  interactive,
  color,
  signal,
}: ConsoleOptions): Promise<void> {
  const rl = createInterface({ input, output, terminal: interactive });
  const helpFooter = interactive ? QUIT_HINT : undefined;
  // The same words as in the chats: `talks`, `help`, `ask …`, or just the question.
  const reply = async (text: string): Promise<string> => {
    try {
      const answer = await pipeline.reply({
        platform: 'console',
        userKey: 'console',
        text,
        source: 'console',
      });
      return renderReplyText(answer, { color, ...(helpFooter && { helpFooter }) });
    } catch (err) {
      // The pipeline never rejects, so this is a rendering fault: say so and keep the console.
      logger.error({ err }, 'Answering a console question failed.');
      return REPLY_TEXTS.apology;
    }
  };
  // Answers are written in the order the lines came, and all of them before the console ends.
  let written = Promise.resolve();
  const answerInTurn = (text: string, write: (answer: string) => void) => {
    written = written.then(async () => write(await reply(text)));
  };

  let closed = false;
  return new Promise<void>((resolve) => {
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: a signal aborts once, so `once` only drops the listener early
    signal?.addEventListener('abort', () => rl.close(), { once: true });
    rl.once('close', () => {
      closed = true;
      written.then(() => {
        if (interactive) output.write('\n');
        resolve();
      });
    });
    let first = true;
    rl.on('line', (line) => {
      const text = line.trim();
      if (EXIT_WORDS.test(text)) {
        rl.close();
        return;
      }
      if (interactive) {
        if (text === '') rl.prompt();
        else
          answerInTurn(text, (answer) => {
            output.write(`${answer}\n\n`);
            // An answer still being written when the input ends needs no new prompt.
            if (!closed) rl.prompt();
          });
        return;
      }
      // A blank line is no question; skipping it keeps "one answer per question" exact.
      if (text === '') return;
      answerInTurn(text, (answer) => {
        output.write(`${first ? '' : '\n'}${answer}\n`);
        first = false;
      });
    });
    if (interactive) {
      output.write(`${renderReplyText({ kind: 'help' }, { color, helpFooter: QUIT_HINT })}\n\n`);
      rl.setPrompt('question> ');
      // Stryker disable next-line StringLiteral: with no SIGINT listener readline closes on Ctrl+C by itself; the listener says so explicitly
      rl.on('SIGINT', () => rl.close());
      rl.prompt();
    }
  });
}
