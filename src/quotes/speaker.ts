/**
 * Speaker noun phrases: where they end, what they name, and whom they refer back to.
 *
 * After a cue verb (Arabic verb–subject order) the speaker is the noun phrase up to the first
 * boundary: a preposition opening an adjunct (في بيان، خلال مؤتمر), a complementizer, a time
 * word, an attribution word, a cue, a token carrying a preposition (للموقع، لرويترز),
 * punctuation — but a comma before an apposition (رئيس الوزراء القطري، الشيخ محمد …) and the
 * whole of an entity mention are kept.
 *
 * Source type: anonymous when the head is an anonymous-source noun (مصدر، مسؤولون، دبلوماسي …)
 * and no person is named, or a concealment phrase follows (طلب عدم الكشف عن هويته); named when a
 * person, organization or place is named or identified (a title of office, a nominal that
 * refers back to a named entity); generic groups (شهود عيان، سكان) count as anonymous.
 */
import type { Entity, SourceType } from '../document.js';
import type { TokenView } from '../entities/recognize.js';
import type { Agreement, QuoteResources } from './resources.js';

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
  /** for each token, the index of its sentence */
  sentenceOf: Int32Array;
  sentenceStart: Int32Array;
  sentenceEnd: Int32Array;
  /** is token k a sentence-final mark (. ! ? ؟ …)? */
  isFinal: (k: number) => boolean;
}

const COMMA = new Set(['،', ',']);

export function isComma(ctx: SentenceContext, k: number): boolean {
  return k < ctx.view.tokens.length && COMMA.has(ctx.view.tokens[k].text);
}

function wordish(ctx: SentenceContext, k: number): boolean {
  const t = ctx.view.tokens[k];
  return t !== undefined && (t.kind === 'word' || t.kind === 'latin' || t.kind === 'number');
}

function hasPreposition(ctx: SentenceContext, k: number): boolean {
  const seg = ctx.view.tokens[k].segments;
  if (!seg) return false;
  return seg.proclitics.some((p) => p === 'ب' || p === 'ل' || p === 'ك' || p === 'لل' || p === 'وب' || p === 'ول');
}

/** Does an apposition start at k (a title, a person's name, a known given name)? */
function appositionAt(ctx: SentenceContext, k: number): boolean {
  if (k >= ctx.view.tokens.length) return false;
  const e = ctx.entityAt[k];
  if (e >= 0 && ctx.entities[e].type === 'PERSON') return true;
  const { keys } = ctx.view;
  return Boolean(ctx.res.ent.titles.matchAt(keys, k) || ctx.res.ent.givenNames.matchAt(keys, k));
}

export function isCueAt(ctx: SentenceContext, k: number): boolean {
  return Boolean(ctx.res.cues.matchAt(ctx.view.keys, k, true, (r) => r.prefix === 'و' || r.prefix === 'ف'));
}

export function isComplementizer(ctx: SentenceContext, k: number): boolean {
  return ctx.view.tokens[k]?.kind === 'word' && ctx.res.complementizers.has(ctx.view.keys[k]);
}

/**
 * The noun phrase starting at `from` and ending before `limit` (exclusive), or null.
 */
export function parseNP(ctx: SentenceContext, from: number, limit: number): NP | null {
  const { keys, tokens } = ctx.view;
  const { res } = ctx;
  let k = from;
  const adv = k < limit ? res.cueAdverbs.matchAt(keys, k) : null;
  if (adv) k = adv.j;
  const start = k;
  while (k < limit && k - start < 12) {
    if (k > start && ctx.view.breakAfter[k - 1]) break;
    const e = ctx.entityAt[k];
    if (e >= 0) {
      // the whole entity, whatever it contains
      let m = k;
      while (m < limit && ctx.entityAt[m] === e) m++;
      if (k === start || !hasPreposition(ctx, k) || tokens[k].start < ctx.entities[e].start) {
        // a preposition attached before the entity (للأمم) belongs to the phrase only inside a title
        if (k > start && tokens[k].start < ctx.entities[e].start && !ctx.res.ent.isTitleEnd(keys[k - 1]) && !ctx.res.ent.titles.starts(keys[start])) break;
        k = m;
        continue;
      }
    }
    if (isComma(ctx, k)) {
      if (k > start && appositionAt(ctx, k + 1)) {
        k++;
        continue;
      }
      break;
    }
    if (!wordish(ctx, k)) break;
    if (res.stopTokens.matchAt(keys, k)) break;
    if (isComplementizer(ctx, k)) break;
    if (k > start && isCueAt(ctx, k)) break;
    if (k === start && res.reportingNouns.matchAt(keys, k, true)) break;
    if (res.anonPhrases.matchAt(keys, k)) break;
    if (k > start && hasPreposition(ctx, k) && !(res.spokesperson.has(keys[k - 1]) || keys[k] === res.ent.key('باسم'))) break;
    k++;
  }
  // a phrase never ends on a comma or a particle
  while (k > start && (isComma(ctx, k - 1) || ctx.res.ent.particles.has(keys[k - 1]))) k--;
  return k > start ? { i: start, j: k } : null;
}

/** Is there a concealment phrase (طلب عدم الكشف عن هويته …) in [from, to)? */
export function concealmentIn(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.res.concealment.matchAt(ctx.view.keys, k)) return true;
  return false;
}

