/**
 * The matcher's dictionary from a dataset: every actor, agreement and event
 * by its name and each alias (acronyms and Urdu spellings included), with
 * the state the record speaks for when it is one of the two (its `side`).
 */
import type { AliasEntry, NamedKind, Side } from './analysis';

interface NamedLike {
  id?: unknown;
  name?: unknown;
  aliases?: unknown;
  type?: unknown;
  country?: unknown;
  parties?: unknown;
  participants?: unknown;
}

/** The actors that speak for their state: its officials, offices and agencies (not companies, think tanks or militant groups). */
const SPEAKING_TYPES = new Set(['person', 'office', 'agency']);

/** The two states' own records (their names are the topic vocabulary's, counted there). */
const STATE_IDS = new Map<string, 'pk' | 'us'>([
  ['pakistan', 'pk'],
  ['united-states', 'us'],
]);

/**
 * Whether an actor speaks for its state: an official, office or agency; a
 * person with a role in a militant group does not.
 */
function speaksForState(a: NamedLike & { roles?: unknown }, militant: ReadonlySet<string>): boolean {
  if (typeof a.type !== 'string' || !SPEAKING_TYPES.has(a.type)) return false;
  if (a.type !== 'person') return true;
  if (Array.isArray(a.roles)) for (const r of a.roles as Array<{ organisation?: unknown }>) if (r && typeof r.organisation === 'string' && militant.has(r.organisation)) return false;
  return true;
}

/** 'pair' when both states are among the sides, the one side when only one is, else undefined. */
function combine(sides: Array<Side | undefined>): Side | undefined {
  let pk = false;
  let us = false;
  for (const s of sides) {
    if (s === 'pk' || s === 'pair') pk = true;
    if (s === 'us' || s === 'pair') us = true;
  }
  return pk && us ? 'pair' : pk ? 'pk' : us ? 'us' : undefined;
}

/**
 * The side of each actor, agreement and event: an official, office or
 * agency by its country (states themselves are the topic vocabulary's;
 * militant groups and their leaders, companies and think tanks stand for
 * neither state), an agreement by its parties, an event by its participants
 * (states included).
 */
function recordSides(dataset: Record<string, unknown>): Map<string, Side> {
  const out = new Map<string, Side>();
  const actorSide = new Map<string, 'pk' | 'us'>();
  const actors = Array.isArray(dataset.actors) ? (dataset.actors as NamedLike[]) : [];
  const militant = new Set<string>();
  for (const a of actors) if (a && typeof a.id === 'string' && a.type === 'militant-group') militant.add(a.id);
  for (const a of actors) {
    if (!a || typeof a.id !== 'string') continue;
    const side = STATE_IDS.get(a.id) ?? (a.country === 'PK' ? 'pk' : a.country === 'US' ? 'us' : undefined);
    if (!side) continue;
    const isState = a.type === 'state' || STATE_IDS.has(a.id);
    if (!isState && !speaksForState(a, militant)) continue;
    actorSide.set(a.id, side);
    if (!isState) out.set('actors\u0000' + a.id, side);
  }
  const sideOf = (ids: unknown) => combine(Array.isArray(ids) ? ids.map((id) => (typeof id === 'string' ? actorSide.get(id) : undefined)) : []);
  for (const [kind, field] of [['agreements', 'parties'], ['events', 'participants']] as const) {
    const records = Array.isArray(dataset[kind]) ? (dataset[kind] as NamedLike[]) : [];
    for (const r of records) {
      if (!r || typeof r.id !== 'string') continue;
      const side = sideOf(r[field]);
      if (side) out.set(kind + '\u0000' + r.id, side);
    }
  }
  return out;
}

const KINDS: NamedKind[] = ['actors', 'agreements', 'events'];

/** AliasEntry[] for a dataset-shaped object; tolerant of missing parts. */
export function aliasesFromDataset(dataset: unknown): AliasEntry[] {
  const out: AliasEntry[] = [];
  if (!dataset || typeof dataset !== 'object') return out;
  const seen = new Set<string>();
  const sides = recordSides(dataset as Record<string, unknown>);
  for (const kind of KINDS) {
    const records = (dataset as Record<string, unknown>)[kind];
    if (!Array.isArray(records)) continue;
    for (const r of records as NamedLike[]) {
      if (!r || typeof r.id !== 'string') continue;
      const names = [r.name, ...(Array.isArray(r.aliases) ? r.aliases : [])];
      for (const n of names) {
        if (typeof n !== 'string') continue;
        const alias = n.trim();
        const key = kind + '\u0000' + r.id + '\u0000' + alias;
        if (alias.length < 2 || seen.has(key)) continue;
        seen.add(key);
        const side = sides.get(kind + '\u0000' + r.id);
        out.push(side ? { alias, id: r.id, kind, side } : { alias, id: r.id, kind });
      }
    }
  }
  return out;
}
