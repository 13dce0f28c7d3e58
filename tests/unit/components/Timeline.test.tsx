// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { Timeline } from '../../../components/Timeline';
import type { TimelineItem } from '../../../utils/core/sidebar-data';
import { axeViolations, HOSTILE, sampleData } from './helpers';

afterEach(cleanup);

test('an ordered list in date order, named items marked in words and shape', () => {
  const items = sampleData().timeline.slice().reverse();
  const { container } = render(<Timeline items={items} />);
  const list = container.querySelector('ol.bs-timeline__list')!;
  const rows = within(list as HTMLElement).getAllByRole('listitem');
  expect(rows).toHaveLength(10);
  expect(rows[0].textContent).toContain('1983');
  expect(rows[0].textContent).toContain('Anti-terrorism Assistance Programme (ATA) (announced)');
  expect(rows[3].textContent).toContain('15 Oct 2009');
  const named = rows.filter((r) => r.textContent?.includes('in this article'));
  expect(named.map((r) => r.querySelector('.bs-timeline__label')?.textContent)).toEqual([
    'Anti-terrorism Assistance Programme (ATA)',
    'Naqvi–Baker meeting on security and border management',
  ]);
  expect(rows[0].querySelector('.bs-dot--named')).not.toBeNull();
  expect(rows[1].querySelector('.bs-dot--named')).toBeNull();
  // the markers are decoration
  rows.forEach((r) => expect(r.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true'));
});

test('the SVG overview is an image with a text label, and there is a legend', () => {
  render(<Timeline items={sampleData().timeline} />);
  const img = screen.getByRole('img');
  expect(img.tagName.toLowerCase()).toBe('svg');
  expect(img.getAttribute('aria-label')).toBe(
    'Timeline overview: 10 points from 1983 to 2026, 2 named in this article. The full list follows.',
  );
  expect(img.querySelectorAll('circle.bs-dot--named')).toHaveLength(2);
  const legend = screen.getByRole('list', { name: 'Legend' });
  expect(legend.textContent).toContain('Named in this article');
  expect(legend.textContent).toContain('Background');
});

test('renders nothing when empty; labels are text', () => {
  expect(render(<Timeline items={[]} />).container.innerHTML).toBe('');
  cleanup();
  const bad: TimelineItem = { date: '2020-01-01', id: 'x', kind: 'events', label: HOSTILE[1], named: true };
  const { container } = render(<Timeline items={[bad]} />);
  expect(container.querySelector('img, script')).toBeNull();
  expect(container.textContent).toContain(HOSTILE[1]);
});

test('no axe violations', async () => {
  const { container } = render(<Timeline items={sampleData().timeline} />);
  expect(await axeViolations(container)).toEqual([]);
});

test('says when a timeline item is unverified', () => {
  const d = sampleData();
  const items = [{ ...d.timeline[0], unverified: true }];
  const { container } = render(<Timeline items={items} />);
  expect(container.textContent).toContain('(unverified)');
});
