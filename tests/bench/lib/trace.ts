/**
 * Where a page load's main-thread time goes, from a Chromium trace (CDP
 * Tracing, with V8's sampling profiler): for the bench's own digging, not a
 * figure. `traceLoad` reloads a page with tracing on and returns its events;
 * `summarise` reads them into the renderer main thread's tasks from
 * navigation start to a given time, the time by category (script
 * evaluation, compile, GC, style/layout/paint, idle) and the hottest
 * functions by self time.
 */
import { writeFile } from 'node:fs/promises';
import type { CDPSession, Page } from 'playwright-core';

export type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown> };
};

const CATEGORIES = ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'toplevel', ...(process.env.BENCH_TRACE_SAMPLES ? ['disabled-by-default-v8.cpu_profiler'] : [])];

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  let out = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle, size: 1 << 20 });
    out += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return out;
}

/** Runs `load` (a reload that returns once the page is where it is measured) with tracing on. */
export async function traceLoad<T>(page: Page, load: () => Promise<T>, file?: string): Promise<{ result: T; events: TraceEvent[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Tracing.start', {
      transferMode: 'ReturnAsStream',
      traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    });
    const result = await load();
    const complete = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream!)));
    await cdp.send('Tracing.end');
    const text = await readStream(cdp, await complete);
    if (file) await writeFile(file, text);
    const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
    return { result, events: Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []) };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

type ProfileNode = { id: number; parent?: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } };

const ms = (us: number) => Math.round(us / 100) / 10;
const short = (url: unknown) => String(url ?? '').split('/').pop()?.replace(/-[\w-]{8}\.js$/, '.js') ?? '';

/**
 * The renderer main thread from navigation start to `untilMs` after it.
 * Navigation start is found from a user-timing mark of the page whose time
 * (performance.now()) is known: `anchor`.
 */
