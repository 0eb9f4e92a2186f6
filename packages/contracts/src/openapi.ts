import { z } from 'zod';
import {
  batchAcceptedSchema,
  batchAlternativeSchema,
  batchBodySchema,
  compareAcceptedSchema,
  deadLetterListSchema,
  deadLetterSchema,
  stageStatsBodySchema,
  streamsBodySchema,
  MAX_BATCH_ALTERNATIVES,
  healthSchema,
  JOB_STATUSES,
  jobListSchema,
  jobStatusBodySchema,
  problemSchema,
  segmentStateSchema,
} from './api.js';
import { comparisonResultSchema } from './result.js';
import { jobEventSchema, snapshotMessageSchema, WS_CLOSE, wsServerMessageSchema } from './ws.js';

/**
 * The OpenAPI 3.1 document of the gateway, generated from the zod contracts with zod's own
 * `z.toJSONSchema`: no schema is written by hand here, so the document cannot drift from what the
 * API validates and returns. Names and descriptions are attached in a private registry (the
 * contract schemas themselves stay untouched), which makes every registered schema a
 * `#/components/schemas/<id>` reference wherever another schema uses it.
 */

const replayedSchema = z.object({ id: z.string(), status: z.literal('replayed') });
const compareFormSchema = z.object({
  file_a: z.file().meta({ description: 'Document A (e.g. the expiring policy): a PDF' }),
  file_b: z.file().meta({ description: 'Document B (e.g. the renewal): a PDF' }),
  priority: z.enum(['high', 'normal']).optional().meta({ description: 'high-priority work is read first by every stage' }),
});
const batchFormSchema = z.object({
  base: z.file().meta({ description: 'The base policy every alternative is compared against: a PDF' }),
  alternatives: z.array(z.file()).min(1).max(MAX_BATCH_ALTERNATIVES).meta({ description: `1 to ${MAX_BATCH_ALTERNATIVES} alternative PDFs (repeat the field)` }),
  priority: z.enum(['high', 'normal']).optional(),
});

type Meta = { id: string; description: string };
const registry = z.registry<Meta>();
const named = <T extends z.ZodType>(schema: T, id: string, description: string): T => {
  registry.add(schema, { id, description });
  return schema;
};
const S = {
  problem: named(problemSchema, 'Problem', 'RFC 7807 problem body (application/problem+json): every error the API returns.'),
  segment: named(segmentStateSchema, 'SegmentState', 'One of the 11 segments of a job: status, timing, cache, attempts and the consumer that ran it.'),
  job: named(jobStatusBodySchema, 'JobStatus', 'A job with all 11 segments; `last_event_id` is the WebSocket resume cursor.'),
  jobList: named(jobListSchema, 'JobList', 'A page of jobs, newest first.'),
  accepted: named(compareAcceptedSchema, 'CompareAccepted', 'A queued comparison; `stream_id` is its first work entry.'),
  result: named(comparisonResultSchema, 'ComparisonResult', 'The comparison: aligned clauses, typed differences, key figures and the summary citing page and clause.'),
  health: named(healthSchema, 'Health', 'Liveness of Redis and the store.'),
  deadLetter: named(deadLetterSchema, 'DeadLetter', 'An entry whose retries were spent, with its reason and last error.'),
  deadLetters: named(deadLetterListSchema, 'DeadLetterList', 'The newest dead letters and the total count.'),
  replayed: named(replayedSchema, 'DeadLetterReplayed', 'A dead letter put back on its stream.'),
  compareForm: named(compareFormSchema, 'CompareForm', 'multipart/form-data fields of POST /jobs/compare.'),
  batchForm: named(batchFormSchema, 'CompareBatchForm', 'multipart/form-data fields of POST /jobs/compare-batch.'),
  batchAccepted: named(batchAcceptedSchema, 'BatchAccepted', 'A queued batch: one job per alternative.'),
  batchAlternative: named(batchAlternativeSchema, 'BatchAlternative', 'One alternative ranked by how much cover it adds or removes against the base.'),
  streamFigures: named(streamsBodySchema, 'StreamFigures', 'Per stage and priority stream: length, group lag, pending, oldest pending age, consumers with idle time; the dead-letter count.'),
  stageStats: named(stageStatsBodySchema, 'StageStats', 'Per stage over recent jobs: throughput, p50/p95 duration, attempts; recent failures.'),
  batch: named(batchBodySchema, 'Batch', 'A batch with its alternatives ranked (the broker’s market comparison).'),
  event: named(jobEventSchema, 'JobEvent', 'A job event: a segment started or completed, or the job completed, failed or was cancelled.'),
  snapshot: named(snapshotMessageSchema, 'SnapshotMessage', 'First message on every connection: the job as GET /jobs/{id} returns it.'),
  wsMessage: named(wsServerMessageSchema, 'WsServerMessage', 'Any message the server sends on /ws/jobs/{id}.'),
};

