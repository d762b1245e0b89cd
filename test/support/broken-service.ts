import type { QueryService } from '../../src/answer/answer.js';

/** An engine whose every call throws `message`, to check that faults become apologies. */
export function brokenService(message: string): QueryService {
  const fail = (): never => {
    throw new Error(message);
  };
  return { ask: fail, talks: fail };
}
