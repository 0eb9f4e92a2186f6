/**
 * The bodies of the gateway's ops endpoints (services/gateway/src/ops-routes.ts and the DLQ routes).
 * Restated here because the web bundle takes only contract types and these live in the gateway.
 */
export interface ConsumerFigures {
  name: string;
  pending: number;
  idle_ms: number;
  inactive_ms: number | null;
}

export interface StageStreamFigures {
  stage: string;
  priority: 'high' | 'normal';
  stream: string;
  group: string;
  length: number;
  lag: number | null;
  pending: number;
  oldest_pending_age_ms: number | null;
  retries_waiting: number;
  group_exists: boolean;
  consumers: ConsumerFigures[];
}

export interface StreamsBody {
  at: string;
  streams: StageStreamFigures[];
  dead_letters: number;
}

export interface StageStats {
  stage: string;
  segments: number;
  cached: number;
  throughput_per_min: number | null;
  p50_ms: number | null;
  p95_ms: number | null;
  max_attempts: number;
}

export interface RecentFailure {
  job_id: string;
  failed_at: string | null;
  segment: number | null;
  segment_name: string | null;
  stage: string | null;
  attempts: number;
  consumer: string | null;
  error_message: string | null;
}

export interface StageStatsBody {
  at: string;
  sampled_jobs: number;
  stages: StageStats[];
  recent_failures: RecentFailure[];
}

export interface DeadLetter {
  id: string;
  job_id: string | null;
  stream: string;
  entry: string;
  reason: string;
  error: string;
  segment: number | null;
  deliveries: number | null;
  dead_at: string;
}

export interface DeadLetterList {
  entries: DeadLetter[];
  total: number;
}
