/**
 * Speaker noun phrases: where they end, what they name, and whom they refer back to.
 *
 * After a cue verb (Arabic verb–subject order) the speaker is the noun phrase up to the first
 * boundary: a preposition opening an adjunct (في بيان، خلال مؤتمر), a complementizer, a time
 * word, an attribution word, a cue, a demonstrative or other function word, a word carrying a
 * preposition (للموقع، لرويترز), punctuation. Kept inside: the whole of an entity mention, a
 * short name in quotation marks after a head (شبكة "سي إن إن"), one affiliation (مسؤول في وزارة
 * الخارجية، محللون في بنك غولدمان ساكس), and a comma before an apposition (رئيس الوزراء القطري،
 * الشيخ محمد …).
 *
 * Source type: anonymous when the head is an anonymous-source noun (مصدر، مسؤولون، دبلوماسي …)
 * and no person is named, when a concealment phrase follows (طلب عدم الكشف عن هويته), or for
 * unnamed groups and indefinite descriptions (شهود عيان، خبير اقتصادي); named when a person,
 * organization or place is named or identified (a title of office, a nominal that refers back to
 * a named entity, analysts at a named bank).
 */
import type { Entity, SourceType } from '../document.js';
import { hasPrepositionAt, knownAfterPreposition, readingsAt, type TokenView } from '../entities/recognize.js';
import type { Agreement, CueMatch, QuoteResources } from './resources.js';
import type { MarkedSpan } from './marks.js';

export interface NP {
  i: number;
  j: number;
}

export interface SpeakerRef {
  /** token range of the mention the speaker is shown at */
  i: number;
  j: number;
  start: number;
  end: number;
  entityId: string | null;
  sourceType: SourceType;
  resolution: 'explicit' | 'nominal' | 'pronoun' | 'elided' | 'continuation';
  /** grammatical agreement, for matching later participles and verbs */
  gender: Agreement;
  /** PERSON / ORG / GPE when an entity backs the speaker */
  entityType?: string;
}

export interface SentenceContext {
  view: TokenView;
  res: QuoteResources;
  entities: readonly Entity[];
  /** for each token, the index in `entities` of the entity covering it, or -1 */
  entityAt: Int32Array;
  /** for each entity, the index of the first token it covers */
  entityFirstToken: Int32Array;
  sentenceOf: Int32Array;
  sentenceStart: Int32Array;
  sentenceEnd: Int32Array;
  /** the quotation opened at token k, if any */
  spanOpenedAt: (k: number) => MarkedSpan | undefined;
}

const COMMA = new Set(['،', ',']);

export function isComma(ctx: SentenceContext, k: number): boolean {
  return k < ctx.view.tokens.length && COMMA.has(ctx.view.tokens[k].text);
}

function wordish(ctx: SentenceContext, k: number): boolean {
  const t = ctx.view.tokens[k];
  return t !== undefined && (t.kind === 'word' || t.kind === 'latin' || t.kind === 'number');
}

export function hasPreposition(ctx: SentenceContext, k: number): boolean {
  return hasPrepositionAt(ctx.view, k) || knownAfterPreposition(ctx.view, k, ctx.res.ent);
}

export function personIn(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const e = ctx.entityAt[k];
    if (e >= 0 && ctx.entities[e].type === 'PERSON') return true;
  }
  return false;
}

/** Does an apposition start at k (a title, a person's name, a known given name)? */
function appositionAt(ctx: SentenceContext, k: number): boolean {
  if (k >= ctx.view.tokens.length) return false;
  const e = ctx.entityAt[k];
  if (e >= 0 && ctx.entities[e].type === 'PERSON') return true;
  const { keys } = ctx.view;
  return Boolean(ctx.res.ent.titles.matchAt(keys, k) || ctx.res.ent.givenNames.matchAt(keys, k));
}

/** The head of a group after its quantifiers, numbers and من (عددا من المستوردين، ثلاثة مسؤولين → the plural). */
export function groupHead(ctx: SentenceContext, np: NP): number {
  const { keys, tokens } = ctx.view;
  let h = np.i;
  while (h < np.j - 1 && (ctx.res.quantifiers.has(keys[h]) || tokens[h].kind === 'number' || (h > np.i && keys[h] === 'من'))) h++;
  return h;
}

