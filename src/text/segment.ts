/**
 * Light clitic segmentation of Arabic word tokens, on the token's normalized form.
 *
 * Proclitics are peeled in their grammatical order — a conjunction (و ف), then a preposition
 * (ب ك ل) or the future س, then the article (ال); "لل" is ل + ال written together — and at
 * most one pronoun enclitic (ه ها هم هن هما كم كن نا ي ك) from the end. Arabic morphology is
 * ambiguous without a lexicon (وزير is not و + زير; بيان is not ب + يان), so the rules are
 * conservative and documented here:
 *
 * - Words in the NO_SPLIT list (src/data/clitics.ts) are never split, also when they carry an
 *   enclitic (وزيرها → وزير + ها, كلمته → كلمت + ه as كلمة is listed) or follow other
 *   proclitics (ووزير → و + وزير); words starting
 *   with a NO_SPLIT_PREFIXES entry (فلسطيني…) keep their first letters.
 * - و: the rest keeps at least 3 letters or is a listed word (وفي، وإن). ف is stricter, as
 *   ف-initial words are many (فريق، فعليا، فيسبوك): only before the article, a listed word
 *   (فإن، فقد، فكان) or a present-tense verb of 4+ letters (فيقول). A vowel other than fatha
 *   written on the letter (وُ، وِ، وْ، وّ) rules the conjunction out.
 * - Before a bare alef (hamzat al-wasl) a clitic is kept only when a derived form follows
 *   (ا + ن/ت, or ت third: وانتقد، لاتفاق، واستقر); واحد، فاجأ، لاغارد stay whole.
 * - ب/ك/ل before ال (بال، كال، لل): the base keeps at least 2 letters. Without the article the
 *   base keeps at least 4 letters (بمدينة، لتعزيز) or is a listed short noun (بسبب، بشأن،
 *   لذلك, also with an enclitic: بأنه); ك without the article only before a noun in م
 *   (كمصدر: كاتب، كريستين stay whole); a written vowel that a preposition cannot carry
 *   rules it out (بَ، بُ، بْ).
 * - ال: the base keeps at least 2 letters, and the alef is written bare (ا or ٱ) in the
 *   original: أ/إ/آ start a word (ألمانيا، إلى، آلاف), not the article.
 * - س: only before a present-tense prefix written ي ت ن أ in the original, with a base of at
 *   least 4 letters that does not end in ة or ات (سيارة، سيدات are nouns) and has no bare
 *   alef after the prefix (ستاندرد) and no ي after ت ن أ (ستيفان).
 * - Enclitics: the base keeps at least 3 letters (or is a listed particle: أنه، عنها، فيه;
 *   4 before ك); never after the article (a noun takes one
 *   or the other); ه not where the original has ة (teh marbuta) and not after ا (اتجاه، مياه);
 *   كم/كن/نا/هم/هن not after ا (حاكم، أماكن، أحيانا، تفاهم); ك not after ا ي و ر ل ن س
 *   (حراك، شريك، سلوك، مشترك، مينسك); ي only with written evidence — a kasra on the letter before it and no shadda on
 *   it (كتابِي) — because a final ي is far more often a nisba adjective (سوري، دولي).
 *
 * Letters are compared after a small folding (أ إ آ ٱ → ا، ى → ي، ؤ → و، ئ → ي) so the
 * rules hold whatever the configured normalizer folds; a final ة that the normalizer turned
 * into ه is compared as the ة the original has. Offsets map back to the original
 * text by counting letters and skipping harakat, tatweel and zero-width characters.
 */
import type { Segments, Token } from '../document.js';
import {
  ARTICLE,
  CONJUNCTIONS,
  ENCLITICS,
  FUTURE,
  LAM_ARTICLE,
  NO_SPLIT,
  NO_SPLIT_PREFIXES,
  PREPOSITIONS,
  PRESENT_PREFIXES,
  SHORT_BASES_AFTER_CONJUNCTION,
  SHORT_BASES_AFTER_PREPOSITION,
  SHORT_ENCLITIC_HOSTS,
} from '../data/clitics.js';
import { bmpMembers } from './tokenize.js';
import { detach } from '../util/strings.js';

