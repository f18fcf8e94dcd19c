#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// A run keeps large exact tables alive; by default V8 lets garbage grow to several times the
// live heap before a full collection. Growing the heap by at most 50% at a time cut peak
// memory by about a quarter on a 31,000-file corpus at no measurable cost in time.
setFlagsFromString('--heap-growing-percent=50');
// The tables' entries are made a few at a time between the short-lived objects of each
// document, so after a collection most old-space pages are part live, part free, and V8 keeps
// them all. Compacting on every full collection moves the live objects together and gives the
// free pages back: on the same corpus the resident size between collections fell by about a
// third and the peak by about a tenth (680 → 610 MB), at no measurable cost in time.
setFlagsFromString('--compact-on-every-full-gc');

const { main } = await import('../dist/cli/main.js');

main(process.argv, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
  (code) => { process.exitCode = code; },
);
