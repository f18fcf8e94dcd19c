/**
 * Patterns for names nobody listed.
 *
 * - Title + name: a title or role (الرئيس، رئيس الوزراء، المتحدث باسم، الشيخ، الدكتور …), its
 *   complements (a nationality adjective الأمريكي, a genitive place or body أمير قطر / الأمين العام
 *   للأمم المتحدة, a modifier السابق), an optional apposition comma, then a name chain.
 * - Given name + name: a known given name followed by at least one more name part (خالد العتيبي).
 * - Name chains: particles join parts (بن، ابن، بنت، أبو، عبد، آل); compound given names
 *   (عبد الله) count as one part; a name ends at a stopword, a common word, a cue verb, a title,
 *   punctuation or a line break, and has at most four parts.
 * - Organization heads (وزارة، حزب، حركة، شركة، صحيفة، موقع …) + a name: a quoted name (شركة "سابك"),
 *   a known entity (حركة حماس), an unknown word (شركة سابك), or — after heads whose names are made
 *   of ordinary words — definite words and adjectives (حزب العدالة والتنمية). Whether the head is
 *   inside the mention comes from the head lexicon (وزارة … inside; صحيفة … outside).
 * - Place heads (مدينة، محافظة، مطار، مخيم …) + a name, likewise.
 * Unknown names get a document-local id (`local:TYPE:name`).
 */
import type { EntityType } from '../document.js';
import type { GazetteerEntry } from '../data/types.js';
import { TITLE_MODIFIERS, HEADS_NAMED_BY_COMMON_WORDS, HEADS_NOT_NAMING } from '../data/entity-patterns.js';
import type { OrgHead, PlaceHead } from '../data/heads.js';
import type { EntityResources } from './resources.js';
import type { Candidate, TokenView } from './recognize.js';
import { oneLine } from './recognize.js';

interface Ctx {
  view: TokenView;
  res: EntityResources;
  modifiers: ReadonlySet<string>;
  namedByCommon: ReadonlySet<string>;
  notNaming: ReadonlySet<string>;
}

const compiled = new WeakMap<EntityResources, Omit<Ctx, 'view' | 'res'>>();

function lists(res: EntityResources) {
  let c = compiled.get(res);
  if (!c) {
    const k = (s: string) => res.gazetteer.phrases.keysOf(s).join(' ');
    c = {
      modifiers: new Set(TITLE_MODIFIERS.map(k)),
      namedByCommon: new Set(HEADS_NAMED_BY_COMMON_WORDS.map(k)),
      notNaming: new Set(HEADS_NOT_NAMING.map(k)),
    };
    compiled.set(res, c);
  }
  return c;
}

function isWord(ctx: Ctx, m: number): boolean {
  return m < ctx.view.tokens.length && ctx.view.tokens[m].kind === 'word';
}

/** Gazetteer match at m (proclitics allowed), or null. */
function gazAt(ctx: Ctx, m: number, peel = true) {
  if (m >= ctx.view.tokens.length) return null;
  const t = ctx.view.tokens[m];
  if (t.kind !== 'word' && t.kind !== 'latin') return null;
  return ctx.res.gazetteer.phrases.matchAt(ctx.view.keys, m, peel);
}

/** Can token m be part of a name? `first`: the first part (stricter). */
function nameToken(ctx: Ctx, m: number, first: boolean): boolean {
  if (!isWord(ctx, m)) return false;
  const key = ctx.view.keys[m];
  const { res } = ctx;
  if (key.length < 2 || res.isStopword(key) || res.isCueWord(key) || ctx.modifiers.has(key)) return false;
  if (res.titles.starts(key) && res.titles.matchAt(ctx.view.keys, m)) return false;
  if (res.isHeadWord(key)) return false;
  if (res.givenNames.matchAt(ctx.view.keys, m)) return !(first && res.ambiguousGiven.has(key) && res.isCommonWord(key));
  if (res.isCommonWord(key)) return false;
  if (first && res.nisba(key)) return false;
  return true;
}