export function summarise(events: TraceEvent[], untilMs: number, anchor: { name: string; startTime: number }): string {
  const nav = events.find((e) => e.name === anchor.name && e.cat.includes('blink.user_timing'));
  if (!nav) return `no ${anchor.name} mark in the trace`;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === nav.pid);
  const tid = main?.tid ?? nav.tid;
  const t0 = nav.ts - anchor.startTime * 1000;
  const t1 = t0 + untilMs * 1000;
  const onMain = events.filter((e) => e.pid === nav.pid && e.tid === tid && e.ph === 'X' && e.ts >= t0 && e.ts < t1);
  const lines: string[] = [];

  // Top-level tasks, with what ran in each.
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
  let busy = 0;
  lines.push(`main-thread tasks ≥ 1 ms between navigation start and ${untilMs} ms:`);
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    busy += Math.min(end, t1) - task.ts;
    if ((task.dur ?? 0) < 1000) continue;
    const inner = onMain
      .filter((e) => e !== task && e.ts >= task.ts && e.ts < end && (e.dur ?? 0) >= 500)
      .filter((e) => /EvaluateScript|v8.compile|FunctionCall|MajorGC|MinorGC|Layout|UpdateLayoutTree|Paint|ParseHTML|TimerFire|FireAnimationFrame|v8.callFunction|RunMicrotasks|EventDispatch|XHRReadyState|ParseAuthorStyleSheet|v8.run|PrePaint|Commit/.test(e.name))
      .map((e) => {
        const data = e.args?.data ?? {};
        const what = (data.url as string | undefined) ?? (data.functionName as string | undefined) ?? (data.type as string | undefined) ?? '';
        return `${e.name}${what ? `(${short(what)})` : ''} ${ms(e.dur ?? 0)}`;
      });
    lines.push(`  ${String(ms(task.ts - t0)).padStart(6)} +${String(ms(task.dur ?? 0)).padEnd(5)} ${inner.slice(0, 8).join(', ')}`);
  }
  lines.push(`busy ${ms(busy)} of ${untilMs} ms`);

  // Time by kind (nested events counted once, by their outermost of the kind).
  const kinds: Record<string, RegExp> = {
    'script evaluate/run': /^(EvaluateScript|v8.evaluateModule|FunctionCall|v8.callFunction|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch)$/,
    'compile (main thread)': /^(v8.compile|v8.compileModule|V8.CompileCode|v8.parseOnBackground)$/,
    gc: /^(MajorGC|MinorGC|V8.GCScavenger|V8.GCFinalizeMC|BlinkGC.AtomicPhase)$/,
    'style/layout': /^(UpdateLayoutTree|Layout|RecalcStyle)$/,
    paint: /^(Paint|PrePaint|Layerize|Commit|UpdateLayer)$/,
    'html/css parse': /^(ParseHTML|ParseAuthorStyleSheet)$/,
  };
  for (const [kind, re] of Object.entries(kinds)) {
    const own = onMain.filter((e) => re.test(e.name));
    const outer = own.filter((e) => !own.some((o) => o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) && (o.ts < e.ts || (o.dur ?? 0) > (e.dur ?? 0))));
    lines.push(`  ${kind}: ${ms(outer.reduce((s, e) => s + (e.dur ?? 0), 0))} ms`);
  }

  // Self time per function, from the sampling profiler (the main thread's profile only).
  const samples = mainThreadSamples(events, nav.pid, tid).filter((x) => x.ts >= t0 && x.ts < t1);
  const top = (list: Sample[], key: (x: Sample) => string, n: number) => {
    const sum = new Map<string, number>();
    for (const x of list) sum.set(key(x), (sum.get(key(x)) ?? 0) + x.dur);
    return [...sum].sort((a, b) => b[1] - a[1]).slice(0, n);
  };
  if (samples.length > 0) {
    lines.push('tasks ≥ 3 ms, self time by script and hottest functions (sampled):');
    for (const task of tasks.filter((t) => (t.dur ?? 0) >= 3000)) {
      const inside = samples.filter((x) => x.ts >= task.ts && x.ts < task.ts + (task.dur ?? 0));
      lines.push(`  ${String(ms(task.ts - t0)).padStart(6)} +${ms(task.dur ?? 0)}: ${top(inside, (x) => x.script, 6).map(([k, t]) => `${k} ${ms(t)}`).join(', ')}`);
      lines.push(`           ${top(inside, (x) => x.fn, 6).map(([k, t]) => `${k} ${ms(t)}`).join(', ')}`);
    }
    if (process.env.BENCH_TRACE_INCLUSIVE) {
      const last = tasks.filter((t) => (t.dur ?? 0) >= 3000).slice(-Number(process.env.BENCH_TRACE_INCLUSIVE));
      for (const task of last) {
        const inside = samples.filter((x) => x.ts >= task.ts && x.ts < task.ts + (task.dur ?? 0));
        const sum = new Map<string, number>();
        for (const x of inside) for (const f of x.stack) sum.set(f, (sum.get(f) ?? 0) + x.dur);
        const components = [...sum].filter(([f]) => /^[A-Z]/.test(f)).sort((a, b) => b[1] - a[1]).slice(0, 40);
        lines.push(`  task ${ms(task.ts - t0)}: inclusive by capitalised function: ${components.map(([f, t]) => `${f} ${ms(t)}`).join(', ')}`);
        const all = [...sum].sort((a, b) => b[1] - a[1]).slice(0, 40);
        lines.push(`  task ${ms(task.ts - t0)}: inclusive, all: ${all.map(([f, t]) => `${f} ${ms(t)}`).join(', ')}`);
      }
    }
    lines.push('self time by script (sampled):');
    for (const [k, t] of top(samples, (x) => x.script, 12)) lines.push(`  ${ms(t)} ms ${k}`);
    lines.push('hottest functions (self, sampled):');
    for (const [k, t] of top(samples, (x) => x.fn, 25)) lines.push(`  ${ms(t)} ms ${k}`);
  }
  return lines.join('\n');
}

type Sample = { ts: number; dur: number; fn: string; script: string; stack: string[] };

/** The samples of the V8 profile of one thread, each with its time and (up to the next sample) duration. */
function mainThreadSamples(events: TraceEvent[], pid: number, tid: number): Sample[] {
  const nodes = new Map<number, ProfileNode>();
  const out: Sample[] = [];
  // The Profile event is on the profiled thread; its chunks come from the profiler's own thread, with its id.
  const starts = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'Profile' && e.pid === pid && e.tid === tid && e.id) starts.set(e.id, (e.args?.data?.startTime as number | undefined) ?? e.ts);
  }
  const clock = new Map(starts);
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || !e.id || !clock.has(e.id)) continue;
    let ts = clock.get(e.id)!;
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      ts += deltas[i] ?? 0;
      const node = nodes.get(ids[i]!);
      if (!node) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === '(idle)' || functionName === '(program)') continue;
      const script = functionName === '(garbage collector)' ? '(gc)' : short(url) || `(${functionName || 'native'})`;
      const stack: string[] = [];
      for (let n: ProfileNode | undefined = node; n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
        if (n.callFrame.functionName && !stack.includes(n.callFrame.functionName)) stack.push(n.callFrame.functionName);
      }
      out.push({ ts, dur: 0, fn: `${functionName || '(anonymous)'} ${short(url)}:${lineNumber + 1}`, script, stack });
    }
    clock.set(e.id, ts);
  }
  out.sort((a, b) => a.ts - b.ts);
  for (let i = 0; i < out.length; i++) out[i]!.dur = Math.min(2000, (out[i + 1]?.ts ?? out[i]!.ts) - out[i]!.ts);
  return out;
}