/** zod writes Number.MAX_SAFE_INTEGER bounds on every int: true, but noise in a reference. */
const dropSafeIntBounds = ({ jsonSchema }: { jsonSchema: Record<string, unknown> }) => {
  if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
  if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
};

const ref = (schema: z.ZodType) => ({ $ref: `#/components/schemas/${registry.get(schema)!.id}` });
const inline = (schema: z.ZodType) => {
  const { $schema: _s, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', override: dropSafeIntBounds }) as Record<string, unknown>;
  return rest;
};

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema: ref(schema) } } });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref(S.problem) } } });
const jobId = { name: 'id', in: 'path', required: true, description: 'job id (a UUID)', schema: inline(z.string()) };
const query = (name: string, schema: z.ZodType, description: string) => ({ name, in: 'query', required: false, description, schema: inline(schema) });
const limited = problem('rate limit reached (with Retry-After)');
const auth = { '401': problem('API keys are on and no valid key was sent'), '429': limited };

/** Every operation of the gateway; the gateway's tests check this list against its routes. */
function paths(): Record<string, Record<string, unknown>> {
  return {
    '/jobs/compare': {
      post: {
        tags: ['jobs'],
        operationId: 'compare',
        summary: 'Queue a comparison of two policy PDFs',
        requestBody: { required: true, content: { 'multipart/form-data': { schema: ref(S.compareForm) } } },
        responses: {
          '202': json(S.accepted, 'queued'),
          '400': problem('a field is missing or empty, or not multipart/form-data'),
          '413': problem('a file is larger than UPLOAD_MAX_BYTES, or the PDFs would pass the key\'s STORAGE_QUOTA_BYTES'),
          '415': problem('a file is not a PDF'),
          ...auth,
          '429': problem('backlog full or rate limit reached (with Retry-After)'),
        },
      },
    },
    '/jobs/compare-batch': {
      post: {
        tags: ['jobs'],
        operationId: 'compareBatch',
        summary: `Compare one base policy with up to ${MAX_BATCH_ALTERNATIVES} alternatives (one job each)`,
        requestBody: { required: true, content: { 'multipart/form-data': { schema: ref(S.batchForm) } } },
        responses: {
          '202': json(S.batchAccepted, 'queued'),
          '400': problem('a field is missing, empty or repeated too often'),
          '413': problem('a file is larger than UPLOAD_MAX_BYTES, the files together than BATCH_MAX_BYTES, or the PDFs would pass the key\'s STORAGE_QUOTA_BYTES'),
          '415': problem('a file is not a PDF'),
          ...auth,
          '429': problem('backlog full or rate limit reached (with Retry-After)'),
        },
      },
    },
    '/batches/{id}': {
      get: {
        tags: ['jobs'],
        operationId: 'getBatch',
        summary: 'A batch: its alternatives ranked by the cover they add or remove against the base',
        parameters: [{ ...jobId, description: 'batch id' }],
        responses: { '200': json(S.batch, 'the batch'), '404': problem('unknown batch'), ...auth },
      },
    },
    '/jobs': {
      get: {
        tags: ['jobs'],
        operationId: 'listJobs',
        summary: 'List jobs, newest first',
        parameters: [
          query('status', z.enum(JOB_STATUSES), 'only jobs with this status'),
          query('limit', z.number().int().min(1).max(500).default(50), 'page size'),
          query('offset', z.number().int().min(0).default(0), 'jobs to skip'),
        ],
        responses: { '200': json(S.jobList, 'a page of jobs'), '400': problem('unknown status or bad paging'), ...auth },
      },
    },
    '/jobs/{id}': {
      get: {
        tags: ['jobs'],
        operationId: 'getJob',
        summary: 'A job and its 11 segments',
        parameters: [jobId],
        responses: { '200': json(S.job, 'the job'), '404': problem('unknown job'), ...auth },
      },
      delete: {
        tags: ['jobs'],
        operationId: 'deleteJob',
        summary: 'Delete a finished job, its result and the documents no other job uses',
        parameters: [jobId],
        responses: { '204': { description: 'deleted' }, '404': problem('unknown job'), '409': problem('still running: cancel it first'), ...auth },
      },
    },
    '/jobs/{id}/result': {
      get: {
        tags: ['jobs'],
        operationId: 'getResult',
        summary: 'The comparison result',
        parameters: [jobId],
        responses: {
          '200': json(S.result, 'the result'),
          '202': json(S.job, 'still running: the job status'),
          '404': problem('unknown job'),
          '409': problem('the job failed or was cancelled'),
          ...auth,
        },
      },
    },
    '/jobs/{id}/documents/{side}': {
      get: {
        tags: ['jobs'],
        operationId: 'getDocument',
        summary: 'An uploaded PDF',
        parameters: [jobId, { name: 'side', in: 'path', required: true, description: 'a or b', schema: inline(z.enum(['a', 'b'])) }],
        responses: {
          '200': { description: 'the PDF', content: { 'application/pdf': { schema: inline(z.file()) } } },
          '400': problem('side is not a or b'),
          '404': problem('unknown job'),
          ...auth,
        },
      },
    },
    '/jobs/{id}/cancel': {
      post: {
        tags: ['jobs'],
        operationId: 'cancelJob',
        summary: 'Cancel a queued or running job: no later segment starts',
        parameters: [jobId],
        responses: { '200': json(S.job, 'cancelled'), '404': problem('unknown job'), '409': problem('already finished'), ...auth },
      },
    },
    '/admin/dlq': {
      get: {
        tags: ['admin'],
        operationId: 'listDeadLetters',
        summary: 'Dead letters, newest first',
        parameters: [query('limit', z.number().int().min(1).max(1000).default(100), 'how many')],
        responses: { '200': json(S.deadLetters, 'dead letters'), '400': problem('bad limit'), ...auth, '403': problem('needs an admin key') },
      },
    },
    '/admin/streams': {
      get: {
        tags: ['admin'],
        operationId: 'streamFigures',
        summary: 'Stream and consumer-group figures per stage (XINFO GROUPS / CONSUMERS, XPENDING)',
        responses: { '200': json(S.streamFigures, 'figures'), ...auth, '403': problem('needs an admin key') },
      },
    },
    '/admin/stage-stats': {
      get: {
        tags: ['admin'],
        operationId: 'stageStats',
        summary: 'Throughput and p50/p95 duration per stage over recent jobs, and recent failures',
        parameters: [
          query('jobs', z.number().int().min(1).max(1000).default(100), 'how many recent jobs to sample'),
          query('failures', z.number().int().min(1).max(100).default(10), 'how many recent failures'),
        ],
        responses: { '200': json(S.stageStats, 'figures'), '400': problem('bad parameters'), ...auth, '403': problem('needs an admin key') },
      },
    },
    '/admin/dlq/{id}/replay': {
      post: {
        tags: ['admin'],
        operationId: 'replayDeadLetter',
        summary: 'Put a dead letter back on its stream; its job runs again from that segment',
        parameters: [{ name: 'id', in: 'path', required: true, description: 'dead letter id, e.g. 1764000000000-0', schema: inline(z.string().regex(/^\d+-\d+$/)) }],
        responses: {
          '200': json(S.replayed, 'replayed'),
          '400': problem('not a stream id'),
          '404': problem('unknown dead letter'),
          '409': problem('the entry has no job envelope'),
          ...auth,
          '403': problem('needs an admin key'),
        },
      },
    },
    '/health': {
      get: {
        tags: ['operations'],
        operationId: 'health',
        summary: 'Redis and store liveness',
        security: [],
        responses: { '200': json(S.health, 'both up'), '503': json(S.health, 'Redis or the store is down') },
      },
    },
    '/metrics': {
      get: {
        tags: ['operations'],
        operationId: 'metrics',
        summary: 'Prometheus metrics: jobs by status, stream length, lag and pending per group, dead letters, upload bytes',
        description: 'With API keys on, a metrics key (`name=secret:metrics`) or an admin key: a scrape reads the whole cluster\'s figures.',
        responses: {
          '200': { description: 'Prometheus text exposition format', content: { 'text/plain': { schema: inline(z.string()) } } },
          ...auth,
          '403': problem('the key is neither a metrics nor an admin key'),
        },
      },
    },
    '/openapi.json': {
      get: {
        tags: ['operations'],
        operationId: 'openapi',
        summary: 'This document (with API keys on, any valid key)',
        responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: inline(z.record(z.string(), z.unknown())) } } }, ...auth },
      },
    },
    '/docs': {
      get: {
        tags: ['operations'],
        operationId: 'docs',
        summary: 'Interactive reference of this API: a page without data, which fetches /openapi.json with the key typed into it',
        security: [],
        responses: { '200': { description: 'an HTML page', content: { 'text/html': { schema: inline(z.string()) } } } },
      },
    },
    '/ws/jobs/{id}': {
      get: {
        tags: ['websocket'],
        operationId: 'watchJob',
        summary: 'Follow a job live (WebSocket)',
        description:
          'Upgrade to a WebSocket (the gateway forwards it to a notifier). The server sends a `snapshot` (the job as GET /jobs/{id}), ' +
          'then every event of the job in order: `progress` when a segment starts or completes, then one of `completed`, `failed`, ' +
          '`cancelled`. Reconnect with `?after=<event_id>` (the last one received) to get exactly the events missed. ' +
          'The client sends nothing; messages are described in `x-websocket`.',
        parameters: [jobId, query('after', z.string().regex(/^\d+-\d+$/), 'resume after this event_id')],
        responses: {
          '101': { description: 'switching protocols: messages follow, each a WsServerMessage', content: { 'application/json': { schema: ref(S.wsMessage) } } },
          '400': { description: 'refused before the handshake: the id is not a UUID or not valid percent-encoding, a plain GET without upgrade headers, or a bad Sec-WebSocket-Key' },
          '404': { description: 'not a /ws/jobs/{id} path' },
        },
        'x-websocket': {
          serverMessages: [ref(S.snapshot), ref(S.event)],
          clientMessages: [],
          closeCodes: {
            [WS_CLOSE.unknownJob]: 'unknown job',
            [WS_CLOSE.unauthorized]: 'missing or wrong API key (send it as ?api_key= or a header)',
            [WS_CLOSE.forbidden]: 'the key may not watch this job',
            1008: '`after` is not an event id',
            1001: 'the notifier is shutting down: reconnect with ?after=',
          },
        },
      },
    },
  };
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description: string };
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, Record<string, unknown>>; securitySchemes: Record<string, unknown> };
  [key: string]: unknown;
}

