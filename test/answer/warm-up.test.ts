import { describe, expect, it } from 'vitest';
import type { QueryService } from '../../src/answer/answer.js';
import { misspelt, warmUpQuestions, warmUpSteps } from '../../src/answer/warm-up.js';
import { numberAsked } from '../../src/search/answer-type.js';
import { alternativesAsked } from '../../src/search/either-asked.js';
import { normalize } from '../../src/search/normalize.js';
import { asksForPerson } from '../../src/search/person-asked.js';
import { asksForThing } from '../../src/search/thing-asked.js';
import { meetupsFrom } from '../support/engine.js';

/** Meetups titled `Night 1`…, each with talks `Talk k about Terraform`, numbered through. */
function meetups(count: number, talksEach: number) {
  let k = 0;
  const text = (n: number) =>
    `# Night ${n}\n\n${Array.from({ length: talksEach }, () => {
      k += 1;
      return `## Talk ${k} about Terraform\n\n* notes of talk ${k}\n`;
    }).join('\n')}`;
  return Array.from({ length: count }, (_, n) => meetupsFrom(text(n + 1))).flat();
}

describe('the warm-up questions', () => {
  it('asks about a talk each way the answer path treats its own way', () => {
    const questions = warmUpQuestions(meetups(1, 1), 1);
    expect(questions).toEqual([
      'Talk 1 about Terraform',
      'Where are the slides for Talk 1 about Terraform?',
      'Talk 1 about Terraformの資料はどこ?',
      'Where was Night 1 held?',
      'Talk 1 about Terarformとは?',
      'Talk 1 about Terraform qzxv wqpt',
      'How many people came to Night 1?',
      'Night 1はいつ?',
      'Who talked about Talk 1 about Terraform?',
      'Talk 1 about Terraformでは何のツールを使った?',
      'Which version of Terraform was it?',
      'Terraformは何台?',
      'Terraformは毎日何時に動く?',
      'notes of talは何%?',
      'in the Terraform talk, how long did notes of talk 1 take?',
      'Is Terraform free or paid?',
      'Terraformとnotes of talどっち?',
      'why Terraform?',
      'Talk 1 about Terraformのメリットは?',
      'What does Terraform do in Talk 1 about Terraform?',
      'what did they say about notes of talk 1?',
      'notes of talってどういうこと?',
      'notes of talについて教えて',
      'When was notes of talk 1 released?',
      'does Terraform support notes of talk 1?',
    ]);
  });

  it('asks each kind of question the answer path reads its own way', () => {
    const questions = warmUpQuestions(meetups(1, 1), 1).map((q) => normalize(q));
    const kinds = new Set(
      questions.flatMap((q) => {
        const number = numberAsked(q);
        return [
          asksForThing(q) && 'tool',
          asksForPerson(q) && 'person',
          alternativesAsked(q) && 'choice',
          number?.kind,
          number?.units?.includes('台') && 'count',
          number?.units?.includes('%') && 'share',
          number?.units?.includes('am') && 'time of day',
          number?.units?.includes('hours') && 'time',
        ].filter((kind): kind is string => typeof kind === 'string');
      }),
    );
    expect([...kinds].sort()).toEqual(
      [
        'amount',
        'choice',
        'count',
        'date',
        'person',
        'share',
        'time',
        'time of day',
        'tool',
        'version',
      ].sort(),
    );
  });

  it('cuts the words of a line without spaces to the length of a question', () => {
    const line = 'あ'.repeat(300);
    const notes = meetupsFrom(`# Night 1\n\n## Talk 1 about Terraform\n\n* ${line}\n`);
    for (const question of warmUpQuestions(notes, 1)) expect(question.length).toBeLessThan(120);
  });

  it('takes its talks spread over the notes: the first, then evenly after it', () => {
    const notes = meetups(4, 3);
    const about = (talks: number) =>
      warmUpQuestions(notes, talks).filter((q) => /^Talk \d+ about Terraform$/.test(q));
    expect(about(2)).toEqual(['Talk 1 about Terraform', 'Talk 7 about Terraform']);
    expect(about(3)).toEqual([
      'Talk 1 about Terraform',
      'Talk 5 about Terraform',
      'Talk 9 about Terraform',
    ]);
    // Eight by default, and never more talks than the notes have.
    expect(warmUpQuestions(notes)).toEqual(warmUpQuestions(notes, 8));
    expect(warmUpQuestions(notes, 2)).toHaveLength(50);
    expect(warmUpQuestions(meetups(1, 1), 5)).toHaveLength(25);
  });

  it('makes none from notes without talks', () => {
    expect(warmUpQuestions([])).toEqual([]);
    expect(warmUpQuestions(meetupsFrom('# Empty night\n'))).toEqual([]);
  });

  it('misspells the longest Latin word in its middle, or adds a letter when there is none', () => {
    expect(misspelt('Ansible and Kubernetes')).toBe('Ansible and Kubenretes');
    expect(misspelt('Go 1.13 の新機能')).toBe('Go 1.13 の新機能x');
    // Five letters at least: a shorter word is left as it is.
    expect(misspelt('vSAN')).toBe('vSANx');
    expect(misspelt('Helm chart')).toBe('Helm cahrt');
  });
});

describe('the warm-up steps', () => {
  it('asks each question once, a step each, and counts them', () => {
    const asked: string[] = [];
    const service = {
      ask: (question: string) => {
        asked.push(question);
        return { kind: 'none' };
      },
    } as unknown as QueryService;
    const notes = meetups(2, 2);
    const steps = warmUpSteps(service, notes, 1);
    let yields = 0;
    for (let next = steps.next(); ; next = steps.next()) {
      if (next.done) {
        expect(next.value).toBe(25);
        break;
      }
      yields += 1;
      // A step asks one question, then yields.
      expect(asked).toHaveLength(yields);
    }
    expect(asked).toEqual(warmUpQuestions(notes, 1));
  });
});
