import { describe, expect, it } from 'vitest';
import {
  findMeetupReference,
  meetupFactsOf,
  meetupNumbers,
} from '../../src/search/meetup-reference.js';

const meetups = meetupFactsOf([
  { title: 'Go Meetup #12', date: '2023-11-02' },
  { title: 'Serverless Night Vol.3', date: '2024-04-18' },
  { title: 'node-2 もくもく会' },
]);
const now = new Date('2024-06-01T00:00:00Z');
const named = (question: string) => [...findMeetupReference(question, meetups, now).preferred];

describe('meetupNumbers', () => {
  it('reads the number a title gives a meetup however it is written', () => {
    expect([...meetupNumbers('Go Meetup #012')]).toEqual([12]);
    expect([...meetupNumbers('第3回 勉強会')]).toEqual([3]);
    expect([...meetupNumbers('3回目')]).toEqual([3]);
    expect([...meetupNumbers('Serverless Night vol. 3')]).toEqual([3]);
    expect([...meetupNumbers('node-2')]).toEqual([2]);
    expect([...meetupNumbers('Ansible 2.10')]).toEqual([]);
  });
});

describe('findMeetupReference', () => {
  it('names the meetups whose number the question gives', () => {
    expect(named('#12のLT')).toEqual([0]);
    expect(named('第3回の資料')).toEqual([1]);
    expect(named('node-2で話したこと')).toEqual([2]);
  });

  it('names nothing for a number no meetup has', () => {
    expect(named('#7のLT')).toEqual([]);
  });

  it('names the newest dated meetup for "latest" and the meetups of last year', () => {
    expect(named('what was shown at the latest meetup?')).toEqual([1]);
    expect(named('前回の資料')).toEqual([1]);
    expect(named("last year's talks")).toEqual([0]);
  });

  it('blanks the words that named a meetup, and keeps the rest of the question', () => {
    const { rest } = findMeetupReference('最新の勉強会のLT', meetups, now);
    expect(rest.trim()).toBe('の勉強会のlt');
  });
});
