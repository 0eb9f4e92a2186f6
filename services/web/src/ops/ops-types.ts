/**
 * The bodies of the gateway's ops endpoints (GET /admin/streams, /admin/stage-stats, /admin/dlq):
 * contract types, so the dashboard reads exactly what the gateway validates and documents.
 */
export type {
  ConsumerFigures,
  DeadLetter,
  DeadLetterList,
  RecentFailure,
  StageStats,
  StageStatsBody,
  StageStreamFigures,
  StreamsBody,
} from '@policydiff/contracts';
