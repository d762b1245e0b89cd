import { beforeAll, beforeEach } from 'vitest';
import type { QueryService } from '../../src/answer/answer.js';
import { createQueryService } from '../../src/answer/query-service.js';
import { type LoadedContent, loadContent } from '../../src/content/load-content.js';

/** The real engine over the shipped notes, as the bots run it. */
export async function createTestService(): Promise<QueryService> {
  return createQueryService(await loadContent('content'));
}

/**
 * The real engine over a fixture folder, read once and built anew for each test (so a mutant in
 * building the index or the listing is active when it is built). Call at a file's top level.
 */
export function servicePerTest(dir: string): () => QueryService {
  let content: LoadedContent;
  let service: QueryService | undefined;
  beforeAll(async () => {
    content = await loadContent(dir);
  });
  beforeEach(() => {
    service = createQueryService(content);
  });
  return () => {
    if (!service) throw new Error('servicePerTest: ask inside a test');
    return service;
  };
}
