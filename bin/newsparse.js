#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

main(process.argv, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
  (code) => { process.exitCode = code; },
);
