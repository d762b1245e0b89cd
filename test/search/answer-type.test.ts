import { describe, expect, it } from 'vitest';
import {
  answersNumberQuestion,
  type NumberQuestion,
  numberAsked,
} from '../../src/search/answer-type.js';
import { normalize } from '../../src/search/normalize.js';

const asked = (question: string) => numberAsked(normalize(question));

describe('questions that ask for a number', () => {
  it.each([
    'When did the new array go live?',
    'what year did the meetup start?',
    'When will the next release ship?',
    '移行はいつ終わった?',
    'いつ出たの?',
    '何年にリリースされた?',
  ])('knows that "%s" asks for a date', (question) => {
    expect(asked(question)).toEqual({ kind: 'date', given: [] });
  });

  it.each([
    'How long did the migration take?',
    'how many nodes does the cluster need?',
    'How much faster did the build get?',
    'which version added the feature?',
    '移行に何時間かかった?',
    'どのくらい速くなった?',
    'どれぐらい使われてる?',
    '費用はいくら?',
    'ノードはいくつ必要?',
    '参加者は何人?',
  ])('knows that "%s" asks for an amount', (question) => {
    expect(asked(question)).toEqual({ kind: 'amount', given: [] });
  });

  it.each([
    'What is the storage cluster?',
    'What happens when the node fails?',
    'how to migrate the cluster',
    'ストレージ移行の手順は?',
    'Who gave the talk about volumes?',
    // "when" for a situation, a number in a name, words that only start like the question words
    'When do I use NSX-T?',
    'When is vMotion used in the cluster?',
    'What Day 2 operations does the team automate?',
    'How high availability is set up in the cluster',
    'いつも使っているツールは?',
    'いつか試したい機能は?',
    'ログを使いつつ調べる方法',
    '思いついたアイデアの話',
    'いくつかの事例を教えて',
    'いくらでも増やせるの?',
  ])('knows that "%s" asks for neither', (question) => {
    expect(asked(question)).toBeUndefined();
  });

  it('keeps the numbers the question gives, as the notes would write them', () => {
    expect(asked('When did Ansible 2.10 go GA?')?.given).toEqual(['2.10']);
    expect(asked('Ｇｏ　１．１３はいつ出た?')?.given).toEqual(['1.13']);
    // Digits inside a name are not a number the question gives.
    expect(asked('How long did the k8s upgrade take?')?.given).toEqual([]);
  });
});

const query = (kind: NumberQuestion['kind'], given: string[] = []) => ({
  numberAsked: { kind, given },
});

describe('passages that answer them', () => {
  it('state an amount of their own', () => {
    const amount = query('amount');
    expect(answersNumberQuestion(amount, 'The migration finished after 14 hours')).toBe(true);
    expect(answersNumberQuestion(amount, '移行は１４時間で終わった')).toBe(true);
    expect(answersNumberQuestion(amount, '7.3 -> 0.6 sec')).toBe(true);
    expect(answersNumberQuestion(amount, 'each node has 16GB')).toBe(true);
    expect(answersNumberQuestion(amount, 'The migration was planned by the team')).toBe(false);
  });

  it('state a date when a date is asked: a year, a day, or a date counter', () => {
    const date = query('date');
    for (const text of ['went live in 2019', 'リリースは2017/06/12', '公開は6/12', '３月に公開']) {
      expect(answersNumberQuestion(date, text)).toBe(true);
    }
    expect(answersNumberQuestion(date, 'announced in 2019 at the conference')).toBe(true);
    for (const text of [
      'took 14 hours',
      '1pxずつ判定する',
      '3台で動かす',
      'about 2500 users',
      'a 1920x1080 screen',
      '2000台のサーバ',
    ]) {
      expect(answersNumberQuestion(date, text)).toBe(false);
    }
  });

  it('are not those whose only digits belong to a name', () => {
    for (const text of ['Dagger2 and RxJava2', 'ver1.0 の画面', 'k8s clusters', 'Ｇｏ２の話']) {
      expect(answersNumberQuestion(query('amount'), text)).toBe(false);
    }
  });

  it('are not those repeating only the question’s own number', () => {
    const howMuch = query('amount', ['2.10']);
    expect(answersNumberQuestion(howMuch, 'Ansible 2.10 was the topic')).toBe(false);
    expect(answersNumberQuestion(howMuch, 'Ansible ２.１０ was the topic')).toBe(false);
    expect(answersNumberQuestion(howMuch, 'Ansible 2.10 took 3 weeks')).toBe(true);
    const ga = query('date', ['2.10']);
    expect(answersNumberQuestion(ga, 'Ansible 2.10 went GA on 2020/09/22')).toBe(true);
  });

  it('do not exist for a question that asks for no number', () => {
    expect(
      answersNumberQuestion({ numberAsked: undefined }, 'The migration finished after 14 hours'),
    ).toBe(false);
  });
});
