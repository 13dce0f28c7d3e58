/**
 * Reads a Chromium performance trace of one page load with the extension:
 * which main-thread tasks ran Backstory's JavaScript, the longest of them,
 * and where the topic decision fell relative to the sidebar host's insertion.
 *
 * Attribution: the content script's first run is an EvaluateScript of
 * chrome-extension://<id>/content-scripts/…; its later work runs as promise
 * continuations after each extension message reply, which the trace does not
 * label with a script URL. On the benchmark's seed pages the page itself runs
 * no script (JSON-LD only) and the benchmark's observers take microseconds,
 * so every main-thread task that runs ≥ 0.5 ms of JavaScript after the
 * content script started is Backstory's. On pages with scripts of their own
 * (`strict`), only tasks that run code of the content script's file count:
 * exact, but blind to the promise continuations (on an irrelevant page the
 * content script stops in its first, synchronous run).
 */
interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string }; fileName?: string };
}

export interface TraceSummary {
  /** Durations (ms) of the main-thread tasks that ran Backstory's JavaScript, in order. */
  tasks: number[];
  longest: number;
  total: number;
  /** ms of the task in which the content script is first evaluated (bundle start-up + quickCheck). */
  firstRun: number;
  /** ms from the end of the task that ran the analysis (the decision) to the host's insertion. */
  decisionToInsert: number;
  /** ms the analysing task took (analysePage and what runs with it). */
  analysisTask: number;
}

/**
 * The main thread's tasks. A microtask checkpoint that Blink runs right after
 * a task (promise continuations, e.g. after an extension message reply) is
 * traced as a sibling of the task, not inside it: it is merged into the task
 * it follows, as the Long Tasks API counts it.
 */
function topLevelTasks(main: TraceEvent[]): TraceEvent[] {
  let runs = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  if (!runs.length) runs = main.filter((e) => e.name === 'RunTask');
  const inside = (e: TraceEvent, t: TraceEvent) => e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur!;
  const checkpoints = main.filter((e) => e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint' && !runs.some((t) => inside(e, t)));
  const all = [...runs, ...checkpoints].sort((a, b) => a.ts - b.ts).map((e) => ({ ...e }));
  const out: TraceEvent[] = [];
  for (const e of all) {
    const prev = out[out.length - 1];
    if (prev && e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint' && e.ts - (prev.ts + prev.dur!) < 100) prev.dur = e.ts + e.dur! - prev.ts;
    else out.push(e);
  }
  return out;
}

const JS = new Set(['EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'v8.callFunction', 'v8.run', 'BlinkScheduler_PerformMicrotaskCheckpoint', 'TimerFire', 'FireAnimationFrame']);

export function summariseTrace(buf: Uint8Array | string, extensionId: string, opts: { strict?: boolean } = {}): TraceSummary | string {
  const json = JSON.parse(typeof buf === 'string' ? buf : Buffer.from(buf).toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(json) ? json : json.traceEvents ?? [];
  const origin = `chrome-extension://${extensionId}/`;
  const fromExtension = (e: TraceEvent) => (e.args?.data?.url ?? '').startsWith(origin);
  const start = events.find((e) => e.ph === 'X' && e.name === 'EvaluateScript' && fromExtension(e));
  if (!start) return 'no content-script EvaluateScript in the trace';
  const mark = events.find((e) => e.name === 'bench:host-inserted' && e.cat.includes('blink.user_timing') && e.pid === start.pid && e.tid === start.tid);
  const main = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && typeof e.dur === 'number');
  const tasks = topLevelTasks(main);
  const windowEnd = mark ? mark.ts + 2_000_000 : start.ts + 5_000_000;
  const js = main.filter((e) => JS.has(e.name));
  const ours: TraceEvent[] = [];
  for (const t of tasks) {
    if (t.ts + t.dur! < start.ts || t.ts > windowEnd) continue;
    const end = t.ts + t.dur!;
    const inside = js.filter((e) => e.ts >= t.ts && e.ts + e.dur! <= end);
    if (opts.strict) {
      // Pages with scripts of their own: only tasks that enter the content script's file.
      if (inside.some(fromExtension)) ours.push(t);
      continue;
    }
    // Outermost JS events inside the task (nested ones are counted in their parents).
    const outer = inside.filter((e) => !inside.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur! && o.dur! > e.dur!));
    const jsTime = outer.reduce((s, e) => s + e.dur!, 0);
    if (jsTime >= 500) ours.push(t);
  }
  if (!ours.length) return 'no Backstory task found';
  const ms = (us: number) => us / 1000;
  let analysing: TraceEvent | undefined;
  if (mark) {
    const before = ours.filter((t) => t.ts + t.dur! <= mark.ts);
    analysing = before.filter((t) => t.ts > start.ts + start.dur! - 1).sort((a, b) => b.dur! - a.dur!)[0] ?? before.sort((a, b) => b.dur! - a.dur!)[0];
  }
  return {
    tasks: ours.map((t) => ms(t.dur!)),
    longest: ms(Math.max(...ours.map((t) => t.dur!))),
    total: ms(ours.reduce((s, t) => s + t.dur!, 0)),
    firstRun: ms(tasks.find((t) => t.ts <= start.ts && t.ts + t.dur! >= start.ts + start.dur!)?.dur ?? start.dur!),
    decisionToInsert: mark && analysing ? ms(mark.ts - (analysing.ts + analysing.dur!)) : NaN,
    analysisTask: analysing ? ms(analysing.dur!) : NaN,
  };
}
