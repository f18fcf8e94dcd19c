/**
 * Pairing quotation marks within a paragraph (a line of text).
 *
 * « ‹ „ only open and » › only close. The others (“ ” " ' ‘ ’) are placed by their
 * neighbours, so both “…” and the reversed ”…“ common on Arabic sites pair up: a mark with a
 * space (or line start, or an opening bracket) before it and a letter after it opens; a mark
 * with a letter before it and a space or punctuation after it closes. A closing mark pairs
 * with the nearest open mark of its family; a closing mark with nothing open is stray and is
 * ignored (it never swallows text); a mark left open runs to the end of its paragraph.
 */
import type { Token } from '../document.js';
import type { QuoteResources } from './resources.js';

export interface MarkedSpan {
  /** token index of the opening mark */
  open: number;
  /** token index of the closing mark, or -1 when the quotation is never closed in its paragraph */
  close: number;
  /** first and one-past-last token index of the content */
  i: number;
  j: number;
  /** content offsets in the text (UTF-16), without the marks */
  start: number;
  end: number;
  /** nesting depth: 0 for outermost */
  depth: number;
}

/** The entry `byMark` holds for a stray closing mark. */
export const STRAY: MarkedSpan = Object.freeze({ open: -1, close: -1, i: 0, j: 0, start: 0, end: 0, depth: -1 });

export interface MarkResult {
  spans: MarkedSpan[];
  /** closing marks with nothing to close (token indices) */
  stray: number[];
  /** token index → the span it opens or closes (STRAY for a stray closing mark) */
  byMark: Map<number, MarkedSpan>;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isOpeningContext = (c: string | undefined) => isSpace(c) || (c !== undefined && /[(\[{«‹:،,؛;\-–—\u200f\u200e]/.test(c));
const isClosingContext = (c: string | undefined) => isSpace(c) || (c !== undefined && /[)\]}».,،:;؛!?؟…\-–—\u200f\u200e"”“'’]/.test(c));

function direction(text: string, t: Token, res: QuoteResources, hasOpen: boolean): 'open' | 'close' {
  const fixed = res.fixedDirection.get(t.text);
  if (fixed) return fixed;
  const before = t.start > 0 ? text[t.start - 1] : undefined;
  const after = text[t.end];
  const opens = isOpeningContext(before) && !isSpace(after);
  const closes = !isSpace(before) && isClosingContext(after);
  if (opens && !closes) return 'open';
  if (closes && !opens) return 'close';
  return hasOpen ? 'close' : 'open';
}

/**
 * Pairs the quotation marks of tokens [from, to) — one paragraph. `lineEnd` is the text offset
 * where the paragraph ends (content of a quotation never closed runs to it).
 */
export function pairMarks(text: string, tokens: readonly Token[], from: number, to: number, res: QuoteResources, out: MarkResult): void {
  const stack: { token: number; family: number }[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind !== 'punct') continue;
    const family = res.markFamily.get(t.text);
    if (family === undefined) continue;
    // an apostrophe inside a Latin word is not a quotation mark (the tokenizer keeps most inside the word)
    if (t.text === "'" && /[A-Za-z]/.test(text[t.start - 1] ?? '') && /[A-Za-z]/.test(text[t.end] ?? '')) continue;
    const hasOpen = stack.some((s) => s.family === family);
    const dir = direction(text, t, res, hasOpen);
    if (dir === 'open') {
      stack.push({ token: k, family });
      continue;
    }
    let m = stack.length - 1;
    while (m >= 0 && stack[m].family !== family) m--;
    if (m < 0) {
      out.stray.push(k);
      out.byMark.set(k, STRAY);
      continue;
    }
    const opener = stack[m];
    // marks opened inside and left open are closed here with it (they were not quotations)
    stack.length = m;
    add(out, tokens, opener.token, k, stack.length);
  }
  // never closed: the quotation runs to the end of the paragraph
  for (let s = 0; s < stack.length; s++) add(out, tokens, stack[s].token, -1, s, to);
}

function add(out: MarkResult, tokens: readonly Token[], open: number, close: number, depth: number, paragraphEnd?: number): void {
  const i = open + 1;
  const j = close >= 0 ? close : paragraphEnd!;
  if (j <= i) return;
  const span: MarkedSpan = {
    open,
    close,
    i,
    j,
    start: tokens[i].start,
    end: close >= 0 ? tokens[close].start : tokens[j - 1].end,
    depth,
  };
  // trim trailing whitespace handled by token offsets; content ends at the last content token
  if (close >= 0 && j > i) span.end = tokens[j - 1].end;
  out.spans.push(span);
  out.byMark.set(open, span);
  if (close >= 0) out.byMark.set(close, span);
}
