/**
 * Partials: the exact, mergeable JSON form of a run's corpus aggregate
 * (`newsparse analyze … --summary-only`), and merging partials (`newsparse merge`).
 *
 * A partial is Aggregate.toJSON() — totals, the full frequency, entity and attribution tables
 * in a canonical order — plus the normalization rules the counts were made with and the
 * inputs that failed (sorted by source). Because the aggregate is associative and commutative
 * and every table is serialized in a canonical order, merging the partials of any split of
 * a corpus gives byte for byte the partial of one run over all of it.
 */
import { Aggregate, AGGREGATE_FORMAT } from '../stats/aggregate.js';
import { DEFAULT_RULES, RULES, type NormalizeRule, type RuleSet } from '../text/normalize.js';
import type { ErrorRecord } from '../report.js';

export type PartialJSON = ReturnType<Aggregate['toJSON']> & {
  /** every normalization rule, on or off */
  normalize: RuleSet;
  errors: ErrorRecord[];
};

/** ndjson form: the same object with a leading "type" field. */
export const PARTIAL_TYPE = 'partial';

/** The full rule set for partial rule flags, in RULES order. */
export function fullRules(rules: Partial<Record<NormalizeRule, boolean>>): RuleSet {
  const out = {} as Record<NormalizeRule, boolean>;
  for (const r of RULES) out[r] = rules[r] ?? DEFAULT_RULES[r];
  return out;
}

/** Errors in source order (code units), then by code — the order does not depend on timing. */
export function sortErrors(errors: readonly ErrorRecord[]): ErrorRecord[] {
  return [...errors].sort((a, b) =>
    a.source < b.source ? -1 : a.source > b.source ? 1 : a.error.code < b.error.code ? -1 : a.error.code > b.error.code ? 1 : 0,
  );
}

export function toPartial(aggregate: Aggregate, rules: Partial<Record<NormalizeRule, boolean>>, errors: readonly ErrorRecord[]): PartialJSON {
  return { ...aggregate.toJSON(), normalize: fullRules(rules), errors: sortErrors(errors) };
}

/** One partial as text: a JSON document (format 'json') or one JSON line with a type (format 'ndjson'). */
export function serializePartial(p: PartialJSON, format: 'json' | 'ndjson'): string {
  return (format === 'ndjson' ? JSON.stringify({ type: PARTIAL_TYPE, ...p }) : JSON.stringify(p)) + '\n';
}

/**
 * Writes a partial without building it whole: the bigram table (millions of rows on a large
 * corpus) goes out in blocks as it is sorted. The bytes are those of serializePartial(toPartial(…)).
 */
export async function writePartial(
  write: (chunk: string) => Promise<void>,
  aggregate: Aggregate,
  rules: Partial<Record<NormalizeRule, boolean>> | RuleSet,
  errors: readonly ErrorRecord[],
  format: 'json' | 'ndjson',
): Promise<void> {
  const f = aggregate.frequencies;
  await write(
    (format === 'ndjson' ? `{"type":${JSON.stringify(PARTIAL_TYPE)},` : '{') +
      `"format":${JSON.stringify(AGGREGATE_FORMAT)},"totals":${JSON.stringify(aggregate.totals)}` +
      `,"frequencies":{"settings":${JSON.stringify(f.settings)},"words":${JSON.stringify(f.words.toJSON())}` +
      `,"stems":${JSON.stringify(f.stems.toJSON())},"bigrams":{"total":${JSON.stringify(f.bigrams.total)},"counts":[`,
  );
  let block: string[] = [];
  let size = 0;
  let first = true;
  for (const s of f.bigrams.sortedJSON()) {
    block.push(s);
    size += s.length;
    if (size >= 1 << 20) {
      await write((first ? '' : ',') + block.join(','));
      first = false;
      block = [];
      size = 0;
    }
  }
  if (block.length) await write((first ? '' : ',') + block.join(','));
  await write(
    `]}},"entities":${JSON.stringify(aggregate.entities.toJSON())},"attribution":${JSON.stringify(aggregate.attribution.toJSON())}` +
      `,"normalize":${JSON.stringify(fullRules(rules))},"errors":${JSON.stringify(sortErrors(errors))}}\n`,
  );
}

export function isPartial(v: unknown): v is PartialJSON {
  return typeof v === 'object' && v !== null && (v as { format?: unknown }).format === AGGREGATE_FORMAT;
}

/**
 * The partials in a text: one JSON document, or JSON lines (ndjson) of which the partial lines
 * are taken and other messages (document, error, summary) skipped. Throws when the text holds
 * no partial or is not JSON.
 */
export function parsePartials(text: string, name: string): PartialJSON[] {
  const trimmed = text.trim();
  if (trimmed === '') throw new Error(`${name}: empty input, expected a newsparse partial`);
  let whole: unknown;
  try {
    whole = JSON.parse(trimmed);
  } catch {
    whole = undefined;
  }
  if (whole !== undefined) {
    if (isPartial(whole)) return [stripType(whole)];
    throw new Error(`${name}: not a newsparse partial (write one with: newsparse analyze … --format json --summary-only)`);
  }
  const out: PartialJSON[] = [];
  let lineNo = 0;
  for (const line of trimmed.split('\n')) {
    lineNo++;
    if (line.trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      throw new Error(`${name}:${lineNo}: not JSON`);
    }
    if (isPartial(v)) out.push(stripType(v));
  }
  if (out.length === 0) throw new Error(`${name}: no newsparse partial in these JSON lines (use --summary-only)`);
  return out;
}

function stripType(p: PartialJSON & { type?: string }): PartialJSON {
  if (p.type === undefined) return p;
  const { type: _type, ...rest } = p;
  return rest as PartialJSON;
}

export interface Merged {
  aggregate: Aggregate;
  normalize: RuleSet;
  errors: ErrorRecord[];
}

/** Merges partials; they must have been made with the same normalization and stopword settings. */
export function mergePartials(parts: readonly PartialJSON[], names: readonly string[] = []): Merged {
  if (parts.length === 0) throw new Error('nothing to merge');
  const first = parts[0];
  const rules = JSON.stringify(first.normalize);
  const aggregate = new Aggregate(first.frequencies.settings);
  const errors: ErrorRecord[] = [];
  parts.forEach((p, i) => {
    if (JSON.stringify(p.normalize) !== rules) {
      throw new Error(`${names[i] ?? `partial ${i + 1}`}: made with other normalization rules than ${names[0] ?? 'the first'}; counts cannot be merged`);
    }
    if (p.frequencies.settings.keepStopwords !== first.frequencies.settings.keepStopwords) {
      throw new Error(`${names[i] ?? `partial ${i + 1}`}: made with${p.frequencies.settings.keepStopwords ? '' : 'out'} --stopwords, unlike ${names[0] ?? 'the first'}`);
    }
    aggregate.merge(Aggregate.fromJSON(p));
    for (const e of p.errors ?? []) errors.push(e);
  });
  return { aggregate, normalize: first.normalize, errors: sortErrors(errors) };
}
