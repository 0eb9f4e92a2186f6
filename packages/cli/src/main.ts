#!/usr/bin/env node
// The `policydiff` command. Everything it does is in run-cli.ts; this file only binds it to the process.
import { processIo } from './cli-io.js';
import { runCli } from './run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), processIo());
