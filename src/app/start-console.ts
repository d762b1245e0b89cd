import { createInterface } from 'node:readline';
import type { QueryService } from '../answer/answer.js';
import { parseRequest } from '../answer/parse-request.js';
import { renderAnswerText, renderTalksText, TERMINAL_HELP } from '../cli/render-terminal.js';

export interface ConsoleOptions {
  readonly service: QueryService;
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

/**
 * The local console: the same answers the bots give, as terminal text. Resolves when the input
 * ends (end of a pipe, Ctrl+D, Ctrl+C or "exit").
 */
export function startConsole({
  service,
  input,
  output,
  interactive,
  color,
  signal,
}: ConsoleOptions): Promise<void> {
  const style = { color };
  const rl = createInterface({ input, output, terminal: interactive });
  // The same words as in the chats: `talks`, `help`, `ask …`, or just the question.
  const reply = (text: string) => {
    const request = parseRequest(text);
    if (request.kind === 'talks') return renderTalksText(service.talks(), style);
    return renderAnswerText(
      request.kind === 'help' ? request : service.ask(request.question),
      style,
    );
  };

  return new Promise<void>((resolve) => {
    signal?.addEventListener('abort', () => rl.close(), { once: true });
    rl.once('close', () => {
      if (interactive) output.write('\n');
      resolve();
    });
    if (interactive) {
      output.write(`${TERMINAL_HELP}\n"exit" or Ctrl+D quits.\n\n`);
      rl.setPrompt('question> ');
      rl.on('SIGINT', () => rl.close());
      rl.on('line', (line) => {
        const question = line.trim();
        if (EXIT_WORDS.test(question)) {
          rl.close();
          return;
        }
        if (question !== '') output.write(`${reply(question)}\n\n`);
        rl.prompt();
      });
      rl.prompt();
      return;
    }
    let first = true;
    rl.on('line', (line) => {
      const question = line.trim();
      // A blank line is no question; skipping it keeps "one answer per question" exact.
      if (question === '') return;
      output.write(`${first ? '' : '\n'}${reply(question)}\n`);
      first = false;
    });
  });
}
