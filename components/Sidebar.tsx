import type { SidebarData } from '../utils/core/sidebar-data';
import { Charts } from './Charts';
import { FigureChecks } from './FigureChecks';
import { Footer } from './Footer';
import { InThisArticle } from './InThisArticle';
import { RelatedReadings } from './RelatedReadings';
import { Section } from './Section';
import { Timeline } from './Timeline';
import { WhyThisAppeared } from './WhyThisAppeared';
import './sidebar.css';

/** The sidebar's root: a labelled landmark with a header and one collapsible section per part of the backstory. */
export interface SidebarProps {
  data: SidebarData;
  onClose: () => void;
  onNotAboutTopic: () => void;
  onDisableSite: () => void;
  onOpenOptions: () => void;
  /** The options page's URL; when given the footer shows a link, else a button. */
  optionsUrl?: string;
}

export function Sidebar({ data, onClose, onNotAboutTopic, onDisableSite, onOpenOptions, optionsUrl }: SidebarProps) {
  const { article, topic } = data.analysis;
  const hasCharts = data.series.some((s) => s.values.length > 0);
  return (
    <aside class="bs-sidebar" aria-label="Backstory" lang="en" dir="ltr">
      <header class="bs-header">
        <div class="bs-header__bar">
          <h1 class="bs-header__title" tabIndex={-1}>
            Backstory
          </h1>
          <button type="button" class="bs-close" aria-label="Close Backstory" onClick={() => onClose()}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" stroke-width="2" fill="none" />
            </svg>
          </button>
        </div>
        {article.headline ? (
          <p class="bs-header__article">
            <span class="bs-muted">For: </span>
            <span dir="auto" lang={article.lang || undefined} data-testid="headline">
              {article.headline}
            </span>
            {article.siteName ? <span class="bs-muted"> · {article.siteName}</span> : null}
          </p>
        ) : null}
      </header>

      <Section id="why" title="Why this appeared">
        <WhyThisAppeared topic={topic} onNotAboutTopic={onNotAboutTopic} onDisableSite={onDisableSite} />
      </Section>
      {data.named.length > 0 ? (
        <Section id="named" title="In this article">
          <InThisArticle named={data.named} sources={data.sources} />
        </Section>
      ) : null}
      {data.timeline.length > 0 ? (
        <Section id="timeline" title="Timeline">
          <Timeline items={data.timeline} />
        </Section>
      ) : null}
      {data.figureChecks.length > 0 ? (
        <Section id="figures" title="Figures check">
          <FigureChecks checks={data.figureChecks} sources={data.sources} />
        </Section>
      ) : null}
      {hasCharts ? (
        <Section id="charts" title="Charts">
          <Charts series={data.series} sources={data.sources} />
        </Section>
      ) : null}
      {data.related.length > 0 ? (
        <Section id="related" title="You read before">
          <RelatedReadings related={data.related} />
        </Section>
      ) : null}

      <Footer dataset={data.dataset} onOpenOptions={onOpenOptions} optionsUrl={optionsUrl} />
    </aside>
  );
}
