import type { Answer, QueryService } from '../answer/answer.js';
import { messagesFor } from '../messages/catalog.js';
import type { IndexSnapshot } from './index-snapshot.js';

/**
 * The one service every adapter holds for the life of the process. It delegates to the current
 * {@link IndexSnapshot}, so a reload swaps the whole index in one assignment: a question is
 * answered entirely from the old index or entirely from the new one, never a mix.
 */
export interface ServiceHolder {
  readonly service: QueryService;
  /** The snapshot answering now; undefined until the first index is built. */
  current(): IndexSnapshot | undefined;
  swap(next: IndexSnapshot): void;
  /** From now on every question gets a short "restarting" answer instead of a search. */
  stopTakingQuestions(): void;
  /** Milliseconds since the last question was asked; Infinity before the first. */
  idleFor(): number;
}

const NOT_READY: Answer = {
  kind: 'invalid',
  // In English, as the engine speaks; the request pipeline says it in the asker's language.
  reason: messagesFor('en').notReady,
};
const SHUTTING_DOWN: Answer = {
  kind: 'invalid',
  reason: messagesFor('en').restarting,
};

export function createServiceHolder(): ServiceHolder {
  let snapshot: IndexSnapshot | undefined;
  let accepting = true;
  let lastAsked = Number.NEGATIVE_INFINITY;
  return {
    service: {
      ask(question, options) {
        lastAsked = performance.now();
        if (!accepting) return SHUTTING_DOWN;
        return snapshot ? snapshot.service.ask(question, options) : NOT_READY;
      },
      talks: (filter) => snapshot?.service.talks(filter) ?? [],
      pendingFor: (question, options) =>
        accepting ? snapshot?.service.pendingFor?.(question, options) : undefined,
    },
    current: () => snapshot,
    swap(next) {
      snapshot = next;
    },
    stopTakingQuestions() {
      accepting = false;
    },
    idleFor: () => performance.now() - lastAsked,
  };
}
