/**
 * The JSON output contract (documented in docs/json-contract.md). A DocumentReport is what
 * every formatter sees for one document: plain data, never the pipeline's internals.
 */
import type { Diagnostic, DocumentStats, Entity, Quote, Sentence, Token, Document } from './document.js';
import type { FrequencyTables, FrequencyTop } from './stats/frequencies.js';
import type { Summary } from './stats/aggregate.js';
import { sourcingOf, type Sourcing } from './stats/attribution.js';

/** Major version of the output contract; bumped on any incompatible change. */
export const CONTRACT_VERSION = 1;

export interface DocumentReport {
  source: string;
  encoding: string;
  stats: DocumentStats;
  frequencies: FrequencyTop;
  entities: Entity[];
  quotes: Quote[];
  /** how many quotes rest on named, anonymous or no sources */
  sourcing: Sourcing;
  diagnostics: Diagnostic[];
  tokens?: Token[];
  sentences?: Sentence[];
  text?: string;
}

export interface ErrorRecord {
  source: string;
  error: { code: string; message: string };
}

export type FileRecord = DocumentReport | ErrorRecord;

export function isError(r: FileRecord): r is ErrorRecord {
  return (r as ErrorRecord).error !== undefined;
}

export interface ReportOptions {
  top: number;
  tokens: boolean;
  sentences: boolean;
  text: boolean;
}

export function documentReport(
  doc: Document,
  tables: FrequencyTables,
  stopwords: ReadonlySet<string>,
  opts: ReportOptions,
): DocumentReport {
  const r: DocumentReport = {
    source: doc.source,
    encoding: doc.encoding,
    stats: doc.stats,
    frequencies: tables.top(opts.top, stopwords),
    entities: doc.entities,
    quotes: doc.quotes,
    sourcing: sourcingOf(doc.quotes),
    diagnostics: doc.diagnostics,
  };
  if (opts.text) r.text = doc.text;
  if (opts.sentences) r.sentences = doc.sentences;
  if (opts.tokens) r.tokens = doc.tokens;
  return r;
}

export interface RunReport {
  version: number;
  generator: { name: string; version: string };
  documents: FileRecord[];
  summary: Summary & { errors: ErrorRecord[] };
}
