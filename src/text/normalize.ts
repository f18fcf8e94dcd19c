/**
 * Arabic text normalization: NFC, then character maps (src/data/charmaps.ts) applied by one
 * table-driven engine. One rule per phenomenon; each can be switched on or off.
 *
 * The engine compiles the enabled maps into a lookup table indexed by UTF-16 code unit
 * (astral characters pass through), with chains resolved up front (ﻷ → لأ → لا), so
 * one pass over the text is enough. A string with nothing to map is returned as is.
 * NFC runs only when the string holds a character NFC can change (a combining mark, a
 * composing jamo, a canonical singleton, an astral character outside the emoji blocks).
 *
 * `normalize(normalize(s, r), r) === normalize(s, r)` for every rule set `r`.
 */
import { CHARMAPS } from '../data/charmaps.js';

export const RULES = [
  'harakat',
  'quranic',
  'tatweel',
  'alef',
  'hamza',
  'yeh',
  'tehMarbuta',
  'persian',
  'digits',
  'presentation',
  'controls',
  'spaces',
] as const;

export type NormalizeRule = (typeof RULES)[number];
export type RuleSet = Readonly<Record<NormalizeRule, boolean>>;
export type Normalizer = (s: string) => string;

export const DEFAULT_RULES: RuleSet = Object.freeze({
  harakat: true,
  quranic: true,
  tatweel: true,
  alef: true,
  hamza: true,
  yeh: true,
  tehMarbuta: false,
  persian: true,
  digits: true,
  presentation: true,
  controls: true,
  spaces: true,
});

export const RULE_DESCRIPTIONS: Readonly<Record<NormalizeRule, string>> = Object.freeze(
  Object.fromEntries(RULES.map((rule) => [rule, CHARMAPS[rule].description])) as Record<NormalizeRule, string>,
);

/** An unknown normalization rule name was given. */
export class UnknownRuleError extends Error {
  readonly code = 'EUNKNOWNRULE';
  readonly rule: string;
  constructor(rule: string) {
    super(`unknown normalization rule "${rule}"; valid rules: ${RULES.join(', ')}`);
    this.name = 'UnknownRuleError';
    this.rule = rule;
  }
}

const RULE_BY_KEY: ReadonlyMap<string, NormalizeRule> = new Map(RULES.map((r) => [ruleKey(r), r]));

function ruleKey(name: string): string {
  return name.toLowerCase().replace(/[-_\s]/g, '');
}

/** Looks a rule name up, ignoring case, '-' and '_' (so "teh-marbuta" names tehMarbuta). */
function toRule(name: string): NormalizeRule {
  const rule = typeof name === 'string' ? RULE_BY_KEY.get(ruleKey(name)) : undefined;
  if (rule === undefined) throw new UnknownRuleError(String(name));
  return rule;
}

/**
 * Resolves rule options into a complete rule set. Starts from `only` (just those rules) or
 * from DEFAULT_RULES; `enable` turns rules on (e.g. tehMarbuta); `keep` turns rules off
 * (the characters are kept). Naming the same rule in `keep` and `enable` is an error.
 */
export function resolveRules(opts: { keep?: NormalizeRule[]; only?: NormalizeRule[]; enable?: NormalizeRule[] } = {}): RuleSet {
  const keep = (opts.keep ?? []).map(toRule);
  const enable = (opts.enable ?? []).map(toRule);
  const only = opts.only?.map(toRule);
  const both = keep.filter((r) => enable.includes(r));
  if (both.length > 0) {
    throw new Error(`normalization rule "${both[0]}" is both kept (turned off) and enabled`);
  }
  const out = {} as Record<NormalizeRule, boolean>;
  for (const rule of RULES) out[rule] = only ? only.includes(rule) : DEFAULT_RULES[rule];
  for (const rule of enable) out[rule] = true;
  for (const rule of keep) out[rule] = false;
  return Object.freeze(out);
}

// ---------------------------------------------------------------------------------------
// The engine

/** code-table values that are not a replacement character */
const COPY = 0;
const DELETE = 0xffff;
const MULTI = 0xfffe;
const SURROGATE = 0xfffd;

