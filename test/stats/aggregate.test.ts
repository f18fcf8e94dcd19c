/**
 * The corpus aggregate is exactly mergeable: any split of the documents, merged in any
 * order, serializes to the same bytes as adding them one by one.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Pipeline } from '../../src/pipeline.js';
import { Aggregate } from '../../src/stats/aggregate.js';
import { FrequencyTables } from '../../src/stats/frequencies.js';

const TEXTS = [
  'قال وزير الخارجية القطري إن المفاوضات مستمرة. وأضاف: "نحن متفائلون بالنتائج".',
  'أكد مسؤول في وزارة الصحة أن عدد الإصابات تراجع هذا الأسبوع.',
  'وقالت المتحدثة باسم الحكومة إن الميزانية الجديدة ستقر الشهر المقبل.',
  'فاز المنتخب المغربي على نظيره البرتغالي، وقال المدرب: "قدمنا مباراة كبيرة".',
  'ذكرت مصادر مطلعة أن الاجتماع تأجل إلى الأسبوع المقبل بسبب الخلافات.',
  'أعلنت الشركة عن هاتف جديد. وقال مديرها التنفيذي إن المبيعات ستتضاعف.',
];

const pipeline = new Pipeline();
const docs = TEXTS.map((t, i) => pipeline.analyzeText(t, { source: `doc${i}.txt` }));
const settings = { keepStopwords: false };

function aggregateOf(indices: number[]): Aggregate {
  const a = new Aggregate(settings);
  for (const i of indices) {
    const d = docs[i];
    a.addDocument(d, new FrequencyTables(settings).add(d, pipeline.context.stopwords));
  }
  return a;
}

describe('Aggregate', () => {
  const whole = JSON.stringify(aggregateOf([0, 1, 2, 3, 4, 5]).toJSON());

  it('any split into groups, merged in any order, gives the bytes of one pass (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 6, maxLength: 6 }), fc.boolean(), (groupOf, reverse) => {
        const groups = [0, 1, 2, 3].map((g) => groupOf.flatMap((x, i) => (x === g ? [i] : [])));
        if (reverse) groups.reverse();
        const merged = groups.map(aggregateOf).reduce((acc, a) => acc.merge(a), new Aggregate(settings));
        expect(JSON.stringify(merged.toJSON())).toBe(whole);
      }),
      { numRuns: 40 },
    );
  });

  it('covers every table: words, bigrams, entities and attribution are not empty', () => {
    const j = JSON.parse(whole);
    expect(j.totals.documents).toBe(6);
    expect(j.frequencies.bigrams.counts.length).toBeGreaterThan(10);
    expect(j.entities.length).toBeGreaterThan(0);
    expect(j.attribution.rows.length).toBeGreaterThan(1);
  });

  it('the documents can come in any order', () => {
    expect(JSON.stringify(aggregateOf([5, 3, 1, 0, 2, 4]).toJSON())).toBe(whole);
  });

  it('passes between threads as plain data (structured clone) without loss', () => {
    const a = aggregateOf([0, 2, 4]);
    const b = aggregateOf([1, 3, 5]);
    const merged = new Aggregate(settings).mergeData(structuredClone(a.toData())).mergeData(structuredClone(b.toData()));
    expect(JSON.stringify(merged.toJSON())).toBe(whole);
    expect(JSON.stringify(Aggregate.fromData(structuredClone(merged.toData())).toJSON())).toBe(whole);
  });

  it('absorbing a finished aggregate gives what merging it gives, into empty and non-empty ones', () => {
    const absorbed = new Aggregate(settings).absorb(aggregateOf([0, 2, 4])).absorb(aggregateOf([1, 3, 5]));
    expect(JSON.stringify(absorbed.toJSON())).toBe(whole);
    const failedFirst = new Aggregate(settings).addFailure().absorb(aggregateOf([0, 1, 2, 3, 4, 5]));
    expect(failedFirst.totals.failed).toBe(1);
    expect(JSON.stringify(failedFirst.toJSON().frequencies)).toBe(JSON.stringify(JSON.parse(whole).frequencies));
  });

  it('an empty aggregate takes a finished one\'s big tables over instead of copying them', () => {
    const done = aggregateOf([0, 1, 2]);
    const target = new Aggregate(settings).absorb(done);
    const [word] = done.frequencies.words.keys();
    expect(target.frequencies.words.slot(word)).toBe(done.frequencies.words.slot(word));
    expect(target.frequencies.bigrams.interner).toBe(done.frequencies.bigrams.interner);
    // a non-empty one merges (copies)
    const other = aggregateOf([3]).absorb(aggregateOf([4]));
    expect(other.frequencies.words.size).toBeGreaterThan(0);
  });

  it('a ligature that normalizes to several words counts as those words (ﷺ)', () => {
    const doc = pipeline.analyzeText('قال النبي ﷺ إن الصدق منجاة');
    const t = new FrequencyTables(settings).add(doc, pipeline.context.stopwords);
    expect(t.words.get('صلي')).toBe(1);
    expect(t.words.get('وسلم')).toBe(1);
    for (const w of t.words.keys()) expect(w).not.toMatch(/\s/);
    expect(t.bigrams.get('صلي', 'الله')).toBe(1);
    expect(doc.stats.words).toBe(t.words.total);
    expect(doc.stats.types).toBe(t.words.size);
  });

  it('counting through the word types (Pipeline.typesOf) gives the tables of counting by strings', () => {
    const texts = [...TEXTS, 'قال النبي ﷺ إن الصدق منجاة، وقال #قطر و Axios إن الوزير وصل.'];
    const byStrings = new Aggregate(settings);
    const byTypes = new Aggregate(settings);
    const again = new Aggregate(settings);
    for (const text of texts) {
      const doc = pipeline.analyzeText(text);
      const types = pipeline.typesOf(doc);
      expect(types).toHaveLength(doc.tokens.length);
      byStrings.add(doc, pipeline.context.stopwords);
      byTypes.add(doc, pipeline.context.stopwords, types);
      // another aggregate on the same types: the cached cells belong to the first one
      again.add(doc, pipeline.context.stopwords, types);
      byTypes.add(doc, pipeline.context.stopwords, types);
    }
    const twice = new Aggregate(settings).merge(byStrings).merge(byStrings);
    expect(JSON.stringify(byTypes.toJSON().frequencies)).toBe(JSON.stringify(twice.toJSON().frequencies));
    expect(JSON.stringify(again.toJSON().frequencies)).toBe(JSON.stringify(byStrings.toJSON().frequencies));
    const kept = { keepStopwords: true };
    const a = new Aggregate(kept);
    const b = new Aggregate(kept);
    for (const text of texts) {
      const doc = pipeline.analyzeText(text);
      a.add(doc, pipeline.context.stopwords);
      b.add(doc, pipeline.context.stopwords, pipeline.typesOf(doc));
    }
    expect(JSON.stringify(b.toJSON().frequencies)).toBe(JSON.stringify(a.toJSON().frequencies));
  });

  it('round-trips through JSON', () => {
    expect(JSON.stringify(Aggregate.fromJSON(JSON.parse(whole)).toJSON())).toBe(whole);
  });

  it('refuses to merge tables counted with other stopword settings', () => {
    const kept = new Aggregate({ keepStopwords: true });
    expect(() => kept.mergeData(aggregateOf([0]).toData())).toThrow(/stopword/);
  });
});