/**
 * A name chain starting at k: returns the end (exclusive) and the number of parts, or null.
 */
export function parseName(ctx: Ctx, k: number, maxParts = 4): { j: number; parts: number } | null {
  const { keys, tokens } = ctx.view;
  const { res } = ctx;
  let m = k;
  let parts = 0;
  while (m < tokens.length && parts < maxParts) {
    if (m > k && ctx.view.breakAfter[m - 1]) break;
    if (!isWord(ctx, m)) break;
    const key = keys[m];
    if (res.particles.has(key)) {
      // بن/عبد/آل/أبو + a part; a chain never ends on a particle
      const g = res.givenNames.matchAt(keys, m);
      if (g && g.j - g.i > 1) {
        m = g.j;
        parts++;
        continue;
      }
      if (!ctx.view.breakAfter[m] && nameToken(ctx, m + 1, false)) {
        m += 2;
        parts++;
        continue;
      }
      // عبد + an ordinary word (عبد الرحمن: الرحمن is common but joined by عبد)
      if (key === res.key('عبد') && isWord(ctx, m + 1) && !res.isStopword(keys[m + 1])) {
        m += 2;
        parts++;
        continue;
      }
      break;
    }
    const g = res.givenNames.matchAt(keys, m);
    if (g && nameToken(ctx, m, parts === 0)) {
      m = g.j;
      parts++;
      continue;
    }
    if (!nameToken(ctx, m, parts === 0)) break;
    m++;
    parts++;
  }
  return parts > 0 ? { j: m, parts } : null;
}

function localId(type: EntityType, ctx: Ctx, i: number, j: number): string {
  return `local:${type}:${ctx.view.keys.slice(i, j).join('_')}`;
}

/** If a gazetteer PERSON entry is matched inside [i, j), its entry (for id and label). */
function personInside(ctx: Ctx, i: number, j: number): GazetteerEntry | undefined {
  for (let m = i; m < j; m++) {
    const g = gazAt(ctx, m, false);
    if (g && g.j <= j) {
      const e = g.values.find((v) => v.type === 'PERSON');
      if (e) return e;
    }
  }
  return undefined;
}

function person(ctx: Ctx, i: number, j: number, attributes?: Record<string, string>): Candidate {
  const known = personInside(ctx, i, j);
  const text = ctx.view.tokens.slice(i, j).map((t) => t.text).join(' ');
  return {
    i,
    j,
    peeled: 0,
    type: 'PERSON',
    entityId: known?.id ?? localId('PERSON', ctx, i, j),
    label: known?.ar ?? text,
    labelEn: known?.en,
    source: 'pattern',
    entry: known,
    attributes,
  };
}

/** Title + complements + name. */
function titlePatterns(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { keys, tokens } = ctx.view;
  const { res } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(ctx, i)) continue;
    const t = res.titles.matchAt(keys, i, true);
    if (!t) continue;
    let k = t.j;
    const attributes: Record<string, string> = { title: ctx.view.doc.text.slice(tokens[t.i].start, tokens[t.j - 1].end) };
    for (let step = 0; step < 4 && k < tokens.length && !ctx.view.breakAfter[k - 1]; step++) {
      const nis = isWord(ctx, k) ? res.nisba(keys[k]) : undefined;
      if (nis) {
        attributes.nationality = nis.ref;
        k++;
        continue;
      }
      if (isWord(ctx, k) && ctx.modifiers.has(keys[k])) {
        k++;
        continue;
      }
      const g = gazAt(ctx, k);
      if (g && g.values.some((v) => v.type !== 'PERSON') && oneLine(ctx.view, g.i, g.j)) {
        k = g.j;
        continue;
      }
      const p = res.portfolios.matchAt(keys, k);
      if (p) {
        k = p.j;
        continue;
      }
      break;
    }
    if (k < tokens.length && (tokens[k].text === '،' || tokens[k].text === ',') && !ctx.view.breakAfter[k - 1]) k++;
    if (k >= tokens.length || ctx.view.breakAfter[k - 1]) continue;
    const g = gazAt(ctx, k, false);
    if (g && g.values.some((v) => v.type === 'PERSON')) {
      // a known person: the gazetteer finds it; extend over a fuller name chain (دونالد جيه ترامب)
      const name = parseName(ctx, k);
      if (name && name.j > g.j) out.push(person(ctx, k, name.j, attributes));
      for (let m = k; m < g.j; m++) claimed[m] = 1;
      continue;
    }
    if (g && g.values.some((v) => v.type !== 'PERSON')) continue;
    const name = parseName(ctx, k);
    if (!name) continue;
    out.push(person(ctx, k, name.j, attributes));
    for (let m = k; m < name.j; m++) claimed[m] = 1;
  }
}

