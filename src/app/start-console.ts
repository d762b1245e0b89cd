import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import type { Logger } from '../logger.js';
import { messagesFor } from '../messages/catalog.js';
import type { RequestPipeline } from '../requests/request-pipeline.js';
import { renderReplyText } from './render-reply-text.js';

export interface ConsoleOptions {
  /** The same pipeline the chats use; the console is one more platform. */
  readonly pipeline: RequestPipeline;
  readonly logger: Logger;
  readonly input: NodeJS.ReadableStream;
  /** Corked, when it can be, while readline echoes a line and while an answer is written. */
  readonly output: NodeJS.WritableStream & Partial<Pick<Writable, 'cork' | 'uncork'>>;
  /** A person at a terminal: show a prompt and the help. Otherwise one answer per input line. */
  readonly interactive: boolean;
  /** ANSI emphasis; only when the output is a terminal. */
  readonly color: boolean;
  /** Closes the console, e.g. on SIGTERM, as if the input had ended. */
  readonly signal?: AbortSignal;
}

const EXIT_WORDS = /^(?:exit|quit|bye|終了)$/i;
/** The prompt at a terminal; piped answers are headed by their question after it, as in a session. */
export const PROMPT = 'question> ';

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
  // At a terminal readline echoes each character of what comes in, each with a write of its own:
  // a line pasted (or typed by a program) in one piece took a system call a character, 40 and more
  // for a question. Corked from before readline reads the piece until after, the echo is one write.
  const cork = () => output.cork?.();
  const uncork = () => output.uncork?.();
  if (interactive) {
    input.prependListener('data', cork);
    input.on('data', uncork);
  }
  // The same words as in the chats: `talks`, `help`, `ask …`, or just the question.
  const reply = async (text: string): Promise<string> => {
    try {
      const answer = await pipeline.reply({
        platform: 'console',
        userKey: 'console',
        text,
        source: 'console',
      });
      // How to leave, with the help at a terminal, in the help's language.
      const quit = messagesFor(answer.language).quitHint;
      return renderReplyText(answer, {
        color,
        identity: pipeline.bot,
        ...(interactive && { helpFooter: quit }),
      });
    } catch (err) {
      // The pipeline never rejects, so this is a rendering fault: say so and keep the console.
      logger.error({ err }, 'Answering a console question failed.');
      return messagesFor(pipeline.languageOf(text)).apology;
    }
  };
  // Answers are written in the order the lines came, and all of them before the console ends.
  let written = Promise.resolve();
  const answerInTurn = (text: string, write: (answer: string) => void) => {
    written = written.then(async () => write(await reply(text)));
  };

  let closed = false;
  /** An answer and the prompt after it, in one write. */
  const writeThenPrompt = (text: string) => {
    cork();
    output.write(text);
    // An answer still being written when the input ends needs no new prompt.
    if (!closed) rl.prompt();
    uncork();
  };
  return new Promise<void>((resolve) => {
    // A signal aborts once: the listener runs at most once without asking for it.
    signal?.addEventListener('abort', () => rl.close());
    rl.once('close', () => {
      closed = true;
      input.off('data', cork);
      input.off('data', uncork);
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
        else answerInTurn(text, (answer) => writeThenPrompt(`${answer}\n\n`));
        return;
      }
      // A blank line is no question; skipping it keeps "one answer per question" exact.
      if (text === '') return;
      // Each answer is headed by its question, so a file of questions reads as a transcript.
      answerInTurn(text, (answer) => {
        output.write(`${first ? '' : '\n'}${PROMPT}${text}\n${answer}\n`);
        first = false;
      });
    });
    if (interactive) {
      // The same help `help` gives, so it shows an example only where the notes answer it.
      answerInTurn('help', (help) => writeThenPrompt(`${help}\n\n`));
      // Ctrl+C closes readline by itself, as no SIGINT listener is registered on it.
      rl.setPrompt(PROMPT);
    }
  });
}
