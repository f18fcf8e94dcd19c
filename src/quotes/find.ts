/**
 * The quote stage: quotations and reported speech, and who said them.
 *
 * One left-to-right pass over each paragraph (a line of text) recognizes, at each token:
 *
 * - a cue verb (قال، أكد، نفى، زعم …, with و/ف attached) followed within its sentence by
 *   - a colon or an opening quotation mark → direct quote: قال الوزير: «…» / قال الوزير "…"
 *   - a complementizer (إن، أن، بأن، with pronouns), after the preposition the verb takes
 *     (أشار إلى أن، شدد على أن، حذر من أن) → indirect quote running to the end of its clause;
 *   the speaker is the noun phrase after the verb, or the subject before it (قطر تنفي …), or,
 *   when elided (وأضاف أن …), the nearest agreeing subject in the sentence or the last speaker;
 *   with نقل/روى, "نقلت صحيفة X عن دبلوماسي أن …" the speaker is the diplomat, via the paper;
 * - a cue participle (مؤكدا أن، مضيفة: "…"، واصفا … بأنها) continuing the clause before it: its
 *   speaker is the subject that agrees with it in gender and number — the subject inside the
 *   previous reported clause (…أن الرئيس ترامب عبّر عن …، واصفًا …) or the previous speaker;
 * - a quotation followed by a cue (quote-first: «…»، قالت الوزيرة);
 * - a colon after a speaker phrase with no verb (headlines: الوزير: لا تراجع عن الإصلاحات); a
 *   dateline or byline with a dash (دبي - وكالات:) is not one;
 * - an attribution phrase opening a sentence (وبحسب المصادر، فإن …) or closing it (…، بحسب الوزارة.);
 * - a long quotation standing alone continues the last speaker (or is unattributed).
 *
 * Quotation marks inside a reported clause are its fragments, not separate quotes; names and
 * terms in quotation marks (موقع "أكسيوس"، هاتف "آيفون") are not speech unless something
 * attributes them.
 */
import type { Cue, Diagnostic, Document, Entity, Quote, Span, Speaker } from '../document.js';
import { makeView, type TokenView } from '../entities/recognize.js';
import type { CueInfo, QuoteResources } from './resources.js';
import { pairMarks, type MarkResult, type MarkedSpan } from './marks.js';
import {
  agrees,
  classifySpeaker,
  concealmentIn,
  isComma,
  isComplementizer,
  parseNP,
  refer,
  type NP,
  type SentenceContext,
  type SpeakerRef,
} from './speaker.js';

const FINAL = new Set(['.', '!', '?', '؟', '…', '۔', '!!', '...', '؟؟', '??']);
const COLON = new Set([':', '：']);

interface Built {
  kind: 'direct' | 'indirect';
  /** token range of the content */
  i: number;
  j: number;
  cue: { i: number; j: number; info: CueInfo | null; cls?: Cue['class'] } | null;
  speaker: SpeakerRef | null;
  via?: SpeakerRef;
  /** the subject inside an indirect clause, for participles that continue it */
  inner?: SpeakerRef;
}

interface State {
  ctx: SentenceContext;
  marks: MarkResult;
  built: Built[];
  consumed: Uint8Array;
  last: SpeakerRef | null;
  /** paragraph index of the last quote */
  lastParagraph: number;
  paragraph: number;
  diagnostics: Diagnostic[];
}

function isFinalAt(view: TokenView, k: number): boolean {
  const t = view.tokens[k];
  return t !== undefined && t.kind === 'punct' && (FINAL.has(t.text) || /^[.!?؟…]+$/.test(t.text));
}

function buildContext(doc: Document, res: QuoteResources, entities: readonly Entity[]): SentenceContext {
  const view = makeView(doc, res.ent.key);
  const n = view.tokens.length;
  const entityAt = new Int32Array(n).fill(-1);
  let e = 0;
  for (let k = 0; k < n; k++) {
    const t = view.tokens[k];
    while (e < entities.length && entities[e].end <= t.start) e++;
    if (e < entities.length && entities[e].start < t.end && entities[e].end > t.start) entityAt[k] = e;
  }
  const sentenceOf = new Int32Array(n);
  const sentenceStart = new Int32Array(doc.sentences.length);
  const sentenceEnd = new Int32Array(doc.sentences.length);
  doc.sentences.forEach((s, x) => {
    sentenceStart[x] = s.tokenStart;
    sentenceEnd[x] = s.tokenEnd;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) sentenceOf[k] = x;
  });
  return { view, res, entities, entityAt, sentenceOf, sentenceStart, sentenceEnd, isFinal: (k) => isFinalAt(view, k) };
}

