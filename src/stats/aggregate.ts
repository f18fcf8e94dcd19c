/**
 * The corpus aggregate: totals and tables over many documents, mergeable (associative and
 * commutative) so partial results from workers, shards or machines combine into exactly the
 * result of one run. Its JSON form can be merged again later (`newsparse merge`).
 */
import type { Document } from '../document.js';
import type { TokenType } from '../text/types.js';
import { FrequencyTables, type FrequencySettings, type FrequencyTop } from './frequencies.js';
import { PairCounter, type PairCounterData } from './pairs.js';
import { EntityTable, type EntityRow } from './entities.js';
import { Counter, type CounterData } from './counter.js';
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

  /**
   * Adds one analyzed document, counting its words straight into the corpus tables (the same
   * result as addDocument with the document's own tables, without building them). `types`:
   * the pipeline's word type records of the document (Pipeline.typesOf), for faster counting.
   */
  add(doc: Document, stopwords: ReadonlySet<string>, types?: readonly TokenType[]): this {
    this.frequencies.add(doc, stopwords, types);
    return this.addCounted(doc);
  }

  /**
   * Adds one analyzed document whose words were already counted into this aggregate's own
   * frequency tables (frequencies.add): its totals, entities and attribution.
   */
  addCounted(doc: Document): this {
    const t = this.totals;
    t.documents++;
    t.characters += doc.stats.characters;
    t.words += doc.stats.words;
    t.sentences += doc.stats.sentences;
    t.tokens += doc.stats.tokens;
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

  /**
   * merge() of an aggregate that nobody uses afterwards (a finished thread's share): an empty
   * aggregate takes its big tables over instead of copying them. Same result as merge().
   */
  absorb(other: Aggregate): this {
    for (const k of Object.keys(this.totals) as (keyof Totals)[]) this.totals[k] += other.totals[k];
    this.frequencies.absorb(other.frequencies);
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

  /**
   * Plain data for a structured clone (postMessage between threads): no strings are built and
   * nothing is sorted, unlike toJSON(). fromData() turns it back into an Aggregate.
   */
  toData(): AggregateData {
    const f = this.frequencies;
    return {
      format: AGGREGATE_FORMAT,
      settings: this.settings,
      totals: this.totals,
      words: f.words.toData(),
      stems: f.stems.toData(),
      bigrams: f.bigrams.toData(),
      entities: { rows: this.entities.rows },
      attribution: { rows: this.attribution.rows, sourcing: this.attribution.sourcing },
    };
  }

  /**
   * Adds an aggregate received as toData() output from another thread (a structured clone).
   * Its tables may be taken over rather than copied, so `d` must not be used afterwards.
   */
  mergeData(d: AggregateData): this {
    if (d?.format !== AGGREGATE_FORMAT) throw new Error(`not newsparse aggregate data (expected format ${AGGREGATE_FORMAT})`);
    if (d.settings.keepStopwords !== this.settings.keepStopwords) {
      throw new Error('cannot merge aggregates built with different stopword settings');
    }
    for (const k of Object.keys(this.totals) as (keyof Totals)[]) this.totals[k] += d.totals[k];
    // d is this thread's own copy (a structured clone): its tables can be taken over
    this.frequencies.words.absorb(Counter.fromData(d.words));
    this.frequencies.stems.absorb(Counter.fromData(d.stems));
    this.frequencies.bigrams.absorb(PairCounter.fromData(d.bigrams));
    this.entities.merge(d.entities);
    this.attribution.merge(d.attribution);
    return this;
  }

  static fromData(d: AggregateData): Aggregate {
    return new Aggregate(d.settings).mergeData(d);
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

/** An Aggregate as plain, structured-clonable data (see Aggregate.toData). */
export interface AggregateData {
  format: typeof AGGREGATE_FORMAT;
  settings: FrequencySettings;
  totals: Totals;
  words: CounterData;
  stems: CounterData;
  bigrams: PairCounterData;
  entities: Pick<EntityTable, 'rows'>;
  attribution: Pick<AttributionTable, 'rows' | 'sourcing'>;
}
