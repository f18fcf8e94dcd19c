/**
 * The corpus aggregate: totals and tables over many documents, mergeable (associative and
 * commutative) so partial results from workers, shards or machines combine into exactly the
 * result of one run. Its JSON form can be merged again later (`newsparse merge`).
 */
import type { Document } from '../document.js';
import { FrequencyTables, type FrequencySettings, type FrequencyTop } from './frequencies.js';
import { EntityTable, type EntityRow } from './entities.js';
import { AttributionTable, type AttributionRow, type Sourcing } from './attribution.js';

export const AGGREGATE_FORMAT = 'newsparse-aggregate/1';

export interface Totals {
  documents: number;
  failed: number;
  characters: number;
  words: number;
  sentences: number;
  tokens: number;
}

export interface Summary extends Totals {
  types: number;
  frequencies: FrequencyTop;
  entities: EntityRow[];
  attribution: AttributionRow[];
  sourcing: Sourcing;
}

export class Aggregate {
  readonly totals: Totals = { documents: 0, failed: 0, characters: 0, words: 0, sentences: 0, tokens: 0 };
  readonly frequencies: FrequencyTables;
  readonly entities = new EntityTable();
  readonly attribution = new AttributionTable();

  constructor(readonly settings: FrequencySettings) {
    this.frequencies = new FrequencyTables(settings);
  }

  /** Adds one analyzed document whose own frequency tables were already computed. */
  addDocument(doc: Document, tables: FrequencyTables): this {
    const t = this.totals;
    t.documents++;
    t.characters += doc.stats.characters;
    t.words += doc.stats.words;
    t.sentences += doc.stats.sentences;
    t.tokens += doc.stats.tokens;
    this.frequencies.merge(tables);
    this.entities.add(doc);
    this.attribution.add(doc);
    return this;
  }

  addFailure(): this {
    this.totals.failed++;
    return this;
  }

  merge(other: Aggregate): this {
    for (const k of Object.keys(this.totals) as (keyof Totals)[]) this.totals[k] += other.totals[k];
    this.frequencies.merge(other.frequencies);
    this.entities.merge(other.entities);
    this.attribution.merge(other.attribution);
    return this;
  }

  summary(top: number, stopwords: ReadonlySet<string>): Summary {
    return {
      ...this.totals,
      types: this.frequencies.words.size,
      frequencies: this.frequencies.top(top, stopwords),
      entities: this.entities.top(top),
      attribution: this.attribution.top(top),
      sourcing: { ...this.attribution.sourcing },
    };
  }

  toJSON() {
    return {
      format: AGGREGATE_FORMAT,
      totals: this.totals,
      frequencies: this.frequencies.toJSON(),
      entities: this.entities.toJSON(),
      attribution: this.attribution.toJSON(),
    };
  }

  static fromJSON(json: ReturnType<Aggregate['toJSON']>): Aggregate {
    if (json?.format !== AGGREGATE_FORMAT) throw new Error(`not a newsparse aggregate (expected format ${AGGREGATE_FORMAT})`);
    const a = new Aggregate(json.frequencies.settings);
    Object.assign(a.totals, json.totals);
    a.frequencies.merge(FrequencyTables.fromJSON(json.frequencies));
    a.entities.merge(EntityTable.fromJSON(json.entities));
    a.attribution.merge(AttributionTable.fromJSON(json.attribution));
    return a;
  }
}