/**
 * A sound plural of a participle names a group of people (المستوردين، مستثمرون، موظفو الشركة،
 * مصدّري التمور): م + three letters or more + ون/ين, or ـو/ـي in construct before a definite noun.
 */
export function peoplePlural(ctx: SentenceContext, h: number, end: number): boolean {
  const { keys, tokens } = ctx.view;
  if (tokens[h].kind !== 'word' || ctx.entityAt[h] >= 0) return false;
  const key = keys[h].replace(/^[وف](?=ال)/, '').replace(/^ال/, '');
  if (!/^م.../.test(key) || ctx.res.ent.isStopword(key)) return false;
  if (/(ون|ين)$/.test(key) && key.length >= 6) return true;
  // (not a singular that ends so, a relative or a title: محامي الدفاع، مدير المصنع)
  const { res } = ctx;
  return /[وي]$/.test(key) && key.length >= 5 && !keys[h].startsWith('ال') && h + 1 < end && /^ال../.test(keys[h + 1]) && !res.ent.nisba(key) && !res.relativeNouns.has(key) && !res.ent.titles.matchAt(keys, h);
}

/** The cue on token k, if any. */
export function cueOn(ctx: SentenceContext, k: number): CueMatch | null {
  const t = ctx.view.tokens[k];
  if (!t || t.kind !== 'word') return null;
  const rec = ctx.view.types[k];
  // (the record is the written form's: a shadda in it is there for every token of the type)
  if (rec.cue === undefined) rec.cue = ctx.res.cue(rec.key) ?? (t.text.includes('\u0651') ? ctx.res.shaddaCue(rec.key) : null);
  return rec.cue as CueMatch | null;
}

export function isComplementizer(ctx: SentenceContext, k: number): boolean {
  return ctx.view.tokens[k]?.kind === 'word' && ctx.res.complementizers.has(ctx.view.keys[k]);
}

/** A short name in quotation marks starting at k (شبكة "سي إن إن"), as the index after its closing mark. */
function quotedNameEnd(ctx: SentenceContext, k: number): number | null {
  const s = ctx.spanOpenedAt(k);
  if (!s || s.close < 0 || s.j - s.i > 4) return null;
  return s.close + 1;
}

/** Skips the entity covering k (and a quoted name after a head) and returns the next index. */
function entityEnd(ctx: SentenceContext, k: number, limit: number): number {
  const e = ctx.entityAt[k];
  let m = k;
  while (m < limit && ctx.entityAt[m] === e) m++;
  return m;
}

/** "on condition; provided that" (keys) */
const CONDITION = /^(شريطه|شرط|بشرط)$/;
/** "non-, not" as a noun (عدم الكشف) (key) */
const NOT_NOUN = 'عدم';

/**
 * The noun phrase starting at `from` and ending before `limit` (exclusive), or null.
 */
