/**
 * Processing batches of files: the work one thread does. A BatchProcessor holds ONE Pipeline
 * (its compiled resources are built once) and the thread's share of the corpus aggregate.
 * The same code runs in worker threads (src/batch/worker.ts) and, with one job, in the main
 * thread; it reads files itself, formats each document for output when the format allows it,
 * and never prints.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { Pipeline, type PipelineOptions } from '../pipeline.js';
import { Aggregate, type AggregateData } from '../stats/aggregate.js';
import { isError, type FileRecord } from '../report.js';
import { describeError } from '../cli/errors.js';
import { json, ndjson } from '../format/json.js';
import type { FormatContext, Formatter, OverviewRow } from '../format/types.js';
import { makeChalk } from '../cli/color.js';
import { processBytes, type ProcessSettings } from './process.js';
import { analyzeLargeFile } from './large.js';

/**
 * What each file's result carries back:
 * - 'string': the document already formatted by a formatter whose output depends only on the
 *   record and its index (json, ndjson) — the main thread only writes it;
 * - 'record': the plain record, for formatters that keep state across documents (table, csv);
 * - 'overview': the document's overview row only (a formatter with overview(), when documents
 *   are not shown one by one); large files still bring their record;
 * - 'none': nothing but errors (--summary-only).
 */
export type OutputMode = 'string' | 'record' | 'overview' | 'none';

/** Formatters whose document() depends only on its arguments, so any thread can call it. */
export const PURE_FORMATTERS: Record<string, Formatter> = { json, ndjson };

export interface BatchConfig {
  pipeline: Pick<PipelineOptions, 'normalize' | 'gazetteer' | 'segment'>;
  process: ProcessSettings;
  output: OutputMode;
  /** formatter name, for output 'string' */
  format: string;
  /**
   * 'accumulate': documents go into the thread's running aggregate, collected once at the end
   * (flush) — the fast path; 'per-task': each task returns its own partial aggregate, so the
   * caller can drop the partials of results it does not output (--fail-fast).
   */
  partials: 'accumulate' | 'per-task';
  /** piece size for large files, in bytes */
  chunkBytes: number;
}

export interface TaskFile {
  /** position in the input list */
  index: number;
  /** the path as shown (the record's source) */
  path: string;
  /** the path to read (absolute), or '-' with `bytes` */
  file: string;
  /** the bytes, when the main thread read them (standard input) */
  bytes?: Uint8Array;
  /** analyze in pieces, streaming the record (see large.ts) */
  large?: boolean;
}

export interface FileResult {
  index: number;
  source: string;
  /** formatted output (output 'string') */
  output?: string;
  /**
   * a temporary file holding the formatted output (a large file's streamed record): the
   * receiver writes it out and deletes it
   */
  outputFile?: string;
  /** the record (output 'record') */
  record?: FileRecord;
  /** the overview row (output 'overview') */
  overview?: OverviewRow;
  /** set when the file failed */
  error?: { code: string; message: string };
  /** bytes read */
  bytes: number;
  /** words analyzed */
  words: number;
}

export interface Task {
  files: TaskFile[];
}

export interface TaskResult {
  files: FileResult[];
  /** the task's partial aggregate (partials 'per-task') */
  aggregate?: AggregateData;
}

const PLAIN_CONTEXT: FormatContext = { color: makeChalk(0), top: 0, perFile: false, tables: [] };

export class BatchProcessor {
  readonly pipeline: Pipeline;
  private aggregate: Aggregate;
  private readonly formatter: Formatter | null;

  constructor(readonly config: BatchConfig) {
    this.pipeline = new Pipeline(config.pipeline);
    this.aggregate = new Aggregate(config.process.frequency);
    if (config.output === 'string') {
      const f = PURE_FORMATTERS[config.format];
      if (!f) throw new Error(`format '${config.format}' cannot be written by a worker`);
      this.formatter = f;
    } else this.formatter = null;
  }

