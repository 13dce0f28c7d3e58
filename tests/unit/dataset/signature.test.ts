import { describe, expect, it } from 'vitest';
import { generateSigningKey, signManifest, verifyUpdate } from '../../../utils/core/dataset-signature';
import { compareVersions, datasetHash } from '../../../utils/core/dataset-hash';
import { diffDatasets } from '../../../utils/core/diff-datasets';
import { miniDataset } from '../../fixtures/dataset/mini-dataset';

describe('signed dataset releases', () => {
  it('accepts a file that matches its signed manifest, and refuses tampering', async () => {
    const { privateJwk, publicJwk } = await generateSigningKey();
    const text = JSON.stringify(miniDataset('1.1.0'));
    const manifest = await signManifest(text, { version: '1.1.0', released: '2026-11-21' }, privateJwk);
    expect(await verifyUpdate(text, manifest, publicJwk)).toEqual({ ok: true });
    expect(await verifyUpdate(text + ' ', manifest, publicJwk)).toMatchObject({ ok: false, error: expect.stringContaining('does not match the manifest') });
    expect(await verifyUpdate(text, { ...manifest, version: '9.0.0' }, publicJwk)).toEqual({ ok: false, error: 'the signature does not match the Backstory release key' });
    const other = await generateSigningKey();
    expect(await verifyUpdate(text, manifest, other.publicJwk)).toEqual({ ok: false, error: 'the signature does not match the Backstory release key' });
    expect(await verifyUpdate(text, { ...manifest, signature: undefined }, publicJwk)).toEqual({ ok: false, error: 'the manifest is not signed' });
  });
});

describe('dataset hash, versions and diff', () => {
  it('hashes records independently of order and key order', async () => {
    const a = miniDataset();
    const b = miniDataset();
    b.actors.reverse();
    expect(await datasetHash(a)).toBe(await datasetHash(b));
    b.actors[0].summary = 'changed';
    expect(await datasetHash(a)).not.toBe(await datasetHash(b));
  });
  it.each([['1.0.0', '1.0.1', -1], ['1.10.0', '1.9.9', 1], ['2.0.0', '2.0.0', 0]])('compareVersions(%s, %s)', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });
  it('lists added, changed and removed records', () => {
    const a = miniDataset();
    const b = miniDataset();
    b.actors = b.actors.filter((x) => x.id !== 'ttp');
    b.events[0].summary = 'New summary.';
    b.sources.push({ ...b.sources[0], id: 'new-source' });
    expect(diffDatasets(a, b)).toEqual({ added: ['sources/new-source'], changed: ['events/ct-dialogue-2025'], removed: ['actors/ttp'] });
  });
});
