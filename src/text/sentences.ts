/**
 * Sentence splitting over the token stream.
 *
 * A sentence ends:
 * - after a terminal mark `. ! ? ؟ … ۔ ‼ ⁇ ⁈ ⁉` (a run of them: "؟!", "...", "!!"), together
 *   with the closing quotes/brackets right after it (`»`, `›`, `)`, `]`, `}` even after a space
 *   on the same line, and the ornate parenthesis ﴾ that closes a Qur'anic citation; `"`, `'`, `”`, `“`, `’`, `‘`, `‟` only when they touch the mark);
 * - at a paragraph break (a blank line);
 * - at a single line break when the line does not end in punctuation that carries the
 *   sentence on (`، , ؛ ; : - – —` or an opening quote/bracket): headlines and datelines
 *   have no final punctuation, so each such line is its own sentence.
 *
 * No split after a single-letter abbreviation followed by "." ("د. محمد", "John F. Kennedy",
 * "أ.د."), unless a number precedes the letter ("1445 هـ." / "2024 م." end sentences), nor
 * after a list number at the start of a line ("1. ..."). Dots inside numbers, URLs and
 * dotted acronyms never reach this stage: they are inside their tokens.
 */
import type { Sentence, Token } from '../document.js';

const TERMINAL = new Set(['.', '!', '?', '؟', '…', '۔', '‼', '⁇', '⁈', '⁉']);
/** closers that may follow a terminal mark after spaces on the same line */
const CLOSE_FAR = new Set(['»', '›', ')', ']', '}', '\uFD3E']);
/** quote marks that close a sentence only when they touch the terminal mark */
const CLOSE_NEAR = new Set(['"', "'", '”', '“', '’', '‘', '‟', '„', '＂']);
/** a line ending with one of these continues on the next line */
const CONTINUES = new Set([
  '،', ',', '؛', ';', ':', '-', '–', '—', '«', '‹', '(', '[', '{', '“', '„', '‘', '\uFD3F',
]);

function firstChar(t: Token): string {
  return t.text.charAt(0);
}

function isTerminal(t: Token): boolean {
  return t.kind === 'punct' && TERMINAL.has(firstChar(t));
}

/**
 * Line breaks in text[from, to): 0, 1, or 2 for two or more (a blank line). CRLF counts
 * as one break.
 */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029) {
      count++;
      if (c === 0x2029) count++; // PARAGRAPH SEPARATOR is a paragraph break by itself
    } else if (c === 0x0d) {
      count++;
      if (k + 1 < to && text.charCodeAt(k + 1) === 0x0a) k++;
    }
    if (count >= 2) return 2;
  }
  return count;
}

/** Split the token stream into sentences; every token belongs to exactly one sentence. */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  const n = tokens.length;
  let s = 0; // first token of the current sentence
  let i = 0;
  const close = (end: number): void => {
    if (end > s) {
      out.push({ start: tokens[s].start, end: tokens[end - 1].end, tokenStart: s, tokenEnd: end });
      s = end;
    }
  };
  while (i < n) {
    const t = tokens[i];
    if (isTerminal(t) && !isAbbreviationDot(text, tokens, s, i)) {
      // take the run of terminal marks and closing quotes/brackets
      let j = i + 1;
      while (j < n) {
        const u = tokens[j];
        if (u.kind !== 'punct') break;
        const prev = tokens[j - 1];
        const touching = u.start === prev.end;
        const ch = firstChar(u);
        if (touching && TERMINAL.has(ch)) j++;
        else if (CLOSE_NEAR.has(ch) && touching) j++;
        else if (CLOSE_FAR.has(ch) && lineBreaks(text, prev.end, u.start) === 0) j++;
        else break;
      }
      close(j);
      i = j;
      continue;
    }
    // a line break between this token and the next one
    if (i + 1 < n) {
      const breaks = lineBreaks(text, t.end, tokens[i + 1].start);
      if (breaks >= 2 || (breaks === 1 && !(t.kind === 'punct' && CONTINUES.has(firstChar(t))))) {
        close(i + 1);
      }
    }
    i++;
  }
  close(n);
  return out;
}

/**
 * True when the "." token at i ends an abbreviation rather than a sentence: a single letter
 * before it ("د.", "F."), not preceded by a number, with more text following on the same
 * line; or a list number opening the line ("1.").
 */
export function isAbbreviationDot(text: string, tokens: readonly Token[], s: number, i: number): boolean {
  const t = tokens[i];
  if (t.text !== '.' || i === 0 || i + 1 >= tokens.length) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev.end !== t.start) return false;
  if (lineBreaks(text, t.end, next.start) > 0) return false;
  if ((prev.kind === 'word' || prev.kind === 'latin') && letterCount(prev.text) === 1) {
    const before = i >= 2 ? tokens[i - 2] : undefined;
    if (before && before.kind === 'number' && lineBreaks(text, before.end, prev.start) === 0) {
      return false;
    }
    return true;
  }
  // "1." opening a line (or the text): a list marker
  if (prev.kind === 'number' && i - 1 === s && lineStartsAt(text, prev.start)) return true;
  return false;
}

function letterCount(s: string): number {
  let count = 0;
  for (const ch of s) if (LETTER.test(ch)) count++;
  return count;
}
const LETTER = /^\p{L}$/u;

function lineStartsAt(text: string, pos: number): boolean {
  for (let k = pos - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0 && c !== 0x200f && c !== 0x200e && c !== 0xfeff) {
      return false;
    }
  }
  return true;
}
