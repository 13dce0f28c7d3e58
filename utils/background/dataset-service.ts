/**
 * The background's view of the dataset: imports the bundled file when it is
 * newer than the stored one (or when no import ever completed), keeps one
 * in-memory index, and carries out reader imports, exports, reverts and URL
 * updates. Every failure leaves the current dataset in place.
 */
import { browser } from 'wxt/browser';
import { validateDataset } from '../core/check-dataset';
import { compareVersions } from '../core/dataset-hash';
import { DatasetIndex } from '../core/dataset-index';
import { verifyUpdate, type UpdateManifest } from '../core/dataset-signature';
import { RELEASE_PUBLIC_KEY } from '../core/release-key';
import { SCHEMA_VERSION, type Dataset, type SchemaIssue } from '../core/schema';
import { currentMeta, importDataset, readDataset } from '../db/dataset-db';
import { getSettings, setSettings } from '../db/reader-db';
import type { DatasetStatus, Result } from '../protocol';

const today = () => new Date().toISOString().slice(0, 10);

let indexPromise: Promise<DatasetIndex> | undefined;
let bundledVersion = '0.0.0';

async function fetchBundled(): Promise<Dataset> {
  const res = await fetch(browser.runtime.getURL('/dataset.json'));
  const checked = validateDataset(await res.json(), today());
  if (!checked.ok) throw new Error(`the bundled dataset is invalid: ${checked.issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return checked.value;
}

/** Makes sure a complete dataset is stored, importing the bundled one when it is newer. */
export async function ensureDataset(): Promise<void> {
  const [meta, bundled] = await Promise.all([currentMeta(), fetchBundled()]);
  bundledVersion = bundled.meta.version;
  if (!meta?.complete || meta.meta.schemaVersion !== SCHEMA_VERSION || compareVersions(bundled.meta.version, meta.meta.version) > 0) {
    await importDataset(bundled, 'bundled');
  }
}

/** The in-memory index of the stored dataset, built once per background lifetime. */
export function datasetIndex(): Promise<DatasetIndex> {
  indexPromise ??= (async () => {
    let data = await readDataset();
    if (!data) {
      await ensureDataset();
      data = await readDataset();
    }
    if (!data) throw new Error('no dataset could be loaded');
    return new DatasetIndex(data);
  })().catch((e) => {
    indexPromise = undefined;
    throw e;
  });
  return indexPromise;
}

export async function datasetStatus(): Promise<DatasetStatus> {
  await datasetIndex();
  const meta = await currentMeta();
  if (!meta) throw new Error('no dataset is stored yet');
  if (bundledVersion === '0.0.0') bundledVersion = (await fetchBundled()).meta.version;
  const { lastUpdateCheck } = await getSettings();
  return { meta: meta.meta, origin: meta.origin, importedAt: meta.importedAt, bundledVersion, lastUpdateCheck };
}

/** A reader's file: validated with the same schema and checks; a rejected file changes nothing. */
export async function importDatasetText(text: string, origin: DatasetStatus['origin'] = 'imported'): Promise<Result<DatasetStatus, SchemaIssue[]>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: [{ path: '(file)', message: `not JSON: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  const checked = validateDataset(json, today());
  if (!checked.ok) return { ok: false, error: checked.issues };
  await importDataset(checked.value, origin);
  indexPromise = undefined;
  return { ok: true, value: await datasetStatus() };
}

export async function exportDatasetText(): Promise<string> {
  const data = await readDataset();
  if (!data) throw new Error('no dataset is stored yet');
  return JSON.stringify(data, null, 2);
}

export async function revertToBundled(): Promise<DatasetStatus> {
  await importDataset(await fetchBundled(), 'bundled');
  indexPromise = undefined;
  return datasetStatus();
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The daily check: runs when automatic updates are on and the last check is a day old. */
export async function checkForUpdateIfDue(now = Date.now()): Promise<void> {
  const s = await getSettings();
  if (!s.autoUpdate || !s.updateUrl) return;
  const last = s.lastUpdateCheck ? Date.parse(s.lastUpdateCheck.at) : 0;
  if (now - last >= DAY_MS) await checkForUpdate();
}

/**
 * Checks the update URL: the manifest's sha256 (and signature, when a
 * release key is shipped) must match the file and its version must be newer.
 */
export async function checkForUpdate(): Promise<{ updated: boolean; message: string }> {
  const settings = await getSettings();
  const result = await (async () => {
    if (!settings.updateUrl) return { updated: false, message: 'No update URL is set.' };
    let manifestUrl: URL;
    try {
      manifestUrl = new URL(settings.updateUrl);
      if (manifestUrl.protocol !== 'https:' && manifestUrl.hostname !== '127.0.0.1' && manifestUrl.hostname !== 'localhost')
        return { updated: false, message: 'The update URL must use https.' };
    } catch {
      return { updated: false, message: 'The update URL is not a valid URL.' };
    }
    try {
      const manifest = (await (await fetch(manifestUrl, { cache: 'no-store', credentials: 'omit' })).json()) as UpdateManifest;
      const current = await currentMeta();
      if (current && compareVersions(String(manifest.version), current.meta.version) <= 0)
        return { updated: false, message: `Up to date: the published version ${manifest.version} is not newer than ${current.meta.version}.` };
      const fileUrl = new URL(manifest.url ?? 'dataset.json', manifestUrl);
      const text = await (await fetch(fileUrl, { cache: 'no-store', credentials: 'omit' })).text();
      const verified = await verifyUpdate(text, manifest, RELEASE_PUBLIC_KEY);
      if (!verified.ok) return { updated: false, message: `Update refused: ${verified.error}. The current dataset stays in place.` };
      const imported = await importDatasetText(text, 'update');
      if (!imported.ok) return { updated: false, message: `Update refused: ${imported.error.length} problem(s), first ${imported.error[0].path}: ${imported.error[0].message}. The current dataset stays in place.` };
      if (compareVersions(imported.value.meta.version, manifest.version) !== 0) return { updated: true, message: `Updated, but the file says ${imported.value.meta.version} where the manifest said ${manifest.version}.` };
      return { updated: true, message: `Updated to dataset ${manifest.version}.` };
    } catch (e) {
      return { updated: false, message: `Update check failed: ${e instanceof Error ? e.message : String(e)}. The current dataset stays in place.` };
    }
  })();
  await setSettings({ lastUpdateCheck: { at: new Date().toISOString(), result: result.message } });
  return result;
}
