import type { ComparisonResult } from '@policydiff/contracts';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/api-error';
import { getResult } from '../api/client';

export type ResultState = { state: 'idle' | 'loading' } | { state: 'ready'; result: ComparisonResult } | { state: 'error'; message: string };

/** Loads the result once the job has completed; waits out a 202 while delivery stores it. */
export function useResult(jobId: string, completed: boolean): ResultState & { retry(): void } {
  const [s, setS] = useState<ResultState>({ state: 'idle' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!completed) return;
    const ctrl = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    setS((cur) => (cur.state === 'ready' ? cur : { state: 'loading' }));
    const load = async (tries: number): Promise<void> => {
      try {
        const result = await getResult(jobId, ctrl.signal);
        if (result) return setS({ state: 'ready', result });
        if (tries > 40) return setS({ state: 'error', message: 'The comparison finished but its result was not stored. Try again in a moment.' });
        timer = setTimeout(() => void load(tries + 1), 500);
      } catch (err) {
        if (!ctrl.signal.aborted) setS({ state: 'error', message: errorMessage(err) });
      }
    };
    void load(0);
    return () => {
      ctrl.abort();
      clearTimeout(timer);
    };
  }, [jobId, completed, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...s, retry };
}
