#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// A run keeps large exact tables alive; by default V8 lets garbage grow to several times the
// live heap before a full collection. Growing the heap by at most 50% at a time cut peak
// memory by about a quarter on a 31,000-file corpus at no measurable cost in time.
setFlagsFromString('--heap-growing-percent=50');

const { main } = await import('../dist/cli/main.js');

main(process.argv, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
  (code) => { process.exitCode = code; },
);
