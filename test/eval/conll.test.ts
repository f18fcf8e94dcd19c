import { describe, expect, it } from 'vitest';
import {
  analyzeErrors,
  chunkContext,
  parseConll,
  projectEntities,
  prf,
  sampleEvenly,
  scoreChunks,
  scoredType,
  type Chunk,
} from '../../src/eval/conll.js';

/** "token LABEL" lines from pairs; sentences separated by a blank line. */
const conll = (...sentences: [string, string][][]) => sentences.map((s) => s.map(([w, l]) => `${w} ${l}`).join('\n')).join('\n\n') + '\n';

const S1: [string, string][] = [
  ['التقى', 'O'],
  ['الرئيس', 'O'],
  ['سليم', 'B-PERS'],
  ['الهواري', 'I-PERS'],
  ['وفد', 'O'],
  ['شركة', 'B-ORG'],
  ['النخيل', 'I-ORG'],
  ['في', 'O'],
  ['وادي', 'B-LOC'],
  ['الزيتون', 'I-LOC'],
  ['.', 'O'],
];
const S2: [string, string][] = [
  ['وقال', 'O'],
  ['الهواري', 'B-PER'],
  ['إن', 'O'],
  ['مهرجان', 'B-MISC'],
  ['الربيع', 'I-MISC'],
  ['سيقام', 'O'],
  ['في', 'O'],
  ['😀', 'O'],
  ['قرطبة', 'B-LOC'],
  ['.', 'O'],
];

describe('parseConll', () => {
  it('joins tokens with spaces, a sentence per line, with code-point offsets', () => {
    const c = parseConll(conll(S1, S2));
    expect(c.sentences).toBe(2);
    expect(c.tokens).toHaveLength(21);
    expect(c.text.split('\n')).toEqual([S1.map((t) => t[0]).join(' '), S2.map((t) => t[0]).join(' '), '']);
    const chars = [...c.text];
    for (const t of c.tokens) expect(chars.slice(t.start, t.end).join('')).toBe(t.text);
    // after the emoji (two UTF-16 units, one code point) offsets are code points
    const cordoba = c.tokens.find((t) => t.text === 'قرطبة')!;
    expect(cordoba.start).toBe(chars.indexOf('ق', chars.indexOf('😀')));
    expect(c.sentenceStarts).toEqual([0, 11, 21]);
    expect(c.tokens[11]).toMatchObject({ sentence: 1, line: 13 });
  });

  it('reads chunks: B starts, I continues the same label, PERS/PER → PERSON, MISC counted but not scored', () => {
    const c = parseConll(conll(S1, S2));
    expect(c.gold).toEqual([
      { type: 'PERSON', start: 2, end: 4 },
      { type: 'ORG', start: 5, end: 7 },
      { type: 'LOC', start: 8, end: 10 },
      { type: 'PERSON', start: 12, end: 13 },
      { type: 'LOC', start: 19, end: 20 },
    ]);
    expect(c.unscored).toEqual({ MISC: 1 });
  });

  it('an I- after O or after another label starts a chunk (conlleval); B-X B-X are two chunks', () => {
    const c = parseConll(
      conll([
        ['أ', 'I-ORG'],
        ['ب', 'I-ORG'],
        ['ت', 'O'],
        ['ث', 'I-LOC'],
        ['ج', 'I-PERS'],
        ['ح', 'B-LOC'],
        ['خ', 'B-LOC'],
        ['د', 'I-GPE'],
      ]),
    );
    expect(c.gold).toEqual([
      { type: 'ORG', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'PERSON', start: 4, end: 5 },
      { type: 'LOC', start: 5, end: 6 },
      { type: 'LOC', start: 6, end: 7 },
      { type: 'LOC', start: 7, end: 8 },
    ]);
  });

  it('a chunk never crosses a sentence break', () => {
    const c = parseConll('أ B-ORG\nب I-ORG\n\nت I-ORG\n');
    expect(c.gold).toEqual([
      { type: 'ORG', start: 0, end: 2 },
      { type: 'ORG', start: 2, end: 3 },
    ]);
  });

  it('takes the last column as the label, accepts CRLF, bidi marks, -DOCSTART- and blank runs', () => {
    const src = '-DOCSTART- -X- O O\r\n\r\n\u200fعمان\u200f NNP B-GPE\r\nاليوم NN O\r\n\r\n\r\n\r\nقال VB O\r\n';
    const c = parseConll(src);
    expect(c.tokens.map((t) => t.text)).toEqual(['عمان', 'اليوم', 'قال']);
    expect(c.sentences).toBe(2);
    expect(c.gold).toEqual([{ type: 'LOC', start: 0, end: 1 }]);
  });

  it('a line with a label and no token is skipped; its O still ends a chunk', () => {
    const c = parseConll('أ B-ORG\n O\nب I-ORG\n');
    expect(c.emptyTokens).toBe(1);
    expect(c.tokens.map((t) => t.text)).toEqual(['أ', 'ب']);
    expect(c.gold).toEqual([
      { type: 'ORG', start: 0, end: 1 },
      { type: 'ORG', start: 1, end: 2 },
    ]);
  });

  it('names the line of a malformed label', () => {
    expect(() => parseConll('أ O\nب B_ORG\n')).toThrow(/line 2: 'B_ORG' is not a BIO label/);
    expect(() => parseConll('أ O\nكلمة\n')).toThrow(/line 2/);
  });

  it('maps types', () => {
    expect(['PERS', 'per', 'PERSON', 'ORG', 'LOC', 'GPE', 'FAC', 'MISC', 'DATE'].map(scoredType)).toEqual([
      'PERSON',
      'PERSON',
      'PERSON',
      'ORG',
      'LOC',
      'LOC',
      'LOC',
      null,
      null,
    ]);
  });
});

