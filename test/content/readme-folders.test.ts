import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.js';
import { FIRST_MEETUP, SECOND_MEETUP } from '../support/git-notes.js';
import { tempContent } from '../support/temp-content.js';

describe('a folder of README.md files, one meetup per folder', () => {
  const dirs = tempContent();
  afterEach(() => dirs.removeAll());

  it("reads each folder's README.md as one meetup and the top README.md as the repository's page", async () => {
    const dir = await dirs.make({
      'README.md': '# Our meetup notes\n\nOne folder per meetup.\n',
      '2024/0305-harbor-night-1/README.md': FIRST_MEETUP,
      '2024/0409-harbor-night-2/README.md': SECOND_MEETUP,
    });
    const content = await loadContent(dir);
    expect(content.meetups.map((m) => [m.title, m.file])).toEqual([
      ['Harbor Night #1', `${dir}/2024/0305-harbor-night-1/README.md`],
      ['Harbor Night #2', `${dir}/2024/0409-harbor-night-2/README.md`],
    ]);
    expect(content.problems).toEqual([]);
    expect(content.info).toContainEqual({
      file: `${dir}/README.md`,
      line: 1,
      message:
        "the README.md at the top is read as the repository's own page, not a meetup, since the notes are in sub-folders",
      level: 'info',
    });
  });

  it("reads no notes in a repository's .git, .github and .gitlab folders", async () => {
    const dir = await dirs.make({
      '.github/ISSUE_TEMPLATE/new-talk.md': 'Describe the talk you would like to give.\n',
      '.gitlab/merge_request_templates/notes.md': FIRST_MEETUP,
      '2024/0409-harbor-night-2/README.md': SECOND_MEETUP,
    });
    const content = await loadContent(dir);
    expect(content.meetups.map((m) => m.title)).toEqual(['Harbor Night #2']);
    expect(content.problems).toEqual([]);
  });

  it('reads a README.md at the top as a meetup when no notes are in sub-folders', async () => {
    const dir = await dirs.make({ 'README.md': FIRST_MEETUP });
    const content = await loadContent(dir);
    expect(content.meetups.map((m) => m.title)).toEqual(['Harbor Night #1']);
  });
});
