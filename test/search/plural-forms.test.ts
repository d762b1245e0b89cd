import { describe, expect, it } from 'vitest';
import { pluralFormsInNotes } from '../../src/search/plural-forms.js';

const notesWith =
  (...terms: string[]) =>
  (term: string) =>
    terms.includes(term);

describe('pluralFormsInNotes', () => {
  it("finds the notes' singular of a plural ending in s, es or ies", () => {
    const known = notesWith('vm', 'pr', 'cluster', 'class', 'policy');
    expect(pluralFormsInNotes('vms', known)).toEqual(['vm']);
    expect(pluralFormsInNotes('prs', known)).toEqual(['pr']);
    expect(pluralFormsInNotes('clusters', known)).toEqual(['cluster']);
    expect(pluralFormsInNotes('classes', known)).toEqual(['class']);
    expect(pluralFormsInNotes('policies', known)).toEqual(['policy']);
  });

  it("finds the notes' plural of a singular, in s, es or ies", () => {
    const known = notesWith('backups', 'classes', 'policies');
    expect(pluralFormsInNotes('backup', known)).toEqual(['backups']);
    expect(pluralFormsInNotes('class', known)).toEqual(['classes']);
    expect(pluralFormsInNotes('policy', known)).toEqual(['policies']);
  });

  it('adds es only after s, x, z, ch or sh, and ies only after a consonant', () => {
    expect(pluralFormsInNotes('imag', notesWith('images'))).toEqual([]);
    expect(pluralFormsInNotes('images', notesWith('imag', 'image'))).toEqual(['image']);
    expect(pluralFormsInNotes('box', notesWith('boxes'))).toEqual(['boxes']);
    expect(pluralFormsInNotes('batch', notesWith('batches'))).toEqual(['batches']);
    expect(pluralFormsInNotes('days', notesWith('day', 'dy'))).toEqual(['day']);
    expect(pluralFormsInNotes('day', notesWith('daies', 'days'))).toEqual(['days']);
    expect(pluralFormsInNotes('class', notesWith('classs'))).toEqual([]);
  });

  it('gives every form the notes have, never the word itself', () => {
    expect(pluralFormsInNotes('boxes', notesWith('box', 'boxe', 'boxes'))).toEqual(['box', 'boxe']);
  });

  it('finds nothing the notes do not have, and no other inflection', () => {
    expect(pluralFormsInNotes('vms', notesWith('host'))).toEqual([]);
    expect(pluralFormsInNotes('vmx', notesWith('vm'))).toEqual([]);
    expect(pluralFormsInNotes('hired', notesWith('hire'))).toEqual([]);
    expect(pluralFormsInNotes('price', notesWith('pricing'))).toEqual([]);
  });

  it('leaves out words under three letters, non-words, and forms of one letter', () => {
    expect(pluralFormsInNotes('us', notesWith('u'))).toEqual([]);
    expect(pluralFormsInNotes('vm', notesWith('vms'))).toEqual([]);
    expect(pluralFormsInNotes('k8s', notesWith('k8'))).toEqual([]);
    expect(pluralFormsInNotes('ies', notesWith('y', 'i'))).toEqual([]);
    expect(pluralFormsInNotes('ses', notesWith('s', 'se'))).toEqual(['se']);
  });
});