/** The cue at token k (و/ف may be attached), or null. */
function cueAt(st: State, k: number) {
  const t = st.ctx.view.tokens[k];
  if (t.kind !== 'word') return null;
  return st.ctx.res.cues.matchAt(st.ctx.view.keys, k, true, (r) => r.prefix === 'و' || r.prefix === 'ف');
}

/** Marked span opened at token k. */
function spanOpenedAt(st: State, k: number): MarkedSpan | undefined {
  const s = st.marks.byMark.get(k);
  return s && s.open === k ? s : undefined;
}

/** Does a marked span that is not just a name start here? (at least two words, or followed by the end of the sentence) */
function speechLike(st: State, s: MarkedSpan): boolean {
  let words = 0;
  for (let k = s.i; k < s.j; k++) if (st.ctx.view.tokens[k].kind !== 'punct') words++;
  return words >= 3;
}

/**
 * End (exclusive token index) of a reported clause starting at s, in paragraph [.., pEnd).
 */
function clauseEnd(st: State, s: number, pEnd: number, openedBefore: number): number {
  const { view, res } = st.ctx;
  let k = s;
  while (k < pEnd) {
    const t = view.tokens[k];
    const span = spanOpenedAt(st, k);
    if (span && span.close > k) {
      k = span.close + 1;
      continue;
    }
    if (span && span.close < 0) return span.j;
    if (isFinalAt(view, k)) return k;
    if (st.marks.stray.includes(k)) return k;
    const closing = st.marks.byMark.get(k);
    if (closing && closing.close === k && closing.open < openedBefore) return k;
    if (isComma(st.ctx, k) || t.text === '؛' || t.text === ';') {
      const next = k + 1;
      if (next < pEnd) {
        const c = cueAt(st, next);
        if (c && (c.values[0].form === 'participle' || c.reading.prefix === 'و' || c.reading.prefix === 'ف')) return k;
        const lead = res.ent.key('فيما') === view.keys[next] || res.ent.key('بينما') === view.keys[next];
        if (lead && next + 1 < pEnd && cueAt(st, next + 1)) return k;
        const attr = res.attribution.matchAt(view.keys, next, true, (r) => r.prefix === 'و');
        if (attr && attr.values[0].kind === 'source') {
          // "…، بحسب المصادر." closing the clause
          const np = parseNP(st.ctx, attr.j, pEnd);
          const after = np ? np.j : attr.j;
          if (after >= pEnd || isFinalAt(view, after) || isComma(st.ctx, after)) return k;
        }
      }
    }
    k++;
  }
  return pEnd;
}

/** Trims trailing punctuation (but not a closing mark whose opener is inside) from a content range. */
function trim(st: State, i: number, j: number): [number, number] {
  const { tokens } = st.ctx.view;
  while (j > i) {
    const t = tokens[j - 1];
    if (t.kind !== 'punct') break;
    const m = st.marks.byMark.get(j - 1);
    if (m && m.close === j - 1 && m.open >= i) break;
    j--;
  }
  while (i < j && tokens[i].kind === 'punct' && !(st.marks.byMark.get(i)?.open === i && st.marks.byMark.get(i)!.close < j && st.marks.byMark.get(i)!.close >= 0)) i++;
  return [i, j];
}

/** Content after a colon at q: the quotation that opens there, or the rest of the sentence/line. */
function afterColon(st: State, q: number, pEnd: number): { i: number; j: number; next: number } | null {
  let n = q + 1;
  if (n >= pEnd) return null;
  const span = spanOpenedAt(st, n);
  if (span) return { i: span.i, j: span.j, next: span.close >= 0 ? span.close + 1 : span.j };
  let k = n;
  while (k < pEnd && !isFinalAt(st.ctx.view, k)) {
    const s = spanOpenedAt(st, k);
    k = s && s.close > k ? s.close + 1 : k + 1;
  }
  const [i, j] = trim(st, n, k);
  return j > i ? { i, j, next: k } : null;
}

