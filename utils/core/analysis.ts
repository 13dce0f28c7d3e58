/**
 * What the engine says about a page: the contract between the detection
 * engine (content script), the background and the sidebar. Plain data only:
 * every value here crosses extension messaging as JSON.
 */
import type { Claim, Series, SeriesValue } from './schema';

/** The kinds of dataset record an article can name. */
export type NamedKind = 'actors' | 'agreements' | 'events';

/** One alias of a dataset record, as the matcher receives it. */
export interface AliasEntry {
  /** The alias as written in the dataset ("TTP", "Tehreek-e-Taliban Pakistan", "تحریک طالبان پاکستان"). */
  alias: string;
  id: string;
  kind: NamedKind;
  /** The state the record stands for, when it is one of the two: a Pakistani official or agency ('pk'), an American one ('us'), an agreement or event of both ('pair'). */
  side?: Side;
}

/** Which of the two states a dataset record speaks for. */
export type Side = 'pk' | 'us' | 'pair';

/** What detection found out about the page as an article. */
export interface ArticleInfo {
  /** True when the page is a single article (not a front page, tag page, search or video index). */
  isArticle: boolean;
  /** Plain-words evidence for the article decision ("JSON-LD NewsArticle", "og:type article"). */
  articleSignals: string[];
  url: string;
  headline: string;
  /** Publication date, YYYY-MM-DD, when the page states one. */
  published?: string;
  siteName?: string;
  /** BCP 47 language code of the article ("en", "ur"). */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Number of words in the extracted body. */
  words: number;
}

/** A dataset record named in the article. */
export interface EntityMatch {
  id: string;
  kind: NamedKind;
  /** The aliases found, as they appear in the text. */
  aliases: string[];
  count: number;
  inHeadline: boolean;
  inLede: boolean;
  /** [start, end) offsets into the analysed text (headline + "\n\n" + body). */
  offsets: Array<[number, number]>;
}

export type FigureUnit = 'usd' | 'pkr' | 'count' | 'percent';
export type FigureKind = 'total' | 'count' | 'change-percent' | 'share-percent';

/** A figure the article quotes, as a structured claim. */
export interface ExtractedFigure {
  /** The figure as written ("$1.5 billion", "699 terrorist incidents", "34 percent"). */
  text: string;
  value: number;
  unit: FigureUnit;
  kind: FigureKind;
  /** The period the figure covers, years as YYYY or fiscal years as FYYYYY. */
  period?: { from?: string; to?: string };
  /** Words near the figure that say what is counted ("terrorist incidents", "fatalities"). */
  context: string;
  /** The words of its clause on either side of the figure (at most ten before, eight after): where a percentage's claim keywords are looked for. */
  clause?: string;
  /** The words after the figure in its clause, up to the next number (at most eight): where an amount's or count's are. */
  after?: string;
  /** Offset of `text` in the analysed text. */
  offset: number;
}

/** The topic decision with its evidence in words a reader understands. */
export interface TopicScore {
  relevant: boolean;
  score: number;
  threshold: number;
  reasons: string[];
}

/** Everything the engine produced for one page. */
export interface Analysis {
  article: ArticleInfo;
  topic: TopicScore;
  entities: EntityMatch[];
  figures: ExtractedFigure[];
  /** Milliseconds spent by the engine on this page. */
  ms: number;
}

export type FigureStatus = 'matches' | 'differs' | 'disputed' | 'false' | 'unverifiable' | 'no-reference';

/** One reference value a figure was compared with. */
export interface ReferenceValue {
  series: Pick<Series, 'id' | 'name' | 'unit' | 'tracker'>;
  period: string;
  value: SeriesValue['value'];
  sources: string[];
}

/** An article's figure beside what the dataset knows. */
export interface FigureCheck {
  figure: ExtractedFigure;
  status: FigureStatus;
  /** A circulating claim this figure repeats, with its verdict. */
  claim?: Claim;
  references: ReferenceValue[];
  /** (article − reference) / reference × 100, for 'matches' and 'differs'. */
  differencePercent?: number;
  /** One sentence: what the sources support and no more. */
  explanation: string;
}
