import { describe, expect, it } from 'vitest';
import { pluralFormsInNotes, typedAs } from '../../src/search/plural-forms.js';

const notesWith =
  (...terms: string[]) =>
  (term: string) =>
    terms.includes(term);

describe('pluralFormsInNotes', () => {
  it("finds the notes' singular of a plural ending in s, es or ies", () => {
    const known = notesWith('cluster', 'class', 'policy', 'api');
    expect(pluralFormsInNotes('clusters', known)).toEqual(['cluster']);
    expect(pluralFormsInNotes('classes', known)).toEqual(['class']);
    expect(pluralFormsInNotes('policies', known)).toEqual(['policy']);
    expect(pluralFormsInNotes('apis', known)).toEqual(['api']);
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

  it('gives every form the notes have', () => {
    expect(pluralFormsInNotes('boxes', notesWith('box', 'boxe', 'boxes'))).toEqual(['box', 'boxe']);
  });

  it('reads a singular of two letters only off an abbreviation typed with a small s', () => {
    const known = notesWith('vm', 'pr', 'ec', 'io', 'tl');
    expect(pluralFormsInNotes('vms', known, 'VMs')).toEqual(['vm']);
    expect(pluralFormsInNotes('prs', known, 'PRs')).toEqual(['pr']);
    expect(pluralFormsInNotes('vms', known)).toEqual([]);
    expect(pluralFormsInNotes('ecs', known, 'Ecs')).toEqual([]);
  });

  it('keeps the final S of a name in capitals', () => {
    const known = notesWith('ec', 'io', 'tl', 'ecs', 'aw', 'eks', 'ek');
    expect(pluralFormsInNotes('ecs', known, 'ECS')).toEqual([]);
    expect(pluralFormsInNotes('ios', known, 'iOS')).toEqual([]);
    expect(pluralFormsInNotes('tls', known, 'TLS')).toEqual([]);
    // Its plural is still the notes' form of it.
    expect(pluralFormsInNotes('ek', notesWith('eks'), 'EK')).toEqual([]);
    expect(pluralFormsInNotes('sdk', notesWith('sdks'), 'SDK')).toEqual(['sdks']);
    expect(pluralFormsInNotes('sdks', notesWith('sdk'), 'SDKs')).toEqual(['sdk']);
  });

  it('takes no word that only ends as a plural does for one, and finds its own plural', () => {
    const known = notesWith('new', 'statu', 'bu', 'serie', 'sery');
    for (const word of ['news', 'status', 'bus', 'series']) {
      expect(pluralFormsInNotes(word, known), word).toEqual([]);
    }
    expect(pluralFormsInNotes('status', notesWith('statuses'))).toEqual(['statuses']);
    expect(pluralFormsInNotes('virus', notesWith('viruses'))).toEqual(['viruses']);
  });

  it('finds nothing the notes do not have, and no other inflection', () => {
    expect(pluralFormsInNotes('vms', notesWith('host'), 'VMs')).toEqual([]);
    expect(pluralFormsInNotes('vmx', notesWith('vm'))).toEqual([]);
    expect(pluralFormsInNotes('hired', notesWith('hire'))).toEqual([]);
    expect(pluralFormsInNotes('price', notesWith('pricing'))).toEqual([]);
  });

  it('leaves out words under three letters and non-words', () => {
    expect(pluralFormsInNotes('us', notesWith('u'))).toEqual([]);
    expect(pluralFormsInNotes('vm', notesWith('vms'))).toEqual([]);
    expect(pluralFormsInNotes('k8s', notesWith('k8'))).toEqual([]);
    expect(pluralFormsInNotes('ies', notesWith('y', 'i'))).toEqual([]);
    expect(pluralFormsInNotes('ses', notesWith('s', 'se'))).toEqual([]);
  });
});

describe('typedAs', () => {
  it('finds the word as the question types it, whole', () => {
    expect(typedAs('ecs', 'ECSのタスク定義')).toBe('ECS');
    expect(typedAs('vms', 'how many VMs?')).toBe('VMs');
    expect(typedAs('vms', 'ｖＭｓ ok')).toBe('vMs');
    expect(typedAs('ecs', 'the specs')).toBe('ecs');
  });
});
