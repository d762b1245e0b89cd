import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { QuestionLog } from '../../../../src/store/question-log.js';
import { questionLogAt, tempStores } from '../../../support/temp-store.js';
import { BOT_USER_ID, eventCallback, type SlackHarness, startHarness } from './slack-harness.js';

const QUESTION = 'When did Ansible 2.10 become GA?';

/** A mention whose reply goes to the thread `ts`, so each reply says which event it answers. */
function mention(ts: string, eventId: string) {
  return {
    ...eventCallback({
      type: 'app_mention',
      user: 'U0ASKER',
      team: 'T0FAKE',
      channel: 'C0GENERAL',
      text: `<@${BOT_USER_ID}> ${QUESTION}`,
      ts,
    }),
    event_id: eventId,
  };
}

const stores = tempStores();
const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.close();
  await stores.removeAll();
});

async function harness(options: Parameters<typeof startHarness>[0]): Promise<SlackHarness> {
  const h = await startHarness(options);
  open.push(h);
  return h;
}

function logAt(url: string): QuestionLog {
  const log = questionLogAt(url);
  open.push(log);
  return log;
}

describe('Slack events retried by Slack', () => {
  it('answers an event sent five times, with X-Slack-Retry-Num, once', async () => {
    const h = await harness({ mode: 'http' });
    for (let retry = 0; retry < 5; retry += 1) {
      const res = await h.send(
        { json: mention('1700000000.000100', 'EvRetried') },
        retry === 0 ? {} : { headers: { 'x-slack-retry-num': String(retry) } },
      );
      expect(res.status).toBe(200);
    }
    await h.send({ json: mention('1700000000.000200', 'EvNext') });
    expect((await h.fake.nextCall('chat.postMessage')).body.thread_ts).toBe('1700000000.000100');
    // The next reply is the next event's: none of the four retries was answered.
    expect((await h.fake.nextCall('chat.postMessage')).body.thread_ts).toBe('1700000000.000200');
    const replies = h.fake.calls.filter((c) => c.method === 'chat.postMessage');
    expect(replies.map((c) => c.body.thread_ts)).toEqual([
      '1700000000.000100',
      '1700000000.000200',
    ]);
    expect(h.logs.filter((l) => l.includes('already handled'))).toHaveLength(4);
  });

  it('answers a retry that reaches another replica sharing the store once', async () => {
    const url = `file:${path.join(await stores.dir(), 'shared.db')}`;
    const first = logAt(url);
    const second = logAt(url);
    const a = await harness({ mode: 'http', claimEvent: (id) => first.claimEvent(id) });
    const b = await harness({ mode: 'http', claimEvent: (id) => second.claimEvent(id) });

    await a.send({ json: mention('1700000000.000100', 'EvShared') });
    expect((await a.fake.nextCall('chat.postMessage')).body.thread_ts).toBe('1700000000.000100');
    await b.send(
      { json: mention('1700000000.000100', 'EvShared') },
      { headers: { 'x-slack-retry-num': '1' } },
    );
    await b.send({ json: mention('1700000000.000300', 'EvOther') });
    expect((await b.fake.nextCall('chat.postMessage')).body.thread_ts).toBe('1700000000.000300');
    expect(b.fake.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });
});
