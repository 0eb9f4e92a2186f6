import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { cors } from 'hono/cors';
import { clientAddress, metricsRefusal, parseApiKeys, parseTrustedProxies, presentedKey, type Principal } from '@policydiff/platform';
import { RateLimiter } from './rate-limit.js';
import { mountOps } from './ops-routes.js';
import { JOB_STATUSES, MAX_BATCH_ALTERNATIVES, PROBLEM_TYPES, deadLetterStream, jobEventsStream, type ComparisonResult, type JobStatus } from '@policydiff/contracts';
import { cancelJob, listDeadLetters, rankAlternatives, replayDeadLetter, scoreAlternative, submitJob, type ServiceContext } from '@policydiff/pipeline';
import { randomUUID } from 'node:crypto';
import { toJobStatusBody } from '@policydiff/store';
import { ProblemError, badRequest, conflict, notFound } from './problems.js';
import { drainBody, receiveUpload } from './multipart-upload.js';
import { checkPdfFile } from './upload.js';
import { checkQuota, refuseWhenFull } from './storage-quota.js';
import { mountDocs } from './docs-routes.js';
import { mountMetrics } from './metrics-routes.js';
import { STRICT_POLICY, mountContentSecurityPolicy, readAppPolicy } from './content-security-policy.js';
import { webDistDir } from './web-dist.js';
import { localModePolicy, localModeRefusal } from './local-mode-guard.js';
import { join } from 'node:path';

export type GatewayDeps = Pick<ServiceContext, 'config' | 'logger' | 'store' | 'redis'>;

const problem = (c: Context<any>, err: ProblemError) => {
  for (const [k, v] of Object.entries(err.headers)) c.header(k, v);
  return c.json(err.toProblem(), err.status as 400, { 'content-type': 'application/problem+json' });
};

/** The HTTP API. Built as a function so tests can call it in-process with `app.request()`. */
type Env = { Variables: { principal: Principal | null } };

