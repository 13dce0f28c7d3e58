/**
 * The dataset's single source of truth: TypeScript types, the validator,
 * the JSON Schema maintainers' editors use (scripts/dataset-schema.ts) and
 * the IndexedDB layout (utils/db/dataset-db.ts derives its stores from
 * RECORD_KINDS). Plain TypeScript: no browser API.
 */
import { z } from 'zod';

// No code generation: extension pages forbid eval under their CSP.
z.config({ jitless: true });

export const SCHEMA_VERSION = 1;

const DATE_RE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** A record id: kebab-case ASCII. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (i) => `expected a kebab-case id, got ${show(i.input)}` });

/** A calendar date, as precise as the sources allow: YYYY-MM-DD, YYYY-MM or YYYY. */
export const DateString = z
  .string({ error: (i) => `expected YYYY-MM-DD, got ${show(i.input)}` })
  .regex(DATE_RE, { error: (i) => `expected YYYY-MM-DD, got ${show(i.input)}` });

const Text = (max: number) =>
  z
    .string({ error: (i) => `expected text, got ${show(i.input)}` })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });

const HttpsUrl = z
  .string({ error: (i) => `expected an https URL, got ${show(i.input)}` })
  .max(2000, { error: 'must be at most 2000 characters' })
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'https:' && !!u.hostname;
    } catch {
      return false;
    }
  }, { error: (i) => `expected an https URL, got ${show(i.input)}` });

const SourceIds = z.array(Id).min(1, { error: 'needs at least one source' });
const Verified = z.boolean().optional();
const Note = Text(2000).optional();

export const Source = z.strictObject({
  id: Id,
  publisher: Text(200),
  title: Text(400),
  url: HttpsUrl,
  published: DateString,
  accessed: DateString,
  kind: z.enum(['primary', 'secondary', 'tracker']),
  note: Note,
});

export const AGREEMENT_TYPES = ['treaty', 'memorandum', 'legislation', 'sanctions', 'waiver', 'designation', 'dialogue', 'programme', 'arms-sale', 'status'] as const;
export const DATE_EVENTS = ['signed', 'in-force', 'expired', 'lapsed', 'suspended', 'resumed', 'renewed', 'waived', 'designated', 'amended', 'terminated', 'held', 'announced'] as const;

export const DatedStep = z.strictObject({
  event: z.enum(DATE_EVENTS),
  date: DateString,
  sources: SourceIds,
  note: Note,
});

export const Agreement = z.strictObject({
  id: Id,
  name: Text(300),
  aliases: z.array(Text(200)).default([]),
  type: z.enum(AGREEMENT_TYPES),
  parties: z.array(Id).default([]),
  dates: z.array(DatedStep).min(1, { error: 'needs at least one dated step' }),
  status: z.enum(['active', 'expired', 'lapsed', 'suspended', 'terminated', 'superseded', 'unknown']),
  summary: Text(1200),
  related: z.array(Id).default([]),
  sources: SourceIds,
  verified: Verified,
  note: Note,
});

export const Event = z.strictObject({
  id: Id,
  name: Text(300),
  aliases: z.array(Text(200)).default([]),
  type: z.enum(['meeting', 'dialogue', 'call', 'visit', 'designation', 'attack', 'operation', 'statement', 'suspension', 'other']),
  date: DateString,
  place: Text(200).optional(),
  participants: z.array(Id).default([]),
  related: z.array(Id).default([]),
  summary: Text(1200),
  sources: SourceIds,
  verified: Verified,
  note: Note,
});

export const Role = z.strictObject({
  title: Text(300),
  organisation: Id.optional(),
  from: DateString.optional(),
  to: DateString.optional(),
  sources: SourceIds,
});

export const Actor = z.strictObject({
  id: Id,
  name: Text(300),
  aliases: z.array(Text(200)).default([]),
  type: z.enum(['state', 'organisation', 'agency', 'militant-group', 'office', 'programme', 'person']),
  country: z.string().regex(/^(?:[A-Z]{2}|INTL)$/, { error: (i) => `expected a two-letter country code or INTL, got ${show(i.input)}` }),
  roles: z.array(Role).default([]),
  summary: Text(1200),
  sources: SourceIds,
  verified: Verified,
  note: Note,
});

/** Units of figures; 'year' and 'day' are for dates and gaps that circulate as claims ("since 1954", "days before"). */
export const UNITS = ['usd', 'pkr', 'count', 'percent', 'rank', 'score', 'km', 'year', 'day'] as const;

/** A period label: FY2010, 2025, 2025-edition, 2002/2023 (a span). */
export const Period = z
  .string()
  .regex(/^(?:FY\d{4}|\d{4}|\d{4}-edition|\d{4}\/\d{4})$/, { error: (i) => `expected a period like FY2010, 2025, 2025-edition or 2002/2023, got ${show(i.input)}` });

export const SeriesValue = z.strictObject({
  period: Period,
  value: z.number({ error: (i) => `expected a number, got ${show(i.input)}` }).finite(),
  sources: SourceIds,
  estimate: z.boolean().optional(),
  note: Note,
});