function pushQuote(st: State, b: Built, from: number): void {
  st.built.push(b);
  for (let k = from; k < b.j; k++) st.consumed[k] = 1;
  if (b.speaker) {
    st.last = b.speaker;
    st.lastParagraph = st.paragraph;
  }
}

/** The subject before a cue in its clause (قطر تنفي …، والوزير قال …), if it is a speaker-like phrase. */
function preverbalSubject(st: State, c: number): NP | null {
  const { ctx } = st;
  const sStart = ctx.sentenceStart[ctx.sentenceOf[c]];
  let a = c;
  while (a > sStart && !isComma(ctx, a - 1) && ctx.view.tokens[a - 1].kind !== 'punct' && c - a < 6) a--;
  if (a === c) return null;
  const np = parseNP(ctx, a, c);
  if (!np || np.j !== c) return null;
  return speakerLike(st, np) ? np : null;
}

/** Is the phrase something that can speak: an entity, a title, a nominal head, an anonymous-source noun? */
function speakerLike(st: State, np: NP): boolean {
  const { ctx } = st;
  const { keys } = ctx.view;
  const e = ctx.entityAt[np.i];
  if (e >= 0) return true;
  const first = keys[np.i].replace(/^[وف](?=ال)/, '');
  return Boolean(
    ctx.res.ent.titles.matchAt(keys, np.i, true) ||
      ctx.res.nominalHeads.matchAt(keys, np.i, true) ||
      ctx.res.anonNouns.has(first) ||
      ctx.res.anonNouns.has(first.replace(/^ال/, '')) ||
      ctx.res.genericGroups.matchAt(keys, np.i, true) ||
      ctx.res.spokesperson.has(first),
  );
}

/** The nearest agreeing speaker-like subject before token c in its sentence (an elided subject). */
function subjectBefore(st: State, c: number, agreement: CueInfo['agreement']): SpeakerRef | null {
  const { ctx } = st;
  const sStart = ctx.sentenceStart[ctx.sentenceOf[c]];
  for (let k = c - 1; k >= sStart; k--) {
    if (st.consumed[k]) break;
    const e = ctx.entityAt[k];
    if (e < 0) continue;
    const ent = ctx.entities[e];
    if (ent.type !== 'PERSON' && ent.type !== 'ORG') continue;
    let a = k;
    while (a > sStart && ctx.entityAt[a - 1] === e) a--;
    const ref = classifySpeaker(ctx, { i: a, j: k + 1 }, '?', false);
    if (agrees(agreement, ref.gender)) return refer(ref, 'elided');
    k = a;
  }
  return null;
}

/** Last speaker that agrees, for elided subjects across sentences. */
function lastAgreeing(st: State, agreement: CueInfo['agreement']): SpeakerRef | null {
  for (let x = st.built.length - 1; x >= 0 && x >= st.built.length - 6; x--) {
    const sp = st.built[x].speaker;
    if (sp && agrees(agreement, sp.gender)) return sp;
  }
  return st.last;
}

/** The speaker phrase inside an indirect clause (…أن الرئيس ترامب عبّر …), if any. */
function innerSubject(st: State, i: number, j: number): SpeakerRef | undefined {
  const np = parseNP(st.ctx, i, j);
  if (!np || np.j >= j) return undefined;
  const e = st.ctx.entityAt[np.i];
  if (e >= 0 && st.ctx.entities[e].type !== 'PERSON' && st.ctx.entities[e].type !== 'ORG') return undefined;
  if (!speakerLike(st, np)) return undefined;
  return refer(classifySpeaker(st.ctx, np, '?', false), 'continuation');
}

/**
 * A cue verb at c: look for its trigger and build the quote. Returns the token index to resume at.
 */
