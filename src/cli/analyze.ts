/**
 * `newsparse analyze`: inputs → batches → records → formatter, with the corpus aggregate
 * alongside. Walking (io/inputs), processing (batch/processor, on worker threads with more than
 * one job) and printing (here, through the formatter) are separate; output comes in input
 * order unless --unordered, and one file's failure is a record and a line on stderr.
 */
import { closeSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { resolve } from 'node:path';
import { Pipeline } from '../pipeline.js';
import { Aggregate } from '../stats/aggregate.js';
import { FORMATTERS, type FormatContext } from '../format/index.js';
import { expandInputs, parsePathList, type InputItem, type InputProblem } from '../io/inputs.js';
import { readAll, removeSpooled, spoolInput } from '../io/read.js';
import type { ErrorRecord, FileRecord } from '../report.js';
import type { ProcessSettings } from '../batch/process.js';
import { PURE_FORMATTERS, type BatchConfig, type OutputMode, type TaskFile, type TaskResult } from '../batch/processor.js';
import { InProcessExecutor, PoolExecutor, type Executor } from '../batch/pool.js';
import { schedule } from '../batch/schedule.js';
import { Progress } from '../batch/progress.js';
import { sortErrors, writePartial } from '../batch/partial.js';
import { DEFAULT_CHUNK_BYTES, DEFAULT_LARGE_FILE_BYTES } from '../batch/large.js';
import type { NormalizeRule } from '../text/normalize.js';
import type { GazetteerEntry } from '../data/types.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError } from './errors.js';
import { Output, type IO } from './io.js';
import { makeChalk, colorLevel } from './color.js';

export interface AnalyzeSettings {
  inputs: string[];
  filesFrom?: string;
  include: string[];
  exclude: string[];
  format: string;
  top: number;
  tables: string[];
  perFile: boolean | 'auto';
  tokens: boolean;
  sentences: boolean;
  text: boolean;
  encoding?: string;
  keepStopwords: boolean;
  normalize: Partial<Record<NormalizeRule, boolean>>;
  /** user gazetteer entries (--gazetteer) */
  gazetteer: GazetteerEntry[];
  color?: boolean;
  failFast: boolean;
  /** worker threads (--jobs); undefined: as many as cores, used when the input is large enough */
  jobs?: number;
  /** write documents as they are ready instead of in input order */
  unordered?: boolean;
  /** no progress bar */
  quiet?: boolean;
  /** write only the corpus partial (mergeable; json or ndjson) */
  summaryOnly?: boolean;
  /** files at least this large are analyzed in pieces (default 1 MiB) */
  largeFileBytes?: number;
  /** the size of those pieces (default 256 KiB) */
  chunkBytes?: number;
}

/** Files named by --per-file auto: up to this many inputs get their own tables. */
export const PER_FILE_AUTO_LIMIT = 20;
/** Without --jobs, worker threads start only for at least this much input. */
export const AUTO_POOL_MIN_BYTES = 2 * 1024 * 1024;
/** A task: at most this many files … */
export const TASK_MAX_FILES = 64;
/** … and about this many bytes. */
export const TASK_MAX_BYTES = 4 * 1024 * 1024;
/** Tasks started and not yet written, per thread. */
export const TASKS_PER_THREAD = 4;

async function collectInputs(s: AnalyzeSettings, io: IO): Promise<InputItem[]> {
  const args = [...s.inputs];
  if (s.filesFrom !== undefined) {
    const listText =
      s.filesFrom === '-' ? new TextDecoder().decode(await readAll(io.stdin)) : await readFile(resolve(io.cwd ?? process.cwd(), s.filesFrom), 'utf8').catch(() => {
        throw new UsageError(`--files-from: cannot read '${s.filesFrom}'`);
      });
    for (const path of parsePathList(listText)) args.push(path);
  }
  if (args.length === 0) throw new UsageError('no input: give files, folders or globs, or - for standard input');
  if (s.filesFrom === '-' && args.includes('-')) throw new UsageError("'-' cannot be an input while --files-from reads standard input");
  const items: InputItem[] = [];
  for await (const item of expandInputs(args, { include: s.include, exclude: s.exclude, cwd: io.cwd ?? process.cwd() })) {
    items.push(item);
  }
  return items;
}

type Job =
  | { kind: 'problem'; index: number; item: InputProblem }
  | { kind: 'files'; files: TaskFile[] }
  | { kind: 'stdin'; index: number };

interface Plan {
  jobs: Job[];
  files: number;
  bytes: number;
  threads: number;
}

/** Groups the inputs into jobs: small files in tasks of a few MB, large files alone. */
function plan(items: InputItem[], s: AnalyzeSettings, cwd: string): Plan {
  const large = s.largeFileBytes ?? DEFAULT_LARGE_FILE_BYTES;
  const sizes = items.map((it) => {
    if (it.kind !== 'file') return 0;
    try {
      return statSync(resolve(cwd, it.path)).size;
    } catch {
      return 0; // reading it will report why
    }
  });
  const bytes = sizes.reduce((a, b) => a + b, 0);
  const smallFiles = items.filter((it, i) => it.kind === 'file' && sizes[i] < large).length;
  // (a large file is a task of its own, analyzed in pieces)
  const cores = availableParallelism();
  const wanted = s.jobs ?? cores;
  // with several threads, enough tasks to keep them all busy and balanced
  const perTask = s.failFast ? 1 : Math.max(1, Math.min(TASK_MAX_FILES, Math.ceil(smallFiles / Math.max(1, wanted * 8))));
  const jobs: Job[] = [];
  let batch: TaskFile[] = [];
  let batchBytes = 0;
  const cut = () => {
    if (batch.length) jobs.push({ kind: 'files', files: batch });
    batch = [];
    batchBytes = 0;
  };
  items.forEach((it, index) => {
    if (it.kind === 'file' && sizes[index] < large) {
      batch.push({ index, path: it.path, file: resolve(cwd, it.path) });
      batchBytes += sizes[index];
      if (batch.length >= perTask || batchBytes >= TASK_MAX_BYTES) cut();
      return;
    }
    cut();
    if (it.kind === 'problem') jobs.push({ kind: 'problem', index, item: it });
    else if (it.kind === 'stdin') jobs.push({ kind: 'stdin', index });
    else jobs.push({ kind: 'files', files: [{ index, path: it.path, file: resolve(cwd, it.path), large: true }] });
  });
  cut();
  const tasks = jobs.filter((j) => j.kind === 'files').length;
  const pool = wanted > 1 && tasks >= 2 && (s.jobs !== undefined || bytes >= AUTO_POOL_MIN_BYTES);
  return { jobs, files: items.length, bytes, threads: pool ? Math.min(wanted, tasks) : 1 };
}

/** Writes out a temporary file holding formatted output, then deletes it. */
async function copyOut(file: string, write: (s: string) => Promise<void>): Promise<void> {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    const decoder = new TextDecoder();
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      await write(decoder.decode(buf.subarray(0, n), { stream: true }));
    }
    const rest = decoder.decode();
    if (rest) await write(rest);
  } finally {
    closeSync(fd);
    rmSync(file, { force: true });
  }
}

