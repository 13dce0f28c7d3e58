/**
 * Signed dataset releases for URL updates: a manifest published beside the
 * dataset file carries its sha256 and an ECDSA P-256 signature made with the
 * maintainers' private key; the extension ships the public key. WebCrypto only.
 */
import { sha256Hex } from './dataset-hash';

export interface UpdateManifest {
  version: string;
  released: string;
  /** Hex sha256 of the dataset file's bytes. */
  sha256: string;
  /** Where the dataset file is published, when not beside the manifest. */
  url?: string;
  /** Base64 ECDSA P-256 / SHA-256 signature over `signedText(manifest)`. */
  signature?: string;
}

const ALG = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

export const signedText = (m: Pick<UpdateManifest, 'version' | 'released' | 'sha256'>) =>
  `backstory-dataset\n${m.version}\n${m.released}\n${m.sha256}`;

const toB64 = (buf: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(buf)));
const fromB64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

export async function generateSigningKey(): Promise<{ privateJwk: JsonWebKey; publicJwk: JsonWebKey }> {
  const pair = (await crypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as CryptoKeyPair;
  return {
    privateJwk: await crypto.subtle.exportKey('jwk', pair.privateKey),
    publicJwk: await crypto.subtle.exportKey('jwk', pair.publicKey),
  };
}

export async function signManifest(
  fileText: string,
  meta: { version: string; released: string },
  privateJwk: JsonWebKey,
  url?: string,
): Promise<UpdateManifest> {
  const key = await crypto.subtle.importKey('jwk', privateJwk, ALG, false, ['sign']);
  const m: UpdateManifest = { version: meta.version, released: meta.released, sha256: await sha256Hex(fileText), ...(url ? { url } : {}) };
  const sig = await crypto.subtle.sign(SIGN, key, new TextEncoder().encode(signedText(m)));
  return { ...m, signature: toB64(sig) };
}

/** Checks the file against its manifest: the sha256 always, the signature when a key is given. */
export async function verifyUpdate(
  fileText: string,
  manifest: UpdateManifest,
  publicJwk?: JsonWebKey,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const actual = await sha256Hex(fileText);
  if (actual !== manifest.sha256) return { ok: false, error: `the file's sha256 (${actual.slice(0, 12)}…) does not match the manifest (${String(manifest.sha256).slice(0, 12)}…)` };
  if (!publicJwk) return { ok: true };
  if (!manifest.signature) return { ok: false, error: 'the manifest is not signed' };
  try {
    const key = await crypto.subtle.importKey('jwk', publicJwk, ALG, false, ['verify']);
    const good = await crypto.subtle.verify(SIGN, key, fromB64(manifest.signature), new TextEncoder().encode(signedText(manifest)));
    return good ? { ok: true } : { ok: false, error: 'the signature does not match the Backstory release key' };
  } catch {
    return { ok: false, error: 'the signature could not be read' };
  }
}
