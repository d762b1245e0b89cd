import type { Client } from '@libsql/client';

/**
 * Claims one piece of news (by its key) for this process: true when no process sharing the store
 * (another replica, or this one before a restart) has claimed it yet. The primary key lets
 * exactly one of several racing processes win, as the weekly digest claims its week.
 */
export async function claimAnnouncement(
  client: Client,
  key: string,
  now: number,
): Promise<boolean> {
  const claim = await client.execute({
    sql: 'INSERT OR IGNORE INTO announcements (news, claimed_at) VALUES (?, ?)',
    args: [key, now],
  });
  return claim.rowsAffected > 0;
}
