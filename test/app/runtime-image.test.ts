import { describe, expect, it } from 'vitest';
import { checkRuntimeImage } from '../../scripts/check-runtime-image.js';

describe('the Docker runtime stage, replayed without Docker', () => {
  // Two npm installs and a TypeScript build: slow by nature, so a generous timeout.
  it('builds, installs production dependencies only, answers a piped question and passes its HEALTHCHECK', async () => {
    const { answer } = await checkRuntimeImage({ log: () => {} });
    expect(answer).toContain('Octant');
  }, 180_000);
});
