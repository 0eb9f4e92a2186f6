/** The help text: every command and option, as `policydiff --help` prints it. */
export const USAGE = `policydiff — compare insurance policy wordings

Usage:
  policydiff compare A.pdf B.pdf [--server URL] [--api-key K] [--json | --md | --html FILE]
                                 [--wait | --no-wait] [--priority high|normal]
      Upload two PDFs, follow the job live (11 segments), print the headline, key figures and
      material changes. Exits 1 with the error when the job fails.
  policydiff compare --local A.pdf B.pdf [--json | --md | --html FILE]
      Run the same analysis in this process: no server, no Redis.
  policydiff batch BASE.pdf ALT1.pdf [ALT2.pdf …] [--server URL] [--json] [--priority high|normal]
                                 [--timeout SECONDS]
      The market comparison: each alternative (up to 20) against the base, ranked by the cover it
      adds or removes. Waits for every job, then prints the ranked table. Exits 1 if any failed.
  policydiff jobs [--status QUEUED|RUNNING|COMPLETED|FAILED|CANCELLED] [--limit N] [--json]
  policydiff show JOB [--json | --md | --html FILE]
  policydiff cancel JOB
  policydiff streams [--redis URL] [--json] [--watch SECONDS]
      Per stage: stream length, group lag, pending, oldest pending age, consumers with idle
      time; and the dead-letter count. Reads Redis directly (REDIS_URL).
  policydiff dlq list [--limit N] [--json]
  policydiff dlq replay ID
      Dead letters, through the gateway's admin API (needs an admin key when keys are on).

Options:
  --server URL     the gateway (default $POLICYDIFF_SERVER or http://127.0.0.1:8000)
  --api-key K      API key (default $POLICYDIFF_API_KEY), sent as "Authorization: Bearer K"
  -h, --help       this text

Exit codes: 0 done, 1 the job or the request failed, 2 wrong arguments.
`;