/** Known given name + at least one more name part, without a title. */
function givenNamePatterns(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { keys, tokens } = ctx.view;
  const { res } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (claimed[i] || !isWord(ctx, i)) continue;
    const g = res.givenNames.matchAt(keys, i, true, (r) => r.prefix === 'و' || r.prefix === 'ف' || r.prefix === 'ل' || r.prefix === 'ب');
    if (!g) continue;
    if (res.ambiguousGiven.has(g.reading.key) && g.j - g.i === 1) continue;
    if (g.reading.peeled > 0) {
      // a peeled given name (وخالد): the name starts after the proclitic
      const rest = parseNameFrom(ctx, g.j);
      if (rest && rest.parts >= 1) {
        const c = person(ctx, i, rest.j);
        c.peeled = g.reading.peeled;
        out.push(c);
        i = rest.j - 1;
      }
      continue;
    }
    const name = parseName(ctx, i);
    if (name && name.parts >= 2) {
      out.push(person(ctx, i, name.j));
      i = name.j - 1;
    }
  }
}

function parseNameFrom(ctx: Ctx, k: number) {
  if (k >= ctx.view.tokens.length || ctx.view.breakAfter[k - 1]) return null;
  return parseName(ctx, k, 3);
}

/** The quoted span right after position k (a name in quotation marks), as [start, end) of its tokens. */
function quotedName(ctx: Ctx, k: number): { i: number; j: number } | null {
  const { tokens } = ctx.view;
  if (k >= tokens.length || !ctx.res.isQuoteMark(tokens[k].text)) return null;
  for (let m = k + 1; m < Math.min(tokens.length, k + 7); m++) {
    if (ctx.res.isQuoteMark(tokens[m].text)) return m > k + 1 ? { i: k + 1, j: m } : null;
    if (tokens[m].kind === 'punct' || ctx.view.breakAfter[m - 1]) return null;
  }
  return null;
}

function namedEntity(ctx: Ctx, i: number, j: number, type: EntityType, known?: GazetteerEntry): Candidate {
  const text = ctx.view.tokens.slice(i, j).map((t) => t.text).join(' ');
  return {
    i,
    j,
    peeled: 0,
    type,
    entityId: known?.id ?? localId(type, ctx, i, j),
    label: known?.ar ?? text,
    labelEn: known?.en,
    source: 'pattern',
    entry: known,
  };
}