function tryCue(st: State, c: number, cueEnd: number, info: CueInfo, pEnd: number): number | null {
  const { ctx } = st;
  const { view, res } = ctx;
  const np = info.passive ? null : parseNP(ctx, cueEnd, pEnd);
  let q = np ? np.j : cueEnd;
  let via: SpeakerRef | undefined;
  let relayed: NP | null = null;
  let trigger: { kind: 'colon' | 'mark' | 'comp'; at: number } | null = null;
  const limit = Math.min(pEnd, q + 30);
  for (; q < limit; q++) {
    if (st.consumed[q]) break;
    if (isFinalAt(view, q)) break;
    const t = view.tokens[q];
    if (t.kind === 'punct' && COLON.has(t.text)) {
      trigger = { kind: 'colon', at: q };
      break;
    }
    const span = spanOpenedAt(st, q);
    if (span) {
      const adjacent = q === (np ? np.j : cueEnd) || (isComma(ctx, q - 1) && q - 1 === (np ? np.j : cueEnd));
      if (adjacent && speechLike(st, span)) {
        trigger = { kind: 'mark', at: q };
        break;
      }
      if (span.close < 0) break;
      q = span.close;
      continue;
    }
    if (isComplementizer(ctx, q)) {
      trigger = { kind: 'comp', at: q };
      break;
    }
    if (q > cueEnd && cueAt(st, q)?.values[0].form === 'finite') break;
    const attr = res.attribution.matchAt(view.keys, q, true, (r) => r.prefix === 'و');
    if (attr && attr.values[0].kind === 'source') {
      const src = parseNP(ctx, attr.j, limit);
      if (src) {
        via = classifySpeaker(ctx, src, '?', concealmentIn(ctx, src.j, Math.min(limit, src.j + 8)));
        q = src.j - 1;
        continue;
      }
    }
    if (info.relay && !relayed && view.keys[q] === res.ent.key('عن')) {
      relayed = parseNP(ctx, q + 1, limit);
      if (relayed) q = relayed.j - 1;
      continue;
    }
  }
  if (!trigger) return null;
  // the speaker
  let speaker: SpeakerRef | null = null;
  let relay: SpeakerRef | undefined;
  const concealed = (from: number) => concealmentIn(ctx, from, Math.min(trigger!.at, from + 10));
  if (info.passive) speaker = null;
  else if (relayed) {
    speaker = classifySpeaker(ctx, relayed, '?', concealed(relayed.j));
    if (np) relay = classifySpeaker(ctx, np, info.agreement, false);
  } else if (np && speakerLike(st, np)) {
    speaker = classifySpeaker(ctx, np, info.agreement, concealed(np.j));
  } else {
    const pre = preverbalSubject(st, c);
    if (pre) speaker = classifySpeaker(ctx, pre, info.agreement, concealed(c));
    else if (np && !res.reportingNouns.matchAt(view.keys, np.i, true)) speaker = classifySpeaker(ctx, np, info.agreement, concealed(np.j));
    else speaker = subjectBefore(st, c, info.agreement) ?? (lastAgreeingRef(st, info.agreement));
  }
  // the content
  let content: { i: number; j: number; next: number } | null = null;
  let kind: 'direct' | 'indirect' = 'direct';
  if (trigger.kind === 'colon') content = afterColon(st, trigger.at, pEnd);
  else if (trigger.kind === 'mark') {
    const span = spanOpenedAt(st, trigger.at)!;
    content = { i: span.i, j: span.j, next: span.close >= 0 ? span.close + 1 : span.j };
  } else {
    kind = 'indirect';
    const s = trigger.at + 1;
    let start = s;
    if (start < pEnd && res.contentOpeners.has(view.keys[start])) start++;
    const end = clauseEnd(st, start, pEnd, c);
    const [i, j] = trim(st, start, end);
    if (j > i) content = { i, j, next: end };
  }
  if (!content) return null;
  const b: Built = { kind, i: content.i, j: content.j, cue: { i: c, j: cueEnd, info }, speaker, via: relay ?? via };
  if (kind === 'indirect') b.inner = innerSubject(st, content.i, content.j);
  pushQuote(st, b, c);
  return content.next;
}

function lastAgreeingRef(st: State, agreement: CueInfo['agreement']): SpeakerRef | null {
  const sp = lastAgreeing(st, agreement);
  return sp ? refer(sp, 'elided') : null;
}

