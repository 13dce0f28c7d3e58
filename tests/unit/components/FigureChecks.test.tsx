// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { FigureChecks } from '../../../components/FigureChecks';
import type { FigureCheck } from '../../../utils/core/analysis';
import { axeViolations, HOSTILE, sampleData } from './helpers';

afterEach(cleanup);

function checkFor(text: string): HTMLElement {
  const q = screen.getAllByRole('article').find((a) => a.querySelector('q')?.textContent === text);
  if (!q) throw new Error(`no check for ${text}`);
  return q;
}

test('every status renders its words, not colour alone', () => {
  const d = sampleData();
  render(<FigureChecks checks={d.figureChecks} sources={d.sources} />);
  const badge = (t: string) => checkFor(t).querySelector('.bs-badge')?.textContent;
  expect(badge('699 terrorist incidents')).toBe('✓Status: matches');
  expect(badge('34 percent surge in terrorist attacks')).toBe('≠Status: differs by 15% (lower)');
  expect(badge('over 700 al-Qaida operatives')).toContain('disputed');
  expect(badge('3,413 total deaths')).toContain('known false claim');
  expect(badge('$14.6 billion')).toContain('unverifiable');
  expect(badge('15-20 percent drop')).toContain('no reference');
  // the glyph is decorative
  expect(checkFor('699 terrorist incidents').querySelector('.bs-badge__icon')?.getAttribute('aria-hidden')).toBe('true');
});

test('references show series name, period, formatted value and source links', () => {
  const d = sampleData();
  render(<FigureChecks checks={d.figureChecks} sources={d.sources} />);
  const aid = checkFor('$8 billion');
  const ref = within(aid).getByRole('list', { name: 'Reference values' });
  expect(ref.textContent).toContain('US security-related aid to Pakistan, excluding reimbursements (sample), 2002–2023: $8.5bn');
  const link = within(ref).getByRole('link');
  expect(link.getAttribute('href')).toBe('https://example.org/sample/sample-aid-tables');
  expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  const fmf = checkFor('$1.5 billion');
  expect(fmf.textContent).toContain('Foreign Military Financing to Pakistan (sample), 2005–2009: $1.5bn');
  const counts = checkFor('699 terrorist incidents');
  expect(counts.textContent).toContain('Terrorist attacks in Pakistan, Sample tracker A, 2025: 699');
  expect(counts.textContent).toContain('Terrorist attacks in Pakistan, Sample tracker B, 2025: 580');
});

test('the explanation is shown as given, and a claim with its verdict', () => {
  const d = sampleData();
  render(<FigureChecks checks={d.figureChecks} sources={d.sources} />);
  const aq = checkFor('over 700 al-Qaida operatives');
  expect(aq.querySelector('.bs-check__explanation')?.textContent).toBe(d.figureChecks[6].explanation);
  expect(aq.textContent).toContain('Repeats a circulating claim: Pakistan captured over 700 al-Qaida operatives after 2001. (verdict: disputed)');
  // explanation equal to the claim's is not repeated
  expect(aq.textContent!.split(d.figureChecks[6].explanation).length - 1).toBe(1);
});

test('the figure\'s context and period in words', () => {
  const d = sampleData();
  render(<FigureChecks checks={d.figureChecks} sources={d.sources} />);
  expect(checkFor('699 terrorist incidents').querySelector('.bs-check__context')?.textContent?.trim()).toBe('terrorist incidents, 2025');
  expect(checkFor('$8 billion').querySelector('.bs-check__context')?.textContent?.trim()).toBe('US security aid to Pakistan, 2002–2023');
  expect(checkFor('over 700 al-Qaida operatives').querySelector('.bs-check__context')?.textContent?.trim()).toBe('al-Qaida operatives captured, from 2001');
});

test('reference values are formatted in their own series\' unit, whatever the article\'s figure', () => {
  const d = sampleData();
  render(<FigureChecks checks={d.figureChecks} sources={d.sources} />);
  const text = checkFor('34 percent surge in terrorist attacks').textContent ?? '';
  expect(text).toContain('Sample tracker A, 2025: 39.8');
  expect(text).not.toContain('2025: 39.8%');
});

test('article figure text and dataset text are rendered as text', () => {
  const d = sampleData();
  const c: FigureCheck = { ...d.figureChecks[0], figure: { ...d.figureChecks[0].figure, text: HOSTILE[1], context: HOSTILE[0] }, explanation: HOSTILE[0] };
  const { container } = render(<FigureChecks checks={[c]} sources={d.sources} />);
  expect(container.querySelector('img, script')).toBeNull();
  expect(container.querySelector('q')?.textContent).toBe(HOSTILE[1]);
  expect(container.querySelector('q')?.getAttribute('dir')).toBe('auto');
});

test('renders nothing for no checks; no axe violations for all', async () => {
  const d = sampleData();
  const empty = render(<FigureChecks checks={[]} sources={d.sources} />);
  expect(empty.container.innerHTML).toBe('');
  cleanup();
  const { container } = render(<FigureChecks checks={d.figureChecks} sources={d.sources} />);
  expect(await axeViolations(container)).toEqual([]);
});

test('an Urdu figure keeps its words, reads as an amount, and its context stays in its own direction', () => {
  const d = sampleData();
  const urdu: FigureCheck = {
    figure: { text: '45 کروڑ ڈالر', value: 450e6, unit: 'usd', kind: 'total', context: 'معاہدے کی منظوری', offset: 0, period: { from: '2022', to: '2022' } },
    status: 'no-reference',
    references: [],
    explanation: 'The dataset has no reference for this figure.',
  };
  render(<FigureChecks checks={[urdu]} sources={d.sources} />);
  const card = checkFor('45 کروڑ ڈالر');
  expect(card.querySelector('.bs-check__reading')?.textContent).toBe(' ($450m)');
  expect(card.querySelector('.bs-check__context bdi')?.textContent).toBe('معاہدے کی منظوری');
  expect(card.querySelector('.bs-check__context')?.textContent?.trim()).toBe('معاہدے کی منظوری, 2022');
  // an English figure needs no reading
  cleanup();
  render(<FigureChecks checks={d.figureChecks} sources={d.sources} />);
  expect(checkFor('$8 billion').querySelector('.bs-check__reading')).toBeNull();
});
