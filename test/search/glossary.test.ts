import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/search/glossary.js';

const parse = (text: string) => parseGlossary('content/glossary.yml', text);

describe('parseGlossary', () => {
  it('reads each list item as a group of normalized terms, without repeats', () => {
    expect(
      parse('- [k8s, Kubernetes, ＫＵＢＥＲＮＥＴＥＳ]\n- [LB, "load balancer", 2]\n'),
    ).toEqual({
      glossary: {
        groups: [
          ['k8s', 'kubernetes'],
          ['lb', 'load balancer', '2'],
        ],
      },
      problems: [],
    });
  });

  it('reads an empty file as an empty glossary', () => {
    expect(parse('')).toEqual({ glossary: { groups: [] }, problems: [] });
  });

  it('reports a group that is not YAML at its line, and still serves the groups that parse', () => {
    const { glossary, problems } = parse('- [k8s, kubernetes]\n- [lb, "load\n');
    expect(glossary.groups).toEqual([['k8s', 'kubernetes']]);
    expect(problems).toEqual([
      {
        file: 'content/glossary.yml',
        line: 2,
        message: expect.stringContaining('not valid YAML'),
        lost: true,
      },
    ]);
  });

  it('reports a glossary that is not a list', () => {
    expect(parse('k8s: kubernetes\n')).toEqual({
      glossary: { groups: [] },
      problems: [
        {
          file: 'content/glossary.yml',
          line: 1,
          message: 'the glossary must be a list of term groups, e.g. - [k8s, Kubernetes]',
          lost: true,
        },
      ],
    });
  });

  it('skips a group that is not a list of terms, or has fewer than two, and keeps the rest', () => {
    const { glossary, problems } = parse(
      '- [k8s, kubernetes]\n- just one\n- [lb, {a: b}]\n- [nsx, NSX, " "]\n- [vm, virtual machine]\n',
    );
    expect(glossary.groups).toEqual([
      ['k8s', 'kubernetes'],
      ['vm', 'virtual machine'],
    ]);
    expect(problems).toEqual([
      {
        file: 'content/glossary.yml',
        line: 2,
        message: 'a glossary group must be a list of terms, e.g. - [LB, load balancer]',
      },
      {
        file: 'content/glossary.yml',
        line: 3,
        message: 'a glossary group must be a list of terms, e.g. - [LB, load balancer]',
      },
      {
        file: 'content/glossary.yml',
        line: 4,
        message: 'a glossary group needs at least two terms',
      },
    ]);
  });
});
