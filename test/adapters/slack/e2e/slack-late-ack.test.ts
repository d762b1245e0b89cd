import { afterEach, describe, expect, it } from 'vitest';
import type { RequestPipeline } from '../../../../src/requests/request-pipeline.js';
import { type SlackHarness, slashCommand, startHarness, visibleText } from './slack-harness.js';

const QUESTION = 'When did Ansible 2.10 become GA?';

/** Holds every answer back until `release()`; counts how many were asked for. */
function heldPipeline() {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let asked = 0;
  return {
    release: () => release(),
    asked: () => asked,
    wrap: (pipeline: RequestPipeline): RequestPipeline => ({
      ...pipeline,
      async reply(request) {
        asked += 1;
        await gate;
        return pipeline.reply(request);
      },
    }),
  };
}

describe('slash command acks under load', () => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('acks at once, empty, when the answer is not ready within the budget, then answers through response_url', async () => {
    const held = heldPipeline();
    h = await startHarness({ mode: 'http', ackBudgetMs: 50, wrapPipeline: held.wrap });
    const responseUrl = h.fake.responseUrl();
    const res = await h.send({ form: slashCommand(`ask ${QUESTION}`, responseUrl) });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(h.fake.calls.filter((c) => c.method === 'response_url')).toHaveLength(0);

    held.release();
    const late = await h.fake.nextCall('response_url');
    expect(late.path).toBe(new URL(responseUrl).pathname);
    expect(late.body.response_type).toBe('ephemeral');
    expect(visibleText(late.body)).toContain('2020/9/22');
    expect(JSON.stringify(late.body.blocks)).toContain('"action_id":"share_answer"');
    expect(held.asked()).toBe(1);
  });

  it('acks before answering a command whose budget was spent waiting its turn', async () => {
    const held = heldPipeline();
    h = await startHarness({ mode: 'http', ackBudgetMs: 0, wrapPipeline: held.wrap });
    const res = await h.send({ form: slashCommand(`ask ${QUESTION}`, h.fake.responseUrl()) });
    expect(await res.text()).toBe('');
    held.release();
    expect(visibleText((await h.fake.nextCall('response_url')).body)).toContain('2020/9/22');
    expect(held.asked()).toBe(1);
  });

  it('answers in the ack when the answer is ready within the budget', async () => {
    h = await startHarness({ mode: 'http', ackBudgetMs: 60_000 });
    const res = await h.send({ form: slashCommand(`ask ${QUESTION}`, h.fake.responseUrl()) });
    expect(visibleText((await res.json()) as { text?: string })).toContain('2020/9/22');
    expect(h.fake.calls.filter((c) => c.method === 'response_url')).toHaveLength(0);
  });
});