export function parseNP(ctx: SentenceContext, from: number, limit: number, afterPreposition = false): NP | null {
  const { keys, tokens } = ctx.view;
  const { res } = ctx;
  let k = from;
  const adv = k < limit ? res.cueAdverbs.matchAt(keys, k) : null;
  if (adv) k = adv.j;
  // an accusative of manner right after the verb (وتابع ساخرا: …، وقال مبتسما إن …) is no subject
  if (k < limit && tokens[k].kind === 'word' && ctx.entityAt[k] < 0 && /^[^و].{2,}[^ه]ا$/.test(keys[k]) && !res.ent.givenNames.matchAt(keys, k) && !res.ent.isStopword(keys[k]) && !res.anonNouns.has(keys[k])) return null;
  // (… also a feminine one before a colon or a complementizer: وأضافت مبتسمة: "…")
  if (k + 1 < limit && tokens[k].kind === 'word' && ctx.entityAt[k] < 0 && /^م[^ا].{2,}ه$/.test(keys[k]) && (tokens[k + 1].text === ':' || isComplementizer(ctx, k + 1)) && !res.anonNouns.has(keys[k]) && !res.ent.titles.matchAt(keys, k) && !res.ent.givenNames.matchAt(keys, k)) return null;
  // (… or of the derived shapes مفتعلة، متفعلة، مستفعلة alone before a comma or the end: «…»، تضيف
  // مبتسمة، قبل أن … — معلمة there is a speaker)
  if (k < limit && tokens[k].kind === 'word' && ctx.entityAt[k] < 0 && /^(م.ت..|مت...|مست...)ه$/.test(keys[k]) && (k + 1 >= limit || tokens[k + 1].text === '،' || tokens[k + 1].text === ',' || tokens[k + 1].text === '.') && !res.anonNouns.has(keys[k]) && !res.ent.titles.matchAt(keys, k) && !res.ent.givenNames.matchAt(keys, k)) return null;
  // a condition of speaking is no subject (تحدثوا شريطة عدم الكشف عن هوياتهم، إن …)
  if (k < limit && (CONDITION.test(keys[k]) || (k + 1 < limit && keys[k + 1] === NOT_NOUN))) return null;
  const start = k;
  // a phrase behind a preposition (لهيئة الإذاعة البريطانية، للصحفيين) is an addressee, not a subject
  // (a name that only starts like one — بنعلي — is the name)
  const e0 = k < limit ? ctx.entityAt[k] : -1;
  // (… or with only و/ف before it: وبرزيلاي is و + the name, not و + ب)
  const whole = e0 >= 0 && (ctx.entities[e0].start === tokens[k].start || (ctx.entities[e0].start === tokens[k].start + 1 && /^[وف]/.test(tokens[k].text)));
  // (بلدية is a municipality, not ب + a word)
  // (ل written with a tatweel, لـ, is always the preposition: قال لـمعا إن …)
  if (!afterPreposition && k < limit && tokens[k].kind === 'word' && !whole && (hasPreposition(ctx, k) || /^[وف]?لـ/.test(tokens[k].text)) && !res.ent.titles.matchAt(keys, k) && !res.speakingPlaceHeads.has(keys[k])) return null;
  // quantifiers and numbers before the head (ثلاثة مسؤولين، أحد المسؤولين)
  while (k < limit && k - start < 2 && (res.quantifiers.has(keys[k]) || tokens[k].kind === 'number')) k++;
  // (… and من after one: عددا من المستوردين، بعض من الأهالي)
  if (k > start && k + 1 < limit && keys[k] === 'من' && res.quantifiers.has(keys[k - 1]) && tokens[k + 1].kind === 'word') k++;
  let affiliated = false;
  const basim = res.ent.key('باسم');
  while (k < limit && k - start < 14) {
    if (k > start && ctx.view.breakAfter[k - 1]) break;
    const e = ctx.entityAt[k];
    // (a body, then ب + the place it is in: الحماية المدنية بتيزي وزو)
    const before = k > start ? ctx.entityAt[k - 1] : -1;
    const locatedIn = e >= 0 && before >= 0 && before !== e && ctx.entities[before].type === 'ORG' && /^ب/.test(keys[k]) && (ctx.entities[e].type === 'GPE' || ctx.entities[e].type === 'LOC');
    // (a place right after a body or person is the verb's object, not part of the subject:
    // واتهمت حركة حماس | إسرائيل بعرقلة الاتفاق)
    if (e >= 0 && before >= 0 && before !== e && !locatedIn && (ctx.entities[e].type === 'GPE' || ctx.entities[e].type === 'LOC') && (ctx.entities[before].type === 'ORG' || ctx.entities[before].type === 'PERSON') && ctx.entities[e].start === tokens[k].start) break;
    if (e >= 0 && (k === start || !hasPreposition(ctx, k) || tokens[k].start === ctx.entities[e].start || keys[k - 1] === basim || res.ent.isTitleEnd(keys[k - 1]) || res.ent.titles.starts(keys[start]) || locatedIn)) {
      // an entity behind a preposition (لوكالة فرانس برس، لـ«سانا») is an addressee, not part of the phrase
      if (k > start && !locatedIn && ctx.entities[e].start > tokens[k].start && /^[لبك]/.test(keys[k]) && !(res.ent.isTitleEnd(keys[k - 1]) && ctx.entityAt[k - 1] < 0) && keys[k - 1] !== basim) break;
      k = entityEnd(ctx, k, limit);
      // a person's name ends the phrase, but for an apposition or an affiliation after it
      if (ctx.entities[e].type === 'PERSON' && k < limit && !isComma(ctx, k) && !res.affiliationPreps.has(keys[k])) break;
      // (… and a place after it is where they spoke, not an affiliation: محمد مصطفى | من القاهرة)
      if (ctx.entities[e].type === 'PERSON' && k + 1 < limit && res.affiliationPreps.has(keys[k]) && ctx.entityAt[k + 1] >= 0 && (ctx.entities[ctx.entityAt[k + 1]].type === 'GPE' || ctx.entities[ctx.entityAt[k + 1]].type === 'LOC')) break;
      continue;
    }
    if (isComma(ctx, k)) {
      // an apposition names the speaker after a title (رئيس الوزراء القطري، الشيخ محمد …); after a
      // name it only describes them (حسام عبد الغفار، المتحدث باسم الوزارة، …) and is left out
      if (k > start && appositionAt(ctx, k + 1) && !personIn(ctx, start, k)) {
        k++;
        continue;
      }
      break;
    }
    // a short quoted name after a word of the phrase (شبكة "سي إن إن"، موقع «أكسيوس»)
    if (k > start && res.ent.isQuoteMark(tokens[k].text)) {
      const end = quotedNameEnd(ctx, k);
      if (end !== null && end <= limit) {
        k = end;
        continue;
      }
      break;
    }
    if (!wordish(ctx, k)) break;
    const key = keys[k];
    // a title of several words goes whole, also when a word of it is a function word (أمين عام،
    // مدير عام — عام "year")
    // (the function word first: one set lookup turns almost every word away)
    const title = k + 1 < limit && res.ent.isStopword(keys[k + 1]) && ctx.entityAt[k] < 0 ? res.ent.titles.matchAt(keys, k) : null;
    if (title && title.j > k + 1 && title.j <= limit) {
      k = title.j;
      continue;
    }
    // one affiliation: مسؤول في وزارة الخارجية، محللون لدى بنك …
    if (k > start && !affiliated && res.affiliationPreps.has(key) && k + 1 < limit) {
      const next = ctx.entityAt[k + 1];
      const head = res.ent.orgHeads.matchAt(keys, k + 1);
      if ((next >= 0 && ctx.entities[next].type !== 'PERSON') || head) {
        affiliated = true;
        k = next >= 0 ? entityEnd(ctx, k + 1, limit) : head!.j;
        continue;
      }
    }
    if (key === basim && k > start) {
      k++;
      continue;
    }
    // an emphatic pronoun after a definite word belongs to it (المسؤول ذاته، المتحدث نفسه)
    if (k > start && res.emphatics.has(key) && /^(و|ف)?ال/.test(keys[k - 1])) {
      k++;
      continue;
    }
    // after a definite word, an indefinite one starts a new constituent (الوزارة | لاحقا نص بيانها)
    if (k > start && keys[k - 1].startsWith('ال') && !key.startsWith('ال') && !key.startsWith('وال') && !res.ent.particles.has(key) && !res.ent.givenNames.matchAt(keys, k) && tokens[k - 1].kind === 'word' && ctx.entityAt[k - 1] < 0) break;
    // after a name, a present verb starts the predicate (أن صندوق الاستثمارات العامة | يدرس ضخ …)
    if (k > start && ctx.entityAt[k - 1] >= 0 && key.length >= 4 && /^[يت]/.test(key) && (res.ent.isCommonWord(key) || /^[يت]ت|^[يت]ست|^ي.*ون$/.test(key))) break;
    if (res.stopTokens.matchAt(keys, k)) break;
    if (isComplementizer(ctx, k)) break;
    if (res.ent.isStopword(key) && !res.ent.particles.has(key)) break;
    if (k > start && cueOn(ctx, k)) break;
    if (k === start && res.reportingNouns.matchAt(keys, k, readingsAt(ctx.view, k))) break;
    if (res.anonPhrases.matchAt(keys, k)) break;
    // (a head noun that only starts like ب/ل + a word is the head: رئيس بلدية الخيام)
    if (k > start && hasPreposition(ctx, k) && !res.ent.isHeadWord(keys[k])) break;
    k++;
  }
  // a phrase never ends on a comma or a particle
  while (k > start && (isComma(ctx, k - 1) || ctx.res.ent.particles.has(keys[k - 1]))) k--;
  return k > start ? { i: start, j: k } : null;
}

