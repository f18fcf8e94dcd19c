/**
 * The entity table as a mergeable accumulator: per entity, its type, labels, number of
 * mentions, documents it appears in, and the spelling variants seen (with counts).
 */
import type { Document, EntityType } from '../document.js';
import { detach } from '../util/strings.js';

export interface EntityRow {
  entityId: string;
  label: string;
  labelEn?: string;
  type: EntityType;
  mentions: number;
  documents: number;
  /** written forms seen, most frequent first */
  variants: { text: string; count: number }[];
}

/** True when label `a` should replace `b`: longer, or as long and first in code-unit order. */
export function preferLabel(a: string, b: string): boolean {
  return a.length > b.length || (a.length === b.length && a < b);
}

interface Acc {
  label: string;
  labelEn?: string;
  type: EntityType;
  mentions: number;
  documents: number;
  variants: Map<string, number>;
}

export class EntityTable {
  readonly rows = new Map<string, Acc>();

  add(doc: Pick<Document, 'entities'>): this {
    const seen = new Set<string>();
    for (const e of doc.entities) {
      let r = this.rows.get(e.entityId);
      if (!r) {
        r = { label: detach(e.label), labelEn: e.labelEn, type: e.type, mentions: 0, documents: 0, variants: new Map() };
        this.rows.set(detach(e.entityId), r);
      }
      // a name seen with several labels keeps the longest (then the first in code-unit
      // order), the same rule as merge(), so any grouping of documents gives one result
      if (preferLabel(e.label, r.label)) r.label = detach(e.label);
      r.mentions++;
      const seenVariant = r.variants.get(e.text);
      r.variants.set(seenVariant === undefined ? detach(e.text) : e.text, (seenVariant ?? 0) + 1);
      if (!seen.has(e.entityId)) {
        seen.add(e.entityId);
        r.documents++;
      }
    }
    return this;
  }

  /** Adds another table's rows (an EntityTable, or its plain fields after a structured clone). */
  merge(other: Pick<EntityTable, 'rows'>): this {
    for (const [id, o] of other.rows) {
      const r = this.rows.get(id);
      if (!r) {
        this.rows.set(id, { ...o, variants: new Map(o.variants) });
        continue;
      }
      r.mentions += o.mentions;
      r.documents += o.documents;
      if (preferLabel(o.label, r.label)) r.label = o.label;
      r.labelEn ??= o.labelEn;
      for (const [v, n] of o.variants) r.variants.set(v, (r.variants.get(v) ?? 0) + n);
    }
    return this;
  }

  /** Rows by mentions (then id), at most n. */
  top(n: number): EntityRow[] {
    return [...this.rows]
      .sort((a, b) => b[1].mentions - a[1].mentions || (a[0] < b[0] ? -1 : 1))
      .slice(0, Math.max(0, n))
      .map(([entityId, r]) => ({
        entityId,
        label: r.label,
        ...(r.labelEn ? { labelEn: r.labelEn } : {}),
        type: r.type,
        mentions: r.mentions,
        documents: r.documents,
        variants: [...r.variants].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([text, count]) => ({ text, count })),
      }));
  }

  toJSON(): EntityRow[] {
    return this.top(Number.MAX_SAFE_INTEGER);
  }

  static fromJSON(rows: EntityRow[]): EntityTable {
    const t = new EntityTable();
    for (const r of rows) {
      t.rows.set(r.entityId, {
        label: r.label,
        labelEn: r.labelEn,
        type: r.type,
        mentions: r.mentions,
        documents: r.documents,
        variants: new Map(r.variants.map((v) => [v.text, v.count])),
      });
    }
    return t;
  }
}
