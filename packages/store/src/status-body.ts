import type { JobStatus, JobStatusBody, SegmentState } from '@policydiff/contracts';
// The zod-free subpath: the store is loaded by every stage thread, which never validates a schema.
import { SEGMENTS, TOTAL_SEGMENTS } from '@policydiff/contracts/segments';
import type { JobRow, SegmentRow } from './schema.js';

/** The job status body of the API, from a job row and its segment rows. */
export function toJobStatusBody(job: JobRow, segmentRows: SegmentRow[], lastEventId: string | null = null): JobStatusBody {
  const bySegment = new Map(segmentRows.map((s) => [s.segment, s]));
  const segments: SegmentState[] = SEGMENTS.map((info) => {
    const row = bySegment.get(info.segment);
    return {
      segment: info.segment,
      name: info.name,
      document: info.document,
      status: (row?.status as SegmentState['status']) ?? 'pending',
      cached: row?.cached ?? false,
      started_at: row?.startedAt ?? null,
      completed_at: row?.completedAt ?? null,
      duration_ms: row?.durationMs ?? null,
      attempts: row?.attempts ?? 0,
      consumer: row?.consumer ?? null,
    };
  });
  const completed = segments.filter((s) => s.status === 'completed').length;
  const running = segments.find((s) => s.status === 'running');
  const failed = segments.find((s) => s.status === 'failed');
  const pending = segments.find((s) => s.status === 'pending');
  const status = job.status as JobStatus;
  const current = status === 'COMPLETED' ? null : (failed ?? running ?? (status === 'RUNNING' || status === 'QUEUED' ? pending : undefined));
  return {
    job_id: job.id,
    status,
    current_segment: current?.segment ?? null,
    current_segment_name: current?.name ?? null,
    progress_pct: status === 'COMPLETED' ? 100 : Math.round((completed / TOTAL_SEGMENTS) * 1000) / 10,
    total_segments: TOTAL_SEGMENTS,
    segments,
    file_name_a: job.fileNameA,
    file_name_b: job.fileNameB,
    error_message: job.errorMessage,
    created_at: job.createdAt,
    started_at: job.startedAt,
    completed_at: job.completedAt,
    last_event_id: lastEventId,
  };
}
