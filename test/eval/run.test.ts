/**
 * The entity stage scored on a hand-made CoNLL snippet. The names are made up and given in a
 * user gazetteer, so what the pipeline finds is known in advance.
 */
import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../src/pipeline.js';
import { parseConll } from '../../src/eval/conll.js';
import { chunkCorpus, evaluateCorpus } from '../../src/eval/run.js';
import type { GazetteerEntry } from '../../src/data/types.js';
import { SNIPPET } from './snippet.js';

const gazetteer: GazetteerEntry[] = [
  { id: 'np:test-nakheel', type: 'ORG', ar: 'شركة النخيل الذهبية', en: 'Golden Palm Co.', variants: [], source: 'test' },
  { id: 'np:test-zaytoun', type: 'GPE', ar: 'وادي الزيتون', en: 'Olive Valley', variants: [], source: 'test' },
  { id: 'np:test-hawari', type: 'PERSON', ar: 'سليم الهواري', en: 'Salim al-Hawari', variants: ['الهواري'], source: 'test' },
];


describe('evaluateCorpus', () => {
  const corpus = parseConll(SNIPPET);

  it('runs the entity stage on the text and scores it: exact and overlap differ on the company', () => {
    const r = evaluateCorpus(corpus, new Pipeline({ quotes: false, gazetteer }));
    expect(r.predicted).toEqual([
      { type: 'ORG', start: 1, end: 4 },
      { type: 'LOC', start: 7, end: 9 },
      { type: 'PERSON', start: 12, end: 14 },
      { type: 'PERSON', start: 20, end: 21 },
    ]);
    expect(r.scores.exact.ORG).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.scores.overlap.ORG).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.scores.exact.PERSON).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(r.scores.exact.micro).toMatchObject({ tp: 3, fp: 1, fn: 1, precision: 0.75, recall: 0.75 });
    expect(r.scores.overlap.micro).toMatchObject({ tp: 4, fp: 0, fn: 0, f1: 1 });
    expect(r.errors.falsePositives.map((e) => e.kind)).toEqual(['boundary']);
    expect(r.documents).toBe(1);
    expect(r.words).toBeGreaterThan(20);
    expect(r.ms).toBeGreaterThan(0);
  });

  it('chunks of sentences give the same mentions at the same offsets', () => {
    const docs = chunkCorpus(corpus, 1);
    expect(docs).toHaveLength(3);
    for (const d of docs) expect([...corpus.text].slice(d.offset, d.offset + [...d.text].length).join('')).toBe(d.text);
    const whole = evaluateCorpus(corpus, new Pipeline({ quotes: false, gazetteer }));
    const split = evaluateCorpus(corpus, new Pipeline({ quotes: false, gazetteer }), { chunk: 1 });
    expect(split.documents).toBe(3);
    expect(split.entities.map((e) => [e.start, e.end, e.text])).toEqual(whole.entities.map((e) => [e.start, e.end, e.text]));
    expect(split.scores).toEqual(whole.scores);
    expect(chunkCorpus(corpus, 0)).toEqual([{ text: corpus.text, offset: 0 }]);
    expect(chunkCorpus(corpus, 10)).toHaveLength(1);
  });
});