export function createApp(deps: GatewayDeps): Hono<Env> {
  const { config, store, redis, logger } = deps;
  const keys = parseApiKeys(config.API_KEYS);
  const limiter = new RateLimiter(config.RATE_LIMIT_PER_MIN);
  const proxies = parseTrustedProxies(config.TRUSTED_PROXIES);
  const app = new Hono<Env>();
  // API keys (when API_KEYS is set) and a rate limit per key or address, for everything but
  // health, the web app's static files and the /docs page (a page without data: what it shows,
  // /openapi.json, it fetches with the key typed into it).
  const guarded = async (c: Context<Env>, next: () => Promise<void>) => {
    const principal = keys.enabled ? keys.verify(presentedKey(c.req.raw.headers)) : null;
    // The bucket is charged before the key is judged: a wrong key costs its sender's address a
    // token like any request, so guessing keys is held to RATE_LIMIT_PER_MIN as well.
    const peer = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress ?? 'local';
    const wait = limiter.take(principal ? `key:${principal.name}` : `address:${clientAddress(peer, c.req.header('x-forwarded-for'), proxies)}`);
    if (wait > 0) await drainBody(c.req.raw, config.UPLOAD_MAX_BYTES * 2);
    if (wait > 0) throw new ProblemError(429, 'busy', 'Too many requests', `rate limit of ${config.RATE_LIMIT_PER_MIN} requests a minute reached; retry in ${wait} s`, { 'Retry-After': String(wait) });
    if (keys.enabled && !principal) {
      throw new ProblemError(401, 'unauthorized', 'Unauthorized', 'a valid API key is required: send "Authorization: Bearer <key>" (or X-API-Key)', { 'WWW-Authenticate': 'Bearer' });
    }
    c.set('principal', principal);
    await next();
  };
  // With keys on, /metrics takes a metrics or admin key: a scrape reads the whole cluster's figures.
  const scraper = async (c: Context<Env>, next: () => Promise<void>) => {
    const refusal = metricsRefusal(keys, c.get('principal'));
    if (refusal) throw new ProblemError(refusal.status, refusal.status === 401 ? 'unauthorized' : 'forbidden', refusal.status === 401 ? 'Unauthorized' : 'Forbidden', refusal.detail);
    await next();
  };
  mountMetrics(app, deps, undefined, [guarded, scraper]); // first: its middleware times every route below
  if (!keys.enabled) {
    // Local mode trusts whoever reaches it: only loopback Host values, and no writes from other sites.
    const policy = localModePolicy(config);
    app.use('*', async (c, next) => {
      const refusal = localModeRefusal(
        { method: c.req.method, host: c.req.header('host') ?? new URL(c.req.url).host, origin: c.req.header('origin'), secFetchSite: c.req.header('sec-fetch-site') },
        policy,
      );
      if (refusal) throw new ProblemError(refusal.kind === 'hostNotAllowed' ? 421 : 403, refusal.kind, refusal.kind === 'hostNotAllowed' ? 'Host not allowed' : 'Cross-site request refused', refusal.detail);
      await next();
    });
  }
  app.use('*', secureHeaders({ crossOriginResourcePolicy: false, contentSecurityPolicy: undefined }));
  mountContentSecurityPolicy(app, readAppPolicy(webDistDir(config)) ?? STRICT_POLICY);
  const origins = config.CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean);
  mountDocs(app, [guarded]);
  if (origins.length) app.use('*', cors({ origin: origins, allowHeaders: ['Authorization', 'X-API-Key', 'Content-Type'], maxAge: 600 }));

  // `/jobs/*` covers `/jobs` too: registering both ran the guard twice there (two tokens a request).
  app.use('/jobs/*', guarded);
  app.use('/admin/*', guarded);
  app.use('/batches/*', guarded);
  app.use('/admin/*', async (c, next) => {
    if (keys.enabled && !c.get('principal')?.admin) throw new ProblemError(403, 'forbidden', 'Forbidden', 'admin endpoints need an admin API key');
    await next();
  });
  mountOps(app, deps);
  /** With keys on, a key sees only its own jobs (others answer 404, as if they did not exist). */
  const visible = (owner: string | null, c: Context<Env>) => {
    const p = c.get('principal');
    return !keys.enabled || !!p?.admin || owner === p?.name;
  };

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
  const statusBody = async (jobId: string, c: Context<Env>) => {
    const rec = await store.getJob(jobId);
    if (!rec || !visible(rec.job.owner, c)) throw notFound(`no job with id ${jobId}`);
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
    const unfinished = await store.countUnfinishedJobs();
    if (unfinished >= config.BACKLOG_LIMIT) {
      await drainBody(c.req.raw, config.UPLOAD_MAX_BYTES * 2);
      throw new ProblemError(429, 'busy', 'Backlog full', `${unfinished} jobs are queued or running (BACKLOG_LIMIT ${config.BACKLOG_LIMIT}); try again shortly`, { 'Retry-After': '30' });
    }
    const owner = c.get('principal')?.name ?? null;
    const full = await refuseWhenFull(store, config.STORAGE_QUOTA_BYTES, owner);
    if (full) {
      await drainBody(c.req.raw, config.UPLOAD_MAX_BYTES * 2);
      throw full;
    }
    const upload = await receiveUpload(c.req.raw, { maxBytes: config.UPLOAD_MAX_BYTES, tmpDir: join(config.dataDir, 'uploads') });
    try {
      const priority = upload.fields.get('priority') ?? 'normal';
      if (priority !== 'normal' && priority !== 'high') throw badRequest(`priority must be "high" or "normal" (got "${priority}")`);
      const received = [...upload.files.keys(), ...upload.fields.keys()];
      const fileA = checkPdfFile('file_a', upload.files.get('file_a'), received);
      const fileB = checkPdfFile('file_b', upload.files.get('file_b'), received);
      await checkQuota(store, config.STORAGE_QUOTA_BYTES, owner, [fileA, fileB]);
      const { jobId, streamId } = await submitJob(deps, { fileA, fileB, owner, priority });
      logger.info({ jobId, sizeA: fileA.size, sizeB: fileB.size }, 'job queued');
      return c.json(
        {
          job_id: jobId,
          status: 'QUEUED' as const,
          message: fileA.sha256 === fileB.sha256 ? 'Comparison queued (documents A and B are the same file: expect no differences)' : 'Comparison queued',
          stream_id: streamId,
        },
        202,
      );
    } finally {
      upload.cleanup();
    }
  });

  // The broker's market comparison: one base policy against up to 20 alternatives, one job each.
  // The base's segments 1–4 are computed once and reused by every job (cached by its sha256).
  app.post('/jobs/compare-batch', async (c) => {
    const declared = Number(c.req.header('content-length') ?? '0');
    // All the PDFs together, plus form overhead: refuse before reading the body (and count while
    // streaming, for a body that does not declare its length).
    if (declared > config.BATCH_MAX_BYTES + 64 * 1024) {
      throw new ProblemError(413, 'tooLarge', 'Payload too large', `request body is ${declared} bytes; a batch's PDFs may add up to at most ${config.BATCH_MAX_BYTES} bytes (BATCH_MAX_BYTES)`);
    }
    const type = c.req.header('content-type') ?? '';
    if (!type.startsWith('multipart/form-data')) {
      throw badRequest(`send multipart/form-data with one "base" PDF and up to ${MAX_BATCH_ALTERNATIVES} "alternatives" PDFs (got content-type "${type || 'none'}")`);
    }
    const unfinished = await store.countUnfinishedJobs();
    const owner = c.get('principal')?.name ?? null;
    const full = await refuseWhenFull(store, config.STORAGE_QUOTA_BYTES, owner);
    if (full) {
      await drainBody(c.req.raw, config.BATCH_MAX_BYTES);
      throw full;
    }
    const upload = await receiveUpload(c.req.raw, {
      maxBytes: config.UPLOAD_MAX_BYTES,
      maxTotalBytes: config.BATCH_MAX_BYTES,
      tmpDir: join(config.dataDir, 'uploads'),
      form: { files: { base: 1, alternatives: MAX_BATCH_ALTERNATIVES }, text: ['priority'] },
    });
    try {
      const priority = upload.fields.get('priority') ?? 'normal';
      if (priority !== 'normal' && priority !== 'high') throw badRequest(`priority must be "high" or "normal" (got "${priority}")`);
      const received = [...upload.all.keys(), ...upload.fields.keys()];
      const base = checkPdfFile('base', upload.files.get('base'), received);
      const alternatives = upload.all.get('alternatives') ?? [];
      if (alternatives.length === 0) throw badRequest('send at least one "alternatives" PDF to compare with the base');
      alternatives.forEach((f, i) => checkPdfFile(`alternatives[${i}]`, f, received));
      if (unfinished + alternatives.length > config.BACKLOG_LIMIT) {
        throw new ProblemError(429, 'busy', 'Backlog full', `${unfinished} jobs are queued or running and this batch adds ${alternatives.length} (BACKLOG_LIMIT ${config.BACKLOG_LIMIT}); try again shortly`, { 'Retry-After': '30' });
      }
      await checkQuota(store, config.STORAGE_QUOTA_BYTES, owner, [base, ...alternatives]);
      const batchId = randomUUID();
      await store.createBatch({ id: batchId, baseFileName: base.name, baseSha: base.sha256, owner });
      const jobs = [];
      for (const alt of alternatives) {
        // The base file is moved into the store by the first job; later jobs find it by hash.
        const { jobId, streamId } = await submitJob(deps, { fileA: base, fileB: alt, owner, priority, batchId });
        jobs.push({ job_id: jobId, status: 'QUEUED' as const, message: 'Comparison queued', stream_id: streamId, file_name: alt.name });
      }
      logger.info({ batchId, alternatives: jobs.length }, 'batch queued');
      return c.json({ batch_id: batchId, status: 'QUEUED' as const, jobs }, 202);
    } finally {
      upload.cleanup();
    }
  });

  app.get('/batches/:id', async (c) => {
    const id = c.req.param('id');
    const rec = await store.getBatch(id);
    if (!rec || !visible(rec.batch.owner, c)) throw notFound(`no batch with id ${id}`);
    const alts = await Promise.all(
      rec.jobs.map(async ({ job, segments }) => {
        const body = toJobStatusBody(job, segments);
        const json = body.status === 'COMPLETED' ? await store.getResultJson(job.id) : null;
        return scoreAlternative(body, json ? (JSON.parse(json) as ComparisonResult) : null);
      }),
    );
    const finished = alts.every((a) => a.status === 'COMPLETED' || a.status === 'FAILED' || a.status === 'CANCELLED');
    return c.json({
      batch_id: rec.batch.id,
      base_file_name: rec.batch.baseFileName,
      created_at: rec.batch.createdAt,
      status: finished ? ('COMPLETED' as const) : ('RUNNING' as const),
      alternatives: rankAlternatives(alts),
    });
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
    const p = c.get('principal');
    const owner = keys.enabled && !p?.admin ? p!.name : undefined;
    const { jobs, total } = await store.listJobs({ status: status as JobStatus | undefined, owner, limit, offset });
    return c.json({ jobs: jobs.map((j) => toJobStatusBody(j.job, j.segments)), total, limit, offset });
  });

  app.get('/jobs/:id', async (c) => c.json(await statusBody(c.req.param('id'), c)));

  app.get('/jobs/:id/result', async (c) => {
    const body = await statusBody(c.req.param('id'), c);
    if (body.status === 'COMPLETED') {
      const json = await store.getResultJson(body.job_id);
      if (json) return c.body(json, 200, { 'content-type': 'application/json' });
    }
    if (body.status === 'FAILED' || body.status === 'CANCELLED') {
      throw conflict(`job ${body.job_id} is ${body.status}: ${body.error_message ?? 'no result'}`);
    }
    return c.json(body, 202);
  });

  // The uploaded PDFs, for the web app's side-by-side source view.
  app.get('/jobs/:id/documents/:side', async (c) => {
    const side = c.req.param('side').toLowerCase();
    if (side !== 'a' && side !== 'b') throw badRequest('side must be "a" or "b"');
    const rec = await store.getJob(c.req.param('id'));
    if (!rec || !visible(rec.job.owner, c)) throw notFound(`no job with id ${c.req.param('id')}`);
    const sha = side === 'a' ? rec.job.shaA : rec.job.shaB;
    const name = side === 'a' ? rec.job.fileNameA : rec.job.fileNameB;
    const bytes = await store.getDocumentBytes(sha);
    return c.body(bytes as unknown as ArrayBuffer, 200, {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(name)}`,
      'cache-control': 'private, max-age=3600',
    });
  });

  app.post('/jobs/:id/cancel', async (c) => {
    const id = c.req.param('id');
    await statusBody(id, c); // 404 for unknown or someone else's job
    const outcome = await cancelJob(deps, id);
    if (outcome === 'not_found') throw notFound(`no job with id ${id}`);
    if (outcome === 'finished') {
      const body = await statusBody(id, c);
      throw conflict(`job ${id} is already ${body.status}; only QUEUED or RUNNING jobs can be cancelled`);
    }
    return c.json(await statusBody(id, c));
  });

  app.delete('/jobs/:id', async (c) => {
    const id = c.req.param('id');
    await statusBody(id, c);
    const outcome = await store.deleteJob(id);
    if (outcome === 'not_found') throw notFound(`no job with id ${id}`);
    if (outcome === 'not_finished') throw conflict(`job ${id} is still running: cancel it first`);
    await redis.del(jobEventsStream(id)).catch(() => undefined);
    return c.body(null, 204);
  });

  app.get('/admin/dlq', async (c) => {
    const limit = Number(c.req.query('limit') ?? 100);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw badRequest('limit must be an integer from 1 to 1000');
    const entries = await listDeadLetters(deps, limit);
    return c.json({ entries, total: await redis.xlen(deadLetterStream) });
  });

  app.post('/admin/dlq/:id/replay', async (c) => {
    const id = c.req.param('id');
    if (!/^\d+-\d+$/.test(id)) throw badRequest('a dead letter id looks like 1764000000000-0');
    const outcome = await replayDeadLetter(deps, id);
    if (outcome === 'not_found') throw notFound(`no dead letter with id ${id}`);
    if (outcome === 'not_replayable') throw conflict(`dead letter ${id} has no job envelope to replay (an unparseable entry)`);
    return c.json({ id, status: 'replayed' });
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
