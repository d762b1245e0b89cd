import { describe, expect, it } from 'vitest';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

const INFRA_NIGHT = `# Fukuoka Infra Meetup #3

## Consul in production

- Service discovery
  - every service registers itself with Consul
  - health checks drop a node in seconds

## Running Vault

- Secrets
  - Vault issues database passwords that expire
  - the Vault cluster is set up with Terraform
`;

const ask = (question: string, talkRequired?: boolean) =>
  buildEngine(notesFrom(INFRA_NIGHT), {
    profile: scoringProfileFrom(talkRequired === undefined ? {} : { answer: { talkRequired } }),
  }).ask(question);

const topTalk = (question: string, talkRequired?: boolean) => {
  const answer = ask(question, talkRequired);
  return answer.kind === 'found' ? answer.results[0]?.talk : answer.kind;
};

describe('a question asking whether any talk spoke of something', () => {
  it.each([
    'Was there a talk on Consul?',
    'Consulの発表ってあった？',
    'did anybody mention Consul health checks?',
  ])('"%s" is answered by the talk that speaks of it', (question) => {
    expect(topTalk(question)).toBe('Consul in production');
  });

  it('leaves a question of another kind to the other rules, whose talk may lack a word', () => {
    expect(topTalk('Do health checks drop a broken node?')).toBe('Consul in production');
  });

  it('has no answer when the topic is a word no note has', () => {
    const question = 'Was there a talk on Nomad at the Fukuoka infra meetups?';
    expect(topTalk(question)).toBe('not-found');
    expect(topTalk(question, false)).not.toBe('not-found');
  });

  it('has no answer when the talk found lacks one word of the topic that another talk has', () => {
    const question = 'was there a talk on Consul service discovery with Terraform?';
    expect(topTalk(question)).toBe('not-found');
    expect(topTalk(question, false)).toBe('Consul in production');
  });
});
