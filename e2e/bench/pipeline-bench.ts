/**
 * `npm run bench`: the pipeline against its own in-process floor and against poppler.
 * Starts the real services against a private Redis (the e2e harness), and prints (and writes into
 * docs/benchmarks.md, section "Performance") end-to-end times per comparison and per segment, the
 * same analysis in one process, cached repeats, layout time against `pdftotext -bbox-layout`,
 * throughput with 20 pairs in flight, peak RSS per service, Redis memory per job, and entry sizes.
 * Ratios are measured side by side in one run, because absolute times drift on a shared machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeLayout, comparePdfs, extractTextItems } from '@policydiff/analysis';
import { generatePolicyPair } from '@policydiff/testkit';
import { WebSocket } from 'ws';
import { getJob, sleep, startSystem, submit, type System } from '../src/harness.js';
import { fmt, fmtMs, median, peakRssMb, percentile, resetPeakRss, table } from './measure.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const RUNS = quick ? 2 : 5;
const sizesArg = args.find((a) => a.startsWith('--sizes='));
/** `--sizes=10,50` and `--no-real` narrow a run for development; such a run does not rewrite docs/benchmarks.md. */
const SIZES = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number) : quick ? [10, 50] : [10, 50, 200];
const noReal = args.includes('--no-real');
const partial = Boolean(sizesArg) || noReal;
const CONCURRENT = quick ? 6 : 20;
const WARM_UP_PAIRS = 4;
/**
 * The services' own polling and heartbeat intervals (packages/platform/src/config.ts), as `npm
 * start` runs them, not the test harness's fast ones (1 s blocking reads, claims and heartbeats,
 * chosen so that fault tests recover quickly).
 */
const SERVICE_TIMINGS = { BLOCK_MS: '2000', CLAIM_IDLE_MS: '60000', CLAIM_INTERVAL_MS: '5000', HEARTBEAT_MS: '10000' };
const corpusDir = join(root, '..', 'shared', 'corpus', 'real');
const out: string[] = [];
const say = (s = '') => {
  console.log(s);
  out.push(s);
};

interface Pdf {
  bytes: Uint8Array;
  name: string;
}
interface Pair {
  label: string;
  a: Pdf;
  b: Pdf;
}

async function generated(pages: number, seed: number): Promise<Pair> {
  const p = await generatePolicyPair({ seed, pages: pages as 10 | 50 | 200, edits: 5, product: (['home', 'commercial', 'travel', 'health'] as const)[seed % 4] });
  return { label: `generated ${pages} pp`, a: { bytes: p.a.pdf, name: p.a.fileName }, b: { bytes: p.b.pdf, name: p.b.fileName } };
}

