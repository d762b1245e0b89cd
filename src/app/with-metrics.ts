import type { QueryService } from '../answer/answer.js';
import type { Platform } from '../requests/request-pipeline.js';
import type { Metrics } from './metrics.js';

/**
 * The same service, counting each answer by kind and timing it. Each adapter gets its own
 * wrapper, so the adapters stay unaware that metrics exist.
 */
export function withMetrics(
  service: QueryService,
  metrics: Metrics,
  platform: Platform,
): QueryService {
  /**
   * A question `pendingFor` found answerable at once, and how long finding it took: a service
   * still reading its kanji readings makes the answer there, and the `ask` after hands it back.
   */
  let checked: { readonly question: string; readonly seconds: number } | undefined;
  const since = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e9;
  return {
    ask(question, options) {
      const before = checked?.question === question ? checked.seconds : 0;
      checked = undefined;
      const started = process.hrtime.bigint();
      const answer = service.ask(question, options);
      metrics.recordAnswer(platform, answer.kind, before + since(started));
      return answer;
    },
    talks: (filter) => service.talks(filter),
    pendingFor(question, options) {
      const started = process.hrtime.bigint();
      const pending = service.pendingFor?.(question, options);
      checked = pending ? undefined : { question, seconds: since(started) };
      return pending;
    },
  };
}
