/** Shared helpers for the sidebar component tests: the sample data and an axe check. */
import axe from 'axe-core';
import type { SidebarData } from '../../../utils/core/sidebar-data';
import fixture from '../../fixtures/sidebar-data/seed-000.json';

/** A fresh, mutable copy of the sample SidebarData for seed article 000. */
export function sampleData(): SidebarData {
  return structuredClone(fixture) as unknown as SidebarData;
}

/** Sample data with every optional section emptied. */
export function emptyData(): SidebarData {
  const d = sampleData();
  return { ...d, named: [], timeline: [], figureChecks: [], series: [], related: [] };
}

/** Runs axe-core on an element and returns the violations as "rule: target" strings (empty when clean). */
export async function axeViolations(el: Element): Promise<string[]> {
  const r = await axe.run(el, { resultTypes: ['violations'] });
  return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
}

/** No-op callbacks for the Sidebar's required props. */
export const noop = {
  onClose: () => {},
  onNotAboutTopic: () => {},
  onDisableSite: () => {},
  onOpenOptions: () => {},
};

/** The strings an attacker might plant in dataset text. */
export const HOSTILE = ['<script>window.__pwned = 1</script>', '<img src=x onerror="window.__pwned = 1">'];
