/** A timeline dot: filled for records the article names, hollow for background. Decorative. */
export interface TimelineMarkerProps {
  named: boolean;
}

export function TimelineMarker({ named }: TimelineMarkerProps) {
  return (
    <svg class="bs-marker" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
      <circle cx="6" cy="6" r={named ? 5 : 4} class={named ? 'bs-dot bs-dot--named' : 'bs-dot'} />
    </svg>
  );
}
