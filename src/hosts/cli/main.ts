#!/usr/bin/env node
// Entry point of the `cchc` command: runs the command line on the process's arguments and streams.
import { processIo } from './cli-io';
import { runCli } from './run-cli';

// A closed pipe (cchc export F.xlsx | head) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});

void runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