/** flag bits */
const MAPPED = 1;
const NFC = 2;
const HIGH_SURROGATE = 4;

/** Maps are unioned and chains resolved in this order: presentation forms first. */
const APPLY_ORDER: readonly NormalizeRule[] = [
  'presentation',
  'controls',
  'spaces',
  'harakat',
  'quranic',
  'tatweel',
  'persian',
  'alef',
  'hamza',
  'yeh',
  'tehMarbuta',
  'digits',
];

interface Compiled {
  /** per code unit: COPY, DELETE, MULTI, SURROGATE, or the replacement code unit */
  readonly code: Uint16Array;
  /** per code unit: MAPPED | NFC | HIGH_SURROGATE bits; 0 for the common case */
  readonly flags: Uint8Array;
  readonly multi: ReadonlyMap<number, string>;
}

let nfcFlags: Uint8Array | undefined;

/**
 * Code units that can make NFC change a string: combining marks (they may compose or be
 * reordered), characters NFC replaces (canonical singletons, composition exclusions), the
 * non-initial parts of canonical decompositions (e.g. Hangul vowel and final jamo), and
 * high surrogates (checked further per astral character). Derived from the runtime's
 * Unicode data, once.
 */
function getNfcFlags(): Uint8Array {
  if (nfcFlags) return nfcFlags;
  const flags = new Uint8Array(0x10000);
  const mark = /^\p{M}$/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdbff) {
      flags[c] = HIGH_SURROGATE;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (mark.test(ch)) flags[c] |= NFC;
    const d = ch.normalize('NFD');
    if (d === ch) continue; // no decomposition, so NFC leaves it alone
    if (ch.normalize('NFC') !== ch) flags[c] |= NFC;
    for (let k = 1; k < d.length; k++) flags[d.charCodeAt(k)] |= NFC;
  }
  nfcFlags = flags;
  return flags;
}

/**
 * Astral characters in U+1F000–1FAFF (emoji, playing cards, enclosed alphanumerics …)
 * have no canonical decomposition and are no marks, so NFC cannot touch them. Other astral
 * characters and lone surrogates send the string through NFC.
 */
