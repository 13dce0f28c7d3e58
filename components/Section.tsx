import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** A collapsible sidebar section: a <section> labelled by its h2, whose button shows or hides the body. */
export interface SectionProps {
  /** Unique within the sidebar; used to build element ids. */
  id: string;
  title: string;
  children: ComponentChildren;
  defaultOpen?: boolean;
}

export function Section({ id, title, children, defaultOpen = true }: SectionProps) {
  const [open, setOpen] = useState(defaultOpen);
  const headingId = `bs-${id}-heading`;
  const bodyId = `bs-${id}-body`;
  return (
    <section class="bs-section" id={`bs-${id}`} aria-labelledby={headingId}>
      <h2 class="bs-section__heading" id={headingId}>
        <button
          type="button"
          class="bs-section__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((o) => !o)}
        >
          <svg class="bs-section__chevron" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
            <path d="M5 3l5 5-5 5" fill="none" stroke="currentColor" stroke-width="2" />
          </svg>
          {title}
        </button>
      </h2>
      <div class="bs-section__body" id={bodyId} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
