import { afterEach, describe, expect, it } from 'vitest';
import { renderAnnouncement } from '../../../../adapters/discord/post-announcement.js';
import type { Announcement } from '../../../../src/news/announcement-text.js';
import { closeAndCheckLogs, type DiscordHarness, startDiscordHarness } from './discord-harness.js';

const ANNOUNCE = '1399999999999999777';

const ANNOUNCEMENT: Announcement = {
  language: 'en',
  headline: 'New notes: Harbor Night #2 (2024-04-09), 2 talks.',
  talks: [
    { title: 'Building a CLI in Go', slides: 'https://speakerdeck.com/example/go-cli' },
    { title: 'Why **bold** claims fail @everyone' },
  ],
  slidesLabel: 'slides',
  noSlides: 'no slides yet',
  hint: 'Ask me about it: /vmware ask <your question>, or mention me.',
};

describe('news of new notes on Discord', () => {
  let h: DiscordHarness | undefined;
  afterEach(async () => {
    if (h) await closeAndCheckLogs(h);
    h = undefined;
  });

  it('posts the meetup, its talks with slides and the hint to the announce channel, pinging no one', async () => {
    h = await startDiscordHarness({ announceChannel: ANNOUNCE });
    const posted = h.fake.nextCall(
      (c) => c.method === 'POST' && c.path.endsWith(`/channels/${ANNOUNCE}/messages`),
    );
    await h.adapter.announce(ANNOUNCEMENT);
    const { body } = await posted;
    expect(body.content).toBe('New notes: Harbor Night #2 (2024-04-09), 2 talks.');
    expect(body.embeds[0].description).toBe(
      [
        '• Building a CLI in Go: [slides](<https://speakerdeck.com/example/go-cli>)',
        '• Why \\*\\*bold\\*\\* claims fail @\u200beveryone (no slides yet)',
      ].join('\n'),
    );
    expect(body.embeds[0].footer.text).toBe(ANNOUNCEMENT.hint);
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('refuses to announce when no announce channel is set', async () => {
    h = await startDiscordHarness();
    await expect(h.adapter.announce(ANNOUNCEMENT)).rejects.toThrow(
      'DISCORD_ANNOUNCE_CHANNEL is not set.',
    );
  });

  it('lists whole lines only, and says how many talks were left out', () => {
    const long = 'A talk with a very long title about many things '.repeat(4);
    const payload = renderAnnouncement({
      ...ANNOUNCEMENT,
      talks: Array.from({ length: 40 }, (_, i) => ({ title: `${i} ${long}` })),
      more: '…and 25 more talks.',
    });
    const description = payload.embeds[0]?.description ?? '';
    expect(description.length).toBeLessThanOrEqual(4096);
    expect(description.endsWith('\n…')).toBe(true);
    expect(
      description
        .split('\n')
        .slice(0, -1)
        .every((l) => l.endsWith('(no slides yet)')),
    ).toBe(true);
    const short = renderAnnouncement({ ...ANNOUNCEMENT, more: '…and 25 more talks.' });
    expect(short.embeds[0]?.description?.split('\n').at(-1)).toBe('…and 25 more talks.');
  });
});
