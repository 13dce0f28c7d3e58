// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { RelatedReadings } from '../../../components/RelatedReadings';
import type { RelatedReading } from '../../../utils/core/sidebar-data';
import { axeViolations, HOSTILE, sampleData } from './helpers';

afterEach(cleanup);

const reading = (url: string, headline = 'A headline'): RelatedReading => ({
  entry: { url, headline, site: 'example.org', seenAt: '2025-08-13T12:00:00.000Z', entityIds: ['ttp'] },
  shared: ['ttp'],
  sharedNames: ['Tehreek-e-Taliban Pakistan'],
});

test('headline link, site, date seen and shared names', () => {
  render(<RelatedReadings related={sampleData().related} />);
  const links = screen.getAllByRole('link');
  expect(links).toHaveLength(2);
  expect(links[0].getAttribute('href')).toBe('https://example.org/sample/us-pakistan-counter-terrorism-dialogue');
  expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
  expect(links[0].getAttribute('target')).toBe('_blank');
  expect(links[0].getAttribute('dir')).toBe('auto');
  const first = links[0].closest('li')!;
  expect(first.textContent).toContain('Sample News · seen 13 Aug 2025');
  expect(first.textContent).toContain('Also named: Tehreek-e-Taliban Pakistan, Islamic State Khorasan Province');
});

test('http history URLs are links; other schemes are plain text', () => {
  render(
    <RelatedReadings
      related={[reading('http://example.org/a', 'Plain http'), reading('javascript:alert(1)', 'Script URL'), reading('not a url', 'Broken')]}
    />,
  );
  const links = screen.getAllByRole('link');
  expect(links).toHaveLength(1);
  expect(links[0].textContent).toContain('Plain http');
  expect(screen.getByText('Script URL').tagName).toBe('SPAN');
  expect(screen.getByText('Script URL').getAttribute('dir')).toBe('auto');
  expect(document.body.innerHTML).not.toContain('javascript:');
});

test('headlines are text; empty renders nothing; no axe violations', async () => {
  expect(render(<RelatedReadings related={[]} />).container.innerHTML).toBe('');
  cleanup();
  const { container } = render(<RelatedReadings related={[reading('https://example.org/x', HOSTILE[1]), ...sampleData().related]} />);
  expect(container.querySelector('img, script')).toBeNull();
  expect(container.textContent).toContain(HOSTILE[1]);
  expect(await axeViolations(container)).toEqual([]);
});