// ---------------------------------------------------------------------------------------
// Letter counting

/**
 * How many normalized letters one original UTF-16 code unit stands for: 0 for combining
 * marks (harakat), tatweel, format characters (ZWNJ, ZWJ, LRM...), controls and the second
 * half of a surrogate pair; the number of letters of its compatibility decomposition for a
 * presentation-form ligature (ﻻ → لا = 2); 1 otherwise.
 */
const COUNT = new Uint8Array(0x10000).fill(1);
/** base letter of a single-letter presentation form (ﺏ → ب), 0 elsewhere */
const PRESENTATION_BASE = new Uint16Array(0x10000);

(function buildCount(): void {
  const zero = bmpMembers(/[\p{M}\p{Cf}\p{Cc}\p{White_Space}]+/gu);
  for (let k = 0; k < 0x10000; k++) if (zero[k] === 1) COUNT[k] = 0;
  COUNT[0x0640] = 0;
  for (let k = 0xdc00; k <= 0xdfff; k++) COUNT[k] = 0;
  for (const [lo, hi] of [
    [0xfb50, 0xfdff],
    [0xfe70, 0xfeff],
  ] as const) {
    for (let k = lo; k <= hi; k++) {
      if (COUNT[k] === 0) continue;
      const d = String.fromCharCode(k).normalize('NFKC');
      let n = 0;
      let last = 0;
      for (let m = 0; m < d.length; m++) {
        const c = d.charCodeAt(m);
        if (COUNT[c] === 1 && !(c >= 0xfb50 && c <= 0xfeff)) {
          n++;
          last = c;
        }
      }
      if (n === 0) continue;
      COUNT[k] = n;
      if (n === 1) PRESENTATION_BASE[k] = last;
    }
  }
})();

/** The base letter a code unit of the original stands for (presentation forms resolved). */
function baseLetter(c: number): number {
  const b = PRESENTATION_BASE[c];
  return b !== 0 ? b : c;
}

/**
 * Offset in the original text where the base starts after `normLetters` normalized letters
 * have been peeled from the front of a token: the position of the next letter, past the
 * harakat, tatweel and zero-width characters that belong to the peeled letters.
 * `normLetters <= 0` gives `tokenStart`; a count at or past the last letter gives the token's
 * end. A count that falls inside a ligature (ﻻ) gives the ligature's start.
 */
export function originalOffset(tokenText: string, tokenStart: number, normLetters: number): number {
  if (normLetters <= 0) return tokenStart;
  let seen = 0;
  for (let k = 0; k < tokenText.length; k++) {
    const n = COUNT[tokenText.charCodeAt(k)];
    if (n === 0) continue;
    if (seen >= normLetters) return tokenStart + k;
    if (seen + n > normLetters) return tokenStart + k;
    seen += n;
  }
  return tokenStart + tokenText.length;
}

/**
 * Offset in the original text where the last `normLetters` letters begin (the end of the
 * base when an enclitic of that many letters is peeled). Harakat and tatweel between the base
 * and the enclitic stay with the base.
 */
function originalOffsetFromEnd(tokenText: string, tokenStart: number, normLetters: number): number {
  if (normLetters <= 0) return tokenStart + tokenText.length;
  let seen = 0;
  for (let k = tokenText.length - 1; k >= 0; k--) {
    const n = COUNT[tokenText.charCodeAt(k)];
    if (n === 0) continue;
    seen += n;
    if (seen >= normLetters) return tokenStart + k;
  }
  return tokenStart;
}

// ---------------------------------------------------------------------------------------
// Folding for comparisons

