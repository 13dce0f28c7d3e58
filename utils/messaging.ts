/** Typed send/handle over runtime messaging, using the maps in protocol.ts. */
import { browser } from 'wxt/browser';
import { envelope, isEnvelope, type BackgroundToContent, type Req, type Res, type Result, type ToBackground } from './protocol';

/** Sends a request to the background and unwraps its Result (throws the error text). */
export async function ask<K extends keyof ToBackground>(type: K, payload: Req<ToBackground, K>): Promise<Res<ToBackground, K>> {
  const r = (await browser.runtime.sendMessage(envelope(type, payload))) as Result<Res<ToBackground, K>> | undefined;
  if (!r) throw new Error(`no answer to ${type}`);
  if (!r.ok) throw new Error(typeof r.error === 'string' ? r.error : JSON.stringify(r.error));
  return r.value;
}

export async function tellTab<K extends keyof BackgroundToContent>(tabId: number, type: K, payload: Req<BackgroundToContent, K>): Promise<void> {
  await browser.tabs.sendMessage(tabId, envelope(type, payload));
}

export type Handlers<M> = { [K in keyof M]?: (payload: Req<M, K>, sender: { tabId?: number; url?: string; frameId?: number }) => Promise<Res<M, K>> | Res<M, K> };

/** Routes incoming envelopes to handlers; answers with a Result. Ignores anything else. */
export function listen<M>(handlers: Handlers<M>): () => void {
  const fn = (message: unknown, sender: { tab?: { id?: number; url?: string }; url?: string; frameId?: number } | undefined) => {
    if (!isEnvelope(message)) return undefined;
    const h = (handlers as Record<string, ((p: unknown, s: unknown) => unknown) | undefined>)[message.type];
    if (!h) return undefined;
    return (async (): Promise<Result<unknown>> => {
      try {
        return { ok: true, value: await h(message.payload, { tabId: sender?.tab?.id, url: sender?.url ?? sender?.tab?.url, frameId: sender?.frameId }) };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    })();
  };
  browser.runtime.onMessage.addListener(fn as never);
  return () => browser.runtime.onMessage.removeListener(fn as never);
}
