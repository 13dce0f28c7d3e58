// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Sidebar } from '../../../components/Sidebar';
import { axeViolations, emptyData, noop, sampleData } from './helpers';

afterEach(cleanup);

const SECTIONS = ['Why this appeared', 'In this article', 'Timeline', 'Figures check', 'Charts', 'You read before'];

function sectionTitles(): string[] {
  return screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent ?? '');
}

describe('Sidebar', () => {
  test('is a labelled landmark with a header, a close button and every section', () => {
    render(<Sidebar data={sampleData()} {...noop} />);
    const aside = screen.getByRole('complementary', { name: 'Backstory' });
    expect(aside.tagName).toBe('ASIDE');
    expect(within(aside).getByRole('heading', { level: 1 }).textContent).toBe('Backstory');
    expect(screen.getByRole('button', { name: 'Close Backstory' })).toBeTruthy();
    expect(sectionTitles()).toEqual(SECTIONS);
    for (const title of SECTIONS) {
      const region = screen.getByRole('region', { name: title });
      expect(region.tagName).toBe('SECTION');
      const h2 = region.querySelector('h2')!;
      expect(region.getAttribute('aria-labelledby')).toBe(h2.id);
    }
  });

  test('hides every empty section but keeps the reader controls and the footer', () => {
    render(<Sidebar data={emptyData()} {...noop} />);
    expect(sectionTitles()).toEqual(['Why this appeared']);
    expect(screen.getByRole('button', { name: 'Not about this topic' })).toBeTruthy();
    expect(document.querySelector('footer')?.textContent).toContain('Dataset 0.0.1, released 15 Jan 2026.');
  });

  test('hides the charts section when every series is empty', () => {
    const d = sampleData();
    d.series = d.series.map((s) => ({ ...s, values: [] }));
    render(<Sidebar data={d} {...noop} />);
    expect(sectionTitles()).not.toContain('Charts');
  });

  test('buttons call their callbacks', () => {
    const cb = { onClose: vi.fn(), onNotAboutTopic: vi.fn(), onDisableSite: vi.fn(), onOpenOptions: vi.fn() };
    render(<Sidebar data={sampleData()} {...cb} optionsUrl="chrome-extension://abc/options.html" />);
    fireEvent.click(screen.getByRole('button', { name: 'Close Backstory' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not about this topic' }));
    fireEvent.click(screen.getByRole('button', { name: 'Turn off on this site' }));
    const options = screen.getByRole('link', { name: 'Options' });
    expect(options.getAttribute('href')).toBe('chrome-extension://abc/options.html');
    fireEvent.click(options);
    expect(cb.onClose).toHaveBeenCalledTimes(1);
    expect(cb.onNotAboutTopic).toHaveBeenCalledTimes(1);
    expect(cb.onDisableSite).toHaveBeenCalledTimes(1);
    expect(cb.onOpenOptions).toHaveBeenCalledTimes(1);
  });

  test('without optionsUrl the options control is a button', () => {
    const onOpenOptions = vi.fn();
    render(<Sidebar data={sampleData()} {...noop} onOpenOptions={onOpenOptions} />);
    fireEvent.click(screen.getByRole('button', { name: 'Options' }));
    expect(onOpenOptions).toHaveBeenCalledTimes(1);
  });

  test('sections collapse and expand with aria-expanded', () => {
    render(<Sidebar data={sampleData()} {...noop} />);
    const toggle = screen.getByRole('button', { name: 'Timeline' });
    const body = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(body.hidden).toBe(false);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(body.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(body.hidden).toBe(false);
  });

  test('why this appeared: reasons in words and the score', () => {
    render(<Sidebar data={sampleData()} {...noop} />);
    const why = screen.getByRole('region', { name: 'Why this appeared' });
    expect(within(why).getAllByRole('listitem')).toHaveLength(3);
    expect(why.textContent).toContain('The headline names Pakistan and the United States together.');
    expect(why.textContent).toContain('Topic score 9.4');
  });

  test('footer says what changed', () => {
    render(<Sidebar data={sampleData()} {...noop} />);
    expect(screen.getByText('What changed in this release: 3 added, 2 changed, 0 removed.')).toBeTruthy();
    const d = sampleData();
    delete d.dataset.changes;
    cleanup();
    render(<Sidebar data={d} {...noop} />);
    expect(screen.queryByText(/What changed/)).toBeNull();
  });

  test('an RTL article: the sidebar stays English LTR, the headline gets dir=auto', () => {
    const d = sampleData();
    d.analysis.article = { ...d.analysis.article, dir: 'rtl', lang: 'ur', headline: 'پاکستان اور امریکہ کا سیکیورٹی تعاون' };
    render(<Sidebar data={d} {...noop} />);
    const aside = screen.getByRole('complementary', { name: 'Backstory' });
    expect(aside.getAttribute('dir')).toBe('ltr');
    expect(aside.getAttribute('lang')).toBe('en');
    const headline = screen.getByText('پاکستان اور امریکہ کا سیکیورٹی تعاون');
    expect(headline.getAttribute('dir')).toBe('auto');
    expect(headline.getAttribute('lang')).toBe('ur');
  });

  test('has no axe-core violations with the sample data', async () => {
    const { container } = render(<Sidebar data={sampleData()} {...noop} optionsUrl="chrome-extension://abc/options.html" />);
    // open every <details> so their tables are checked too
    container.querySelectorAll('details').forEach((d) => (d.open = true));
    expect(await axeViolations(container)).toEqual([]);
  });

  test('has no axe-core violations when sections are empty or collapsed', async () => {
    const { container } = render(<Sidebar data={emptyData()} {...noop} />);
    fireEvent.click(screen.getByRole('button', { name: 'Why this appeared' }));
    expect(await axeViolations(container)).toEqual([]);
  });
});