function astralIsInert(s: string, i: number): boolean {
  const lo = s.charCodeAt(i + 1);
  if (lo < 0xdc00 || lo > 0xdfff) return false;
  const cp = ((s.charCodeAt(i) - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  return cp >= 0x1f000 && cp <= 0x1faff;
}

function needsNfc(flags: Uint8Array, s: string, from: number): boolean {
  const n = s.length;
  for (let i = from; i < n; i++) {
    const f = flags[s.charCodeAt(i)];
    if (f === 0) continue;
    if (f & NFC) return true;
    if (f & HIGH_SURROGATE) {
      if (!astralIsInert(s, i)) return true;
      i++;
    }
  }
  return false;
}

const compiledCache = new Map<number, Compiled>();

function ruleMask(rules: RuleSet): number {
  let mask = 0;
  for (let k = 0; k < RULES.length; k++) if (rules[RULES[k]]) mask |= 1 << k;
  return mask;
}

function compile(rules: RuleSet): Compiled {
  const mask = ruleMask(rules);
  const cached = compiledCache.get(mask);
  if (cached) return cached;

  const raw = new Map<number, string>();
  for (const rule of APPLY_ORDER) {
    if (!rules[rule]) continue;
    for (const [from, to] of Object.entries(CHARMAPS[rule].map)) {
      const cp = from.charCodeAt(0);
      if (!raw.has(cp)) raw.set(cp, to);
    }
  }
  const resolveString = (s: string, depth: number): string => {
    if (depth > 8) throw new Error(`character maps form a cycle at "${s}"`);
    let out = '';
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      const to = raw.get(c);
      out += to === undefined || (to.length === 1 && to.charCodeAt(0) === c) ? s[k] : resolveString(to, depth + 1);
    }
    return out;
  };

  const code = new Uint16Array(0x10000);
  const flags = getNfcFlags().slice();
  const multi = new Map<number, string>();
  for (let c = 0xd800; c <= 0xdfff; c++) code[c] = SURROGATE;
  for (const [cp, to] of raw) {
    const resolved = resolveString(to, 0);
    if (resolved.length === 1 && resolved.charCodeAt(0) === cp) continue;
    if (resolved.length === 0) code[cp] = DELETE;
    else if (resolved.length === 1) code[cp] = resolved.charCodeAt(0);
    else {
      code[cp] = MULTI;
      multi.set(cp, resolved);
    }
    flags[cp] |= MAPPED;
  }
  const compiled: Compiled = { code, flags, multi };
  compiledCache.set(mask, compiled);
  return compiled;
}

/** Strings up to this length are rebuilt by slicing and concatenation; longer ones in a buffer. */
const SHORT = 64;
let scratch = new Uint16Array(4096);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16Decoder = new TextDecoder('utf-16le', { ignoreBOM: true });

function codeUnitsToString(buf: Uint16Array, length: number, exact: boolean): string {
  if (length <= 1024 || exact || !LITTLE_ENDIAN) {
    let out = '';
    for (let k = 0; k < length; k += 1024) {
      out += String.fromCharCode.apply(null, buf.subarray(k, Math.min(length, k + 1024)) as unknown as number[]);
    }
    return out;
  }
  return utf16Decoder.decode(buf.subarray(0, length));
}

/** Applies the table to `s`, starting at `from` (nothing before it needs mapping). */
function mapFrom(t: Compiled, s: string, from: number): string {
  const { code, flags, multi } = t;
  const n = s.length;
  let i = from;
  for (; i < n; i++) if (flags[s.charCodeAt(i)] & MAPPED) break;
  if (i === n) return s;

  if (n <= SHORT) {
    let out = s.slice(0, i);
    let last = i;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (!(flags[c] & MAPPED)) continue;
      if (i > last) out += s.slice(last, i);
      const r = code[c];
      if (r === MULTI) out += multi.get(c);
      else if (r !== DELETE) out += String.fromCharCode(r);
      last = i + 1;
    }
    return last < n ? out + s.slice(last) : out;
  }

  if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
  let buf = scratch;
  let o = 0;
  for (let k = 0; k < i; k++) buf[o++] = s.charCodeAt(k);
  let lone = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const r = code[c];
    if (r === COPY) buf[o++] = c;
    else if (r === DELETE) continue;
    else if (r === MULTI) {
      const rep = multi.get(c)!;
      if (o + rep.length + (n - i) > buf.length) {
        const grown = new Uint16Array(Math.max(buf.length * 2, o + rep.length + (n - i)));
        grown.set(buf.subarray(0, o));
        buf = scratch = grown;
      }
      for (let k = 0; k < rep.length; k++) buf[o++] = rep.charCodeAt(k);
    } else if (r === SURROGATE) {
      buf[o++] = c;
      if (c <= 0xdbff) {
        const lo = s.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) buf[o++] = s.charCodeAt(++i);
        else lone = true;
      } else lone = true;
    } else buf[o++] = r;
  }
  return codeUnitsToString(buf, o, lone);
}

function run(t: Compiled, s: string): string {
  const flags = t.flags;
  const n = s.length;
  let i = 0;
  for (; i < n; i++) {
    const f = flags[s.charCodeAt(i)];
    if (f === 0) continue;
    if (f === HIGH_SURROGATE && astralIsInert(s, i)) {
      i++;
      continue;
    }
    break;
  }
  if (i === n) return s;

  let x = s;
  if (needsNfc(flags, s, i)) {
    x = s.normalize('NFC');
    i = 0;
  }
  let out = mapFrom(t, x, i);
  // Mapping can leave a sequence NFC changes (ا + ـ + U+0654 with tatweel removed): compose
  // and map again until both hold. Each round shortens the string or ends the loop.
  while (out !== x && needsNfc(flags, out, 0)) {
    const composed = out.normalize('NFC');
    if (composed === out) break;
    x = composed;
    out = mapFrom(t, x, 0);
  }
  return out;
}

function toRuleSet(rules?: Partial<Record<NormalizeRule, boolean>>): RuleSet {
  if (rules === undefined) return DEFAULT_RULES;
  const out = { ...DEFAULT_RULES };
  for (const [name, on] of Object.entries(rules)) {
    if (on === undefined) continue;
    out[toRule(name)] = Boolean(on);
  }
  return out;
}

