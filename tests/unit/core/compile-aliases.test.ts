import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AliasEntry } from '../../../utils/core/analysis';
import { aliasesInText, compileAliases, isCompiledAliases, type CompiledAliases } from '../../../utils/core/compile-aliases';
import { scannerFor, scanText } from '../../../utils/core/match-entities';
import { foldCodes } from '../../../utils/core/normalise-text';
import { SHORT_TEXT, textGrams } from '../../../utils/core/text-grams';
import { fixtureAliases } from './helpers';

/** What a page receives: the compiled form after a JSON round trip (Chrome's messaging). */
const received = (aliases: AliasEntry[]): CompiledAliases => JSON.parse(JSON.stringify(compileAliases(aliases)));

const tricky = ['Khyber Pakhtunkhwa', 'North Waziristan', 'Tehreek-e-Taliban Pakistan', 'Chargé d’Affaires', 'U.S.', 'US', 'Pak', 'پاکستان', 'امریکہ', ' spaced  alias ', 'ﬁne', '𝐀bc', 'a`b', 'al-Qaeda', 'ISIS-K', 'Zarb e Azb', 'Ab', 'Ab Cd', 'ﷲ', 'Ａｂｃｄ Ｅｆｇｈ', 'São Paulo Accord', 'Köln Dialogue', 'x\ud800y', 'ab\u0301cd', 'Mohsin  Naqvi'];
const pieces = [...tricky, ...tricky.map((t) => t.replace(/ /g, '')), ...tricky.map((t) => t.toUpperCase()), ...tricky.map((t) => t.toLowerCase()), 'KhyberPakhtunkhwa', 'theUS', 'Pakistanfrom', 'the', 'and', 'Pakistan', 'United States'];
const textOf = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 }), fc.constantFrom(' ', '-', '', '\n')), { maxLength: 40 }).map((a) => a.join(''));
const aliasOf = fc.oneof(fc.constantFrom(...pieces), fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 3 }).map((a) => a.join(' ')));
const dictionaryOf = fc
  .array(fc.record({ alias: aliasOf, id: fc.constantFrom('a', 'b', 'c', 'd', 'pakistan'), kind: fc.constantFrom('actors' as const, 'agreements' as const, 'events' as const) }), { maxLength: 30 })
  .map((d) => [...d, ...fixtureAliases]);

/** The scan with the automaton of every alias (scannerFor): what every other path must find. */
function reference(text: string, aliases: AliasEntry[]) {
  const list = aliases.slice();
  scannerFor(list);
  return scanText(text, list);
}