/** A participle continuing the clause before it (مؤكدا أن …، مضيفة: "…"، واصفا … بأنها …). */
function tryParticiple(st: State, p: number, pEnd: number, info: CueInfo, pEndCue: number): number | null {
  const { ctx } = st;
  const { view } = ctx;
  let trigger: { kind: 'colon' | 'mark' | 'comp'; at: number } | null = null;
  const limit = Math.min(pEnd, pEndCue + 8);
  for (let q = pEndCue; q < limit; q++) {
    if (isFinalAt(view, q)) break;
    const t = view.tokens[q];
    if (t.kind === 'punct' && COLON.has(t.text)) {
      trigger = { kind: 'colon', at: q };
      break;
    }
    const span = spanOpenedAt(st, q);
    if (span && q === pEndCue && speechLike(st, span)) {
      trigger = { kind: 'mark', at: q };
      break;
    }
    if (isComplementizer(ctx, q)) {
      trigger = { kind: 'comp', at: q };
      break;
    }
    if (t.kind === 'punct' && !span) break;
  }
  if (!trigger) return null;
  // the speaker: the agreeing subject of the clause continued
  const prev = st.built[st.built.length - 1];
  const adjacent = prev && prev.j <= p && p - prev.j <= 3;
  let speaker: SpeakerRef | null = null;
  if (adjacent && prev.inner && agrees(info.agreement, prev.inner.gender)) speaker = prev.inner;
  else if (adjacent && prev.speaker && agrees(info.agreement, prev.speaker.gender)) speaker = refer(prev.speaker, 'continuation');
  else speaker = subjectBefore(st, p, info.agreement) ?? (adjacent && prev.speaker ? refer(prev.speaker, 'continuation') : lastAgreeingRef(st, info.agreement));
  if (speaker) speaker = { ...speaker, resolution: 'continuation' };
  let content: { i: number; j: number; next: number } | null = null;
  let kind: 'direct' | 'indirect' = 'direct';
  if (trigger.kind === 'colon') content = afterColon(st, trigger.at, pEnd);
  else if (trigger.kind === 'mark') {
    const span = spanOpenedAt(st, trigger.at)!;
    content = { i: span.i, j: span.j, next: span.close >= 0 ? span.close + 1 : span.j };
  } else {
    kind = 'indirect';
    const end = clauseEnd(st, trigger.at + 1, pEnd, p);
    const [i, j] = trim(st, trigger.at + 1, end);
    if (j > i) content = { i, j, next: end };
  }
  if (!content) return null;
  const b: Built = { kind, i: content.i, j: content.j, cue: { i: p, j: pEndCue, info }, speaker };
  if (kind === 'indirect') b.inner = innerSubject(st, content.i, content.j);
  pushQuote(st, b, p);
  return content.next;
}

/** A quotation at its opening mark: quote-first order, or a long quotation standing alone. */
function tryMarked(st: State, span: MarkedSpan, pEnd: number): number | null {
  const { ctx } = st;
  const { view, res } = ctx;
  if (!speechLike(st, span)) return null;
  // preceded by a colon: the colon's own construction handles it
  if (span.open > 0 && COLON.has(view.tokens[span.open - 1].text)) return null;
  const after = span.close >= 0 ? span.close + 1 : span.j;
  let k = after;
  if (k < pEnd && isComma(ctx, k)) k++;
  const lead = k < pEnd ? res.leadIns.matchAt(view.keys, k) : null;
  if (lead) k = lead.j;
  const cue = k < pEnd ? cueAt(st, k) : null;
  if (cue && cue.values[0].form === 'finite') {
    const info = cue.values[0];
    const np = parseNP(ctx, cue.j, pEnd);
    let speaker: SpeakerRef | null = null;
    if (np) speaker = classifySpeaker(ctx, np, info.agreement, concealmentIn(ctx, np.j, Math.min(pEnd, np.j + 10)));
    else speaker = lastAgreeingRef(st, info.agreement);
    const b: Built = { kind: 'direct', i: span.i, j: span.j, cue: { i: k, j: cue.j, info }, speaker };
    pushQuote(st, b, span.open);
    const end = np ? np.j : cue.j;
    for (let m = span.open; m < end; m++) st.consumed[m] = 1;
    return end;
  }
  // a long quotation standing alone: the last speaker goes on talking
  let words = 0;
  for (let m = span.i; m < span.j; m++) if (view.tokens[m].kind === 'word') words++;
  if (words < 6) return null;
  const recent = st.last && st.paragraph - st.lastParagraph <= 2 ? refer(st.last, 'continuation') : null;
  const b: Built = { kind: 'direct', i: span.i, j: span.j, cue: null, speaker: recent };
  pushQuote(st, b, span.open);
  return after;
}