/**
 * Compiles a normalizer for a rule set (missing rules take their DEFAULT_RULES value).
 * Tables are compiled once per distinct rule set and shared.
 */
export function createNormalizer(rules?: Partial<Record<NormalizeRule, boolean>>): Normalizer {
  const compiled = compile(toRuleSet(rules));
  return (s: string) => run(compiled, s);
}

let defaultCompiled: Compiled | undefined;

/** Normalizes `text` with `rules` (missing rules take their DEFAULT_RULES value). */
export function normalize(text: string, rules?: Partial<Record<NormalizeRule, boolean>>): string {
  if (rules === undefined) return run((defaultCompiled ??= compile(DEFAULT_RULES)), text);
  return run(compile(toRuleSet(rules)), text);
}

// ---------------------------------------------------------------------------------------
// One function per phenomenon (each also applies NFC first)

function single(rule: NormalizeRule): Normalizer {
  let compiled: Compiled | undefined;
  return (s: string) => {
    compiled ??= compile(Object.fromEntries(RULES.map((r) => [r, r === rule])) as unknown as RuleSet);
    return run(compiled, s);
  };
}

const harakatOnly = single('harakat');
/** Removes harakat, tanween, shadda, sukun and dagger alef: مُحَمَّدٌ → محمد */
export function stripHarakat(s: string): string {
  return harakatOnly(s);
}
const quranicOnly = single('quranic');
/** Removes Quranic annotation marks and small high/low signs. */
export function stripQuranicMarks(s: string): string {
  return quranicOnly(s);
}
const tatweelOnly = single('tatweel');
/** Removes tatweel: بـدمشق → بدمشق */
export function stripTatweel(s: string): string {
  return tatweelOnly(s);
}
const alefOnly = single('alef');
/** Folds أ إ آ ٱ ٲ ٳ ٵ to ا */
export function foldAlef(s: string): string {
  return alefOnly(s);
}
const hamzaOnly = single('hamza');
/** Folds ؤ → و and ئ → ي; standalone ء stays. */
export function foldHamza(s: string): string {
  return hamzaOnly(s);
}
const yehOnly = single('yeh');
/** Folds alef maksura ى → ي (never to ا). */
export function foldYeh(s: string): string {
  return yehOnly(s);
}
const tehMarbutaOnly = single('tehMarbuta');
/** Folds teh marbuta ة → ه */
export function foldTehMarbuta(s: string): string {
  return tehMarbutaOnly(s);
}
const persianOnly = single('persian');
/** Folds Persian/Urdu letter forms (ک گ ی ے ۀ ہ ە ھ ۃ …) to Arabic ones. */
export function foldPersian(s: string): string {
  return persianOnly(s);
}
const digitsOnly = single('digits');
/** Arabic-Indic and Persian digits to ASCII; ٫ → . ٬ → , ٪ → % */
export function foldDigits(s: string): string {
  return digitsOnly(s);
}
const presentationOnly = single('presentation');
/** Presentation forms and ligatures to base letters: ﻷ → لأ */
export function foldPresentationForms(s: string): string {
  return presentationOnly(s);
}
const controlsOnly = single('controls');
/** Removes zero-width and bidi control characters (ZWNJ included). */
export function removeControls(s: string): string {
  return controlsOnly(s);
}
const spacesOnly = single('spaces');
/** No-break and other Unicode spaces, and tabs, to a plain space. */
export function foldSpaces(s: string): string {
  return spacesOnly(s);
}

let labelCompiled: Compiled | undefined;
/**
 * A written name as a table shows it: the letters as written (hamza and ة kept), without
 * harakat, Quranic marks, tatweel, presentation forms or invisible controls, its spaces folded
 * and collapsed (وزارةُ الصحـــة ‏العامة → وزارة الصحة العامة).
 */
export function labelForm(s: string): string {
  labelCompiled ??= compile({ ...Object.fromEntries(RULES.map((r) => [r, false])), harakat: true, quranic: true, tatweel: true, presentation: true, controls: true, spaces: true } as RuleSet);
  return run(labelCompiled, s).replace(/ {2,}/g, ' ').trim();
}