describe('compileAliases', () => {
  it('finds exactly what the automaton of every alias finds (random dictionaries and texts)', () => {
    fc.assert(
      fc.property(dictionaryOf, textOf, (aliases, text) => {
        expect(scanText(text, received(aliases))).toEqual(reference(text, aliases));
      }),
      { numRuns: 400 },
    );
  });

  it('finds short names and terms whether or not the text is short enough for its set of short windows', () => {
    const tail = ' The TTP, the US, USA and U.S., the IMF, KP, CSF, JuA and LeT; oil, چین and بم. tTP Us imf.';
    for (const filler of ['', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(400)]) {
      const text = filler + tail;
      expect(text.length > SHORT_TEXT).toBe(filler.length > 0);
      expect(scanText(text, received(fixtureAliases))).toEqual(reference(text, fixtureAliases));
    }
  });

  it('finds what the automaton of every alias finds on texts of every size (each size of the text\'s window set)', () => {
    const many: AliasEntry[] = [...fixtureAliases];
    for (let i = 0; i < 4000; i++) many.push({ alias: `Zorblax${i.toString(36)} Quentara`, id: `z${i}`, kind: 'actors' });
    const small = received(fixtureAliases);
    const large = received(many);
    let seed = 3;
    const pick = () => pieces[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % pieces.length];
    for (const units of [300, 3000, 9000, 30000, 70000, 140000]) {
      let text = '';
      while (text.length < units) text += pick() + (seed % 3 ? ' ' : '. ') + 'Zorblax' + (seed % 5000).toString(36) + ' Quentara ';
      expect(scanText(text, small)).toEqual(reference(text, fixtureAliases));
      expect(scanText(text, large)).toEqual(reference(text, many));
    }
  });

  it('gives every alias with a hit as a candidate, reading the text either way', () => {
    // few keys, long text: one bitset test per key; many keys, short text: the text's windows looked up
    const many: AliasEntry[] = [];
    for (let i = 0; i < 3000; i++) many.push({ alias: `Zorblax ${i} Quentara`, id: `z${i}`, kind: 'actors' });
    fc.assert(
      fc.property(dictionaryOf, textOf, fc.boolean(), (aliases, text, big) => {
        const dict = big ? [...many, ...aliases] : aliases;
        const c = received(dict);
        const f = foldCodes(text);
        const candidates = aliasesInText(c, f.lower, f.length, textGrams(f.lower, f.cased, f.length));
        const keys = new Set(candidates.map((a) => `${a.kind}|${a.id}|${a.alias}`));
        for (const hit of reference(text, dict).entities) expect(keys.has(`${hit.value.kind}|${hit.value.id}|${hit.value.alias}`)).toBe(true);
        // in dictionary order, each entry at most once: a subsequence of the dictionary
        let i = 0;
        for (const a of candidates) {
          while (i < dict.length && !(dict[i].alias === a.alias && dict[i].id === a.id && dict[i].kind === a.kind)) i++;
          expect(i).toBeLessThan(dict.length);
          i++;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads only the aliases a text may name, whatever the dictionary size', () => {
    const many: AliasEntry[] = [];
    for (let i = 0; i < 50_000; i++) many.push({ alias: `Zorblax${i.toString(36)} Quentara`, id: `z${i}`, kind: 'actors' });
    const c = received([...fixtureAliases, ...many]);
    const text = 'The United States and Pakistan discussed the TTP in Islamabad on Tuesday.';
    const f = foldCodes(text);
    const candidates = aliasesInText(c, f.lower, f.length, textGrams(f.lower, f.cased, f.length));
    // a made-up name is read only when its rarest window is in the text ("Zorblaxttp Quentara": "ttp ")
    expect(candidates.filter((a) => a.id.startsWith('z')).length).toBeLessThan(20);
    expect(candidates.length).toBeLessThan(fixtureAliases.length);
    expect(scanText(text, c).entities.map((e) => e.value.id)).toEqual(['united-states', 'pakistan', 'ttp']);
    // acronyms are read only when the text has them with their case
    expect(candidates.filter((a) => a.alias.length <= 3).map((a) => a.alias)).toEqual(['TTP']);
  });

  it('is plain JSON data, the same on every build', () => {
    const c = compileAliases([...fixtureAliases, { alias: 'x\ud800y lone', id: 'lone', kind: 'actors' }]);
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
    expect(structuredClone(c)).toEqual(c);
    expect(compileAliases(fixtureAliases.slice())).toEqual(compileAliases(fixtureAliases));
    expect(isCompiledAliases(c)).toBe(true);
    // packed values travel unescaped: a JSON text barely longer than its strings
    expect(JSON.stringify(compileAliases(fixtureAliases))).not.toMatch(/\\u/);
  });

  it('leaves out junk entries and refuses junk dictionaries without throwing', () => {
    const c = compileAliases([null, { alias: 5 }, { alias: 'TTP', id: 7, kind: 'actors' }, { alias: 'CIA', id: 'cia', kind: 'actors' }] as never);
    expect(c.count).toBe(1);
    expect(scanText('the CIA and the TTP', c).entities.map((e) => e.value.id)).toEqual(['cia']);
    const good = compileAliases(fixtureAliases);
    for (const junk of [null, 5, {}, { ...good, format: 'other' }, { ...good, slots: good.slots.slice(2) }, { ...good, count: good.count + 1 }, { ...good, slotBits: 40 }]) {
      expect(isCompiledAliases(junk)).toBe(false);
      expect(scanText('the CIA and the TTP', junk as never).entities).toEqual([]);
    }
    // well-formed lengths, nonsense values: no throw, no endless probe
    const scrambled = { ...good, slots: String.fromCharCode(0x7fff).repeat(good.slots.length), members: String.fromCharCode(0x7fff).repeat(good.members.length) };
    expect(() => scanText('the CIA and the TTP '.repeat(200), scrambled)).not.toThrow();
  });
});
