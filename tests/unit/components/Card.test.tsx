// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { Card } from '../../../components/Card';
import { InThisArticle } from '../../../components/InThisArticle';
import { SourceLinks } from '../../../components/SourceLinks';
import type { Source } from '../../../utils/core/schema';
import type { SidebarData } from '../../../utils/core/sidebar-data';
import { axeViolations, HOSTILE, sampleData } from './helpers';

afterEach(cleanup);

type Named = SidebarData['named'][number];

function find(d: SidebarData, id: string): Named {
  const n = d.named.find((x) => x.record.id === id);
  if (!n) throw new Error(`no ${id} in sample`);
  return n;
}

const src = (id: string, url: string, extra: Partial<Source> = {}): Source => ({
  id,
  publisher: 'Pub ' + id,
  title: 'Title ' + id,
  url,
  published: '2025-01-01',
  accessed: '2025-01-02',
  kind: 'secondary',
  ...extra,
});

describe('Card', () => {
  test('an event: name, type, summary, date and place, source link', () => {
    const d = sampleData();
    render(<Card item={find(d, 'naqvi-baker-meeting')} sources={d.sources} names={{}} />);
    const card = screen.getByRole('article');
    expect(within(card).getByRole('heading', { level: 3 }).textContent).toBe('Naqvi–Baker meeting on security and border management');
    expect(card.textContent).toContain('Event · meeting');
    expect(card.textContent).toContain('Jan 2026, Islamabad');
    expect(card.querySelector('time')?.getAttribute('datetime')).toBe('2026-01');
    const link = within(card).getByRole('link');
    expect(link.getAttribute('href')).toBe('https://example.org/sample/sample-naqvi-baker-report');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toContain('Sample: Pakistan and US agree');
  });

  test('an agreement: dated steps in order, status', () => {
    const cis: Named = {
      kind: 'agreements',
      record: {
        id: 'cis-moa',
        name: 'CIS-MOA',
        aliases: [],
        type: 'memorandum',
        parties: [],
        dates: [
          { event: 'renewed', date: '2023-08', sources: ['s1'] },
          { event: 'signed', date: '2005-03-12', sources: ['s1'] },
        ],
        status: 'active',
        summary: 'A defence communications agreement.',
        related: [],
        sources: ['s1'],
      },
    };
    render(<Card item={cis} sources={{ s1: src('s1', 'https://example.org/1') }} names={{}} />);
    const dates = screen.getByRole('list', { name: 'Key dates' });
    expect(within(dates).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Signed 12 Mar 2005', 'Renewed Aug 2023']);
    expect(screen.getByRole('article').textContent).toContain('Agreement · memorandum · active');
  });

  test('an actor: roles with organisation names and spans', () => {
    const d = sampleData();
    const naqvi = find(d, 'mohsin-naqvi');
    if (naqvi.kind !== 'actors') throw new Error('kind');
    naqvi.record.roles.push({ title: 'Chief Minister', organisation: 'punjab', from: '2023-01', to: '2024-02', sources: ['sample-actor-profiles'] });
    render(<Card item={naqvi} sources={d.sources} names={{ punjab: 'Government of Punjab' }} />);
    const roles = within(screen.getByRole('list', { name: 'Roles' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(roles).toEqual(['Interior Minister of Pakistan (since Mar 2024)', 'Chief Minister, Government of Punjab (Jan 2023 – Feb 2024)']);
  });

  test('verified: false shows "unverified"; true or missing shows nothing', () => {
    const d = sampleData();
    render(<Card item={find(d, 'natalie-baker')} sources={d.sources} names={{}} />);
    expect(screen.getByText('unverified')).toBeTruthy();
    cleanup();
    render(<Card item={find(d, 'fia')} sources={d.sources} names={{}} />);
    expect(screen.queryByText('unverified')).toBeNull();
  });

  test('a long summary shows its first sentence, the rest behind "More"', () => {
    const d = sampleData();
    render(<Card item={find(d, 'us-anti-terrorism-assistance')} sources={d.sources} names={{}} />);
    const card = screen.getByRole('article');
    expect(card.querySelector('.bs-card__summary')?.textContent).toBe(
      "A US State Department programme that trains and equips partner countries' law-enforcement agencies for counter-terrorism work.",
    );
    expect(card.querySelector('details summary')?.textContent).toBe('Read more about Anti-terrorism Assistance Programme (ATA)');
  });
});

describe('SourceLinks', () => {
  test('only https URLs become links; others are plain text; unknown ids are skipped', () => {
    const sources = {
      a: src('a', 'https://example.org/a'),
      b: src('b', 'http://example.org/b'),
      c: src('c', 'javascript:alert(1)'),
      d: src('d', 'data:text/html,hi'),
    };
    const { container } = render(<SourceLinks ids={['a', 'b', 'c', 'd', 'missing', 'a']} sources={sources} />);
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe('https://example.org/a');
    expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0].getAttribute('target')).toBe('_blank');
    expect(container.querySelectorAll('li')).toHaveLength(4);
    expect(container.textContent).toContain('Pub b: Title b');
    expect(container.textContent).toContain('Pub c: Title c');
    expect(container.innerHTML).not.toContain('javascript:');
  });

  test('renders nothing when no id resolves', () => {
    const { container } = render(<SourceLinks ids={['nope']} sources={{}} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('dataset text is text', () => {
  test('<script> and <img onerror> in names, summaries and sources create no elements', async () => {
    const d = sampleData();
    const fia = find(d, 'fia');
    fia.record.name = HOSTILE[0];
    fia.record.summary = HOSTILE[1];
    const sid = fia.record.sources[0];
    d.sources[sid] = { ...d.sources[sid], publisher: HOSTILE[1], title: HOSTILE[0] };
    const { container } = render(<InThisArticle named={[fia]} sources={d.sources} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(HOSTILE[0]);
    expect(container.textContent).toContain(HOSTILE[1]);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(await axeViolations(container)).toEqual([]);
  });
});
