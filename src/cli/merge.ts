/**
 * `newsparse merge`: combines partials (written by `newsparse analyze … --summary-only`) into
 * the partial — or, with --summary, the corpus summary — of one run over all their inputs.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Pipeline } from '../pipeline.js';
import { readAll } from '../io/read.js';
import { ndjson } from '../format/json.js';
import { makeChalk } from './color.js';
import { mergePartials, parsePartials, writePartial, type PartialJSON } from '../batch/partial.js';
import { EXIT_INPUT_FAILED, EXIT_OK, describeError } from './errors.js';
import { Output, type IO } from './io.js';

export interface MergeSettings {
  /** files, or '-' for standard input */
  inputs: string[];
  format: 'json' | 'ndjson';
  /** write the corpus summary (top rows) instead of the partial */
  summary: boolean;
  top: number;
}

export async function runMerge(s: MergeSettings, io: IO): Promise<number> {
  const out = new Output(io.stdout);
  const inputs = s.inputs.length ? s.inputs : ['-'];
  const parts: PartialJSON[] = [];
  const names: string[] = [];
  for (const input of inputs) {
    try {
      const text =
        input === '-' ? new TextDecoder().decode(await readAll(io.stdin)) : await readFile(resolve(io.cwd ?? process.cwd(), input), 'utf8');
      const found = parsePartials(text, input === '-' ? '(standard input)' : input);
      for (const p of found) {
        parts.push(p);
        names.push(input);
      }
    } catch (err) {
      const { message } = describeError(err);
      io.stderr.write(`newsparse: ${message.startsWith(input) || message.startsWith('(standard input)') ? message : `${input}: ${message}`}\n`);
      return EXIT_INPUT_FAILED;
    }
  }
  let merged;
  try {
    merged = mergePartials(parts, names);
  } catch (err) {
    io.stderr.write(`newsparse: ${describeError(err).message}\n`);
    return EXIT_INPUT_FAILED;
  }
  const { aggregate, normalize, errors } = merged;
  if (s.summary) {
    const stopwords = new Pipeline({ normalize }).context.stopwords;
    const summary = { ...aggregate.summary(s.top, stopwords), errors };
    // exactly what analyze writes: the "summary" of --format json, the last line of ndjson
    const ctx = { color: makeChalk(0), top: s.top, perFile: false, tables: [] };
    await out.write(s.format === 'ndjson' ? ndjson.end(summary, ctx) : JSON.stringify(summary) + '\n');
  } else {
    await writePartial((c) => out.write(c), aggregate, normalize, errors, s.format);
  }
  if (out.error) throw out.error;
  return EXIT_OK;
}
