import type { Meetup } from '../../src/content/meetup.js';

/**
 * The meetups, each talk calling `onRead` with its title whenever the text of one of its passages
 * is read (which may throw, to fail whatever reads it): what a test watches to see when the notes
 * are read. Counting a talk's passages reads none of their text.
 */
export function withPassagesWatched(
  meetups: readonly Meetup[],
  onRead: (talk: string) => void,
): Meetup[] {
  return meetups.map((m) => ({
    ...m,
    talks: m.talks.map((t) => ({
      ...t,
      passages: t.passages.map(
        (p) =>
          new Proxy(p, {
            get: (target, key, receiver) => {
              if (key === 'text') onRead(t.title);
              return Reflect.get(target, key, receiver);
            },
          }),
      ),
    })),
  }));
}