/** A phrase without a leading reporting noun (بيانات المنظمة → المنظمة، تقرير الوكالة → الوكالة). */
export function withoutReportingNoun(ctx: SentenceContext, np: NP, afterAttribution = false): NP {
  const m =
    ctx.res.reportingNouns.matchAt(ctx.view.keys, np.i, readingsAt(ctx.view, np.i)) ??
    (afterAttribution ? ctx.res.sourceDataNouns.matchAt(ctx.view.keys, np.i, readingsAt(ctx.view, np.i)) : null);
  if (m && m.j < np.j) {
    // … and the verb that makes its author the subject (وفقا لإحصاءات نشرتها الهيئة، تقرير أعده المرصد)
    let i = m.j + 1 < np.j && AUTHORING_VERB.test(ctx.view.keys[m.j]) ? m.j + 1 : m.j;
    // (… also after the document's adjectives and a relative pronoun: وفق النتائج الأولية التي
    // أعلنتها اللجنة)
    if (i === m.j) {
      let k = m.j;
      while (k < np.j && k - m.j < 2 && /^ال.+(ي|يه)$/.test(ctx.view.keys[k]) && !ctx.res.ent.nisba(ctx.view.keys[k])) k++;
      if (k + 2 < np.j + 1 && RELATIVE.test(ctx.view.keys[k]) && k + 1 < np.j && AUTHORING_VERB.test(ctx.view.keys[k + 1]) && k + 2 < np.j) i = k + 2;
    }
    return { i, j: np.j };
  }
  return np;
}

