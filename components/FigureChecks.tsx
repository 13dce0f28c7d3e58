import type { FigureCheck } from '../utils/core/analysis';
import type { Source } from '../utils/core/schema';
import { FigureCheckCard } from './FigureCheckCard';

/** The list of figure checks, in the order the background gives them. */
export interface FigureChecksProps {
  checks: readonly FigureCheck[];
  sources: Readonly<Record<string, Source>>;
}

export function FigureChecks({ checks, sources }: FigureChecksProps) {
  if (checks.length === 0) return null;
  return (
    <>
      <p class="bs-note">Each figure is compared with the dataset's sources; the notes say what those sources support and no more.</p>
      <ul class="bs-list bs-checks">
        {checks.map((c, i) => (
          <li key={`${c.figure.offset}-${i}`}>
            <FigureCheckCard check={c} sources={sources} />
          </li>
        ))}
      </ul>
    </>
  );
}
