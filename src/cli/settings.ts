/**
 * Raw command-line flags are resolved once into settings; the rest of the CLI reads only
 * settings. Bad values are usage errors (exit 2).
 */
import { RULES, type NormalizeRule } from '../text/normalize.js';
import { resolveEncodingName } from '../text/decode.js';
import { FORMATTERS } from '../format/index.js';
import { CSV_TABLES } from '../format/csv.js';
import { UsageError } from './errors.js';

export function parseList(v: string | string[] | undefined): string[] {
  if (v === undefined) return [];
  const parts = Array.isArray(v) ? v : [v];
  return parts.flatMap((p) => p.split(',')).map((s) => s.trim()).filter(Boolean);
}

export function parseRules(v: string | string[] | undefined, flag: string): NormalizeRule[] {
  const names = parseList(v);
  for (const name of names) {
    if (!(RULES as readonly string[]).includes(name)) {
      throw new UsageError(`${flag}: unknown normalization rule '${name}' (rules: ${RULES.join(', ')})`);
    }
  }
  return names as NormalizeRule[];
}

export function normalizeRuleFlags(opts: { keep?: string[]; only?: string[]; enable?: string[] }) {
  const keep = parseRules(opts.keep, '--keep');
  const only = parseRules(opts.only, '--only');
  const enable = parseRules(opts.enable, '--enable');
  if (only.length && (keep.length || enable.length)) throw new UsageError('--only cannot be combined with --keep or --enable');
  const rules: Partial<Record<NormalizeRule, boolean>> = {};
  if (only.length) for (const r of RULES) rules[r] = only.includes(r);
  for (const r of enable) rules[r] = true;
  for (const r of keep) rules[r] = false;
  return rules;
}

export function parsePositiveInt(v: string, flag: string): number {
  if (!/^\d+$/.test(v.trim())) throw new UsageError(`${flag}: expected a whole number, got '${v}'`);
  return Number(v);
}

export function checkFormat(v: string): string {
  if (!Object.hasOwn(FORMATTERS, v)) throw new UsageError(`--format: unknown format '${v}' (formats: ${Object.keys(FORMATTERS).join(', ')})`);
  return v;
}

export function checkEncoding(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  try {
    return resolveEncodingName(v);
  } catch (err) {
    throw new UsageError(`--encoding: ${(err as Error).message}`);
  }
}

export function checkTables(v: string[] | undefined, format: string): string[] {
  const tables = parseList(v);
  if (tables.length && format !== 'csv') throw new UsageError('--table only applies to --format csv');
  for (const t of tables) {
    if (!(CSV_TABLES as readonly string[]).includes(t)) throw new UsageError(`--table: unknown table '${t}' (tables: ${CSV_TABLES.join(', ')})`);
  }
  return tables.length ? tables : ['words'];
}
