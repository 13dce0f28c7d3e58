/** A text badge for records the maintainers have not verified (`verified: false`). */
export interface UnverifiedBadgeProps {
  verified?: boolean;
}

export function UnverifiedBadge({ verified }: UnverifiedBadgeProps) {
  if (verified !== false) return null;
  return (
    <span class="bs-badge bs-badge--unverified" title="Not yet checked by the dataset's maintainers">
      unverified
    </span>
  );
}
