/**
 * One input analyzed for the listing commands (`entities`, `quotes`): read → decode →
 * pipeline. A failure prints one line naming the file and yields null (exit 1).
 */
import { Pipeline, type PipelineOptions } from '../pipeline.js';
import { readInput } from '../io/read.js';
import type { Document } from '../document.js';
import { describeError } from './errors.js';
import type { IO } from './io.js';

export interface SingleInput {
  /** a path, or - for standard input */
  file: string;
  encoding?: string;
}

export async function analyzeSingle(input: SingleInput, options: PipelineOptions, io: IO): Promise<Document | null> {
  try {
    const bytes = await readInput(input.file, io.stdin);
    return new Pipeline(options).analyzeBytes(bytes, { source: input.file, encoding: input.encoding });
  } catch (err) {
    io.stderr.write(`newsparse: ${input.file}: ${describeError(err).message}\n`);
    return null;
  }
}

/** A TSV field: tabs, line breaks and backslashes escaped (\t \n \r \\), so a row stays one line. */
export function tsvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v).replace(/[\t\n\r\\]/g, (c) => ({ '\t': '\\t', '\n': '\\n', '\r': '\\r', '\\': '\\\\' })[c]!);
}

export function tsvRow(fields: (string | number | null | undefined)[]): string {
  return fields.map(tsvField).join('\t') + '\n';
}