/** Builds the document (cheap: call it once per process and keep it). */
export function buildOpenApi(opts: { version?: string; serverUrl?: string } = {}): OpenApiDocument {
  const generated = z.toJSONSchema(registry, { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}`, override: dropSafeIntBounds }) as {
    schemas: Record<string, Record<string, unknown>>;
  };
  const schemas: Record<string, Record<string, unknown>> = {};
  for (const [id, schema] of Object.entries(generated.schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema;
    schemas[id] = rest;
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'policydiff',
      version: opts.version ?? '0.1.0',
      description:
        'Compare two insurance policy wordings: aligned clauses, typed differences and a plain-English summary citing page and clause. ' +
        'Submit two PDFs, follow the 11 segments over the WebSocket, then read the result. ' +
        'With API keys off (local use), every route answers 421 to a Host that is not a loopback name and 403 to a write or WebSocket that a page on another site starts.',
    },
    ...(opts.serverUrl ? { servers: [{ url: opts.serverUrl }] } : {}),
    tags: [
      { name: 'jobs', description: 'Submit comparisons and read their status and results' },
      { name: 'websocket', description: 'Live progress of a job' },
      { name: 'admin', description: 'Dead letters (an admin key when API keys are on)' },
      { name: 'operations', description: 'Health, metrics and this reference' },
    ],
    security: [{ bearer: [] }, { apiKey: [] }, {}],
    paths: paths(),
    components: {
      schemas,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'an API key from API_KEYS (only when keys are on)' },
        apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
      },
    },
  };
}
