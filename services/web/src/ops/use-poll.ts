import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/api-error';

/**
 * Calls `load` now and every `ms` while mounted; keeps the last good value when a poll fails, so a
 * blip shows an error line over stale figures instead of blanking the page. `deps` restart it.
 */
export function usePoll<T>(
  load: (signal: AbortSignal) => Promise<T>,
  ms: number,
  deps: unknown[],
  /** When it answers true for a value, polling stops (e.g. a finished batch). */
  done?: (value: T) => boolean,
): { data: T | null; error: string | null; refresh(): void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const loader = useRef(load);
  loader.current = load;
  const finished = useRef(done);
  finished.current = done;

  useEffect(() => {
    const ctl = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      try {
        const value = await loader.current(ctl.signal);
        setData(value);
        setError(null);
        if (finished.current?.(value)) return;
      } catch (err) {
        if (!ctl.signal.aborted) setError(errorMessage(err));
      }
      // The next poll starts after this one ends: a slow server is never asked twice at once.
      if (!ctl.signal.aborted) timer = setTimeout(() => void run(), ms);
    };
    void run();
    return () => {
      ctl.abort();
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ms, tick, ...deps]);

  const refresh = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, refresh };
}
