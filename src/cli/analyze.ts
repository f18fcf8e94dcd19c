/**
 * `newsparse analyze`: inputs → records → formatter, with the corpus aggregate alongside.
 */
import { Pipeline } from '../pipeline.js';
import { Aggregate } from '../stats/aggregate.js';
import { FORMATTERS, type FormatContext } from '../format/index.js';
import { expandInputs, parsePathList, type InputItem } from '../io/inputs.js';
import { readAll } from '../io/read.js';
import { readFile } from 'node:fs/promises';
import { isError, type ErrorRecord } from '../report.js';
import { processPath, type ProcessSettings } from '../batch/process.js';
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
}

/** Files named by --per-file auto: up to this many inputs get their own tables. */
export const PER_FILE_AUTO_LIMIT = 20;

async function collectInputs(s: AnalyzeSettings, io: IO): Promise<InputItem[]> {
  const args = [...s.inputs];
  if (s.filesFrom !== undefined) {
    const listText =
      s.filesFrom === '-' ? new TextDecoder().decode(await readAll(io.stdin)) : await readFile(s.filesFrom, 'utf8').catch(() => {
        throw new UsageError(`--files-from: cannot read '${s.filesFrom}'`);
      });
    args.push(...parsePathList(listText));
  }
  if (args.length === 0) throw new UsageError('no input: give files, folders or globs, or - for standard input');
  if (s.filesFrom === '-' && args.includes('-')) throw new UsageError("'-' cannot be an input while --files-from reads standard input");
  const items: InputItem[] = [];
  for await (const item of expandInputs(args, { include: s.include, exclude: s.exclude, cwd: io.cwd ?? process.cwd() })) {
    items.push(item);
  }
  return items;
}

export async function runAnalyze(s: AnalyzeSettings, io: IO): Promise<number> {
  const out = new Output(io.stdout);
  const env = io.env ?? {};
  const errLine = (msg: string) => io.stderr.write(`newsparse: ${msg}\n`);

  const items = await collectInputs(s, io);
  const pipeline = new Pipeline({ normalize: s.normalize, gazetteer: s.gazetteer });
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
  const aggregate = new Aggregate(settings.frequency);
  const errors: ErrorRecord[] = [];

  await out.write(formatter.begin(ctx));
  let index = 0;
  for (const item of items) {
    if (out.closed) break;
    const processed =
      item.kind === 'problem'
        ? { record: { source: item.path, error: { code: item.code, message: item.message } } }
        : await processPath(item.path, pipeline, settings, io.stdin);
    const { record } = processed;
    if (isError(record)) {
      errors.push(record);
      aggregate.addFailure();
      errLine(`${record.source}: ${record.error.message}`);
    } else if (processed.doc && processed.tables) {
      aggregate.addDocument(processed.doc, processed.tables);
    }
    await out.write(formatter.document(record, index++, ctx));
    if (errors.length && s.failFast) break;
  }
  if (!out.closed) await out.write(formatter.end({ ...aggregate.summary(s.top, pipeline.context.stopwords), errors }, ctx));
  if (out.error) throw out.error;
  return errors.length ? EXIT_INPUT_FAILED : EXIT_OK;
}
