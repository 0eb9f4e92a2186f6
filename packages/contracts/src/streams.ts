import type { Stage } from './segments.js';

/**
 * Every key carries the `{policydiff}` hash tag so that all of them live in one Redis Cluster slot
 * and a hand-off (XADD next + XACK current + job events) can be one atomic script.
 */
export const KEY_PREFIX = '{policydiff}';

export type Priority = 'high' | 'normal';
export const PRIORITIES: readonly Priority[] = ['high', 'normal'];

/**
 * A stage's work stream. High-priority jobs travel on their own streams (`…:high`), which every
 * stage instance reads with a dedicated consumer: high work never waits behind a normal backlog,
 * and normal work keeps its own consumers, so it is never starved.
 */
export const stageStream = (stage: Stage | 'delivery', priority: Priority = 'normal') =>
  priority === 'high' ? `${KEY_PREFIX}:stage:${stage}:high` : `${KEY_PREFIX}:stage:${stage}`;
export const stageGroup = (stage: Stage | 'delivery') => stage;
/** All job events, in order, for every notifier instance (read without a group: fan-out). */
export const eventsStream = `${KEY_PREFIX}:events`;
/** One job's events: the replay log a WebSocket client resumes from with `?after=`. */
export const jobEventsStream = (jobId: string) => `${KEY_PREFIX}:job:${jobId}:events`;
export const deadLetterStream = `${KEY_PREFIX}:dlq`;
/** Set once per (job, segment) by the hand-off script: makes duplicate deliveries no-ops. */
export const segmentDoneKey = (jobId: string, segment: number) => `${KEY_PREFIX}:job:${jobId}:done:${segment}`;
/** Hash of finished DNA sides; the hand-off that completes it emits the alignment work once. */
export const joinKey = (jobId: string) => `${KEY_PREFIX}:job:${jobId}:join`;
/** Set when a job is cancelled or failed: the hand-off script refuses to start later segments. */
export const haltKey = (jobId: string) => `${KEY_PREFIX}:job:${jobId}:halt`;

export const ALL_WORK_STREAMS = [
  'layout',
  'definitions',
  'classification',
  'dna',
  'alignment',
  'delta',
  'narrative',
  'delivery',
] as const;
