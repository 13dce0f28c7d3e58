// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { groupSeries } from '../../../components/chart-scale';
import { Charts } from '../../../components/Charts';
import { SeriesChart } from '../../../components/SeriesChart';
import { axeViolations, HOSTILE, sampleData } from './helpers';

afterEach(cleanup);

test('series sharing a metric and unit share a chart', () => {
  const groups = groupSeries(sampleData().series);
  expect(groups.map((g) => g.map((s) => s.id))).toEqual([
    ['us-security-aid-pakistan'],
    ['us-fmf-pakistan'],
    ['attacks-sample-tracker-a', 'attacks-sample-tracker-b'],
    ['deaths-sample-tracker-a', 'deaths-sample-tracker-b'],
  ]);
});

test('each chart is an SVG image with a summary label, plus a table of the numbers', () => {
  const d = sampleData();
  const { container } = render(<Charts series={d.series} sources={d.sources} />);
  const imgs = screen.getAllByRole('img');
  expect(imgs).toHaveLength(4);
  expect(imgs[0].getAttribute('aria-label')).toBe(
    'Bar chart: US security-related aid to Pakistan, excluding reimbursements (sample). FY2002 to FY2023, highest $1.5bn in FY2010. The numbers are in the table below.',
  );
  const tables = container.querySelectorAll('details table');
  expect(tables).toHaveLength(4);
  const aid = tables[0] as HTMLElement;
  expect(aid.querySelector('caption')?.textContent).toBe('US security-related aid to Pakistan, excluding reimbursements (sample)');
  const fy2010 = within(aid).getByRole('row', { name: /FY2010/ });
  expect(fy2010.textContent).toBe('FY2010$1.5bn');
  expect(within(aid).getByRole('row', { name: /FY2023/ }).textContent).toBe('FY2023$30m (estimate)');
  // several trackers: one column each, a legend, and bars side by side
  const attacks = tables[2] as HTMLElement;
  const headers = within(attacks).getAllByRole('columnheader').map((h) => h.textContent);
  expect(headers).toEqual(['Period', 'Terrorist attacks in Pakistan, Sample tracker A', 'Terrorist attacks in Pakistan, Sample tracker B']);
  expect(within(attacks).getByRole('row', { name: /2025/ }).textContent).toBe('2025699580');
  expect(imgs[2].querySelectorAll('rect.bs-series-0')).toHaveLength(5);
  expect(imgs[2].querySelectorAll('rect.bs-series-1')).toHaveLength(5);
  expect(screen.getAllByRole('list', { name: 'Bars in each group, left to right' })).toHaveLength(2);
  // bars of an estimate are marked
  expect(imgs[0].querySelectorAll('rect.bs-bar--estimate')).toHaveLength(1);
});

test('money axis labels are compact', () => {
  const d = sampleData();
  const { container } = render(<SeriesChart series={[d.series[0]]} title="Aid" />);
  const ticks = [...container.querySelectorAll('text.bs-chart__tick')].map((t) => t.textContent);
  expect(ticks.slice(0, 3)).toEqual(['$0', '$1bn', '$2bn']);
  expect(ticks).toContain('FY02');
  expect(ticks).toContain('FY23');
});

test('bars fit inside the view box', () => {
  const d = sampleData();
  const { container } = render(<Charts series={d.series} sources={d.sources} />);
  for (const r of container.querySelectorAll('rect.bs-bar')) {
    const x = Number(r.getAttribute('x'));
    const w = Number(r.getAttribute('width'));
    const y = Number(r.getAttribute('y'));
    const h = Number(r.getAttribute('height'));
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x + w).toBeLessThanOrEqual(320);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y + h).toBeLessThanOrEqual(168);
  }
});

test('renders nothing without values; names are text', () => {
  const d = sampleData();
  expect(render(<Charts series={[]} sources={d.sources} />).container.innerHTML).toBe('');
  cleanup();
  const s = { ...d.series[1], name: HOSTILE[1], definition: HOSTILE[0] };
  const { container } = render(<Charts series={[s]} sources={d.sources} />);
  expect(container.querySelector('img, script')).toBeNull();
  expect(container.querySelector('figcaption')?.textContent).toBe(HOSTILE[1]);
});

test('a series with no values beside one with values does not break the chart', () => {
  const d = sampleData();
  const { container } = render(<SeriesChart series={[d.series[2], { ...d.series[3], values: [] }]} title="Attacks" />);
  expect(container.querySelectorAll('rect.bs-bar')).toHaveLength(5);
  expect(container.querySelector('svg')?.getAttribute('aria-label')).toContain('Sample tracker A: 2021 to 2025, highest 699 in 2025.');
});

test('no axe violations, tables open', async () => {
  const d = sampleData();
  const { container } = render(<Charts series={d.series} sources={d.sources} />);
  container.querySelectorAll('details').forEach((x) => (x.open = true));
  expect(await axeViolations(container)).toEqual([]);
});