function fold(c: number): number {
  switch (c) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
      return 0x0627;
    case 0x0649: // ى
    case 0x0626: // ئ
    case 0x06cc: // ی
      return 0x064a;
    case 0x0624: // ؤ
      return 0x0648;
    case 0x06a9: // ک
      return 0x0643;
    default:
      return c;
  }
}

function foldString(s: string): string {
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (COUNT[c] === 0) continue;
    out += String.fromCharCode(fold(baseLetter(c)));
  }
  return out;
}

const foldSet = (list: readonly string[]): Set<string> => new Set(list.map(foldString));

const NO_SPLIT_SET = foldSet(NO_SPLIT);
const NO_SPLIT_PREFIX_BY_FIRST = new Map<number, string[]>();
for (const p of NO_SPLIT_PREFIXES.map(foldString)) {
  const first = p.charCodeAt(0);
  const list = NO_SPLIT_PREFIX_BY_FIRST.get(first);
  if (list) list.push(p);
  else NO_SPLIT_PREFIX_BY_FIRST.set(first, [p]);
}
const SHORT_CONJ = foldSet(SHORT_BASES_AFTER_CONJUNCTION);
const SHORT_PREP = foldSet(SHORT_BASES_AFTER_PREPOSITION);
const SHORT_HOSTS = foldSet(SHORT_ENCLITIC_HOSTS);
const CONJ = new Set(CONJUNCTIONS.map((s) => s.charCodeAt(0)));
const PREP = new Set(PREPOSITIONS.map((s) => s.charCodeAt(0)));
const PRESENT = new Set(PRESENT_PREFIXES.map((s) => s.charCodeAt(0)));
const FUT = FUTURE.charCodeAt(0);
const ARTICLE_F = foldString(ARTICLE);
const LAM_ARTICLE_F = foldString(LAM_ARTICLE);
const ENCLITICS_F = ENCLITICS.map(foldString);

const ALEF = 0x0627;
const TEH = 0x062a;
const NOON = 0x0646;
const YEH = 0x064a;
const MEEM = 0x0645;
const KAF = 0x0643;
const FEH = 0x0641;
const FOLDED_TEH_MARBUTA = 'ة';
const TEH_MARBUTA = 0x0629;
const FATHA = 0x064e;
const DAMMA = 0x064f;
const KASRA = 0x0650;
const SHADDA = 0x0651;
const SUKUN = 0x0652;

/** True when `s` (folded letters) is a listed word, possibly with a pronoun enclitic. */
function isListed(s: string): boolean {
  return listedForm(s, NO_SPLIT_SET) || withoutEnclitic(s, NO_SPLIT_SET);
}

/**
 * `b` is in `set` as written, or as the singular in ة of a plural in ات (لحظات → لحظة), or
 * with the teh marbuta it had before a suffix (كلمت → كلمة).
 */
function listedForm(b: string, set: ReadonlySet<string>): boolean {
  if (set.has(b)) return true;
  const n = b.length;
  if (n < 3 || b.charCodeAt(n - 1) !== TEH) return false;
  if (set.has(b.slice(0, -1) + FOLDED_TEH_MARBUTA)) return true;
  return n >= 5 && b.charCodeAt(n - 2) === ALEF && set.has(b.slice(0, -2) + FOLDED_TEH_MARBUTA);
}

/**
 * True when `s` minus a pronoun enclitic is in `set`; a ت left before the enclitic is also
 * read as the teh marbuta it was (كلمته → كلمة).
 */
function withoutEnclitic(s: string, set: ReadonlySet<string>): boolean {
  for (const e of ENCLITICS_F) {
    if (s.length > e.length + 1 && s.endsWith(e)) {
      const b = s.slice(0, -e.length);
      // listed words in ال (الذي، إلا، الآن) take no pronoun: الأهم is not إلا + هم
      if (b.startsWith(ARTICLE_F)) continue;
      if (listedForm(b, set)) return true;
    }
  }
  return false;
}

