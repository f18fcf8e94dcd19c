/**
 * Processing one input into a record: read → decode → pipeline → report + per-document
 * frequency tables. Errors of one file become an error record; nothing here prints.
 */
import type { Readable } from 'node:stream';
import type { Pipeline } from '../pipeline.js';
import { FrequencyTables, type FrequencySettings } from '../stats/frequencies.js';
import type { Interner } from '../stats/pairs.js';
import { documentReport, type FileRecord, type ReportOptions } from '../report.js';
import { readInput } from '../io/read.js';
import { describeError } from '../cli/errors.js';
import type { Document } from '../document.js';

export interface ProcessSettings {
  report: ReportOptions;
  frequency: FrequencySettings;
  encoding?: string;
}

export interface ProcessedFile {
  record: FileRecord;
  doc?: Document;
  tables?: FrequencyTables;
}

/**
 * Analyzes one input's bytes. `interner`: the vocabulary the document's bigram table uses;
 * pass the corpus aggregate's (aggregate.frequencies.bigrams.interner) so merging the
 * document into it needs no translation.
 */
export function processBytes(
  bytes: Uint8Array,
  source: string,
  pipeline: Pipeline,
  settings: ProcessSettings,
  interner?: Interner,
): ProcessedFile {
  try {
    const doc = pipeline.analyzeBytes(bytes, { source, encoding: settings.encoding });
    const tables = new FrequencyTables(settings.frequency, interner).add(doc, pipeline.context.stopwords);
    return { record: documentReport(doc, tables, pipeline.context.stopwords, settings.report), doc, tables };
  } catch (err) {
    const { code, message } = describeError(err);
    return { record: { source, error: { code, message } } };
  }
}

export async function processPath(
  path: string,
  pipeline: Pipeline,
  settings: ProcessSettings,
  stdin: Readable,
  interner?: Interner,
): Promise<ProcessedFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readInput(path, stdin);
  } catch (err) {
    const { code, message } = describeError(err);
    return { record: { source: path, error: { code, message } } };
  }
  return processBytes(bytes, path, pipeline, settings, interner);
}