/** A colon after a speaker phrase without a verb (headline or lead): الوزير: لا تراجع عن الإصلاحات. */
function tryColon(st: State, q: number, pStart: number, pEnd: number): number | null {
  const { ctx } = st;
  const { view, res } = ctx;
  const sStart = Math.max(pStart, ctx.sentenceStart[ctx.sentenceOf[q]]);
  if (q - sStart < 1 || q - sStart > 8) return null;
  for (let k = sStart; k < q; k++) {
    if (res.dashes.has(view.tokens[k].text) || st.consumed[k]) return null;
    if (cueAt(st, k)) return null;
  }
  const np = parseNP(ctx, sStart, q);
  if (!np || np.i !== sStart || np.j !== q || !speakerLike(st, np)) return null;
  // "القاهرة: قال …" is a dateline
  if (q + 1 < pEnd && cueAt(st, q + 1)) return null;
  const e = ctx.entityAt[np.i];
  if (e >= 0 && (ctx.entities[e].type === 'GPE' || ctx.entities[e].type === 'LOC') && np.j - np.i === 1 && pStart !== sStart) return null;
  const content = afterColon(st, q, pEnd);
  if (!content) return null;
  const speaker = classifySpeaker(ctx, np, '?', false);
  pushQuote(st, { kind: 'direct', i: content.i, j: content.j, cue: { i: q, j: q + 1, info: null, cls: 'colon' }, speaker }, sStart);
  return content.next;
}

/** An attribution phrase opening a sentence: وبحسب المصادر، فإن … / ووفقا للوزارة، … */
function tryAttributionLead(st: State, k: number, pEnd: number): number | null {
  const { ctx } = st;
  const { view, res } = ctx;
  const sStart = ctx.sentenceStart[ctx.sentenceOf[k]];
  if (k !== sStart) return null;
  const attr = res.attribution.matchAt(view.keys, k, true, (r) => r.prefix === 'و' || r.prefix === 'ف');
  if (!attr || attr.values[0].kind !== 'source') return null;
  const np = parseNP(ctx, attr.j, pEnd);
  if (!np || !isComma(ctx, np.j)) return null;
  let s = np.j + 1;
  if (s < pEnd && res.contentOpeners.has(view.keys[s])) s++;
  if (s < pEnd && (cueAt(st, s) || cueAt(st, s + 1))) return null;
  const end = clauseEnd(st, s, pEnd, k);
  const [i, j] = trim(st, s, end);
  if (j - i < 3) return null;
  const speaker = classifySpeaker(ctx, np, '?', concealmentIn(ctx, np.j, Math.min(pEnd, np.j + 8)));
  pushQuote(st, { kind: 'indirect', i, j, cue: { i: k, j: attr.j, info: null, cls: 'attribution' }, speaker }, k);
  return end;
}

/** A sentence closing with an attribution phrase: …، بحسب وزارة الصحة. */
function tryAttributionTail(st: State, sIdx: number, pEnd: number): void {
  const { ctx } = st;
  const { view, res } = ctx;
  const a = ctx.sentenceStart[sIdx];
  const b = Math.min(ctx.sentenceEnd[sIdx], pEnd);
  for (let k = a; k < b; k++) if (st.consumed[k]) return;
  for (let k = b - 1; k > a + 2; k--) {
    if (!isComma(ctx, k - 1)) continue;
    const attr = res.attribution.matchAt(view.keys, k, true, (r) => r.prefix === 'و');
    if (!attr || attr.values[0].kind !== 'source') continue;
    const np = parseNP(ctx, attr.j, b);
    if (!np) return;
    let e = np.j;
    while (e < b && view.tokens[e].kind === 'punct') e++;
    if (e < b) return;
    for (let m = a; m < k; m++) if (cueAt(st, m)) return;
    const [i, j] = trim(st, a, k - 1);
    if (j - i < 3) return;
    const speaker = classifySpeaker(ctx, np, '?', false);
    pushQuote(st, { kind: 'indirect', i, j, cue: { i: k, j: attr.j, info: null, cls: 'attribution' }, speaker }, a);
    for (let m = k; m < b; m++) st.consumed[m] = 1;
    return;
  }
}

