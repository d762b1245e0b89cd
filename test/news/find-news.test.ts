import { describe, expect, it } from 'vitest';
import type { Meetup } from '../../src/content/meetup.js';
import { parseNotes } from '../../src/content/parse-notes.js';
import { announcementOf } from '../../src/news/announcement-text.js';
import { findNews, newsKey } from '../../src/news/find-news.js';
import { FIRST_MEETUP, meetupReadme, SECOND_MEETUP } from '../support/git-notes.js';

function meetup(file: string, source: string): Meetup {
  const parsed = parseNotes(file, source);
  if (!parsed.meetup) throw new Error(`No meetup in ${file}`);
  return parsed.meetup;
}

const first = meetup('2024/0305/README.md', FIRST_MEETUP);
const second = meetup('2024/0409/README.md', SECOND_MEETUP);

describe('news of new notes', () => {
  it('names a new meetup with all its talks and their slides', () => {
    expect(findNews([first], [first, second])).toEqual([
      {
        meetup: 'Harbor Night #2',
        date: '2024-03-05',
        newMeetup: true,
        talks: [
          { title: 'Building a CLI in Go', slides: 'https://speakerdeck.com/example/go-cli' },
          { title: 'Lightning talk: my homelab' },
        ],
        totalTalks: 2,
        language: 'en',
      },
    ]);
  });

  it('names the talks added to a meetup already served', () => {
    const grown = meetup(
      '2024/0305/README.md',
      `${FIRST_MEETUP}\n## Service meshes compared\n\n* 資料 https://speakerdeck.com/example/mesh\n\n* Two meshes were measured.\n`,
    );
    expect(findNews([first], [grown])).toEqual([
      {
        meetup: 'Harbor Night #1',
        date: '2024-03-05',
        newMeetup: false,
        talks: [
          { title: 'Service meshes compared', slides: 'https://speakerdeck.com/example/mesh' },
        ],
        totalTalks: 3,
        language: 'en',
      },
    ]);
  });

  it('finds nothing in edited passages, a renamed talk or a fixed meetup title', () => {
    const edited = meetup(
      '2024/0305/README.md',
      FIRST_MEETUP.replace('within thirty seconds', 'within a minute').replace(
        'Tracing with OpenTelemetry',
        'Tracing with OpenTelemetry and Jaeger',
      ),
    );
    const retitled = meetup('2024/0305/README.md', FIRST_MEETUP.replace('#1', 'No. 1'));
    expect(findNews([first], [edited])).toEqual([]);
    expect(findNews([first], [retitled])).toEqual([]);
    expect(findNews([first, second], [second])).toEqual([]);
  });

  it('finds nothing in a meetup moved to another folder, or a talk added under a title it had', () => {
    const moved = meetup('2025/archive/README.md', FIRST_MEETUP);
    expect(findNews([first], [moved])).toEqual([]);
    const repeated = meetup(
      '2024/0305/README.md',
      `${FIRST_MEETUP}\n## Tracing with OpenTelemetry\n\n* The sequel.\n`,
    );
    expect(repeated.talks).toHaveLength(3);
    expect(findNews([first], [repeated])).toEqual([]);
  });

  it('leaves out the date and slides a meetup does not have, and reads kana in any one talk', () => {
    const plain = meetup(
      'plain/README.md',
      '# Plain Night\n\n## First talk\n\n* Only English here.\n\n## 二つ目\n\n* テストの話。\n',
    );
    expect(findNews([], [plain])).toStrictEqual([
      {
        meetup: 'Plain Night',
        newMeetup: true,
        talks: [{ title: 'First talk' }, { title: '二つ目' }],
        totalTalks: 2,
        language: 'ja',
      },
    ]);
  });

  it('waits for a new meetup to have talks, and then announces it as new', () => {
    const empty = meetup('2024/0510/README.md', '# Harbor Night #3\n\n2024/05/10\n');
    expect(findNews([first], [first, empty])).toEqual([]);
    const filled = meetup(
      '2024/0510/README.md',
      meetupReadme('Harbor Night #3', [{ title: 'Edge caching' }]),
    );
    expect(findNews([first, empty], [first, filled])).toMatchObject([
      { meetup: 'Harbor Night #3', newMeetup: true, totalTalks: 1 },
    ]);
  });

  it('tells Japanese notes by their kana', () => {
    const japanese = meetup(
      '2024/0612/README.md',
      meetupReadme('九州 Cloud Night #4', [
        { title: 'Cloud Run入門', text: 'コンテナをそのまま動かせる。' },
      ]),
    );
    expect(findNews([], [japanese])[0]?.language).toBe('ja');
  });

  it('keys the same news the same way in every process, and different news differently', () => {
    const [news] = findNews([first], [first, second]);
    const [again] = findNews([first], [first, meetup('other/path/README.md', SECOND_MEETUP)]);
    if (!news || !again) throw new Error('no news');
    expect(newsKey(news)).toBe(newsKey(again));
    expect(newsKey(news)).not.toBe(newsKey({ ...news, newMeetup: false }));
    expect(newsKey(news)).toBe('["meetup","Harbor Night #2"]');
    const talks = (...titles: string[]) => ({
      ...news,
      newMeetup: false,
      talks: titles.map((title) => ({ title })),
    });
    expect(newsKey(talks('B talk', 'A talk'))).toBe(
      '["talks","Harbor Night #2",["A talk","B talk"]]',
    );
  });
});

