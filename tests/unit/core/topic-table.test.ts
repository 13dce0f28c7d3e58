import { describe, expect, it } from 'vitest';
import { prepareTerms } from '../../../utils/core/build-matcher';
import { PACKED_TOPIC_TABLE } from '../../../utils/core/topic-table-packed';
import { buildTopicTable, packTopicTable, topicTable, unpackTopicTable, type PackedTopicTable } from '../../../utils/core/topic-table';
import { joinedUrduForms, TOPIC_TERMS, type TermSpec } from '../../../utils/core/topic-terms';

const shipped = () => JSON.parse(PACKED_TOPIC_TABLE) as PackedTopicTable;

describe('topic table', () => {
  it('ships equal to the table computed from the vocabulary (else run `npm run topic-table`)', () => {
    expect(shipped()).toEqual(packTopicTable(buildTopicTable()));
    const unpacked = unpackTopicTable(shipped())!;
    const built = buildTopicTable();
    expect(unpacked.terms.count).toBe(TOPIC_TERMS.length);
    expect(unpacked.terms.values.every((v, id) => v === built.terms.values[id])).toBe(true);
    expect(unpacked).toStrictEqual(built);
  });

  it('lists each term once: no two spellings fold to the same form (each would count a hit twice)', () => {
    const t = prepareTerms(TOPIC_TERMS.map((s) => ({ term: s.term, prefix: s.prefix, value: s })));
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (let id = 0; id < t.count; id++) {
      const key = `${t.lowers[id]}\u0000${t.flags[id]}\u0000${t.cased[id] ?? ''}`;
      const term = t.values[id].term;
      if (seen.has(key)) twice.push(`${seen.get(key)} = ${term}`);
      else seen.set(key, term);
    }
    expect(twice).toEqual([]);
  });

  it('takes an Urdu term without the spaces that follow a non-joining letter, and no others', () => {
    expect(joinedUrduForms('نیٹو سپلائی')).toEqual(['نیٹوسپلائی']);
    expect(joinedUrduForms('نیٹو کو سپلائی').sort()).toEqual(['نیٹو کوسپلائی', 'نیٹوکو سپلائی', 'نیٹوکوسپلائی'].sort());
    // after a joining letter (noon, heh) a space shows: "ڈرون حملے" is not written "ڈرونحملے"
    expect(joinedUrduForms('ڈرون حملے')).toEqual([]);
    expect(joinedUrduForms('drone strike')).toEqual([]);
    const terms = new Set(TOPIC_TERMS.map((t) => t.term));
    expect(terms.has('نیٹوسپلائی') && terms.has('سرحدپار') && terms.has('فیلڈمارشل')).toBe(true);
    expect(TOPIC_TERMS.find((t) => t.term === 'نیٹوسپلائی')).toMatchObject({ group: 'sec', label: 'NATO supply routes', state: 'us' });
  });

  it('is the shipped one at run time', () => {
    expect(topicTable()).toStrictEqual(buildTopicTable());
  });

  it('refuses a packed table that does not fit the vocabulary', () => {
    const more: TermSpec[] = [...TOPIC_TERMS, { term: 'drone corridor', prefix: false, group: 'sec', label: 'drone corridor', weight: 1 }];
    expect(unpackTopicTable(shipped(), more)).toBeUndefined();
    expect(unpackTopicTable({ ...shipped(), format: 'backstory-topics/0' })).toBeUndefined();
    expect(unpackTopicTable({ ...shipped(), flags: shipped().flags.slice(1) })).toBeUndefined();
    // The same length, another vocabulary: only the unit test above can tell, so the packed form is checked here for a new term.
    const packedMore = packTopicTable(buildTopicTable(more), more);
    expect(unpackTopicTable(packedMore, more)).toStrictEqual(buildTopicTable(more));
  });

  it('keeps terms that are not plain lower-case ASCII in their folded form', () => {
    const p = shipped();
    const hyphened = TOPIC_TERMS.findIndex((t) => t.term === 'Pakistan-US');
    expect(hyphened).toBeGreaterThanOrEqual(0);
    expect(p.lowers[hyphened]).toBe('pakistan us');
    const plain = TOPIC_TERMS.findIndex((t) => t.term === 'Pakistan');
    expect(p.lowers[plain]).toBeNull();
    expect(unpackTopicTable(p)!.terms.lowers[plain]).toBe('pakistan');
  });
});
