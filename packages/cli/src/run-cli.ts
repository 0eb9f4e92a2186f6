import { ApiError, ConnectionError } from './api-client.js';
import { EXIT, UsageError, type CliIo } from './cli-io.js';
import { batchCommand } from './commands/batch.js';
import { cancelCommand } from './commands/cancel.js';
import { compareCommand } from './commands/compare.js';
import { dlqCommand } from './commands/dlq.js';
import { jobsCommand } from './commands/jobs.js';
import { showCommand } from './commands/show.js';
import { streamsCommand } from './commands/streams.js';
import { USAGE } from './usage.js';

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  compare: compareCommand,
  batch: (args, io) => batchCommand(args, io),
  jobs: jobsCommand,
  show: showCommand,
  cancel: cancelCommand,
  streams: streamsCommand,
  dlq: dlqCommand,
};

/** Runs one command line; returns the exit code. Every error becomes one readable line. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help' || args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`policydiff: unknown command "${name}"\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await command(args, io);
  } catch (err) {
    // parseArgs reports unknown or malformed options with these codes.
    const code = (err as { code?: string }).code ?? '';
    if (err instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) {
      io.err(`policydiff ${name}: ${(err as Error).message}\n(run "policydiff --help" for usage)\n`);
      return EXIT.usage;
    }
    if (err instanceof ApiError || err instanceof ConnectionError) {
      io.err(`policydiff ${name}: ${err.message}\n`);
      return EXIT.failed;
    }
    io.err(`policydiff ${name}: ${(err as Error).message ?? String(err)}\n`);
    return EXIT.failed;
  }
}