export async function runAnalyze(s: AnalyzeSettings, io: IO): Promise<number> {
  if (s.summaryOnly && s.format !== 'json' && s.format !== 'ndjson') {
    throw new UsageError('--summary-only writes the mergeable partial: use it with --format json or ndjson');
  }
  if (s.jobs !== undefined && (!Number.isInteger(s.jobs) || s.jobs < 1)) throw new UsageError('--jobs: expected a whole number of at least 1');
  const out = new Output(io.stdout);
  const env = io.env ?? {};
  const cwd = io.cwd ?? process.cwd();

  const items = await collectInputs(s, io);
  const { jobs, files, bytes, threads } = plan(items, s, cwd);

  const settings: ProcessSettings = {
    report: { top: s.top, tokens: s.tokens, sentences: s.sentences, text: s.text },
    frequency: { keepStopwords: s.keepStopwords },
    encoding: s.encoding,
  };
  const ctx: FormatContext = {
    color: makeChalk(s.format === 'table' ? colorLevel(io.stdout, env, s.color) : 0),
    top: s.top,
    perFile: s.perFile === 'auto' ? items.length > 1 && items.length <= PER_FILE_AUTO_LIMIT : s.perFile,
    tables: s.tables,
    columns: io.stdout.columns,
  };
  const formatter = FORMATTERS[s.format].create();
  // a formatter that can list documents by their overview row needs no full records when it
  // does not show documents one by one (a corpus without --per-file)
  const overviewOnly = formatter.overview !== undefined && !ctx.perFile && files > 1;
  const output: OutputMode = s.summaryOnly
    ? 'none'
    : Object.hasOwn(PURE_FORMATTERS, s.format)
      ? 'string'
      : overviewOnly
        ? 'overview'
        : 'record';
  const config: BatchConfig = {
    // clitic segments only show in tokens (--tokens); the rest of the pipeline does not need them
    pipeline: { normalize: s.normalize, gazetteer: s.gazetteer, segment: s.tokens },
    process: settings,
    output,
    format: s.format,
    partials: s.failFast && threads > 1 ? 'per-task' : 'accumulate',
    chunkBytes: s.chunkBytes ?? DEFAULT_CHUNK_BYTES,
  };
  // the main thread's own share: inputs that could not be listed, per-task partials
  const aggregate = new Aggregate(settings.frequency);
  let mainPipeline: Pipeline | undefined;
  const pipeline = () => (mainPipeline ??= new Pipeline({ normalize: s.normalize, gazetteer: s.gazetteer, segment: s.tokens }));
  const errors: ErrorRecord[] = [];
  let documents = 0;

  const progress =
    !s.quiet && io.stderr.isTTY ? new Progress(io.stderr, { totalFiles: files, totalBytes: bytes, columns: io.stderr.columns }) : null;
  const write = async (chunk: string) => {
    if (progress && io.stdout.isTTY) progress.clear();
    await out.write(chunk);
  };
  const failed = (record: ErrorRecord) => {
    errors.push(record);
    const line = `newsparse: ${record.source}: ${record.error.message}`;
    if (progress) progress.log(line);
    else io.stderr.write(line + '\n');
  };
  const writeRecord = async (record: FileRecord, index: number) => {
    if (output !== 'none') await write(formatter.document(record, index, ctx));
  };

  // One thread keeps the corpus tables and the documents' short-lived objects in one heap: the
  // tables' entries are made a few at a time between them, so after a collection most old-space
  // pages are part live, part free, and V8 keeps them all. Compacting on every full collection
  // moves the live objects together and gives the free pages back (over 31,030 articles the peak
  // fell by about a tenth, 680 → 610 MB, at no cost in time). With worker threads it slowed the
  // run by about 15% and saved nothing, so it is set for one thread only.
  if (threads === 1) setFlagsFromString('--compact-on-every-full-gc');
  const executor: Executor = threads > 1 ? new PoolExecutor(config, threads) : new InProcessExecutor(config);
  let stoppedByFailure = false;
  try {
    await write(s.summaryOnly ? '' : formatter.begin(ctx));
    await schedule<Job, TaskResult | null>(jobs, {
      window: threads > 1 ? threads * TASKS_PER_THREAD : 1,
      unordered: Boolean(s.unordered),
      start: async (job) => {
        if (job.kind === 'files') return executor.run({ files: job.files });
        if (job.kind === 'stdin') {
          // large standard input is spooled to a temporary file and analyzed in pieces, like a large file
          const input = await spoolInput(io.stdin, s.largeFileBytes ?? DEFAULT_LARGE_FILE_BYTES);
          try {
            if (input.file) return await executor.run({ files: [{ index: job.index, path: '-', file: input.file, large: true }] });
            return await executor.run({ files: [{ index: job.index, path: '-', file: '-', bytes: input.bytes }] });
          } finally {
            removeSpooled(input);
          }
        }
        return null;
      },
      consume: async (job, result) => {
        if (out.closed) return false;
        if (job.kind === 'problem') {
          const record: ErrorRecord = { source: job.item.path, error: { code: job.item.code, message: job.item.message } };
          aggregate.addFailure();
          failed(record);
          await writeRecord(record, job.index);
          progress?.tick(1, 0);
          if (s.failFast) stoppedByFailure = true;
          return !stoppedByFailure && !out.closed;
        }
        for (const f of result!.files) {
          if (f.error) failed({ source: f.source, error: f.error });
          else documents++;
          if (f.outputFile !== undefined) await copyOut(f.outputFile, write);
          if (f.output !== undefined) await write(f.output);
          else if (f.record) await writeRecord(f.record, f.index);
          else if (f.overview && formatter.overview) await write(formatter.overview(f.overview, f.index, ctx));
          progress?.tick(1, f.bytes);
          if (f.error && s.failFast) {
            stoppedByFailure = true;
            break;
          }
        }
        if (result!.aggregate) aggregate.mergeData(result!.aggregate);
        return !stoppedByFailure && !out.closed;
      },
      discard: (_job, result) => {
        for (const f of result?.files ?? []) if (f.outputFile) rmSync(f.outputFile, { force: true });
      },
    });
    progress?.done();
    if (!out.closed) {
      await executor.collectInto(aggregate);
      if (aggregate.totals.documents !== documents) {
        throw new Error(`the corpus summary counts ${aggregate.totals.documents} documents, but ${documents} were analyzed`);
      }
      const sorted = sortErrors(errors);
      if (s.summaryOnly) await writePartial(write, aggregate, s.normalize, sorted, s.format as 'json' | 'ndjson');
      else await write(formatter.end({ ...aggregate.summary(s.top, pipeline().context.stopwords), errors: sorted }, ctx));
    }
  } finally {
    progress?.done();
    await executor.close();
  }
  if (out.error) throw out.error;
  return errors.length ? EXIT_INPUT_FAILED : EXIT_OK;
}