/** Morphological agreement guess for a noun phrase. */
export function npGender(ctx: SentenceContext, np: NP): Agreement {
  const e = ctx.entityAt[np.i];
  const t = ctx.view.tokens[np.i];
  const norm = t.norm.replace(/^(و|ف)(?=ال)/, '');
  if (e >= 0 && ctx.entities[e].type === 'PERSON') return 'm';
  if (e >= 0 && (ctx.entities[e].type === 'GPE' || ctx.entities[e].type === 'LOC')) return 'f';
  const title = ctx.res.ent.titles.matchAt(ctx.view.keys, np.i);
  if (title) return title.values[0].gender === 'f' ? 'f' : 'm';
  for (let k = np.i; k < np.j; k++) {
    const ek = ctx.entityAt[k];
    if (ek >= 0 && ctx.entities[ek].type === 'PERSON') return 'm';
  }
  if (/(ون|ين)$/.test(norm) && !/^ال?[^ ]{0,2}ين$/.test(norm)) return 'pl';
  if (/(ة|ات)$/.test(norm)) return 'f';
  if (ctx.res.anonNouns.has(ctx.view.keys[np.i].replace(/^ال/, '')) && /^(ال)?(مصادر|دوائر|اوساط|جهات)$/.test(norm)) return 'f';
  if (e >= 0 && ctx.entities[e].type === 'ORG') return /(ة)$/.test(norm) ? 'f' : 'm';
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
    if (k === np.i) first = ent;
    any ??= ent;
  }
  return first ?? any;
}

/** Finds the entity a nominal or title-only phrase refers back to, searching before token `before`. */
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
  for (let x = ctx.entities.length - 1; x >= 0; x--) {
    const e = ctx.entities[x];
    if (e.start >= beforeStart) continue;
    if (refersTo === 'PERSON') {
      if (e.type !== 'PERSON') continue;
      const title = e.attributes?.title;
      if (!title) continue;
      const titleKeys = res.ent.gazetteer.phrases.keysOf(title).map((y) => y.replace(/^ال/, ''));
      if (!headKeys.every((h) => titleKeys.includes(h))) continue;
      if (nationality && e.attributes?.nationality && e.attributes.nationality !== nationality) continue;
      return e;
    }
    if (refersTo === 'GPE') {
      if (e.type === 'GPE') return e;
      continue;
    }
    if (e.type !== 'ORG') continue;
    const eKeys = res.ent.gazetteer.phrases.keysOf(e.text).map((y) => y.replace(/^ال/, ''));
    const startsWithHead = headKeys.every((h, q) => eKeys[q] === h);
    // the head written before the name (موقع "أكسيوس"، صحيفة الغارديان)
    let headBefore = false;
    const ti = tokens.findIndex((t) => t.start === e.start || (t.start < e.start && t.end > e.start));
    for (let b = ti - 1; b >= Math.max(0, ti - 2); b--) {
      const kb = keys[b].replace(/^(و|ل|ب)?(ال)?/, '');
      if (kb === headKeys[headKeys.length - 1]) headBefore = true;
    }
    if (startsWithHead || headBefore) return e;
  }
  return undefined;
}

/**
 * What a speaker phrase names. `agreement` is the cue's agreement (for gender when the phrase
 * does not show it).
 */
export function classifySpeaker(ctx: SentenceContext, np: NP, agreement: Agreement, concealed: boolean): SpeakerRef {
  const { keys, tokens } = ctx.view;
  const res = ctx.res;
  const first = keys[np.i].replace(/^[وف](?=ال)/, '');
  const bare = first.replace(/^ال/, '');
  const start = tokens[np.i].start;
  const end = tokens[np.j - 1].end;
  const ref: SpeakerRef = { i: np.i, j: np.j, start, end, entityId: null, sourceType: 'named', resolution: 'explicit', gender: npGender(ctx, np) };
  if (ref.gender === 'm' && agreement !== '?' && agreement !== 'm' && ctx.entityAt[np.i] < 0) ref.gender = agreement;
  const backing = backingEntity(ctx, np);
  const anonHead = res.anonNouns.has(first) || res.anonNouns.has(bare);
  if (concealed || (anonHead && (!backing || backing.type !== 'PERSON'))) {
    ref.sourceType = 'anonymous';
    return ref;
  }
  if (res.genericGroups.matchAt(keys, np.i, true)) {
    ref.sourceType = 'anonymous';
    return ref;
  }
  if (backing && (backing.type === 'PERSON' || ctx.entityAt[np.i] >= 0)) {
    ref.entityId = backing.entityId;
    ref.entityType = backing.type;
    return ref;
  }
  const nominal = res.nominalHeads.matchAt(keys, np.i, true, (r) => r.prefix === 'و' || r.prefix === 'ف');
  const title = res.ent.titles.matchAt(keys, np.i, true, (r) => r.prefix === 'و' || r.prefix === 'ف');
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
  // an indefinite description (خبير اقتصادي، أحد السكان) names nobody
  if (!first.startsWith('ال') && tokens[np.i].kind === 'word') ref.sourceType = 'anonymous';
  return ref;
}

/** A speaker reference that points at an antecedent mention (elided subject, continuation). */
export function refer(antecedent: SpeakerRef, resolution: SpeakerRef['resolution']): SpeakerRef {
  return { ...antecedent, resolution };
}