  /** Analyzes the files of one task, in order. */
  async run(task: Task): Promise<TaskResult> {
    const perTask = this.config.partials === 'per-task';
    const aggregate = perTask ? new Aggregate(this.config.process.frequency) : this.aggregate;
    const interner = aggregate.frequencies.bigrams.interner;
    const files: FileResult[] = [];
    for (const f of task.files) {
      if (f.large) {
        files.push(await this.runLarge(f, aggregate));
        continue;
      }
      let bytes: Uint8Array;
      let result: FileResult;
      try {
        bytes = f.bytes ?? readFileSync(f.file);
      } catch (err) {
        files.push({ index: f.index, source: f.path, error: describeError(err), bytes: 0, words: 0, ...this.errorOutput(f, describeError(err)) });
        aggregate.addFailure();
        continue;
      }
      if (this.config.output === 'none' || this.config.output === 'overview') {
        // no record to write: count the document straight into the aggregate
        try {
          const doc = this.pipeline.analyzeBytes(bytes, { source: f.path, encoding: this.config.process.encoding });
          aggregate.add(doc, this.pipeline.context.stopwords, this.pipeline.typesOf(doc));
          const { words, types, sentences } = doc.stats;
          const done: FileResult = { index: f.index, source: f.path, bytes: bytes.length, words };
          if (this.config.output === 'overview') done.overview = { source: f.path, encoding: doc.encoding, words, types, sentences };
          files.push(done);
        } catch (err) {
          aggregate.addFailure();
          const error = describeError(err);
          files.push({ index: f.index, source: f.path, error, bytes: bytes.length, words: 0, ...this.errorOutput(f, error) });
        }
        continue;
      }
      const processed = processBytes(bytes, f.path, this.pipeline, this.config.process, interner);
      const { record } = processed;
      if (isError(record)) {
        aggregate.addFailure();
        result = { index: f.index, source: f.path, error: record.error, bytes: bytes.length, words: 0 };
      } else {
        aggregate.addDocument(processed.doc!, processed.tables!);
        result = { index: f.index, source: f.path, bytes: bytes.length, words: record.stats.words };
      }
      if (this.config.output === 'record') result.record = record;
      else if (this.formatter) result.output = this.formatter.document(record, f.index, PLAIN_CONTEXT);
      files.push(result);
    }
    return perTask ? { files, aggregate: aggregate.toData() } : { files };
  }

  /** A large file, in pieces; a streamed record goes to a temporary file. */
  private async runLarge(f: TaskFile, aggregate: Aggregate): Promise<FileResult> {
    const streamed = this.config.output === 'string';
    const outputFile = streamed ? join(tmpdir(), `newsparse-${process.pid}-${threadId}-${f.index}-${randomUUID()}.part`) : undefined;
    const fd = outputFile ? openSync(outputFile, 'w') : -1;
    let keep = false;
    try {
      const r = await analyzeLargeFile({
        path: f.path,
        file: f.file,
        index: f.index,
        pipeline: this.pipeline,
        settings: this.config.process,
        chunkBytes: this.config.chunkBytes,
        // a large file in an overview brings its (capped) record: it is one file among many
        output: this.config.output === 'overview' ? 'record' : this.config.output,
        format: this.config.format,
        write: async (s) => {
          keep = true;
          writeSync(fd, s);
        },
      });
      const result: FileResult = { index: f.index, source: f.path, bytes: r.bytes, words: r.aggregate?.totals.words ?? 0 };
      if (r.aggregate) aggregate.merge(r.aggregate);
      if (r.error) {
        aggregate.addFailure();
        result.error = r.error;
      }
      if (r.record) {
        if (this.config.output === 'record' || this.config.output === 'overview') result.record = r.record;
        else if (this.formatter) result.output = this.formatter.document(r.record, f.index, PLAIN_CONTEXT);
      }
      if (keep) result.outputFile = outputFile;
      return result;
    } finally {
      if (fd >= 0) closeSync(fd);
      if (outputFile && !keep) rmSync(outputFile, { force: true });
    }
  }

  private errorOutput(f: TaskFile, error: { code: string; message: string }): Pick<FileResult, 'output' | 'record'> {
    const record: FileRecord = { source: f.path, error };
    if (this.config.output === 'record' || this.config.output === 'overview') return { record };
    if (this.formatter) return { output: this.formatter.document(record, f.index, PLAIN_CONTEXT) };
    return {};
  }

  /** The running aggregate as plain data; the processor starts a new one. */
  flush(): AggregateData {
    const data = this.aggregate.toData();
    this.aggregate = new Aggregate(this.config.process.frequency);
    return data;
  }

  /** The running aggregate itself (same thread); the processor starts a new one. */
  take(): Aggregate {
    const a = this.aggregate;
    this.aggregate = new Aggregate(this.config.process.frequency);
    return a;
  }
}