/** A past verb of publishing with the pronoun of the document it made (نشرتها، أصدره، أعدتها). */
export const AUTHORING_VERB = /^(نشر|اصدر|اعد|اجر|اعلن|كشف|وزع|بث)(ت)?(ها|ه)$/;
/** relative pronouns after a document noun (keys): التي، الذي */
export const RELATIVE = /^(التي|الذي)$/;

/** Is there a concealment phrase (طلب عدم الكشف عن هويته …) in [from, to)? */
export function concealmentIn(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.res.concealment.matchAt(ctx.view.keys, k)) return true;
  return false;
}

const BROKEN_PLURALS = /^(ال)?(مصادر|دوائر|دواير|[اأ]وساط|جهات|قوات|[اأ]طراف|وسائل)$/;

/** Morphological agreement guess for a noun phrase. */
export function npGender(ctx: SentenceContext, np: NP): Agreement {
  const { tokens, keys } = ctx.view;
  const title = ctx.res.ent.titles.matchAt(keys, np.i, readingsAt(ctx.view, np.i));
  if (title) return title.values[0].gender === 'f' ? 'f' : 'm';
  for (let k = np.i; k < np.j; k++) {
    const e = ctx.entityAt[k];
    // a person: feminine by a female given name, otherwise unknown (the verb tells)
    if (e >= 0 && ctx.entities[e].type === 'PERSON') {
      const first = ctx.res.ent.key(ctx.res.ent.gazetteer.phrases.norm(ctx.entities[e].text.split(/\s+/)[0] ?? ''));
      return ctx.res.ent.femaleGiven.has(first) ? 'f' : '?';
    }
  }
  const e = ctx.entityAt[np.i];
  const norm = tokens[np.i].norm.replace(/^(و|ف)(?=ال)/, '');
  if (e >= 0 && (ctx.entities[e].type === 'GPE' || ctx.entities[e].type === 'LOC')) return 'f';
  if (e >= 0 && ctx.entities[e].type === 'ORG') {
    // an organization agrees with its head noun (الوزارة، الحركة: f; الموقع، الحزب: m); a bare name either way
    if (ctx.entities[e].start > tokens[np.i].start) return /ة$/.test(norm) ? 'f' : 'm';
    const first = ctx.entities[e].text.split(/\s+/)[0] ?? '';
    if (ctx.res.ent.orgHeads.matchAt([ctx.res.ent.key(ctx.res.ent.gazetteer.phrases.norm(first))], 0)) return /ة$/.test(first) ? 'f' : 'm';
    return '?';
  }
  if (BROKEN_PLURALS.test(norm)) return 'f';
  if (/(ون|ين)$/.test(norm) && norm.length > 4) return 'pl';
  if (/(ة|ات)$/.test(norm)) return 'f';
  return 'm';
}

export function agrees(a: Agreement, b: Agreement): boolean {
  if (a === '?' || b === '?') return true;
  return a === b;
}