describe('projectEntities', () => {
  const c = parseConll(conll(S1, S2));
  const at = (text: string, from = 0) => {
    const chars = [...c.text];
    const joined = chars.join('');
    const utf16 = joined.indexOf(text, from);
    return [...joined.slice(0, utf16)].length;
  };

  it('maps each mention to the tokens it overlaps; GPE counts as LOC; unscored types are dropped', () => {
    const hawari2 = at('الهواري', at('وقال'));
    const chunks = projectEntities(c, [
      { start: at('سليم'), end: at('سليم') + 12, type: 'PERSON' },
      // a mention that starts inside a token (a peeled clitic) still covers the token
      { start: hawari2 + 1, end: hawari2 + 7, type: 'PERSON' },
      { start: at('قرطبة'), end: at('قرطبة') + 5, type: 'GPE' },
    ]);
    expect(chunks).toEqual([
      { type: 'PERSON', start: 2, end: 4 },
      { type: 'PERSON', start: 12, end: 13 },
      { type: 'LOC', start: 19, end: 20 },
    ]);
  });

  it('two mentions inside one token make one chunk; input order does not matter', () => {
    const s = at('النخيل');
    const chunks = projectEntities(c, [
      { start: s + 3, end: s + 6, type: 'ORG' },
      { start: s, end: s + 2, type: 'ORG' },
    ]);
    expect(chunks).toEqual([{ type: 'ORG', start: 6, end: 7 }]);
  });
});

