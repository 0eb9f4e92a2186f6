import { Worker } from 'node:worker_threads';
import { UnrecoverableError } from '@policydiff/streams';
import type { StageTask, StageTaskReply, StageThreadEnv } from './stage-thread.js';

/** Young-generation size of a stage thread's heap, MB. */
const THREAD_YOUNG_GENERATION_MB = 16;

interface Slot {
  worker: Worker | null;
  busy: boolean;
}

/**
 * A small pool of warm worker threads (one per concurrent entry) that run stage analyses. Threads
 * stay loaded between jobs (no per-job module loading). Aborting a task — the hard time limit or
 * shutdown — terminates its thread and starts a fresh one.
 */
export class StageThreads {
  private readonly slots: Slot[] = [];
  private nextTaskId = 1;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly env: StageThreadEnv,
    warm = size,
    /** Threads kept once started; those beyond (a spare slot's) stop when their task is done. */
    private readonly keep = size,
  ) {
    // `warm` threads start now, so the first job does not pay for loading the analysis (and pdfjs in
    // layout threads); the rest start on first use and then stay warm.
    for (let i = 0; i < size; i++) this.slots.push({ worker: i < warm ? this.spawn() : null, busy: false });
  }

  private spawn(): Worker {
    // A smaller young generation than V8's default (up to 3 × 16 MB per isolate): each service
    // runs two or three of these threads, and their nurseries were a large part of its peak RSS
    // (stage-alignment 212 → 198 MB on a 50-page pair), at the price of more frequent minor GCs.
    const w = new Worker(new URL('./stage-thread.js', import.meta.url), { workerData: this.env, resourceLimits: { maxYoungGenerationSizeMb: THREAD_YOUNG_GENERATION_MB } });
    w.unref();
    return w;
  }

  async run(task: Omit<StageTask, 'taskId'>, signal: AbortSignal): Promise<void> {
    if (this.closed) throw new Error('stage threads are closed');
    const slot = this.slots.find((s) => !s.busy);
    if (!slot) throw new Error('no free stage thread (concurrency exceeded)');
    slot.busy = true;
    const taskId = this.nextTaskId++;
    const worker = (slot.worker ??= this.spawn());
    try {
      await new Promise<void>((resolve, reject) => {
        const onMessage = (reply: StageTaskReply) => {
          if (reply.taskId !== taskId) return;
          cleanup();
          if (reply.ok) resolve();
          else reject(reply.unrecoverable ? new UnrecoverableError(reply.message) : new Error(reply.message));
        };
        const onError = (err: Error) => {
          cleanup();
          slot.worker = this.spawn();
          reject(new Error(`stage thread crashed: ${err.message}`));
        };
        const onExit = (code: number) => {
          cleanup();
          if (!this.closed) slot.worker = this.spawn();
          reject(new Error(`stage thread exited with code ${code}`));
        };
        const onAbort = () => {
          cleanup();
          void worker.terminate();
          if (!this.closed) slot.worker = this.spawn();
          reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
        };
        const cleanup = () => {
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
          signal.removeEventListener('abort', onAbort);
        };
        if (signal.aborted) return onAbort();
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        signal.addEventListener('abort', onAbort, { once: true });
        worker.postMessage({ ...task, taskId } satisfies StageTask);
      });
    } finally {
      slot.busy = false;
      if (this.slots.indexOf(slot) >= this.keep && slot.worker) {
        void slot.worker.terminate();
        slot.worker = null;
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker?.terminate()));
  }
}
