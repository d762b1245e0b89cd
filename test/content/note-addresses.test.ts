import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../src/content/parse-notes.js';

/** Whether a passage or a talk gives an address (its `addresses` are set). */
const linked = (x?: { readonly addresses?: unknown }) =>
  x?.addresses === undefined ? undefined : true;

const talksOf = (body: string) => parseNotes('content/x.md', body).meetup?.talks ?? [];

describe('the addresses the notes give', () => {
  it('keeps each passage’s addresses with their link text, once each, in the notes’ order', () => {
    const [talk] = talksOf(
      '# M\n\n## Kit\n\n* [](https://bare.example) [the repo](https://git.example/kit) and [docs](https://docs.example/kit), again [here](https://git.example/kit)\n* slides [deck](https://speakerdeck.com/a/kit) by [me](https://twitter.com/me)\n* no link at all\n',
    );
    const [both, slidesOnly, plain] = talk?.passages ?? [];
    // A link with no text of its own is labelled by its URL.
    expect(both?.addresses).toStrictEqual([
      { url: 'https://bare.example' },
      { url: 'https://git.example/kit', label: 'the repo' },
      { url: 'https://docs.example/kit', label: 'docs' },
    ]);
    // Slides and a profile are no address; a passage without one holds no list at all.
    expect(slidesOnly).not.toHaveProperty('addresses');
    expect(linked(slidesOnly)).toBeUndefined();
    expect(plain).not.toHaveProperty('addresses');
  });

  it('keeps three addresses of a passage at most, labels cut to 80 characters without format marks', () => {
    const long = 'x'.repeat(100);
    const [talk] = talksOf(
      `# M\n\n## Kit\n\n* [\u202E a b \u202C](https://a.example) [${long}](https://b.example) [c](https://c.example) [d](https://d.example)\n`,
    );
    expect(talk?.passages[0]?.addresses).toStrictEqual([
      { url: 'https://a.example', label: 'a b' },
      { url: 'https://b.example', label: 'x'.repeat(80) },
      { url: 'https://c.example', label: 'c' },
    ]);
  });

  it('takes a code block’s addresses, but not this machine’s, a bare host’s or a profile’s', () => {
    const [talk] = talksOf(
      '# M\n\n## T\n\n- Try it:\n  ```\n  git clone https://git.example/x.git.\n  curl http://localhost:8080/healthz http://db/x\n  open https://github.com/someone "https://git.example/x.git"\n  ```\n\n> ```\n> see https://quoted.example/a\n> ```\n\n```\ncurl http://127.0.0.1:3000/ https://LOCALHOST.example/ok\n```\n',
    );
    expect(talk?.passages.map((p) => p.addresses)).toEqual([
      [{ url: 'https://git.example/x.git' }],
      [{ url: 'https://quoted.example/a' }],
      // A name that only starts like this machine's is another host.
      [{ url: 'https://LOCALHOST.example/ok' }],
    ]);
  });

  it('gives no address for a link to this machine, so the passage is not linked', () => {
    const [talk] = talksOf(
      '# M\n\n## T\n\n* the admin page [admin](http://localhost:3000/admin)\n* [site](https://site.example)\n',
    );
    expect(talk?.passages.map((p) => [linked(p), p.addresses])).toEqual([
      [undefined, undefined],
      [true, [{ url: 'https://site.example', label: 'site' }]],
    ]);
  });

  it('gives the talk the addresses of its heading and of its sections’ headings', () => {
    const [tool, plain, none] = talksOf(
      '# M\n\n## [tool](https://tool.example) by [@carol](https://twitter.com/carol)\n\n### [source](https://git.example/tool)\n\n* a\n\n#### [api](https://api.example)\n\n## Plain\n\n### [repo](https://git.example/r) and [deck](https://speakerdeck.com/a/b)\n\n* c\n\n## None\n\n* d\n',
    );
    expect(tool?.addresses).toEqual([
      { url: 'https://tool.example', label: 'tool' },
      { url: 'https://git.example/tool', label: 'source' },
    ]);
    // A heading below the sections is a passage, with its own address.
    expect(tool?.passages.map((p) => [p.text, p.addresses])).toEqual([
      ['a', undefined],
      ['api', [{ url: 'https://api.example', label: 'api' }]],
    ]);
    expect(plain?.addresses).toEqual([{ url: 'https://git.example/r', label: 'repo' }]);
    expect(linked(plain)).toBe(true);
    expect(none).not.toHaveProperty('addresses');
    expect(linked(none)).toBeUndefined();
  });
});
