import { QUESTION_MAX_CHARS } from '../../src/answer/answer.js';

/** The short sentences the bot answers with when it cannot give a real answer. */
export const REPLY_TEXTS = {
  apology: 'Sorry, something went wrong on my side while answering. Please try again in a moment.',
  slowDown: 'You are asking faster than I can keep up. Please wait a minute and ask again.',
  tooLong: `Sorry, questions are limited to ${QUESTION_MAX_CHARS.toLocaleString('en-US')} characters. Could you ask a shorter one?`,
  unknownCommand: 'Sorry, I do not know that command. Try `/vmware help`.',
} as const;
