import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../src/pipeline.js';
import { Aggregate } from '../../src/stats/aggregate.js';
import { FrequencyTables } from '../../src/stats/frequencies.js';
import { fullRules, mergePartials, parsePartials, serializePartial, sortErrors, toPartial, writePartial } from '../../src/batch/partial.js';

const pipeline = new Pipeline();
const settings = { keepStopwords: false };
function aggregateOf(texts: string[], prefix: string): Aggregate {
  const a = new Aggregate(settings);
  texts.forEach((t, i) => {
    const d = pipeline.analyzeText(t, { source: `${prefix}${i}.txt` });
    a.addDocument(d, new FrequencyTables(settings).add(d, pipeline.context.stopwords));
  });
  return a;
}
const A = ['قال الوزير إن الاقتصاد ينمو بسرعة. وأضاف أن البطالة تراجعت.', 'ذكرت الوكالة أن الأمطار الغزيرة أغلقت الطرق في الشمال.'];
const B = ['وقالت الشركة: "الأرباح ارتفعت هذا العام". وأكد المدير أن الأسواق الجديدة واعدة.'];
const errors = [
  { source: 'z.txt', error: { code: 'EDECODE', message: 'not text' } },
  { source: 'b.txt', error: { code: 'ENOENT', message: 'gone' } },
];

async function written(a: Aggregate, format: 'json' | 'ndjson'): Promise<string> {
  let out = '';
  await writePartial(async (c) => void (out += c), a, {}, errors, format);
  return out;
}

describe('partials', () => {
  it('the streamed partial has exactly the bytes of the whole object', async () => {
    const a = aggregateOf([...A, ...B], 'd');
    for (const format of ['json', 'ndjson'] as const) {
      expect(await written(a, format)).toBe(serializePartial(toPartial(a, {}, errors), format));
    }
    const p = JSON.parse(await written(a, 'json'));
    expect(p.errors.map((e: { source: string }) => e.source)).toEqual(['b.txt', 'z.txt']);
    expect(p.normalize).toEqual(fullRules({}));
    expect(p.frequencies.bigrams.counts.length).toBeGreaterThan(5);
  });

  it('parses a JSON document, or the partial lines among other JSON lines (a trailing tab is fine)', () => {
    const p = toPartial(aggregateOf(A, 'a'), {}, []);
    expect(parsePartials(JSON.stringify(p), 'x')).toEqual([p]);
    const lines = ['{"type":"document","source":"a0.txt"}', serializePartial(p, 'ndjson').trim() + '\t', '', serializePartial(p, 'ndjson')].join('\n');
    expect(parsePartials(lines, 'x')).toEqual([p, p]);
    expect(() => parsePartials('{"type":"summary"}\n{"type":"document"}', 'x')).toThrow(/no newsparse partial/);
    expect(() => parsePartials('{"documents":[]}', 'x')).toThrow(/not a newsparse partial/);
    expect(() => parsePartials('', 'x')).toThrow(/empty/);
    expect(() => parsePartials('{"a":1}\nnot json', 'x')).toThrow(/x:2: not JSON/);
  });

  it('merges into the partial of one run; refuses other rules or stopword settings', () => {
    const whole = toPartial(aggregateOf([...A, ...B], 'd'), {}, errors);
    // the same documents (same sources) split in two
    const a = aggregateOf(A, 'd');
    const b = new Aggregate(settings);
    const d = pipeline.analyzeText(B[0], { source: 'd2.txt' });
    b.addDocument(d, new FrequencyTables(settings).add(d, pipeline.context.stopwords));
    const m = mergePartials([toPartial(b, {}, [errors[0]]), toPartial(a, {}, [errors[1]])]);
    expect(JSON.stringify(toPartial(m.aggregate, m.normalize, m.errors))).toBe(JSON.stringify(whole));
    expect(() => mergePartials([toPartial(a, {}, []), toPartial(b, { harakat: false }, [])], ['a', 'b'])).toThrow(/b: made with other normalization rules than a/);
    const kept = toPartial(new Aggregate({ keepStopwords: true }), {}, []);
    expect(() => mergePartials([toPartial(a, {}, []), kept], ['a', 'k'])).toThrow(/k: made with --stopwords/);
  });

  it('sorts errors by source, then code', () => {
    expect(sortErrors([...errors, { source: 'b.txt', error: { code: 'EACCES', message: '' } }]).map((e) => `${e.source}:${e.error.code}`)).toEqual([
      'b.txt:EACCES',
      'b.txt:ENOENT',
      'z.txt:EDECODE',
    ]);
  });
});