describe('scoreChunks: exact and overlap', () => {
  const gold: Chunk[] = [
    { type: 'PERSON', start: 0, end: 2 },
    { type: 'ORG', start: 5, end: 8 },
    { type: 'LOC', start: 10, end: 11 },
    { type: 'LOC', start: 12, end: 13 },
  ];

  it('a boundary error is wrong for exact, right for overlap', () => {
    const pred: Chunk[] = [
      { type: 'PERSON', start: 1, end: 2 }, // family name only
      { type: 'ORG', start: 5, end: 8 }, // exact
      { type: 'LOC', start: 10, end: 11 }, // exact
    ];
    const s = scoreChunks(gold, pred);
    expect(s.exact.PERSON).toMatchObject({ tp: 0, fp: 1, fn: 1, precision: 0, recall: 0, f1: 0 });
    expect(s.overlap.PERSON).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(s.exact.LOC).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(s.exact.LOC.f1).toBeCloseTo(2 / 3);
    expect(s.exact.micro).toMatchObject({ tp: 2, fp: 1, fn: 2 });
    expect(s.exact.micro.precision).toBeCloseTo(2 / 3);
    expect(s.exact.micro.recall).toBeCloseTo(0.5);
    expect(s.overlap.micro).toMatchObject({ tp: 3, fp: 0, fn: 1, precision: 1, recall: 0.75 });
    expect(s.gold).toEqual({ PERSON: 1, ORG: 1, LOC: 2 });
    expect(s.predicted).toEqual({ PERSON: 1, ORG: 1, LOC: 1 });
  });

  it('overlap matches one to one: a chunk over two gold chunks counts once, two chunks over one gold once', () => {
    const s = scoreChunks(gold, [
      { type: 'LOC', start: 10, end: 13 }, // covers both LOC chunks
      { type: 'ORG', start: 5, end: 6 },
      { type: 'ORG', start: 7, end: 8 }, // the same ORG again
    ]);
    expect(s.overlap.LOC).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(s.overlap.ORG).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(s.exact.LOC.tp + s.exact.ORG.tp).toBe(0);
  });

  it('a type error is wrong in both modes', () => {
    const s = scoreChunks(gold, [{ type: 'ORG', start: 0, end: 2 }]);
    expect(s.exact.micro).toMatchObject({ tp: 0, fp: 1, fn: 4 });
    expect(s.overlap.micro).toMatchObject({ tp: 0, fp: 1, fn: 4 });
  });

  it('duplicate predictions of one gold chunk count one true positive', () => {
    const p: Chunk = { type: 'ORG', start: 5, end: 8 };
    const s = scoreChunks(gold, [p, { ...p }]);
    expect(s.exact.ORG).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('nothing predicted, nothing gold: zeros, not NaN', () => {
    expect(prf(0, 0, 0)).toEqual({ tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
    expect(scoreChunks([], []).exact.micro.f1).toBe(0);
  });
});

describe('error analysis', () => {
  it('classifies false positives and negatives: type, boundary, type+boundary, spurious, missed', () => {
    const gold: Chunk[] = [
      { type: 'PERSON', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'ORG', start: 5, end: 7 },
      { type: 'PERSON', start: 9, end: 10 },
      { type: 'LOC', start: 11, end: 12 },
    ];
    const pred: Chunk[] = [
      { type: 'PERSON', start: 1, end: 2 }, // boundary
      { type: 'PERSON', start: 3, end: 4 }, // type
      { type: 'LOC', start: 5, end: 6 }, // type+boundary
      { type: 'ORG', start: 8, end: 9 }, // spurious
      { type: 'LOC', start: 11, end: 12 }, // right
    ];
    const a = analyzeErrors(gold, pred);
    expect(a.falsePositives.map((e) => e.kind)).toEqual(['boundary', 'type', 'type+boundary', 'spurious']);
    expect(a.falseNegatives.map((e) => e.kind)).toEqual(['boundary', 'type', 'type+boundary', 'missed']);
    expect(a.falsePositives[0].other).toEqual(gold[0]);
    expect(a.counts.falsePositives).toEqual({ boundary: 1, type: 1, 'type+boundary': 1, spurious: 1 });
    // every exact error is listed: the counts agree with the scores
    const s = scoreChunks(gold, pred);
    expect(a.falsePositives).toHaveLength(s.exact.micro.fp);
    expect(a.falseNegatives).toHaveLength(s.exact.micro.fn);
  });

  it('samples evenly and shows context within the sentence', () => {
    expect(sampleEvenly([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3)).toEqual([1, 4, 7]);
    expect(sampleEvenly([1, 2], 5)).toEqual([1, 2]);
    expect(sampleEvenly([1, 2], 0)).toEqual([]);
    const c = parseConll(conll(S1, S2));
    expect(chunkContext(c, { start: 12, end: 13 }, 3)).toEqual({ before: 'وقال', chunk: 'الهواري', after: 'إن مهرجان الربيع' });
    expect(chunkContext(c, { start: 8, end: 10 }, 2)).toEqual({ before: 'النخيل في', chunk: 'وادي الزيتون', after: '.' });
  });
});