export const Series = z.strictObject({
  id: Id,
  name: Text(300),
  metric: Id,
  unit: z.enum(UNITS),
  granularity: z.enum(['fiscal-year', 'calendar-year', 'edition', 'span']),
  tracker: Id.optional(),
  definition: Text(1500),
  values: z.array(SeriesValue).min(1, { error: 'needs at least one value' }),
  related: z.array(Id).default([]),
  sources: SourceIds,
  verified: Verified,
  note: Note,
});

export const VERDICTS = ['confirmed', 'disputed', 'false', 'unverifiable'] as const;

export const Claim = z.strictObject({
  id: Id,
  statement: Text(600),
  figure: z.strictObject({
    value: z.number().finite(),
    unit: z.enum(UNITS),
    kind: z.enum(['total', 'count', 'change-percent', 'share-percent']).default('total'),
    metric: Id.optional(),
    period: z
      .strictObject({ from: DateString.optional(), to: DateString.optional() })
      .optional(),
  }),
  keywords: z.array(Text(100)).min(1, { error: 'needs at least one keyword' }),
  verdict: z.enum(VERDICTS),
  explanation: Text(2000),
  reference: z
    .strictObject({ series: Id, periods: z.array(Period).default([]) })
    .optional(),
  related: z.array(Id).default([]),
  seenIn: z.array(Text(200)).default([]),
  sources: SourceIds,
  note: Note,
});

/** Record kinds: the folder under dataset/, the key in the bundle, the IndexedDB store. */
export const RECORD_KINDS = {
  sources: Source,
  agreements: Agreement,
  events: Event,
  actors: Actor,
  series: Series,
  claims: Claim,
} as const;
export type RecordKind = keyof typeof RECORD_KINDS;
export const KIND_NAMES = Object.keys(RECORD_KINDS) as RecordKind[];

/** A record in a release's list of changes: kind/id as the build writes it ("events/salala-incident-2011"), or the bare id. */
export const RecordRef = z
  .string()
  .regex(new RegExp(`^(?:(?:${KIND_NAMES.join('|')})/)?[a-z0-9]+(?:-[a-z0-9]+)*$`), {
    error: (i) => `expected a record as kind/id (events/salala-incident-2011) or its id, got ${show(i.input)}`,
  });

export const Semver = z.string().regex(/^\d+\.\d+\.\d+$/, { error: (i) => `expected a version like 1.0.0, got ${show(i.input)}` });

export const DatasetMeta = z.strictObject({
  version: Semver,
  released: DateString,
  schemaVersion: z.literal(SCHEMA_VERSION, { error: (i) => `expected schema version ${SCHEMA_VERSION}, got ${show(i.input)}` }),
  counts: z.record(z.enum(KIND_NAMES as [RecordKind, ...RecordKind[]]), z.number().int().nonnegative()),
  hash: z.string().regex(/^sha256-[0-9a-f]{64}$/, { error: 'expected sha256-<64 hex digits>' }),
  changes: z
    .strictObject({ added: z.array(RecordRef), changed: z.array(RecordRef), removed: z.array(RecordRef) })
    .optional(),
});

export const Dataset = z.strictObject({
  meta: DatasetMeta,
  sources: z.array(Source),
  agreements: z.array(Agreement),
  events: z.array(Event),
  actors: z.array(Actor),
  series: z.array(Series),
  claims: z.array(Claim),
});

export type Source = z.infer<typeof Source>;
export type Agreement = z.infer<typeof Agreement>;
export type Event = z.infer<typeof Event>;
export type Actor = z.infer<typeof Actor>;
export type Series = z.infer<typeof Series>;
export type SeriesValue = z.infer<typeof SeriesValue>;
export type Claim = z.infer<typeof Claim>;
export type DatasetMeta = z.infer<typeof DatasetMeta>;
export type Dataset = z.infer<typeof Dataset>;
export type AnyRecord = Source | Agreement | Event | Actor | Series | Claim;
/** Records that readers meet in articles: they have names and aliases. */
export type NamedRecord = Agreement | Event | Actor;

function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? v.slice(0, 57) + '...' : v);
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : String(v);
}

/** One validation problem, with the dotted path of the bad field. */
export interface SchemaIssue {
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += (out ? '.' : '') + String(p);
  }
  return out || '(root)';
}

/** Validates one record of a kind; returns the parsed record or its issues. */
export function validateRecord<K extends RecordKind>(
  kind: K,
  input: unknown,
): { ok: true; value: z.infer<(typeof RECORD_KINDS)[K]> } | { ok: false; issues: SchemaIssue[] } {
  const r = RECORD_KINDS[kind].safeParse(input, { reportInput: true });
  if (r.success) return { ok: true, value: r.data as z.infer<(typeof RECORD_KINDS)[K]> };
  return { ok: false, issues: toIssues(r.error.issues) };
}

/** Turns zod issues into path-precise messages; unknown keys get their own path. */
export function toIssues(issues: readonly z.core.$ZodIssue[]): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  for (const i of issues) {
    if (i.code === 'unrecognized_keys') {
      for (const k of i.keys) out.push({ path: formatPath([...i.path, k]), message: 'unknown field' });
    } else if (i.code === 'invalid_value' && 'values' in i && i.message.startsWith('Invalid')) {
      out.push({ path: formatPath(i.path), message: `expected one of ${i.values.map((v) => JSON.stringify(v)).join(', ')}, got ${show(i.input)}` });
    } else {
      out.push({ path: formatPath(i.path), message: i.message });
    }
  }
  return out;
}