/** Head + name for organizations and places. */
function headPatterns(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { keys, tokens } = ctx.view;
  const { res } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (claimed[i] || !isWord(ctx, i)) continue;
    const oh = res.orgHeads.matchAt(keys, i, true);
    const ph = oh ? null : res.placeHeads.matchAt(keys, i, true);
    const h = oh ?? ph;
    if (!h) continue;
    const head = h.values[0] as OrgHead | PlaceHead;
    const headKey = keys.slice(h.i, h.j).join(' ').replace(/^ال/, '');
    if (ctx.notNaming.has(headKey) || ctx.notNaming.has(h.reading.key)) continue;
    const type: EntityType = oh ? 'ORG' : (head as PlaceHead).type;
    let k = h.j;
    if (k >= tokens.length || ctx.view.breakAfter[k - 1]) continue;
    // the definite head alone (الوزارة، المدينة) is a back-reference, not a name: a name must follow
    const q = quotedName(ctx, k);
    if (q) {
      const c = head.position === 'inside' ? namedEntity(ctx, i, q.j + 1, type) : namedEntity(ctx, q.i, q.j, type);
      if (head.position === 'inside') c.peeled = h.reading.peeled;
      out.push(c);
      continue;
    }
    const g = gazAt(ctx, k);
    if (g && oneLine(ctx.view, g.i, g.j) && g.reading.peeled === 0) {
      const known = g.values[0];
      if (head.position === 'inside' && known.type !== 'PERSON' && known.type !== 'ORG') {
        // جامعة قطر، مطار دبي، ميناء الحديدة: the head and the place make one name
        let j = g.j;
        while (j < tokens.length && isWord(ctx, j) && !ctx.view.breakAfter[j - 1] && (res.nisba(keys[j]) || /^ال/.test(keys[j])) && !res.isStopword(keys[j]) && !res.isCommonWord(keys[j]) && j - g.j < 2) j++;
        const c = namedEntity(ctx, i, j, type);
        c.peeled = h.reading.peeled;
        out.push(c);
      } else if (head.position === 'inside' && known.type === 'ORG' && type === 'ORG') {
        // حركة حماس: the head belongs to the name of a known organization
        const c = namedEntity(ctx, i, g.j, 'ORG', known);
        c.peeled = h.reading.peeled;
        out.push(c);
      }
      continue;
    }
    const byCommon = ctx.namedByCommon.has(headKey) || ctx.namedByCommon.has(h.reading.key);
    const j = nameAfterHead(ctx, k, byCommon, type === 'ORG');
    if (j === null) continue;
    if (head.position === 'outside' || (head.position === 'either' && !definite(keys[k]))) {
      out.push(namedEntity(ctx, k, j, type));
    } else {
      const c = namedEntity(ctx, i, j, type);
      c.peeled = h.reading.peeled;
      out.push(c);
    }
    i = j - 1;
  }
}

function definite(key: string): boolean {
  return key.startsWith('ال') && key.length > 3;
}

/**
 * The name after a head: unknown words (not common words), or with `byCommon`, definite words
 * and adjectives (العدالة والتنمية، الصحة العالمية). At most three words; ends at stopwords,
 * cue verbs, punctuation, line breaks.
 */
function nameAfterHead(ctx: Ctx, k: number, byCommon: boolean, org: boolean): number | null {
  const { keys } = ctx.view;
  const { res } = ctx;
  let m = k;
  let unknown = 0;
  while (m < ctx.view.tokens.length && m - k < 3) {
    if (m > k && ctx.view.breakAfter[m - 1]) break;
    if (!isWord(ctx, m) && ctx.view.tokens[m].kind !== 'latin') break;
    const key = keys[m];
    if (res.isStopword(key) || res.isCueWord(key) || res.titles.matchAt(keys, m)) break;
    const common = res.isCommonWord(key);
    const conjoined = m > k && key.startsWith('وال') && byCommon; // العدالة والتنمية
    if (!common && !res.nisba(key)) unknown++;
    else if (!(byCommon && (definite(key) || conjoined || res.nisba(key)))) break;
    m++;
  }
  if (m === k) return null;
  // after ordinary heads a name needs an unknown word; a nationality adjective alone names nothing (الجيش السوداني)
  if (!byCommon && unknown === 0) return null;
  if (byCommon && org === false && unknown === 0) return null;
  return m;
}

export function findPatternMentions(view: TokenView, res: EntityResources): Candidate[] {
  const ctx: Ctx = { view, res, ...lists(res) };
  const out: Candidate[] = [];
  const claimed = new Uint8Array(view.tokens.length);
  titlePatterns(ctx, out, claimed);
  givenNamePatterns(ctx, out, claimed);
  headPatterns(ctx, out, claimed);
  return out;
}
