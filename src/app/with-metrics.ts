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
  return {
    ask(question, options) {
      const started = process.hrtime.bigint();
      const answer = service.ask(question, options);
      metrics.recordAnswer(platform, answer.kind, Number(process.hrtime.bigint() - started) / 1e9);
      return answer;
    },
    talks: (filter) => service.talks(filter),
    // Not timed: the wait it gives is the index's start-up, not an answer's cost.
    pendingFor: (question, options) => service.pendingFor?.(question, options),
  };
}
