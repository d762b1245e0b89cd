import type { Answer, MeetupListing, QueryService } from '../../src/answer/answer.js';

// INTERIM: replaced by the real engine built from content/ as soon as src/answer/query-service.ts lands.
const listing: MeetupListing[] = [
  {
    title: 'VMware DevOps Meetup #5',
    talks: [
      {
        title: 'Ansible VMwareモジュールの今までとこれから',
        links: [
          {
            kind: 'slides',
            url: 'https://speakerdeck.com/sky_joker/ansible-vmwaremosiyurufalsejin-matetokorekara',
          },
        ],
      },
      { title: 'Octant で k8s を手軽に可視化してみる', links: [] },
    ],
  },
];

export async function createTestService(): Promise<QueryService> {
  return {
    talks: () => listing,
    ask(question): Answer {
      const q = question.trim();
      if (q === '') return { kind: 'help' };
      if (q.length > 1000)
        return { kind: 'invalid', reason: 'Questions are limited to 1,000 characters.' };
      if (!/ansible|octant/i.test(q)) return { kind: 'not-found', query: q, suggestions: [] };
      const snippet = 'Ansible 2.10は2020/9/22GAです';
      return {
        kind: 'found',
        query: q,
        results: [
          {
            meetup: 'VMware DevOps Meetup #5',
            talk: 'Ansible VMwareモジュールの今までとこれから',
            section: 'AnsibleとCollectionsについて',
            snippet,
            matches: [{ start: 0, end: 7 }],
            links: listing[0]?.talks[0]?.links ?? [],
            score: 10,
          },
        ],
      };
    },
  };
}
