import { afterEach, describe, expect, it } from 'vitest';
import { renderAnnouncement } from '../../../../adapters/slack/post-announcement.js';
import type { Announcement } from '../../../../src/news/announcement-text.js';
import { type SlackHarness, startHarness } from './slack-harness.js';

const ANNOUNCEMENT: Announcement = {
  language: 'ja',
  headline: '新しいノート: 九州 Cloud Night #4 (2024-06-12)(発表2件)',
  talks: [
    { title: 'Cloud Run入門 <!channel>', slides: 'https://speakerdeck.com/example/run?a=1&b=2' },
    { title: 'LT: *自宅* ラボ' },
  ],
  slidesLabel: '資料',
  noSlides: '資料はまだありません',
  more: '…ほか3件',
  hint: '質問は /vmware ask <質問> か、メンションでどうぞ。',
};

describe('news of new notes on Slack', () => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('renders the headline, each talk with its slides, what was left out and the hint, escaped', () => {
    const { blocks, text } = renderAnnouncement(ANNOUNCEMENT);
    expect(blocks).toEqual([
      {
        type: 'section',
        text: { type: 'mrkdwn', text: '*新しいノート: 九州 Cloud Night #4 (2024-06-12)(発表2件)*' },
      },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: [
            '• Cloud Run入門 &lt;!channel&gt;: <https://speakerdeck.com/example/run?a=1&amp;b=2|資料>',
            '• LT: *自宅* ラボ (資料はまだありません)',
            '…ほか3件',
          ].join('\n'),
        },
      },
      {
        type: 'context',
        elements: [
          { type: 'mrkdwn', text: '質問は /vmware ask &lt;質問&gt; か、メンションでどうぞ。' },
        ],
      },
    ]);
    expect(text).toBe(
      '新しいノート: 九州 Cloud Night #4 (2024-06-12)(発表2件) 質問は /vmware ask &lt;質問&gt; か、メンションでどうぞ。',
    );
  });

  it('lists only the talks when none was left out', () => {
    const { more: _more, ...all } = ANNOUNCEMENT;
    const [, talks] = renderAnnouncement(all).blocks;
    expect(talks).toMatchObject({ text: { text: expect.not.stringContaining('…') } });
    expect(JSON.stringify(talks).split('• ')).toHaveLength(3);
  });

  it('posts to the announce channel through the Web API, without link previews', async () => {
    h = await startHarness({ mode: 'socket', announceChannel: 'C0NEWS' });
    const posted = h.fake.nextCall('chat.postMessage');
    await h.adapter.announce(ANNOUNCEMENT);
    const { body } = await posted;
    expect(body.channel).toBe('C0NEWS');
    expect(body.blocks).toEqual(renderAnnouncement(ANNOUNCEMENT).blocks);
    expect(String(body.unfurl_links)).toBe('false');
    expect(String(body.unfurl_media)).toBe('false');
  });

  it('refuses to announce when no announce channel is set', async () => {
    h = await startHarness({ mode: 'socket' });
    await expect(h.adapter.announce(ANNOUNCEMENT)).rejects.toThrow(
      'SLACK_ANNOUNCE_CHANNEL is not set.',
    );
  });
});
