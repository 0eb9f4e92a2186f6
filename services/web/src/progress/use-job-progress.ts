import { useEffect, useReducer, useRef } from 'react';
import { getJob, jobSocketUrl } from '../api/client';
import { JobWatcher } from './job-watcher';
import { initialProgress, isFinished, progressReducer, type ProgressState } from './progress-reducer';

/**
 * Live progress of one job (WebSocket with resume, polling fallback), as reducer state.
 * Mount the component that calls it with `key={jobId}` so another job starts from a fresh state.
 */
export function useJobProgress(jobId: string): ProgressState {
  const [state, dispatch] = useReducer(progressReducer, jobId, initialProgress);
  const ref = useRef(state);
  ref.current = state;
  const watcherRef = useRef<JobWatcher | null>(null);

  useEffect(() => {
    const watcher = new JobWatcher(
      jobId,
      {
        snapshot: (job) => dispatch({ type: 'snapshot', job }),
        event: (event) => dispatch({ type: 'event', event }),
        polled: (job) => dispatch({ type: 'polled', job }),
        connection: (connection) => dispatch({ type: 'connection', connection }),
        notFound: () => dispatch({ type: 'not-found' }),
        cursor: () => ref.current.lastEventId,
        finished: () => isFinished(ref.current.status),
      },
      { socketUrl: jobSocketUrl, fetchJob: (id) => getJob(id) },
    );
    watcherRef.current = watcher;
    watcher.start();
    return () => watcher.stop();
  }, [jobId]);

  const finished = isFinished(state.status);
  useEffect(() => {
    if (!finished) return;
    watcherRef.current?.stop();
    dispatch({ type: 'connection', connection: 'closed' });
  }, [finished]);

  return state;
}
