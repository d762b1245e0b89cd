import type { QueryService } from '../../src/answer/answer.js';
import { createQueryService } from '../../src/answer/query-service.js';
import { loadContent } from '../../src/content/load-content.js';

/** The real engine over the shipped notes, as the bots run it. */
export async function createTestService(): Promise<QueryService> {
  return createQueryService(await loadContent('content'));
}
