/**
 * Formatter registry: name → formatter factory, each with a one-line description shown in
 * --help. Formatters see only plain report data.
 */
import type { Formatter } from './types.js';
import { json, ndjson } from './json.js';
import { createCsv } from './csv.js';
import { createTableFormatter } from './table.js';

export const FORMATTERS: Record<string, { description: string; create: () => Formatter }> = {
  table: { description: createTableFormatter().description, create: createTableFormatter },
  json: { description: json.description, create: () => json },
  ndjson: { description: ndjson.description, create: () => ndjson },
  csv: { description: createCsv().description, create: createCsv },
};

export type { Formatter, FormatContext, RunSummary } from './types.js';
