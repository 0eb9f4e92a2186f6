import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { JOB_STATUSES, PROBLEM_TYPES, jobEventsStream, type JobStatus } from '@policydiff/contracts';
import { cancelJob, submitJob, type ServiceContext } from '@policydiff/pipeline';
import { toJobStatusBody } from '@policydiff/store';
import { ProblemError, badRequest, conflict, notFound } from './problems.js';
import { readPdfField } from './upload.js';

export type GatewayDeps = Pick<ServiceContext, 'config' | 'logger' | 'store' | 'redis'>;

const problem = (c: Context, err: ProblemError) => {
  for (const [k, v] of Object.entries(err.headers)) c.header(k, v);
  return c.json(err.toProblem(), err.status as 400, { 'content-type': 'application/problem+json' });
};

/** The HTTP API. Built as a function so tests can call it in-process with `app.request()`. */
export function createApp(deps: GatewayDeps): Hono {
  const { config, store, redis, logger } = deps;
  const app = new Hono();
  app.use('*', secureHeaders({ crossOriginResourcePolicy: false, contentSecurityPolicy: undefined }));

  app.onError((err, c) => {
    if (err instanceof ProblemError) return problem(c, err);
    if (err instanceof HTTPException) {
      return problem(c, new ProblemError(err.status, err.status === 413 ? 'tooLarge' : 'badRequest', err.message || 'Error', err.message || 'request rejected'));
    }
    logger.error({ err }, 'unhandled error');
    return problem(c, new ProblemError(500, 'internal', 'Internal error', 'an unexpected error occurred; see the gateway log'));
  });
  app.notFound((c) => problem(c, notFound(`no route for ${c.req.method} ${c.req.path}`)));

  const lastEventId = async (jobId: string) => {
    const last = (await redis.xrevrange(jobEventsStream(jobId), '+', '-', 'COUNT', 1)) as [string, string[]][];
    return last[0]?.[0] ?? null;
  };
  const statusBody = async (jobId: string) => {
    const rec = await store.getJob(jobId);
    if (!rec) throw notFound(`no job with id ${jobId}`);
    return toJobStatusBody(rec.job, rec.segments, await lastEventId(jobId).catch(() => null));
  };

  app.post('/jobs/compare', async (c) => {
    const declared = Number(c.req.header('content-length') ?? '0');
    // Two files plus form overhead: refuse before reading the body.
    if (declared > config.UPLOAD_MAX_BYTES * 2 + 64 * 1024) {
      throw new ProblemError(413, 'tooLarge', 'Payload too large', `request body is ${declared} bytes; each file may be at most ${config.UPLOAD_MAX_BYTES} bytes (UPLOAD_MAX_BYTES)`);
    }
    const type = c.req.header('content-type') ?? '';
    if (!type.startsWith('multipart/form-data')) {
      throw badRequest(`send multipart/form-data with fields "file_a" and "file_b" (got content-type "${type || 'none'}")`);
    }
    let form: FormData;
    try {
      form = await c.req.formData();
    } catch (err) {
      throw badRequest(`could not read the multipart body: ${(err as Error).message}`);
    }
    const priorityRaw = form.get('priority');
    const priority = priorityRaw === null ? 'normal' : String(priorityRaw);
    if (priority !== 'normal' && priority !== 'high') throw badRequest(`priority must be "high" or "normal" (got "${priority}")`);
    const fileA = await readPdfField(form, 'file_a', config.UPLOAD_MAX_BYTES);
    const fileB = await readPdfField(form, 'file_b', config.UPLOAD_MAX_BYTES);
    const unfinished = await store.countUnfinishedJobs();
    if (unfinished >= config.BACKLOG_LIMIT) {
      throw new ProblemError(429, 'busy', 'Backlog full', `${unfinished} jobs are queued or running (BACKLOG_LIMIT ${config.BACKLOG_LIMIT}); try again shortly`, { 'Retry-After': '30' });
    }
    const { jobId, streamId } = await submitJob(deps, { fileA, fileB, owner: null, priority });
    logger.info({ jobId, sizeA: fileA.bytes.byteLength, sizeB: fileB.bytes.byteLength }, 'job queued');
    return c.json(
      {
        job_id: jobId,
        status: 'QUEUED' as const,
        message: fileA.bytes.byteLength === fileB.bytes.byteLength && Buffer.compare(Buffer.from(fileA.bytes), Buffer.from(fileB.bytes)) === 0
          ? 'Comparison queued (documents A and B are the same file: expect no differences)'
          : 'Comparison queued',
        stream_id: streamId,
      },
      202,
    );
  });

  app.get('/jobs', async (c) => {
    const status = c.req.query('status');
    if (status && !JOB_STATUSES.includes(status as JobStatus)) {
      throw badRequest(`unknown status "${status}": use one of ${JOB_STATUSES.join(', ')}`);
    }
    const limit = Number(c.req.query('limit') ?? 50);
    const offset = Number(c.req.query('offset') ?? 0);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw badRequest('limit must be an integer from 1 to 500');
    if (!Number.isInteger(offset) || offset < 0) throw badRequest('offset must be a non-negative integer');
    const { jobs, total } = await store.listJobs({ status: status as JobStatus | undefined, limit, offset });
    return c.json({ jobs: jobs.map((j) => toJobStatusBody(j.job, j.segments)), total, limit, offset });
  });

  app.get('/jobs/:id', async (c) => c.json(await statusBody(c.req.param('id'))));

  app.get('/jobs/:id/result', async (c) => {
    const body = await statusBody(c.req.param('id'));
    if (body.status === 'COMPLETED') {
      const json = await store.getResultJson(body.job_id);
      if (json) return c.body(json, 200, { 'content-type': 'application/json' });
    }
    if (body.status === 'FAILED' || body.status === 'CANCELLED') {
      throw conflict(`job ${body.job_id} is ${body.status}: ${body.error_message ?? 'no result'}`);
    }
    return c.json(body, 202);
  });

  app.post('/jobs/:id/cancel', async (c) => {
    const id = c.req.param('id');
    const outcome = await cancelJob(deps, id);
    if (outcome === 'not_found') throw notFound(`no job with id ${id}`);
    if (outcome === 'finished') {
      const body = await statusBody(id);
      throw conflict(`job ${id} is already ${body.status}; only QUEUED or RUNNING jobs can be cancelled`);
    }
    return c.json(await statusBody(id));
  });

  app.delete('/jobs/:id', async (c) => {
    const id = c.req.param('id');
    const outcome = await store.deleteJob(id);
    if (outcome === 'not_found') throw notFound(`no job with id ${id}`);
    if (outcome === 'not_finished') throw conflict(`job ${id} is still running: cancel it first`);
    await redis.del(jobEventsStream(id)).catch(() => undefined);
    return c.body(null, 204);
  });

  app.get('/health', async (c) => {
    const [r, d] = await Promise.all([
      redis.ping().then(() => 'ok' as const, () => 'down' as const),
      store.ping().then(() => 'ok' as const, () => 'down' as const),
    ]);
    const ok = r === 'ok' && d === 'ok';
    return c.json({ status: ok ? 'ok' : 'degraded', redis: r, database: d }, ok ? 200 : 503);
  });

  return app;
}

export { PROBLEM_TYPES };
