import { beforeEach, describe, expect, it } from 'vitest';
import type { Answer, QueryService } from '../../src/answer/answer.js';
import { createQueryService } from '../../src/answer/query-service.js';
import { analyzeQuery } from '../../src/search/analyze-query.js';
import { EMPTY_GLOSSARY } from '../../src/search/glossary.js';
import { meetupsFrom, serviceFrom } from '../support/notes-service.js';

const OPS_NIGHT = `# Ops Night #1

## Ansible collections in practice

* Ansible collections make roles reusable across playbooks, and Ansible Galaxy hosts the collections
* Collections replaced the old roles layout in Ansible 2.10

## Kubernetes network policy

* Kubernetes network policy limits which pods can talk to each other
`;

const namesOf = (question: string) =>
  analyzeQuery(question, { glossary: EMPTY_GLOSSARY })
    .concepts.filter((c) => c.name)
    .map((c) => c.word);

function outcome(answer: Answer): string {
  if (answer.kind === 'found') return `found: ${answer.results[0]?.talk}`;
  if (answer.kind === 'not-found') return `not-found, near: ${answer.suggestions.join(' / ')}`;
  return answer.kind;
}

describe('names in a question', () => {
  it('are the Latin words the asker capitalized after the first word, or wrote with two capitals', () => {
    expect(namesOf('Can Cilium replace kube-proxy in Kubernetes?')).toEqual([
      'cilium',
      'kubernetes',
    ]);
    expect(namesOf('Terraform state in the ETL job')).toEqual(['etl']);
    expect(namesOf('KubernetesでCiliumは使える?')).toEqual(['cilium']);
  });

  it('leave out everyday words written with a capital', () => {
    expect(namesOf('Where did the team Go after the Talk?')).toEqual([]);
  });
});

describe('a question about a name the notes never say', () => {
  let service: QueryService;
  beforeEach(() => {
    service = serviceFrom(OPS_NIGHT);
  });

  it.each([
    ['How do Ansible collections work with Terraform?', 'Ansible collections in practice'],
    ['Can a network policy in Kubernetes limit Cilium pods?', 'Kubernetes network policy'],
    ['Kubernetesのnetwork policyでCiliumのpodsを制限できる?', 'Kubernetes network policy'],
  ])('gets no answer, with the close talk named, though its other words match: %s', (q, near) => {
    expect(outcome(service.ask(q))).toBe(`not-found, near: ${near}`);
  });

  it.each([
    ['How do Ansible collections work with playbooks?', 'Ansible collections in practice'],
    ['How are Ansibel collections reused across playbooks?', 'Ansible collections in practice'],
    ['Can a network policy in Kubernetes limit pods?', 'Kubernetes network policy'],
  ])('is answered when every name is in the notes, or reaches them as a typo: %s', (q, talk) => {
    expect(outcome(service.ask(q))).toBe(`found: ${talk}`);
  });
});

describe('a name the notes write another way', () => {
  const INFRA_NIGHT = `# Infra Night #5

## インフラのコード化

* テラフォームでネットワークとDNSの設定をまとめて管理している
`;

  it('is answered when the notes have its katakana, and not when they have nothing for it', () => {
    const service = serviceFrom(INFRA_NIGHT);
    expect(outcome(service.ask('Is the network and DNS set up with Terraform?'))).toBe(
      'found: インフラのコード化',
    );
    expect(outcome(service.ask('Is the network and DNS set up with Pulumi?'))).toBe(
      'not-found, near: インフラのコード化',
    );
  });

  it('gets no answer when its glossary equivalent is not in the notes either', () => {
    const service = createQueryService({
      meetups: meetupsFrom(INFRA_NIGHT),
      glossary: { groups: [['pulumi', 'プルミ']] },
    });
    expect(outcome(service.ask('Is the network and DNS set up with Pulumi?'))).toBe(
      'not-found, near: インフラのコード化',
    );
  });
});
