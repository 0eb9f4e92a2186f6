import type { Logger } from 'pino';

type Closer = () => Promise<unknown> | unknown;

/**
 * Runs the registered closers in reverse order on SIGTERM/SIGINT, then exits. A second signal,
 * or the deadline passing, exits at once: a wedged closer must not keep a service alive.
 */
export function onShutdown(logger: Logger, deadlineMs: number): (closer: Closer) => void {
  const closers: Closer[] = [];
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error({ deadlineMs }, 'shutdown deadline passed: exiting');
      process.exit(1);
    }, deadlineMs);
    timer.unref();
    for (const close of closers.reverse()) {
      try {
        await close();
      } catch (err) {
        logger.error({ err }, 'error while closing');
      }
    }
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  return (closer) => closers.push(closer);
}