describe('the announcement of new notes', () => {
  const [news] = findNews([first], [first, second]);
  if (!news) throw new Error('no news');

  it('says in English which meetup, how many talks, which have slides, and how to ask', () => {
    expect(announcementOf(news, 'meetup')).toEqual({
      language: 'en',
      headline: 'New notes: Harbor Night #2 (2024-03-05), 2 talks.',
      talks: news.talks,
      slidesLabel: 'slides',
      noSlides: 'no slides yet',
      hint: 'Ask me about it: /meetup ask <your question>, or mention me.',
    });
  });

  it('says it in Japanese for Japanese notes, and counts added talks', () => {
    const added = { ...news, language: 'ja' as const, newMeetup: false, totalTalks: 5 };
    expect(announcementOf(added, 'vmware')).toMatchObject({
      headline: 'Harbor Night #2 (2024-03-05) のノートに発表が2件追加されました(全5件)',
      slidesLabel: '資料',
      noSlides: '資料はまだありません',
      hint: '質問は /vmware ask <質問> か、メンションでどうぞ。',
    });
    expect(announcementOf({ ...added, newMeetup: true }, 'vmware').headline).toBe(
      '新しいノート: Harbor Night #2 (2024-03-05)(発表2件)',
    );
  });

  it('names a meetup without a date by its title alone', () => {
    const { date: _date, ...undated } = news;
    expect(announcementOf(undated, 'vmware').headline).toBe('New notes: Harbor Night #2, 2 talks.');
  });

  it('lists at most 15 talks and counts the rest', () => {
    const many = Array.from({ length: 17 }, (_, i) => ({ title: `Talk ${i + 1}` }));
    const one = announcementOf({ ...news, talks: many.slice(0, 1), totalTalks: 1 }, 'vmware');
    expect(one.headline).toBe('New notes: Harbor Night #2 (2024-03-05), 1 talk.');
    const long = announcementOf({ ...news, talks: many, totalTalks: 17 }, 'vmware');
    expect(long.talks).toHaveLength(15);
    expect(long.more).toBe('…and 2 more talks.');
    expect(announcementOf({ ...news, talks: many.slice(0, 16) }, 'x').more).toBe(
      '…and 1 more talk.',
    );
    expect(announcementOf({ ...news, talks: many.slice(0, 15) }, 'x').more).toBeUndefined();
    expect(announcementOf({ ...news, language: 'ja', talks: many }, 'x').more).toBe('…ほか2件');
  });
});