/** a short base listed in `set`, possibly carrying an enclitic (بأنه = ب + أن + ه) */
function isShortBase(s: string, set: ReadonlySet<string>): boolean {
  return set.has(s) || withoutEnclitic(s, set);
}

/**
 * A clitic before a bare alef (hamzat al-wasl) is kept only when what follows looks like a
 * derived verb or verbal noun of forms VII, VIII or X (انتقاد، اتفاق، اعتبر، استقرار):
 * ا then ن or ت, or ت as the third letter. Other words with a bare initial alef after the
 * clitic's letter are mostly words of their own (واحد، واصفا، فاجأ، لاغارد).
 */
function waslOk(rest: string, origFirst: number | undefined): boolean {
  if (origFirst !== ALEF) return true;
  const c1 = rest.charCodeAt(1);
  return c1 === NOON || c1 === TEH || rest.charCodeAt(2) === TEH;
}

/** True when no proclitic may be peeled from the front of `s`. */
function blocked(s: string): boolean {
  if (isListed(s)) return true;
  const prefixes = NO_SPLIT_PREFIX_BY_FIRST.get(s.charCodeAt(0));
  if (prefixes !== undefined) for (const p of prefixes) if (s.startsWith(p)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------
// Analysis (depends only on the token's text and norm: cached)

interface Analysis {
  proclitics: readonly string[];
  base: string;
  enclitic: string | undefined;
  /** normalized letters peeled from the front / the end */
  front: number;
  back: number;
}

/** Per original letter: its code unit (presentation forms resolved) and its written marks. */
interface Letters {
  codes: number[];
  marks: string[];
}

const NO_MARKS: string[] = [];

function originalLetters(text: string): Letters {
  const codes: number[] = [];
  let marks = NO_MARKS;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const n = COUNT[c];
    if (n === 0) {
      if (codes.length > 0) {
        if (marks === NO_MARKS) marks = [];
        marks[codes.length - 1] = (marks[codes.length - 1] ?? '') + text[k];
      }
      continue;
    }
    if (n === 1) codes.push(baseLetter(c));
    else for (let m = 0; m < n; m++) codes.push(0);
  }
  return { codes, marks };
}

/** bit of a haraka (U+064B..U+0652) in a mark mask */
const bit = (c: number): number => 1 << (c - 0x064b);
/** any written vowel but fatha (و ف ك take fatha) / but kasra (ب ل take kasra) */
const NOT_FATHA = bit(DAMMA) | bit(KASRA) | bit(SUKUN) | bit(SHADDA);
const NOT_KASRA = bit(FATHA) | bit(DAMMA) | bit(SUKUN) | bit(SHADDA);

/** True when the marks written on a letter include one of the harakat in `mask`. */
function hasMark(marks: string | undefined, mask: number): boolean {
  if (marks === undefined) return false;
  for (let k = 0; k < marks.length; k++) {
    const c = marks.charCodeAt(k);
    if (c >= 0x064b && c <= 0x0652 && (mask & bit(c)) !== 0) return true;
  }
  return false;
}

function analyze(text: string, norm: string): Analysis | null {
  // the norm's letters, folded, with their positions in the norm (identity when the norm
  // holds only letters that need no folding: the common case)
  let idx: number[] | null = null;
  let w = norm;
  for (let k = 0; k < norm.length; k++) {
    const c = norm.charCodeAt(k);
    if (COUNT[c] !== 1 || PRESENTATION_BASE[c] !== 0 || fold(c) !== c) {
      idx = [];
      const codes: number[] = [];
      for (let m = 0; m < norm.length; m++) {
        const d = norm.charCodeAt(m);
        const n = COUNT[d];
        if (n === 0) continue;
        if (n > 1) return null; // a ligature left in the norm: letters cannot be cut apart
        idx.push(m);
        codes.push(fold(baseLetter(d)));
      }
      w = String.fromCharCode(...codes);
      break;
    }
  }
  const L = w.length;
  if (L < 3 || NO_SPLIT_SET.has(w)) return null;

  const orig = originalLetters(text);
  const oc = orig.codes;
  const om = orig.marks;
  const endsInTehMarbuta =
    norm.charCodeAt(idx === null ? L - 1 : idx[L - 1]) === TEH_MARBUTA ||
    oc[oc.length - 1] === TEH_MARBUTA;
  // a normalizer that folds ة to ه: compare with the ة the original has
  if (endsInTehMarbuta && w.charCodeAt(L - 1) !== TEH_MARBUTA) w = w.slice(0, -1) + 'ة';

  const procs: Array<[number, number]> = [];
  let pos = 0;
  let article = false;

  // 1. conjunction
  if (CONJ.has(w.charCodeAt(0)) && !blocked(w)) {
    const rest = w.slice(1);
    const vowelOk = !hasMark(om[0], NOT_FATHA);
    const origOk = oc[0] === w.charCodeAt(0);
    const listed = isShortBase(rest, SHORT_CONJ) || (rest.length >= 3 && isListed(rest));
    // ف: only before the article, a listed word (فإن، فقد، فكان) or a present verb (فيقول)
    const lengthOk =
      w.charCodeAt(0) === FEH
        ? listed ||
          (rest.length >= 4 && (rest.startsWith(ARTICLE_F) || PRESENT.has(oc[1] ?? 0)))
        : rest.length >= 3 || listed;
    if (vowelOk && origOk && lengthOk && (rest.startsWith(ARTICLE_F) || waslOk(rest, oc[1]))) {
      procs.push([0, 1]);
      pos = 1;
    }
  }

  // 2. preposition / future / article
  const r = w.slice(pos);
  if (r.length >= 3 && !blocked(r)) {
    const c0 = r.charCodeAt(0);
    const orig1 = oc[pos + 1];
    if (r.startsWith(LAM_ARTICLE_F) && r.length - 2 >= 2) {
      // لل = ل + ال
      procs.push([pos, pos + 2]);
      pos += 2;
      article = true;
    } else if (PREP.has(c0) && prepVowelOk(c0, om[pos])) {
      const afterPrep = r.slice(1);
      if (
        afterPrep.startsWith(ARTICLE_F) &&
        afterPrep.length - 2 >= 2 &&
        !blocked(afterPrep) &&
        isBareAlef(orig1)
      ) {
        procs.push([pos, pos + 1], [pos + 1, pos + 3]);
        pos += 3;
        article = true;
      } else if (
        (afterPrep.length >= 4 || isShortBase(afterPrep, SHORT_PREP)) &&
        // ك without the article: only before a noun in م (كمصدر، كمرشح), never before ا
        (c0 !== KAF || (afterPrep.charCodeAt(0) === MEEM && afterPrep.length >= 4)) &&
        (afterPrep.startsWith(ARTICLE_F) || waslOk(afterPrep, orig1))
      ) {
        procs.push([pos, pos + 1]);
        pos += 1;
      }
    } else if (
      c0 === FUT &&
      PRESENT.has(orig1 ?? 0) &&
      oc[pos + 2] !== ALEF && // a present verb has no bare alef after its prefix (ستاندرد)
      !(orig1 !== YEH && oc[pos + 2] === YEH) && // nor ي after ت ن أ (ستيفان)
      r.length - 1 >= 4 &&
      !endsInTehMarbuta &&
      !r.endsWith('ات')
    ) {
      procs.push([pos, pos + 1]);
      pos += 1;
    } else if (r.startsWith(ARTICLE_F) && r.length - 2 >= 2 && isBareAlef(oc[pos])) {
      procs.push([pos, pos + 2]);
      pos += 2;
      article = true;
    }
  }

  // 3. enclitic
  let encStart = L;
  const rest = w.slice(pos);
  if (!article && !NO_SPLIT_SET.has(rest)) {
    for (const e of ENCLITICS_F) {
      const baseLen = rest.length - e.length;
      if (baseLen < 2 || !rest.endsWith(e)) continue;
      if (baseLen === 2) {
        // a particle (أنه، عنها) or, after a preposition, a listed short noun (بحقها)
        const b = rest.slice(0, 2);
        const afterPrep = pos > 0 && PREP.has(w.charCodeAt(pos - 1)) && SHORT_PREP.has(b);
        if (!SHORT_HOSTS.has(b) && !afterPrep) continue;
      }
      if (e === 'ك' && baseLen < 4) continue;
      const before = rest.charCodeAt(baseLen - 1);
      if (encliticOk(e, before, endsInTehMarbuta, oc, om)) {
        encStart = L - e.length;
        break;
      }
    }
  }

  if (procs.length === 0 && encStart === L) return null;
  const at = (k: number): number => (k === 0 ? 0 : k >= L ? norm.length : idx === null ? k : idx[k]);
  return {
    proclitics: Object.freeze(procs.map(([a, b]) => norm.slice(at(a), at(b)))),
    base: norm.slice(at(pos), at(encStart)),
    enclitic: encStart < L ? norm.slice(at(encStart)) : undefined,
    front: pos,
    back: L - encStart,
  };
}

function isBareAlef(c: number | undefined): boolean {
  return c === ALEF || c === 0x0671;
}

/** ب and ل take kasra, ك takes fatha: any other written vowel rules the preposition out. */
function prepVowelOk(c: number, marks: string | undefined): boolean {
  if (c === 0x0643) return !hasMark(marks, NOT_FATHA);
  return !hasMark(marks, NOT_KASRA);
}

function encliticOk(
  e: string,
  before: number,
  endsInTehMarbuta: boolean,
  oc: number[],
  om: string[],
): boolean {
  switch (e) {
    case 'ه':
      return !endsInTehMarbuta && before !== ALEF;
    case 'كم':
    case 'كن':
    case 'نا':
    case 'هم':
    case 'هن':
      return before !== ALEF;
    case 'ك':
      return (
        before !== ALEF &&
        before !== 0x064a && // ي
        before !== 0x0648 && // و
        before !== 0x0631 && // ر
        before !== 0x0644 && // ل
        before !== 0x0646 && // ن
        before !== 0x0633 // س (مينسك، دونيتسك)
      );
    case 'ي': {
      const n = oc.length;
      return (
        n >= 2 &&
        oc[n - 1] === 0x064a && // written ي, not ى
        hasMark(om[n - 2], bit(KASRA)) &&
        !hasMark(om[n - 1], bit(SHADDA))
      );
    }
    default:
      return true;
  }
}

const CACHE_LIMIT = 100_000;
const cache = new Map<string, { norm: string; a: Analysis | null }>();

function cachedAnalysis(text: string, norm: string): Analysis | null {
  const hit = cache.get(text);
  if (hit !== undefined && hit.norm === norm) return hit.a;
  const a = analyze(text, norm);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  // copies: a token's text cut from a document would keep the whole document alive
  cache.set(detach(text), { norm: detach(norm), a });
  return a;
}

/**
 * Segment a word token into proclitics, base and enclitic (on `token.norm`); undefined for
 * other kinds and when nothing is peeled. `baseStart`/`baseEnd` are offsets into the original
 * text, like the token's. The `proclitics` array is frozen (shared between equal tokens).
 */
export function segment(token: Token): Segments | undefined {
  if (token.kind !== 'word') return undefined;
  const a = cachedAnalysis(token.text, token.norm);
  if (a === null) return undefined;
  const seg: Segments = {
    proclitics: a.proclitics as string[],
    base: a.base,
    baseStart: originalOffset(token.text, token.start, a.front),
    baseEnd: originalOffsetFromEnd(token.text, token.start, a.back),
  };
  if (a.enclitic !== undefined) seg.enclitic = a.enclitic;
  return seg;
}