function realPairs(): Pair[] {
  if (noReal) return [];
  const manifest = join(corpusDir, '..', 'MANIFEST.md');
  if (!existsSync(manifest)) return [];
  const text = readFileSync(manifest, 'utf8');
  const pairs: Pair[] = [];
  for (const m of text.matchAll(/^\| (S\d) \| #\d+ `([^`]+)` vs #\d+ `([^`]+)`/gm)) {
    const [, id, fa, fb] = m;
    const pa = join(corpusDir, fa!);
    const pb = join(corpusDir, fb!);
    if (existsSync(pa) && existsSync(pb)) pairs.push({ label: `real ${id}`, a: { bytes: new Uint8Array(readFileSync(pa)), name: fa! }, b: { bytes: new Uint8Array(readFileSync(pb)), name: fb! } });
  }
  return pairs;
}

/**
 * Resolves when the job's WebSocket says it finished: what a client does. (Polling GET /jobs/:id
 * instead would add up to a poll interval per job and, with 20 jobs in flight, load the gateway
 * with hundreds of requests a second on the same two cores the stages run on.)
 */
function finished(wsUrl: string, jobId: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${wsUrl}/ws/jobs/${jobId}`);
    const done = (status: string) => {
      ws.close();
      resolve(status);
    };
    ws.on('message', (data) => {
      const m = JSON.parse(data.toString()) as { type: string; status?: string; job?: { status: string } };
      const status = m.type === 'snapshot' ? m.job!.status : m.status!;
      if (['COMPLETED', 'FAILED', 'CANCELLED'].includes(status)) done(status);
    });
    ws.on('error', reject);
    ws.on('close', (code) => code !== 1000 && code !== 1005 && reject(new Error(`WebSocket closed with ${code} before job ${jobId} finished`)));
  });
}

/** Upload to result: submit, wait on the job's WebSocket for the end, then fetch the result. */
async function endToEnd(sys: System, pair: Pair): Promise<{ wallMs: number; job: any }> {
  const t0 = performance.now();
  const sub = await submit(sys.baseUrl, pair.a, pair.b);
  if (sub.status !== 202) throw new Error(`submit failed: ${JSON.stringify(sub.body)}`);
  const status = await finished(sys.wsUrl, sub.body.job_id);
  const res = await fetch(`${sys.baseUrl}/jobs/${sub.body.job_id}/result`);
  await res.arrayBuffer();
  const wallMs = performance.now() - t0;
  const job = await getJob(sys.baseUrl, sub.body.job_id);
  if (status !== 'COMPLETED') throw new Error(`job ${status.toLowerCase()}: ${job.error_message}`);
  return { wallMs, job };
}

/** The stage timings comparePdfs records, in segment order (1–4 document A, 5–8 B, 9–11 the pair). */
const SEGMENT_TIMINGS = ['a_layout', 'a_definitions', 'a_classification', 'a_dna', 'b_layout', 'b_definitions', 'b_classification', 'b_dna', 'alignment', 'delta', 'narrative'];

/** The same comparison in this process (A then B, then the pair): wall time and per-stage times. */
async function inProcess(pair: Pair): Promise<{ ms: number; segments: number[] }> {
  const t0 = performance.now();
  const result = await comparePdfs(pair.a.bytes, pair.b.bytes, { a: { fileName: pair.a.name, sha256: 'a' }, b: { fileName: pair.b.name, sha256: 'b' } });
  const timings = result.timings_ms as Record<string, number>;
  return { ms: performance.now() - t0, segments: SEGMENT_TIMINGS.map((k) => timings[k] ?? NaN) };
}

function ensurePdftotext(): string | null {
  const which = () => spawnSync('sh', ['-c', 'command -v pdftotext'], { encoding: 'utf8' }).stdout.trim();
  if (which()) return which();
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('installing poppler-utils (apt-get) for the pdftotext comparison');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'poppler-utils'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  return which() || null;
}

async function layoutVsPdftotext(pdftotext: string | null, files: Pdf[]): Promise<(string | number)[][]> {
  const rows: (string | number)[][] = [];
  const dir = mkdtempSync(join(tmpdir(), 'pd-bench-'));
  for (const f of files) {
    const path = join(dir, 'f.pdf');
    writeFileSync(path, f.bytes);
    const ours: number[] = [];
    const extraction: number[] = [];
    const theirs: number[] = [];
    let pages = 0;
    for (let i = 0; i < 3; i++) {
      let t = performance.now();
      await extractTextItems(f.bytes);
      extraction.push(performance.now() - t);
      t = performance.now();
      const layout = await analyzeLayout(f.bytes);
      ours.push(performance.now() - t);
      pages = layout.pageCount;
      if (pdftotext) {
        t = performance.now();
        spawnSync(pdftotext, ['-bbox-layout', path, join(dir, 'out.html')]);
        theirs.push(performance.now() - t);
      }
    }
    const ratio = (xs: number[]) => (pdftotext ? fmt(median(xs) / median(theirs), 1) : 'n/a');
    rows.push([f.name.slice(0, 48), pages, fmtMs(median(extraction)), fmtMs(median(ours)), pdftotext ? fmtMs(median(theirs)) : 'n/a', ratio(extraction), ratio(ours)]);
  }
  rmSync(dir, { recursive: true, force: true });
  return rows;
}

async function redisMemory(sys: System): Promise<number> {
  const info = await sys.client.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? NaN);
}

async function main() {
  const started = new Date();
  say(`## Performance`);
  say();
  say(`Command: \`npm run bench${quick ? ' -- --quick' : ''}\` — ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${RUNS} runs per size, on this 2-core machine.`);
  say();

  // 1. End to end against in-process, per size.
  let sys = await startSystem({ env: { ...SERVICE_TIMINGS, JOB_RETENTION_S: '8', LOG_LEVEL: 'warn' } });
  const e2eRows: (string | number)[][] = [];
  const segRows: (string | number)[][] = [];
  const cachedByLabel: Record<string, number[]> = {};
  const pairsUsed: Pair[] = [];
  const rssByLabel: Record<string, Record<string, number>> = {};
  let seed = 9000;
  const measure = async (label: string, pairs: Pair[]) => {
    // Peak RSS per size: each service's high-water mark is reset before this size's runs.
    const resettable = sys.services.every((s) => resetPeakRss(s.proc.pid!));
    const e2e: number[] = [];
    const floor: number[] = [];
    const cached: number[] = [];
    const segs: Record<number, number[]> = {};
    const floorSegs: number[][] = SEGMENT_TIMINGS.map(() => []);
    for (const pair of pairs) {
      const local = await inProcess(pair);
      floor.push(local.ms);
      local.segments.forEach((ms, i) => floorSegs[i]!.push(ms));
      const r = await endToEnd(sys, pair);
      e2e.push(r.wallMs);
      for (const s of r.job.segments) (segs[s.segment] ??= []).push(s.duration_ms);
      cached.push((await endToEnd(sys, pair)).wallMs);
    }
    cachedByLabel[label] = cached;
    if (resettable) rssByLabel[label] = Object.fromEntries(sys.services.map((s) => [s.label, peakRssMb(s.proc.pid!)]));
    e2eRows.push([label, pairs.length, fmtMs(median(e2e)), fmtMs(percentile(e2e, 95)), fmtMs(median(floor)), fmt(median(e2e) / median(floor)), fmtMs(median(cached))]);
    segRows.push([label, ...Array.from({ length: 11 }, (_, i) => fmtMs(median(segs[i + 1] ?? [])))]);
    segRows.push([`${label}, in-process`, ...floorSegs.map((xs) => fmtMs(median(xs)))]);
  };
  // Warm-up, not measured: the first comparisons in a process pay for loading and compiling the
  // analysis (pdfjs, and V8's optimising JIT), in this process and in every stage thread alike. A
  // stage thread sees one document of a pair where this process sees both, and a stage reaches its
  // steady speed after about three documents (definitions of a 50-page wording: 34, 18, 21, 15 ms…),
  // so several distinct pairs (nothing served from cache) warm both sides alike.
  for (let i = 0; i < WARM_UP_PAIRS; i++) {
    const warm = await generated(10, 8990 + i);
    await inProcess(warm);
    await endToEnd(sys, warm);
  }
  for (const pages of SIZES) {
    const pairs: Pair[] = [];
    for (let i = 0; i < RUNS; i++) pairs.push(await generated(pages, seed++));
    pairsUsed.push(pairs[0]!);
    await measure(`generated ${pages} pp`, pairs);
    console.log(`  measured ${pages}-page pairs`);
  }
  for (const pair of realPairs()) {
    await measure(pair.label, [pair]);
    console.log(`  measured ${pair.label}`);
  }
  say('### End to end (upload → result) against the same analysis in one process');
  say();
  say(table(['pairs', 'runs', 'e2e median', 'e2e p95', 'in-process median', 'e2e / in-process', 'cached repeat median'], e2eRows));
  say();
  say('### Median time per segment (as recorded by the stage services; the in-process rows time the same stage functions in one process)');
  say();
  say(table(['pairs', ...Array.from({ length: 11 }, (_, i) => `${i + 1}`)], segRows));
  say();

  // 2. Peak RSS of every service, per size of pair (targets: 50 pages < 200 MB, 200 pages < 300 MB).
  const rssLabels = Object.keys(rssByLabel);
  if (rssLabels.length) {
    say('### Peak RSS per service while each kind of pair ran (MB; the high-water mark is reset between kinds)');
    say();
    say(table(['service', ...rssLabels], sys.services.map((s) => [s.label, ...rssLabels.map((l) => fmt(rssByLabel[l]![s.label]!, 0))])));
  } else {
    say(`### Peak RSS per service over all the runs above (largest: ${SIZES.at(-1)} pages), MB`);
    say();
    say(table(['service', 'peak RSS MB'], sys.services.map((s) => [s.label, fmt(peakRssMb(s.proc.pid!), 0)])));
  }
  say();

  // 3. Redis memory per job, before and after the retention window; entry sizes.
  await sleep(1000);
  const before = await redisMemory(sys);
  const eventSizes: number[] = [];
  const memPair = await generated(10, seed++);
  const r = await endToEnd(sys, memPair);
  const during = await redisMemory(sys);
  const entries = (await sys.client.xrange(`{policydiff}:job:${r.job.job_id}:events`, '-', '+')) as [string, string[]][];
  for (const [, f] of entries) eventSizes.push(Buffer.byteLength(f[1] ?? ''));
  await sleep(9000); // JOB_RETENTION_S=8 in this run
  const after = await redisMemory(sys);
  const streamLens = await Promise.all(
    ['layout', 'definitions', 'classification', 'dna', 'alignment', 'delta', 'narrative', 'delivery'].map((s) => sys.client.xlen(`{policydiff}:stage:${s}`)),
  );
  say('### Redis memory per job and entry sizes');
  say();
  say(
    table(
      ['measure', 'value'],
      [
        ['used_memory before a job', `${(before / 1024).toFixed(1)} KB`],
        ['after the job completed', `${(during / 1024).toFixed(1)} KB (+${((during - before) / 1024).toFixed(1)} KB)`],
        ['after its retention window (8 s here)', `${(after / 1024).toFixed(1)} KB (${after - before >= 0 ? '+' : ''}${((after - before) / 1024).toFixed(1)} KB vs before)`],
        ['stage stream lengths after the run', streamLens.join(', ')],
        ['job events per comparison', String(entries.length)],
        ['largest event entry', `${Math.max(...eventSizes)} bytes`],
        ['work entry (envelope)', `${Buffer.byteLength(JSON.stringify({ id: '00000000-0000-0000-0000-000000000000', type: 'segment.requested', version: 1, jobId: '00000000-0000-0000-0000-000000000000', segment: 10, attempt: 1, occurredAt: new Date().toISOString(), payload: { document: 'A', shaA: 'a'.repeat(64), shaB: 'b'.repeat(64), analysisVersion: '2026.11.28-1' } }))} bytes`],
      ],
    ),
  );
  say();
  await sys.stop();

  // 4. Throughput: CONCURRENT 50-page pairs in flight, one instance per stage, then two of the heaviest.
  const tpRows: (string | number)[][] = [];
  for (const scale of [{}, { 'stage-layout': 2, 'stage-dna': 2, 'stage-alignment': 2, 'stage-delta': 2 }]) {
    sys = await startSystem({ scale, env: { ...SERVICE_TIMINGS, LOG_LEVEL: 'warn', BACKLOG_LIMIT: '1000' } });
    // Sustained throughput of running services: warmed as above, not timed.
    for (let i = 0; i < WARM_UP_PAIRS; i++) await endToEnd(sys, await generated(10, 8980 + i));
    const pairs: Pair[] = [];
    for (let i = 0; i < CONCURRENT; i++) pairs.push(await generated(50, seed++));
    const t0 = performance.now();
    const walls = await Promise.all(pairs.map((p) => endToEnd(sys, p).then((x) => x.wallMs)));
    const total = performance.now() - t0;
    const rssMax = Math.max(...sys.services.map((s) => peakRssMb(s.proc.pid!)));
    tpRows.push([
      Object.keys(scale).length ? 'two instances of layout, dna, alignment, delta' : 'one instance of each stage',
      CONCURRENT,
      fmt((CONCURRENT / total) * 60_000, 1),
      fmtMs(median(walls)),
      fmt(Math.max(...walls) / median(walls)),
      fmt(rssMax, 0),
    ]);
    await sys.stop();
  }
  say(`### Throughput: ${CONCURRENT} comparisons of 50-page pairs submitted at once`);
  say();
  say(table(['setup', 'pairs', 'comparisons / min', 'median wall', 'slowest / median', 'max service RSS MB'], tpRows));
  say();

  // 5. Layout extraction against poppler.
  const pdftotext = ensurePdftotext();
  const files: Pdf[] = [...pairsUsed.flatMap((p) => [p.a]), ...realPairs().slice(0, 4).flatMap((p) => [p.a, p.b])];
  say('### Layout extraction against `pdftotext -bbox-layout` (median of 3, same files)');
  say();
  say('Extraction is `extractTextItems` (the decompression-bomb scan and pdfjs: positioned text items per page, what');
  say('`pdftotext -bbox-layout` produces); `analyzeLayout` adds reading order, columns, tables, furniture and the section tree.');
  say();
  say(table(['file', 'pages', 'extraction', 'analyzeLayout', 'pdftotext -bbox-layout', 'extraction ratio', 'analyzeLayout ratio'], await layoutVsPdftotext(pdftotext, files)));
  say();

  if (partial) {
    console.log('\npartial run (--sizes / --no-real): docs/benchmarks.md left as it was');
    return;
  }
  const docPath = join(root, 'docs', 'benchmarks.md');
  const section = out.join('\n');
  let doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Benchmarks\n';
  const start = doc.indexOf('## Performance');
  if (start >= 0) {
    const next = doc.indexOf('\n## ', start + 5);
    doc = doc.slice(0, start) + section + '\n' + (next >= 0 ? doc.slice(next + 1) : '');
  } else {
    doc = `${doc.trimEnd()}\n\n${section}\n`;
  }
  writeFileSync(docPath, doc);
  console.log(`\nwritten to ${docPath}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