/** The entity backing a phrase: a person first, then the entity the phrase starts with, then any. */
function backingEntity(ctx: SentenceContext, np: NP): Entity | undefined {
  let first: Entity | undefined;
  let any: Entity | undefined;
  for (let k = np.i; k < np.j; k++) {
    const e = ctx.entityAt[k];
    if (e < 0) continue;
    const ent = ctx.entities[e];
    if (ent.type === 'PERSON') return ent;
    if (k === np.i || (k === np.i + 1 && ctx.res.ent.orgHeads.matchAt(ctx.view.keys, np.i, readingsAt(ctx.view, np.i)))) first ??= ent;
    any ??= ent;
  }
  return first ?? any;
}

/** Finds the entity a nominal or title-only phrase refers back to, searching before the phrase. */
/** The match key of an entity mention's last token. */
function lastTokenKey(ctx: SentenceContext, e: Entity): string {
  const { tokens, keys } = ctx.view;
  // the token that ends where the mention ends
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end < e.end) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo]?.end === e.end ? keys[lo] : '';
}

/** How many entities back a nominal (الوزارة، الرئيس الفرنسي) may refer. */
const NOMINAL_LOOKBACK = 400;

/** Match keys of a phrase without the article, cached (titles and entity texts recur). */
const bareKeyCaches = new WeakMap<QuoteResources, Map<string, string[]>>();
function bareKeys(res: QuoteResources, phrase: string): string[] {
  let cache = bareKeyCaches.get(res);
  if (!cache) bareKeyCaches.set(res, (cache = new Map()));
  let k = cache.get(phrase);
  if (k === undefined) {
    k = res.ent.gazetteer.phrases.keysOf(phrase).map((y) => y.replace(/^ال/, ''));
    if (cache.size > 50_000) cache.clear();
    cache.set(phrase, k);
  }
  return k;
}