function toSpeaker(ref: SpeakerRef, text: string): Speaker {
  return {
    start: ref.start,
    end: ref.end,
    text: text.slice(ref.start, ref.end),
    entityId: ref.entityId,
    sourceType: ref.sourceType,
    resolution: ref.resolution,
  };
}

function toQuote(st: State, b: Built, text: string): Quote {
  const { tokens } = st.ctx.view;
  const start = tokens[b.i].start;
  const end = tokens[b.j - 1].end;
  let cue: Cue | null = null;
  if (b.cue) {
    const cs = tokens[b.cue.i].start;
    const ce = tokens[b.cue.j - 1].end;
    cue = { start: cs, end: ce, text: text.slice(cs, ce), class: b.cue.info?.class ?? b.cue.cls ?? 'statement' };
    if (b.cue.info) cue.lemma = b.cue.info.lemma;
  }
  const q: Quote = {
    start,
    end,
    text: text.slice(start, end),
    kind: b.kind,
    cue,
    speaker: b.speaker ? toSpeaker(b.speaker, text) : null,
  };
  if (b.via) q.via = toSpeaker(b.via, text);
  const fragments: Span[] = [];
  for (const s of st.marks.spans) if (s.depth === 0 && s.start >= start && s.end <= end && !(s.i === b.i && s.j === b.j)) fragments.push({ start: s.start, end: s.end });
  if (fragments.length && b.kind === 'indirect') q.fragments = fragments;
  return q;
}

export function findQuotes(doc: Document, entities: readonly Entity[], res: QuoteResources): { quotes: Quote[]; diagnostics: Diagnostic[] } {
  const ctx = buildContext(doc, res, entities);
  const { view } = ctx;
  const n = view.tokens.length;
  const st: State = {
    ctx,
    marks: { spans: [], stray: [], byMark: new Map() },
    built: [],
    consumed: new Uint8Array(n),
    last: null,
    lastParagraph: -10,
    paragraph: 0,
    diagnostics: [],
  };
  let pStart = 0;
  for (let k = 0; k < n; k++) {
    if (k === n - 1 || view.breakAfter[k]) {
      processParagraph(st, pStart, k + 1);
      st.paragraph++;
      pStart = k + 1;
    }
  }
  for (const s of st.marks.stray) {
    const t = view.tokens[s];
    st.diagnostics.push({ level: 'info', code: 'stray-closing-quote', message: `closing quotation mark ${t.text} with nothing open`, start: t.start, end: t.end });
  }
  for (const s of st.marks.spans) {
    if (s.close < 0) {
      const t = view.tokens[s.open];
      st.diagnostics.push({ level: 'info', code: 'unclosed-quote', message: `quotation mark ${t.text} never closed in its paragraph`, start: t.start, end: t.end });
    }
  }
  st.built.sort((a, b) => a.i - b.i);
  return { quotes: st.built.map((b) => toQuote(st, b, doc.text)), diagnostics: st.diagnostics };
}

function processParagraph(st: State, a: number, b: number): void {
  const { ctx } = st;
  const { view } = ctx;
  pairMarks(view.doc.text, view.tokens, a, b, ctx.res, st.marks);
  let k = a;
  while (k < b) {
    if (st.consumed[k]) {
      k++;
      continue;
    }
    const t = view.tokens[k];
    let next: number | null = null;
    if (t.kind === 'punct') {
      const span = spanOpenedAt(st, k);
      if (span) next = tryMarked(st, span, b);
      else if (COLON.has(t.text)) next = tryColon(st, k, a, b);
    } else if (t.kind === 'word') {
      const cue = cueAt(st, k);
      if (cue) {
        const info = cue.values[0];
        next = info.form === 'finite' ? tryCue(st, k, cue.j, info, b) : tryParticiple(st, k, b, info, cue.j);
      }
      if (next === null) next = tryAttributionLead(st, k, b);
    }
    k = next !== null && next > k ? next : k + 1;
  }
  // sentences closing with an attribution phrase
  const first = ctx.sentenceOf[a];
  const last = ctx.sentenceOf[b - 1];
  for (let s = first; s <= last; s++) tryAttributionTail(st, s, b);
}
