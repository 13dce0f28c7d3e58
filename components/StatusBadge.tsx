import type { FigureStatus } from '../utils/core/analysis';
import { statusLabel } from './format';

const ICON: Record<FigureStatus, string> = {
  matches: '✓',
  differs: '≠',
  disputed: '?',
  false: '✕',
  unverifiable: '–',
  'no-reference': '–',
};

/** A figure check's status in words (with a decorative glyph), never colour alone. */
export interface StatusBadgeProps {
  status: FigureStatus;
  differencePercent?: number;
}

export function StatusBadge({ status, differencePercent }: StatusBadgeProps) {
  return (
    <span class={`bs-badge bs-badge--${status}`}>
      <span class="bs-badge__icon" aria-hidden="true">
        {ICON[status]}
      </span>
      <span class="bs-vh">Status: </span>
      {statusLabel(status, differencePercent)}
    </span>
  );
}
