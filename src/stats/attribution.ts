/**
 * The attribution table as a mergeable accumulator: per speaker, the source type, how many
 * direct and indirect quotes, the cue classes used, and the first quote (the earliest by
 * document source and offset, so merging in any order picks the same one). And the sourcing
 * profile: how many quotes rest on named, anonymous or no sources.
 */
import type { CueClass, Document, Quote, SourceType } from '../document.js';
import { preferLabel } from './entities.js';
import { detach } from '../util/strings.js';
import { labelForm } from '../text/normalize.js';

export interface AttributionRow {
  /** entity id, or `anonymous:<text>` / `named:<text>` for speakers without an entity, or `unattributed` */
  key: string;
  speaker: string;
  entityId: string | null;
  sourceType: SourceType;
  direct: number;
  indirect: number;
  cues: Partial<Record<CueClass, number>>;
  first: { source: string; start: number; text: string };
}

export interface Sourcing {
  quotes: number;
  named: number;
  anonymous: number;
  unattributed: number;
}

const SHORT = 80;

export function shorten(text: string, n = SHORT): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(t);
  return chars.length <= n ? t : chars.slice(0, n - 1).join('') + '…';
}

export function sourceTypeOf(q: Quote): SourceType {
  return q.speaker?.sourceType ?? 'unattributed';
}

export function sourcingOf(quotes: readonly Quote[]): Sourcing {
  const s: Sourcing = { quotes: 0, named: 0, anonymous: 0, unattributed: 0 };
  for (const q of quotes) {
    s.quotes++;
    s[sourceTypeOf(q)]++;
  }
  return s;
}

function sortedCues(cues: AttributionRow['cues']): AttributionRow['cues'] {
  const out: AttributionRow['cues'] = {};
  for (const k of (Object.keys(cues) as CueClass[]).sort()) out[k] = cues[k];
  return out;
}

function earlier(a: AttributionRow['first'], b: AttributionRow['first']): boolean {
  return a.source < b.source || (a.source === b.source && a.start < b.start);
}

export class AttributionTable {
  readonly rows = new Map<string, AttributionRow>();
  readonly sourcing: Sourcing = { quotes: 0, named: 0, anonymous: 0, unattributed: 0 };

  add(doc: Pick<Document, 'quotes' | 'entities' | 'source'>): this {
    const labels = new Map<string, string>();
    for (const e of doc.entities) if (!labels.has(e.entityId)) labels.set(e.entityId, e.label);
    for (const q of doc.quotes) {
      const type = sourceTypeOf(q);
      this.sourcing.quotes++;
      this.sourcing[type]++;
      const sp = q.speaker;
      // (a speaker without an entity is grouped by its written form without harakat, tatweel or
      // controls: المصدرُ and المصدر are one row)
      const written = sp && !sp.entityId ? labelForm(sp.text) : '';
      const key = !sp ? 'unattributed' : sp.entityId ?? `${sp.sourceType}:${written}`;
      const speaker = !sp ? '—' : (sp.entityId && labels.get(sp.entityId)) || written || labelForm(sp.text);
      let r = this.rows.get(key);
      const first = { source: doc.source, start: q.start, text: detach(shorten(q.text)) };
      if (!r) {
        r = { key: detach(key), speaker: detach(speaker), entityId: sp?.entityId ? detach(sp.entityId) : null, sourceType: type, direct: 0, indirect: 0, cues: {}, first };
        this.rows.set(r.key, r);
      } else {
        // the same rules as merge(), so any grouping of documents gives one result
        if (earlier(first, r.first)) {
          r.first = first;
          r.sourceType = type;
        }
        if (preferLabel(speaker, r.speaker)) r.speaker = detach(speaker);
      }
      r[q.kind]++;
      const cls = q.cue?.class;
      if (cls) r.cues[cls] = (r.cues[cls] ?? 0) + 1;
    }
    return this;
  }

  /** Adds another table's rows (an AttributionTable, or its plain fields after a structured clone). */
  merge(other: Pick<AttributionTable, 'rows' | 'sourcing'>): this {
    for (const k of Object.keys(this.sourcing) as (keyof Sourcing)[]) this.sourcing[k] += other.sourcing[k];
    for (const [key, o] of other.rows) {
      const r = this.rows.get(key);
      if (!r) {
        this.rows.set(key, { ...o, cues: { ...o.cues }, first: { ...o.first } });
        continue;
      }
      r.direct += o.direct;
      r.indirect += o.indirect;
      for (const [c, n] of Object.entries(o.cues) as [CueClass, number][]) r.cues[c] = (r.cues[c] ?? 0) + n;
      if (earlier(o.first, r.first)) {
        r.first = { ...o.first };
        r.sourceType = o.sourceType;
      }
      if (preferLabel(o.speaker, r.speaker)) r.speaker = o.speaker;
    }
    return this;
  }

  top(n: number): AttributionRow[] {
    const total = (r: AttributionRow) => r.direct + r.indirect;
    // cue classes in name order, whatever order they were first seen in
    return [...this.rows.values()]
      .sort((a, b) => total(b) - total(a) || (a.key < b.key ? -1 : 1))
      .slice(0, Math.max(0, n))
      .map((r) => ({ ...r, cues: sortedCues(r.cues), first: { ...r.first } }));
  }

  toJSON() {
    return { sourcing: this.sourcing, rows: this.top(Number.MAX_SAFE_INTEGER) };
  }

  static fromJSON(json: ReturnType<AttributionTable['toJSON']>): AttributionTable {
    const t = new AttributionTable();
    Object.assign(t.sourcing, json.sourcing);
    for (const r of json.rows) t.rows.set(r.key, { ...r, cues: { ...r.cues }, first: { ...r.first } });
    return t;
  }
}
