import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateDataset } from '../../../utils/core/check-dataset';
import { validateRecord } from '../../../utils/core/schema';
import { miniDataset } from '../../fixtures/dataset/mini-dataset';

const TODAY = '2026-11-21';
const issuesOf = (mutate: (d: any) => void) => {
  const d: any = miniDataset();
  mutate(d);
  const r = validateDataset(d, TODAY);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('validateDataset: one case per error kind, with its exact message', () => {
  it('accepts the mini dataset', () => {
    expect(validateDataset(miniDataset(), TODAY).ok).toBe(true);
  });
  it('accepts a release that lists its changes as the build writes them (kind/id)', () => {
    const d: any = miniDataset();
    d.meta.changes = { added: ['sources/new-source'], changed: ['events/ct-dialogue-2025'], removed: ['actors/ttp'] };
    expect(validateDataset(d, TODAY).ok).toBe(true);
    // files from before the build listed bare ids: still accepted
    d.meta.changes = { added: ['new-source'], changed: [], removed: [] };
    expect(validateDataset(d, TODAY).ok).toBe(true);
  });
  const cases: Array<[string, (d: any) => void, string]> = [
    ['bad date', (d) => (d.agreements[0].dates[1].date = 'Aug 2023'), 'agreements[0].dates[1].date: expected YYYY-MM-DD, got "Aug 2023"'],
    ['bad id', (d) => (d.actors[2].id = 'TTP Group'), 'actors[2].id: expected a kebab-case id, got "TTP Group"'],
    ['non-https url', (d) => (d.sources[0].url = 'http://www.state.gov/x'), 'sources[0].url: expected an https URL, got "http://www.state.gov/x"'],
    ['missing url', (d) => delete d.sources[0].url, 'sources[0].url: expected an https URL, got nothing'],
    ['empty text', (d) => (d.agreements[0].summary = '  '), 'agreements[0].summary: must not be empty'],
    ['enum', (d) => (d.claims[0].verdict = 'maybe'), 'claims[0].verdict: expected one of "confirmed", "disputed", "false", "unverifiable", got "maybe"'],
    ['unknown field', (d) => (d.actors[0].nickname = 'x'), 'actors[0].nickname: unknown field'],
    ['value without source', (d) => (d.series[0].values[0].sources = []), 'series[0].values[0].sources: needs at least one source'],
    ['not a number', (d) => (d.series[0].values[0].value = '699'), 'series[0].values[0].value: expected a number, got "699"'],
    ['bad period', (d) => (d.series[0].values[0].period = '2025/26'), 'series[0].values[0].period: expected a period like FY2010, 2025, 2025-edition or 2002/2023, got "2025/26"'],
    ['bad version', (d) => (d.meta.version = 'v1'), 'meta.version: expected a version like 1.0.0, got "v1"'],
    ['bad change', (d) => (d.meta.changes = { added: [], changed: ['events/ct-dialogue-2025', 'Events/CT dialogue'], removed: [] }), 'meta.changes.changed[1]: expected a record as kind/id (events/salala-incident-2011) or its id, got "Events/CT dialogue"'],
    ['schema version', (d) => (d.meta.schemaVersion = 2), 'meta.schemaVersion: expected schema version 1, got 2'],
    ['unknown source', (d) => (d.agreements[0].sources = ['nope']), 'agreements/cis-moa: sources[0]: unknown source "nope"'],
    ['unknown related', (d) => (d.events[0].related = ['ghost']), 'events/ct-dialogue-2025: related[0]: unknown record "ghost"'],
    ['unknown party', (d) => (d.agreements[0].parties = ['china']), 'agreements/cis-moa: parties[0]: unknown actor "china"'],
    ['unknown series', (d) => (d.claims[0].reference.series = 'nope'), 'claims/claim-699: reference.series: unknown series "nope"'],
    ['duplicate id', (d) => d.actors.push({ ...d.actors[0] }), 'actors/pakistan: id: duplicate id, also used by actors/pakistan'],
    ['alias collision', (d) => d.actors[2].aliases.push('U.S.'), 'actors/ttp: aliases[2]: alias "U.S." is also an alias of actors/united-states'],
    ['future date', (d) => (d.events[0].date = '2027-01-01'), 'events/ct-dialogue-2025: date: date 2027-01-01 is in the future'],
    ['duplicate period', (d) => d.series[0].values.push({ ...d.series[0].values[0] }), 'series/pips-attacks: values[1].period: period 2025 appears twice'],
  ];
  for (const [name, mutate, message] of cases) {
    it(name, () => expect(issuesOf(mutate)).toContain(message));
  }
});

describe('validateRecord', () => {
  it('names the bad field of one record', () => {
    const r = validateRecord('agreements', { ...miniDataset().agreements[0], status: 'alive' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].path).toBe('status');
  });
});

describe('validator fuzzing', () => {
  const hostile = fc.oneof(
    fc.string(),
    fc.constant('<script>alert(1)</script>'),
    fc.constant('<img src=x onerror=alert(1)>'),
    fc.string({ minLength: 10_000, maxLength: 20_000 }),
    fc.integer(),
    fc.constant(null),
    fc.constant({ __proto__: { polluted: true } }),
  );
  it('never throws and never pollutes prototypes, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (x) => {
        const r = validateDataset(x, TODAY);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    expect(({} as any).polluted).toBeUndefined();
  }, 120_000);
  it('refuses or keeps verbatim hostile strings in every string field, with a path', () => {
    fc.assert(
      fc.property(fc.constantFrom('agreements', 'actors', 'events', 'sources'), fc.string({ minLength: 1, maxLength: 12 }), hostile, (kind, field, value) => {
        const d: any = miniDataset();
        // An own property even for names like "__proto__", as JSON.parse makes them.
        Object.defineProperty(d[kind][0], field, { value, enumerable: true, writable: true, configurable: true });
        const r = validateDataset(d, TODAY);
        if (!r.ok) expect(r.issues.every((i) => i.path.length > 0 && i.message.length > 0)).toBe(true);
        else expect(Object.getOwnPropertyDescriptor((r.value as any)[kind][0], field)?.value).toEqual(value);
      }),
      { numRuns: 300, examples: [['agreements', '__proto__', ''], ['actors', 'constructor', 'x']] },
    );
  }, 120_000);
  it('treats __proto__ and constructor keys as unknown fields, not as prototypes', () => {
    const d: any = miniDataset();
    const rec = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": "x"}');
    Object.assign(d.actors[0], { constructor: 'x' });
    d.actors[1] = { ...d.actors[1], ...rec };
    const r = validateDataset(JSON.parse(JSON.stringify(d).replace('"id":"united-states"', '"__proto__":{"polluted":1},"id":"united-states"')), TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain('actors[0].constructor');
    expect(({} as any).polluted).toBeUndefined();
  });
  it('keeps <script> in summaries as plain text', () => {
    const d: any = miniDataset();
    d.agreements[0].summary = '<script>alert(1)</script>';
    const r = validateDataset(d, TODAY);
    expect(r.ok && r.value.agreements[0].summary).toBe('<script>alert(1)</script>');
  });
});