/** Index just past the last entity that starts before `start` (entities are in text order). */
function entitiesBefore(ctx: SentenceContext, start: number): number {
  let lo = 0;
  let hi = ctx.entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.entities[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The nearest person named with a title before the phrase, among the last few entities. */
function titledPersonBefore(ctx: SentenceContext, np: NP): Entity | undefined {
  const lo = entitiesBefore(ctx, ctx.view.tokens[np.i].start);
  for (let x = lo - 1; x >= 0 && x >= lo - NOMINAL_LOOKBACK; x--) {
    const e = ctx.entities[x];
    if (e.type === 'PERSON' && e.attributes?.title) return e;
  }
  return undefined;
}

function resolveNominal(ctx: SentenceContext, np: NP, refersTo: string, head: string): Entity | undefined {
  const { keys, tokens } = ctx.view;
  const res = ctx.res;
  const headKeys = res.ent.gazetteer.phrases.keysOf(head).map((x) => x.replace(/^ال/, ''));
  // a nationality adjective in the phrase narrows the search (الرئيس الفرنسي)
  let nationality: string | undefined;
  for (let k = np.i; k < np.j; k++) {
    const n = res.ent.nisba(keys[k]);
    if (n) nationality = n.ref;
  }
  const beforeStart = tokens[np.i].start;
  // the entities before the phrase (they are in text order), the nearest first; a nominal refers to
  // something recent, so the search stops after NOMINAL_LOOKBACK of them (bounded on huge inputs)
  const lo = entitiesBefore(ctx, beforeStart);
  for (let x = lo - 1; x >= 0 && x >= lo - NOMINAL_LOOKBACK; x--) {
    const e = ctx.entities[x];
    if (e.start >= beforeStart) continue;
    if (refersTo === 'PERSON') {
      if (e.type !== 'PERSON') continue;
      const title = e.attributes?.title;
      if (!title) continue;
      const titleKeys = bareKeys(res, title);
      if (!headKeys.every((h) => titleKeys.includes(h))) continue;
      if (nationality && e.attributes?.nationality && e.attributes.nationality !== nationality) continue;
      return e;
    }
    if (refersTo === 'GPE') {
      if (e.type === 'GPE') return e;
      continue;
    }
    if (e.type !== 'ORG') continue;
    const eKeys = bareKeys(res, e.text);
    const startsWithHead = headKeys.every((h, q) => eKeys[q] === h);
    // the head written before the name (موقع "أكسيوس"، صحيفة الغارديان)
    let headBefore = false;
    const ti = ctx.entityFirstToken[x];
    for (let b = ti - 1; b >= Math.max(0, ti - 2); b--) {
      const kb = keys[b].replace(/^(و|ل|ب)?(ال)?/, '');
      if (kb === headKeys[headKeys.length - 1]) headBefore = true;
    }
    if (startsWithHead || headBefore) return e;
  }
  return undefined;
}

/**
 * Is `first` (a key, و/ف before ال already dropped) a noun of anonymous sources: مصادر، المصادر,
 * also with و/ف written on (… ومصادر: …)?
 */
export function anonNounHead(res: QuoteResources, first: string): boolean {
  return res.anonNouns.has(first) || res.anonNouns.has(first.replace(/^ال/, '')) || (first.length > 4 && /^[وف]/.test(first) && res.anonNouns.has(first.slice(1)));
}

/**
 * What a speaker phrase names. `agreement` is the cue's agreement (for gender when the phrase
 * does not show it).
 */
export function classifySpeaker(ctx: SentenceContext, np: NP, agreement: Agreement, concealed: boolean): SpeakerRef {
  const { keys, tokens } = ctx.view;
  const res = ctx.res;
  // the head, after quantifiers (ثلاثة مسؤولين، أحد المسؤولين)
  let h = np.i;
  while (h < np.j - 1 && (res.quantifiers.has(keys[h]) || tokens[h].kind === 'number')) h++;
  const first = keys[h].replace(/^[وف](?=ال)/, '');
  const bare = first.replace(/^ال/, '');
  // a preposition attached to the first word (لوزارة الصحة) stays outside the speaker
  const e0 = ctx.entityAt[np.i];
  // … and so does a conjunction (والوزير، ومحامي الضحايا)
  let start = e0 >= 0 && ctx.entities[e0].start > tokens[np.i].start ? ctx.entities[e0].start : tokens[np.i].start;
  if (e0 < 0 && /^[وف]/.test(tokens[np.i].text)) {
    // (not a word that starts so: والدة الطالب، والي الولاية)
    const whole = keys[np.i];
    const rest = whole.slice(1);
    const title = res.ent.titles.matchAt(keys, np.i, readingsAt(ctx.view, np.i));
    const word = res.relativeNouns.has(whole) || res.ent.isCommonWord(whole) || (title !== null && title.reading.peeled === 0);
    const peeled = !word && (/^[وف]ال/.test(whole) || res.relativeNouns.has(rest) || res.anonNouns.has(rest) || title?.reading.peeled === 1 || res.genericGroups.matchAt(keys, np.i, readingsAt(ctx.view, np.i))?.reading.peeled === 1);
    if (peeled) start = tokens[np.i].start + 1;
  }
  const end = tokens[np.j - 1].end;
  const morph = npGender(ctx, { i: h, j: np.j });
  // a verb before its subject agrees with it in gender (قالت الحسيني), not always in number (قال المسؤولون)
  const gender = morph === 'pl' || agreement === '?' || agreement === 'pl' ? (morph === '?' ? agreement : morph) : agreement;
  const ref: SpeakerRef = { i: np.i, j: np.j, start, end, entityId: null, sourceType: 'named', resolution: 'explicit', gender };
  const backing = backingEntity(ctx, np);
  const anonHead = anonNounHead(res, first);
  // "the UN official" after a named official (قال منسق الشؤون الإنسانية توماس ريختر … وأوضح
  // المسؤول الأممي): a back-reference to the person, not an unnamed source
  if (!concealed && anonHead && /^المسوول(ه)?$/.test(first) && np.j - np.i >= 2 && !backing) {
    const person = titledPersonBefore(ctx, np);
    if (person) {
      ref.entityId = person.entityId;
      ref.entityType = 'PERSON';
      ref.resolution = 'nominal';
      return ref;
    }
  }
  if (concealed || (anonHead && (!backing || backing.type !== 'PERSON'))) {
    ref.sourceType = 'anonymous';
    return ref;
  }
  if (res.genericGroups.matchAt(keys, np.i, readingsAt(ctx.view, np.i)) || (ctx.entityAt[np.i] < 0 && !personIn(ctx, np.i, np.j) && peoplePlural(ctx, groupHead(ctx, np), np.j))) {
    // analysts at a named bank speak for it; witnesses and residents are unnamed
    if (backing && backing.type === 'ORG') {
      ref.entityId = backing.entityId;
      ref.entityType = backing.type;
      return ref;
    }
    ref.sourceType = 'anonymous';
    return ref;
  }
  if (backing && (backing.type === 'PERSON' || ctx.entityAt[np.i] >= 0)) {
    ref.entityId = backing.entityId;
    ref.entityType = backing.type;
    return ref;
  }
  const nominal = res.nominalHeads.matchAt(keys, np.i, readingsAt(ctx.view, np.i), (r) => r.prefix === 'و' || r.prefix === 'ف');
  const title = res.ent.titles.matchAt(keys, np.i, readingsAt(ctx.view, np.i), (r) => r.prefix === 'و' || r.prefix === 'ف');
  if (nominal || title) {
    const head = nominal ? nominal.values[0] : { refersTo: 'PERSON', head: title!.values[0].form };
    // "المتحدث باسم الوزارة": the spokesperson of a named body
    if (backing) {
      ref.entityId = backing.entityId;
      ref.entityType = backing.type;
      return ref;
    }
    const antecedent = resolveNominal(ctx, np, head.refersTo, head.head);
    ref.resolution = 'nominal';
    if (antecedent) {
      ref.entityId = antecedent.entityId;
      ref.entityType = antecedent.type;
    } else if (/^(مصدر|مسوول|دبلوماسي)$/.test(bare)) {
      // المصدر / المسؤول referring back to an unnamed source
      ref.sourceType = 'anonymous';
    }
    return ref;
  }
  if (backing) {
    ref.entityId = backing.entityId;
    ref.entityType = backing.type;
    return ref;
  }
  // وأوضح السوداني: a family name that is also an adjective (not linked as an entity) standing
  // alone as the subject is the person named with it before
  if (np.j - np.i === 1 && tokens[np.i].kind === 'word') {
    const key = keys[np.i].replace(/^[وف](?=ال)/, '');
    for (let x = ctx.entities.length - 1; x >= 0 && x >= ctx.entities.length - NOMINAL_LOOKBACK; x--) {
      const e = ctx.entities[x];
      if (e.start >= tokens[np.i].start || e.type !== 'PERSON') continue;
      const last = ctx.entityFirstToken[x] >= 0 ? lastTokenKey(ctx, e) : '';
      if (last === key) {
        ref.entityId = e.entityId;
        ref.entityType = 'PERSON';
        return ref;
      }
    }
  }
  // متحدث باسم الجيش، متحدث باسم الهيئة: an official spokesperson speaks for a body, which makes
  // the source named even when the body is only described or referred back to
  if (res.spokesperson.has(first) && h + 2 < np.j && keys[h + 1] === 'باسم') {
    const body = { i: h + 2, j: np.j };
    const nom = res.nominalHeads.matchAt(keys, body.i, readingsAt(ctx.view, body.i), (r) => r.prefix === 'و' || r.prefix === 'ف');
    const antecedent = nom ? resolveNominal(ctx, body, nom.values[0].refersTo, nom.values[0].head) : undefined;
    if (antecedent) {
      ref.entityId = antecedent.entityId;
      ref.entityType = antecedent.type;
    }
    return ref;
  }
  // an indefinite description (خبير اقتصادي، أحد السكان) names nobody; a construct phrase
  // (إدارة المعرض، مدير الشركة) is definite through its second word
  const construct = h + 1 < np.j && keys[h + 1].startsWith('ال');
  // a word that is not an ordinary noun is most likely a name nobody listed (وقال يورغن كلوب)
  const ordinary = res.ent.isCommonWord(first) || res.ent.isCommonWord(bare);
  // an indefinite sound masculine plural (اقتصاديون، مراقبين) is an unnamed group, not a name
  // — its singular a nisba (اقتصادي)، a participle (مراقب) or a longer ordinary noun; not a name
  // that ends the same way (مالين، ماكين)
  const base = first.slice(0, -2);
  const group = /(ون|ين)$/.test(first) && base.length >= 4 && (/ي$/.test(base) || base.startsWith('م') || res.ent.isCommonWord(base)) && !res.ent.givenNames.matchAt(keys, h);
  // a head with a name after it (شركة مدار لابز) names a body nobody listed
  const headed = np.j - h >= 2 && res.ent.orgHeads.matchAt(keys, h) !== null;
  if (!first.startsWith('ال') && !construct && !headed && tokens[h].kind === 'word' && (ordinary || group)) ref.sourceType = 'anonymous';
  return ref;
}

/** A speaker reference that points at an antecedent mention (elided subject, continuation). */
export function refer(antecedent: SpeakerRef, resolution: SpeakerRef['resolution']): SpeakerRef {
  return { ...antecedent, resolution };
}
