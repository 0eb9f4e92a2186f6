/**
 * Worker-thread entry: runs one stage's analysis off the service's event loop, so the loop keeps
 * heartbeating its in-flight entries and the hard time limit can stop the work (by terminating the
 * thread). The thread opens its own store connection, reads the inputs and writes the artifact
 * itself: only small messages cross the thread boundary.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { preloadPdfjs } from '@policydiff/analysis';
import { openStore, type Store } from '@policydiff/store';
// The subpath without ioredis: stage threads never talk to Redis.
import { UnrecoverableError } from '@policydiff/streams/errors';
import { computeStage, sideArtifacts, type ComputeInput } from './stage-compute.js';

export interface StageTask {
  taskId: number;
  stage: ComputeInput['stage'];
  side: ComputeInput['side'];
  payload: ComputeInput['payload'];
  maxPages: number;
  maxInflatedStreamBytes: number;
  maxInflatedDocumentBytes: number;
  fileNames: ComputeInput['fileNames'];
  artifactKey: string;
  artifactSha: string | null;
  /** The job whose segment this is: recorded with the artifact (see Store.artifactJob). */
  jobId: string;
}

export type StageTaskReply =
  | { taskId: number; ok: true }
  | { taskId: number; ok: false; unrecoverable: boolean; message: string };

export interface StageThreadEnv {
  stage: ComputeInput['stage'];
  databaseUrl: string;
  dataDir: string;
}

const { stage, databaseUrl, dataDir } = workerData as StageThreadEnv;
const store = openStore({ databaseUrl, dataDir });
// Only layout threads parse PDFs: they load pdfjs as they start (the rest never load it).
if (stage === 'layout') void preloadPdfjs();

parentPort!.on('message', async (task: StageTask) => {
  try {
    const output = await computeStage({ ...task, store });
    for (const side of sideArtifacts(task.stage, task.artifactKey, output)) await store.putArtifact(side.key, side.value, task.artifactSha, task.jobId);
    // The main artifact last: its presence is what marks the stage as cached.
    await store.putArtifact(task.artifactKey, output, task.artifactSha, task.jobId);
    parentPort!.postMessage({ taskId: task.taskId, ok: true } satisfies StageTaskReply);
  } catch (err) {
    parentPort!.postMessage({
      taskId: task.taskId,
      ok: false,
      unrecoverable: err instanceof UnrecoverableError,
      message: err instanceof Error ? err.message : String(err),
    } satisfies StageTaskReply);
  }
});
