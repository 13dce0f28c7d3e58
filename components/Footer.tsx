import type { DatasetMeta } from '../utils/core/schema';
import { formatDate } from './format';

/** The dataset's version, release date and what changed, with a way to the options page. */
export interface FooterProps {
  dataset: DatasetMeta;
  onOpenOptions: () => void;
  /** When given, the options control is a link (the click still calls onOpenOptions). */
  optionsUrl?: string;
}

export function Footer({ dataset, onOpenOptions, optionsUrl }: FooterProps) {
  const c = dataset.changes;
  return (
    <footer class="bs-footer">
      <p>
        Dataset <span data-testid="dataset-version">{dataset.version}</span>, released <time dateTime={dataset.released}>{formatDate(dataset.released)}</time>.
      </p>
      {c ? (
        <p>
          What changed in this release: {c.added.length} added, {c.changed.length} changed, {c.removed.length} removed.
        </p>
      ) : null}
      <p>
        {optionsUrl ? (
          <a
            href={optionsUrl}
            target="_blank"
            rel="noopener noreferrer"
            onClick={(e) => {
              e.preventDefault();
              onOpenOptions();
            }}
          >
            Options
          </a>
        ) : (
          <button type="button" class="bs-button bs-button--link" onClick={() => onOpenOptions()}>
            Options
          </button>
        )}
      </p>
    </footer>
  );
}

