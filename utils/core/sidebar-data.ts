/**
 * Everything the sidebar renders, assembled by the background from the
 * page's Analysis, the dataset and the reader's history. Plain data.
 */
import type { Analysis, FigureCheck, NamedKind } from './analysis';
import type { Actor, Agreement, DatasetMeta, Event, Series, Source } from './schema';

/** A point on the timeline: an agreement step or an event, before the article's date. */
export interface TimelineItem {
  date: string;
  id: string;
  kind: 'agreements' | 'events';
  label: string;
  /** For agreements: the step (signed, renewed, suspended...). */
  step?: string;
  /** True when the article names this record. */
  named: boolean;
  /** True when the record is marked unverified in the dataset (its date may be a placeholder). */
  unverified?: boolean;
  /** Agreements whose step on the same date is this event (one line for both): the item counts as named when they are. */
  also?: string[];
}

/** An earlier article from the reader's local history. */
export interface HistoryEntry {
  id?: number;
  url: string;
  headline: string;
  site?: string;
  /** When the reader saw it (ISO timestamp). */
  seenAt: string;
  published?: string;
  /** Dataset ids the article named. */
  entityIds: string[];
}

export interface RelatedReading {
  entry: HistoryEntry;
  /** Ids shared with the current article, most specific first. */
  shared: string[];
  /** Names of the shared records, for display. */
  sharedNames: string[];
}

export interface SidebarData {
  analysis: Analysis;
  /** The records the article names, in order of prominence. */
  named: Array<
    | { kind: 'agreements'; record: Agreement }
    | { kind: 'actors'; record: Actor }
    | { kind: 'events'; record: Event }
  >;
  timeline: TimelineItem[];
  figureChecks: FigureCheck[];
  /** Series the article's figures or named records touch. */
  series: Series[];
  /** Every source any of the above cites, by id. */
  sources: Record<string, Source>;
  related: RelatedReading[];
  dataset: DatasetMeta;
  settings: { highlights: boolean };
}

export type { NamedKind };
