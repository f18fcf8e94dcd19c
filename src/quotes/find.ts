/**
 * The quote stage: quotations and reported speech, and who said them.
 *
 * One left-to-right pass over each paragraph (a line of text) recognizes, at each token:
 *
 * - a cue verb (قال، أكد، نفى، زعم …, with و/ف or an object pronoun attached: نفاه) followed
 *   within its sentence by
 *   - a colon or an opening quotation mark → direct quote: قال الوزير: «…» / قال الوزير "…"
 *   - a complementizer (إن، أن، بأن, with pronouns), after the preposition the verb takes
 *     (أشار إلى أن، شدد على أن، حذر من أن) → indirect quote running to the end of its clause;
 *   the speaker is the noun phrase after the verb, or the subject before it (قطر تنفي …، وكان
 *   الموقع قد ذكر …، أما الشركة فقد أعلنت …), or, when elided (وأضاف أن …), the nearest agreeing
 *   subject in the sentence or the last agreeing speaker. "نقلت صحيفة X عن دبلوماسي أن …" and
 *   "ذكرت الوكالة، نقلا عن مسؤولين، أن …": the source said it, the subject relayed it (`via`);
 *   "أشار الوزير، بحسب المصادر، إلى أن …": the minister said it, according to the sources (`via`);
 *   "وصف الرئيس الأوكراني بأنه …": the first phrase after وصف/اتهم is the object;
 * - a cue participle (مؤكدا أن، مضيفة: "…"، واصفا … بأنها) continuing the clause before it: its
 *   speaker is the subject that agrees with it in gender and number — the subject inside the
 *   previous reported clause (…أن الرئيس ترامب عبّر عن …، واصفًا …) or the previous speaker;
 * - a quotation followed by a cue (quote-first: «…»، قالت الوزيرة);
 * - a colon after a speaker phrase with no verb (headlines: الوزير: لا تراجع عن الإصلاحات); a
 *   dateline or byline with a dash (دبي - وكالات:) is not one;
 * - an attribution phrase opening a sentence (وبحسب المصادر، فإن …) or closing a clause
 *   (…، بحسب الوزارة);
 * - a long quotation standing alone continues the last speaker (or is unattributed).
 *
 * A reported clause ends at the end of its sentence, or at a comma before the next clause's cue
 * (، مؤكدا أن / ، وأضاف / ، لكنه شدد على / ، وهو ما نفاه …). Quotation marks inside a reported
 * clause are its fragments, not separate quotes; names and terms in quotation marks (موقع
 * "أكسيوس"، هاتف "آيفون") are not speech unless something attributes them. Background openers
 * (يذكر أن …) and concealment phrases (فضّل عدم ذكر اسمه) are not cues.
 */
import type { Cue, Diagnostic, Document, Entity, Quote, Span, Speaker } from '../document.js';
import { readingsAt, type TokenView } from '../entities/recognize.js';
import type { CueInfo, CueMatch, QuoteResources } from './resources.js';
import { pairMarks, STRAY, type MarkResult, type MarkedSpan } from './marks.js';
import { isAbbreviationDot } from '../text/sentences.js';
import {
  agrees,
  anonNounHead,
  classifySpeaker,
  concealmentIn,
  cueOn,
  hasPreposition,
  isComma,
  isComplementizer,
  npGender,
  parseNP,
  personIn,
  refer,
  withoutReportingNoun,
  AUTHORING_VERB,
  RELATIVE,
  type NP,
  type SentenceContext,
  type SpeakerRef,
  groupHead,
  peoplePlural,
} from './speaker.js';

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
  /** tokens inside a quote's cue..content range */
  consumed: Uint8Array;
  /** tokens that are never cues (concealment phrases, background openers) */
  noCue: Uint8Array;
  last: SpeakerRef | null;
  /** paragraph index of the last quote */
  lastParagraph: number;
  /** recent subjects, most recent last: speakers of quotes and subjects of sentences without one */
  subjects: SpeakerRef[];
  paragraph: number;
  diagnostics: Diagnostic[];
}

function isFinalAt(view: TokenView, k: number): boolean {
  const t = view.tokens[k];
  // (the full stop of an initial or abbreviation ends nothing: المتهم سيد ع. (47 عاما)، د. محمد)
  return t !== undefined && t.kind === 'punct' && /^[.!?؟…۔]+$/.test(t.text) && !(t.text === '.' && k > 0 && isAbbreviationDot(view.doc.text, view.tokens, -1, k));
}

function buildContext(view: TokenView, res: QuoteResources, entities: readonly Entity[], marks: MarkResult): SentenceContext {
  const doc = view.doc;
  const n = view.tokens.length;
  const entityAt = new Int32Array(n).fill(-1);
  const entityFirstToken = new Int32Array(entities.length).fill(-1);
  let e = 0;
  for (let k = 0; k < n; k++) {
    const t = view.tokens[k];
    while (e < entities.length && entities[e].end <= t.start) e++;
    if (e < entities.length && entities[e].start < t.end && entities[e].end > t.start) {
      entityAt[k] = e;
      if (entityFirstToken[e] < 0) entityFirstToken[e] = k;
    }
  }
  const sentenceOf = new Int32Array(n);
  const sentenceStart = new Int32Array(doc.sentences.length);
  const sentenceEnd = new Int32Array(doc.sentences.length);
  doc.sentences.forEach((s, x) => {
    sentenceStart[x] = s.tokenStart;
    sentenceEnd[x] = s.tokenEnd;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) sentenceOf[k] = x;
  });
  const spanOpenedAt = (k: number) => {
    const s = marks.byMark.get(k);
    return s && s.open === k ? s : undefined;
  };
  return { view, res, entities, entityAt, entityFirstToken, sentenceOf, sentenceStart, sentenceEnd, spanOpenedAt };
}

function cueAt(st: State, k: number): CueMatch | null {
  if (st.noCue[k]) return null;
  return cueOn(st.ctx, k);
}

function sentenceStartOf(st: State, k: number): number {
  return st.ctx.sentenceStart[st.ctx.sentenceOf[k]];
}

/** Is the marked span a name or term rather than speech (short; or a name after a head; or exactly an entity)? */
function speechLike(st: State, s: MarkedSpan): boolean {
  const { ctx } = st;
  let words = 0;
  for (let k = s.i; k < s.j; k++) if (ctx.view.tokens[k].kind !== 'punct') words++;
  if (words < 3) return false;
  // the quoted words are one entity (سي إن إن، نبراس للحلول الذكية)
  const e = ctx.entityAt[s.i];
  if (e >= 0 && ctx.entityAt[s.j - 1] === e) return false;
  // a name after a head noun (شركة "نبراس للحلول الذكية"، هاتف “آيفون 17 برو”) or a naming word (ندوة بعنوان "…")
  if (s.open > 0) {
    const keys = ctx.view.keys;
    const prev = keys[s.open - 1];
    if (words <= 5 && (ctx.res.ent.isHeadWord(prev) || ctx.res.ent.orgHeads.matchAt(keys, s.open - 1, readingsAt(ctx.view, s.open - 1))?.j === s.open)) return false;
    for (let b = Math.max(0, s.open - 2); b < s.open; b++) {
      if (ctx.res.nameIntroducers.matchAt(keys, b, readingsAt(ctx.view, b))?.j === s.open) return false;
    }
    // a definite phrase in construct with the noun before it is a name (افتحاص حصيلة «البرنامج
    // المندمج لإعادة البناء»): a bare ordinary noun, not a speaker noun, title or verb
    const t = ctx.view.tokens[s.open - 1];
    const first = keys[s.i];
    // … and so is a competition's name after a noun (منافسات "بطولة الرياض الدولية للشطرنج")
    if (t.kind === 'word' && !ctx.view.breakAfter[s.open - 1] && !prev.startsWith('ال') && ctx.res.ent.isCompetitionWord(first) && words <= 8 && ctx.res.ent.isCommonWord(prev) && !ctx.res.ent.isStopword(prev) && !ctx.res.ent.isCueWord(prev) && !cueAt(st, s.open - 1) && !/[.!؟?،]/.test(ctx.view.doc.text.slice(ctx.view.tokens[s.i].start, ctx.view.tokens[s.j - 1].end))) return false;
    if (t.kind === 'word' && !ctx.view.breakAfter[s.open - 1] && !prev.startsWith('ال') && /^ال/.test(first) && (ctx.res.ent.isCommonWord(prev) || /(ه|ات)$/.test(t.text.replace(/ة$/, 'ه'))) && ctx.entityAt[s.open - 1] < 0 && !ctx.res.ent.isStopword(prev) && !ctx.res.ent.isCueWord(prev) && !ctx.res.anonNouns.has(prev) && !ctx.res.ent.titles.starts(prev) && !cueAt(st, s.open - 1) && !/^[وف]/.test(prev)) return false;
  }
  return true;
}

/** Does a complementizer, a colon or a quotation follow within the clause from k (sixteen tokens)? */
function saysFollow(st: State, k: number, pEnd: number): boolean {
  const { view } = st.ctx;
  // (a relaying verb reports by itself: …، ونقلت عن سارة أبكر، منسقة …، قولها: «…»)
  if (k < pEnd && view.keys[k] === st.ctx.res.ent.key('عن')) return true;
  // (commas may set off the speaker's apposition or the occasion: …، وأضاف الوزير، في مؤتمر صحفي، أن …)
  for (let m = k; m < pEnd && m - k < 16; m++) {
    if (isFinalAt(view, m)) return false;
    // (… but not past another cue: ويضيف رصيفين …، مضيفا أن …)
    if (isComma(st.ctx, m) && m + 1 < pEnd && cueAt(st, m + 1)) return false;
    if (isComplementizer(st.ctx, m) || view.tokens[m].text === ':' || st.ctx.spanOpenedAt(m)) return true;
  }
  return false;
}

/**
 * Does the next clause start at k with its own cue: a participle (مؤكدا)، a verb with و/ف
 * (وأضاف)، or a verb after a connector (لكنه شدد، غير أنه أكد، وهو ما نفاه، كما ادعى)? A bare verb
 * right after a comma usually continues the clause (… الشيخ محمد، نقل الرسالة …).
 */
function cueFollows(st: State, k: number, pEnd: number): boolean {
  const { view, res } = st.ctx;
  const c = cueAt(st, k);
  // (a verb with و opens a report only where what it says follows — a complementizer, a colon or
  // a quotation within its clause: …، ويضيف رصيفين بعمق 14 مترا … is a verb of the content)
  if (c) return c.info.form === 'participle' || (c.prefix !== '' && (c.info.form !== 'finite' || !/^و/.test(c.prefix) || saysFollow(st, k + 1, pEnd)));
  // (the writer's aside with a report of its own: …، وهو ملف قالت الهيئة إنها …، وهي نسبة يقول
  // محللون إنها …)
  if (k + 2 < pEnd && /^و?(هو|هي)$/.test(view.keys[k]) && view.tokens[k + 1].kind === 'word' && !view.keys[k + 1].startsWith('ال') && !res.ent.isStopword(view.keys[k + 1])) {
    const c2 = cueAt(st, k + 2);
    if (c2 && c2.info.form === 'finite' && c2.prefix === '') return true;
  }
  // (… or with a definite noun and a relative pronoun: …، وهي المادة التي قالت إنها …)
  if (k + 3 < pEnd && /^و?(هو|هي)$/.test(view.keys[k]) && view.tokens[k + 1].kind === 'word' && view.keys[k + 1].startsWith('ال') && RELATIVES.test(view.keys[k + 2])) {
    const c3 = cueAt(st, k + 3);
    if (c3 && c3.info.form === 'finite' && c3.prefix === '' && k + 4 < pEnd && isComplementizer(st.ctx, k + 4)) return true;
  }
  let m = k;
  for (let step = 0; step < 2 && m < pEnd; step++) {
    const conn = res.connectors.matchAt(view.keys, m);
    if (!conn) return false;
    m = conn.j;
    if (m < pEnd && cueAt(st, m)) return true;
    // (… or an evaluation the speaker makes: ، لكنه انتقد ما وصفه بـ …)
    if (m < pEnd && /^لكن(ه|ها|هم)$/.test(view.keys[conn.i]) && res.speechActs.has(view.keys[m])) return true;
  }
  return false;
}

/**
 * A verb with و after a comma that agrees with the subject of the reported clause and not with
 * the speaker continues what was reported (وأضاف الوزير أن أنقرة تعارض التصعيد، وترى أن …:
 * Ankara "sees", the minister reports it).
 */
function innerContinues(st: State, s: number, comma: number, next: number, cueAtIndex: number): boolean {
  const { ctx } = st;
  const c = cueAt(st, next);
  const outer = cueAtIndex >= 0 ? cueOn(ctx, cueAtIndex) : null;
  if (!c || !outer || c.info.form !== 'finite' || c.prefix !== 'و') return false;
  const ag = c.info.agreement;
  if ((ag !== 'm' && ag !== 'f') || outer.info.agreement === ag || (outer.info.agreement !== 'm' && outer.info.agreement !== 'f')) return false;
  const np = parseNP(ctx, s, comma);
  if (!np) return false;
  const e = ctx.entityAt[np.i];
  if (e < 0 && !speakerLike(st, np)) return false;
  return npGender(ctx, np) === ag;
}

/**
 * What was reported is itself someone's words (أن المتهم أقر بتلقي الأموال، لكنه نفى …): a
 * "but he" + speech verb after it goes on with that inner speaker, not the reporting one.
 */
function innerSpeechGoesOn(st: State, s: number, comma: number, next: number): boolean {
  if (!/^و?لكن(ه|ها|هم)$/.test(st.ctx.view.keys[next])) return false;
  // (a clause of its own — لكنه أقر بأن … — is a new report by the speaker)
  if (next + 2 < st.ctx.view.tokens.length && (isComplementizer(st.ctx, next + 2) || st.ctx.view.tokens[next + 2].text === ':')) return false;
  for (let m = s; m < comma; m++) {
    const c = cueAt(st, m);
    if (c && c.info.form === 'finite' && c.prefix === '') return true;
  }
  return false;
}

/**
 * A circumstantial participle after a comma (، داعيا الأعضاء إلى …، مطالبة بـ …) opens a clause of
 * its own: shaped فاعلا/فاعلة or مُفعِلا/مُفعِلة, and not an adverb or ordinary noun of that shape
 * (مؤخرا، مجددا، عاصمة).
 */
function circumstantial(st: State, k: number): boolean {
  const t = st.ctx.view.tokens[k];
  if (!t || t.kind !== 'word') return false;
  // (… also after و: …، وداعيا الوزارة إلى …)
  const written = st.ctx.view.keys[k];
  const key = /^و/.test(written) && written.length >= 6 ? written.slice(1) : written;
  if (st.ctx.res.adverbs.has(key) || st.ctx.res.ent.isCommonWord(key) || st.ctx.res.ent.isCommonWord(written) || /^[وف]/.test(key) || isComplementizer(st.ctx, k)) return false;
  // (a verb with the pronoun ها has that shape too: قادها، نالها)
  // (a passive participle مفعولة describes the content: ارتفعت الإيرادات، مدفوعة بزيادة الطلب)
  return (/^.ا..[اه]$/.test(key) || /^م...+[اه]$/.test(key)) && key.length >= 5 && !/^.ا.ها$/.test(key) && !/^م..و.[اه]$/.test(key);
}

/**
 * End (exclusive token index) of a reported clause starting at s, in paragraph [.., pEnd).
 */
function clauseEnd(st: State, s: number, pEnd: number, openedBefore: number): number {
  const { ctx } = st;
  const { view, res } = ctx;
  let k = s;
  while (k < pEnd) {
    const t = view.tokens[k];
    const span = ctx.spanOpenedAt(k);
    if (span && span.close > k) {
      k = span.close + 1;
      continue;
    }
    if (span && span.close < 0) return span.j;
    if (isFinalAt(view, k)) return k;
    if (st.marks.byMark.get(k) === STRAY) return k;
    const closing = st.marks.byMark.get(k);
    if (closing && closing.close === k && closing.open < openedBefore) return k;
    if (isComma(ctx, k) || t.text === '؛' || t.text === ';') {
      const next = k + 1;
      if (next < pEnd) {
        // (a contrast — …، فيما … — ends it too: annotators split on it, the development sets favour ending)
        if ((cueFollows(st, next, pEnd) && !innerContinues(st, s, k, next, openedBefore) && !innerSpeechGoesOn(st, s, k, next)) || res.clauseBreakers.matchAt(view.keys, next) || circumstantial(st, next)) return k;
        const attr = res.attribution.matchAt(view.keys, next, readingsAt(view, next), (r) => r.prefix === 'و');
        if (attr && attr.values[0].kind === 'source') {
          // "…، بحسب المصادر" closing the clause
          const np = parseNP(ctx, attr.j, pEnd, true);
          const after = np ? np.j : attr.j;
          if (after >= pEnd || isFinalAt(view, after) || isComma(ctx, after)) return k;
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
  while (i < j && tokens[i].kind === 'punct') {
    const m = st.marks.byMark.get(i);
    if (m && m.open === i && m.close >= 0 && m.close < j) break;
    i++;
  }
  return [i, j];
}

/**
 * Content after a colon at q: the quotation that opens there (also at the start of the next
 * paragraph, when the colon ends its own: "واستطرد قائلا:" ¶ «…»), or the rest of the sentence —
 * of the whole line for a headline.
 */
function afterColon(st: State, q: number, pEnd: number): { i: number; j: number; next: number } | null {
  const n = q + 1;
  const { view } = st.ctx;
  if (n >= pEnd) {
    const span = n < view.tokens.length ? st.ctx.spanOpenedAt(n) : undefined;
    if (span && !st.consumed[n]) return { i: span.i, j: span.j, next: pEnd };
    return null;
  }
  const span = st.ctx.spanOpenedAt(n);
  // a short quoted name that only opens the clause (مصادر: «ميرسك» تدرس العودة …) is part of the
  // content, not the content itself
  // (a preposition or particle after the marks ends the quotation: «عشرات المفقودين» بعد غرق …)
  const opensClause = span && span.close >= 0 && span.j - span.i <= 3 && span.close + 1 < pEnd && view.tokens[span.close + 1].kind === 'word' && !cueAt(st, span.close + 1) && !st.ctx.res.ent.isStopword(view.keys[span.close + 1]) && !OCCASION.test(view.keys[span.close + 1]);
  if (span && !opensClause) return { i: span.i, j: span.j, next: span.close >= 0 ? span.close + 1 : span.j };
  const headline = isHeadline(st, q, pEnd);
  let k = n;
  while (k < pEnd && (headline || !isFinalAt(view, k))) {
    // (a headline's second part, و + a name and its verb, is news of its own: «…».. وتايبيه ترصد …)
    if (headline && k > n && HEADLINE_PARTS.test(view.tokens[k].text) && secondHeadlinePart(st, k + 1, pEnd)) break;
    const s = st.ctx.spanOpenedAt(k);
    k = s && s.close > k ? s.close + 1 : k + 1;
  }
  const [i, j] = trim(st, n, k);
  return j > i ? { i, j, next: k } : null;
}

/** و + a named entity + a present-tense verb (وتايبيه ترصد، والجيش ينفي) from token k. */
function secondHeadlinePart(st: State, k: number, pEnd: number): boolean {
  const { view, entityAt } = st.ctx;
  if (k >= pEnd || !/^و/.test(view.keys[k])) return false;
  // (… or و + a short phrase and a colon, a second speaker: … .. ومزارعو الشرقية: "…")
  for (let j = k + 1; j < pEnd && j - k <= 5; j++) {
    if (view.tokens[j].text === ':') return true;
    if (view.tokens[j].kind !== 'word') break;
  }
  const e = entityAt[k];
  if (e < 0) return false;
  let j = k;
  while (j < pEnd && entityAt[j] === e) j++;
  return j < pEnd && view.tokens[j].kind === 'word' && /^[يت]..+/.test(view.keys[j]);
}

/** A headline: a short line that does not end like a sentence. */
function isHeadline(st: State, q: number, pEnd: number): boolean {
  const { view } = st.ctx;
  let a = q;
  while (a > 0 && !view.breakAfter[a - 1]) a--;
  return pEnd - a <= 30 && !isFinalAt(view, pEnd - 1);
}

function pushQuote(st: State, b: Built, from: number): void {
  st.built.push(b);
  for (let k = from; k < b.j; k++) st.consumed[k] = 1;
  if (b.speaker) {
    st.last = b.speaker;
    st.lastParagraph = st.paragraph;
    st.subjects.push(b.speaker);
  }
}

/** Is the phrase something that can speak: an entity, a title, a nominal head, an anonymous-source noun? */
function speakerLike(st: State, np: NP): boolean {
  const { ctx } = st;
  const { keys } = ctx.view;
  const e = ctx.entityAt[np.i];
  if (e >= 0) return true;
  const first = keys[np.i].replace(/^[وف](?=ال)/, '');
  return Boolean(
    ctx.res.ent.titles.matchAt(keys, np.i, readingsAt(ctx.view, np.i)) ||
      ctx.res.nominalHeads.matchAt(keys, np.i, readingsAt(ctx.view, np.i)) ||
      anonNounHead(ctx.res, first) ||
      ctx.res.genericGroups.matchAt(keys, np.i, readingsAt(ctx.view, np.i)) ||
      ctx.res.spokesperson.has(first) ||
      // (a title without its article, alone or with a nationality: .. ونائب: «…»، نائب كردي: «…»)
      ((np.j - np.i === 1 || (np.j - np.i === 2 && ctx.res.ent.nisba(keys[np.i + 1]) !== undefined)) && /^[وف]?[^ا]/.test(keys[np.i]) && !keys[np.i].startsWith('ال') && ctx.res.ent.titles.matchAt(['ال' + keys[np.i].replace(/^[وف](?=...)/, '')], 0) !== null) ||
      // (a municipality or governorate and its named place: قالت بلدية القدس)
      (np.j - np.i >= 2 && ctx.res.speakingPlaceHeads.has(first) && ctx.entityAt[np.i + 1] >= 0) ||
      // a relative with the person's description (شقيق الضحية، والدة الطالب)
      (np.j - np.i >= 2 && ctx.res.relativeNouns.has(first.replace(/^[وف](?=..)/, ''))) ||
      ctx.res.ent.orgHeads.matchAt(keys, np.i, readingsAt(ctx.view, np.i)),
  );
}

/**
 * A headline's present-tense verb after its subject (بكين تحذر واشنطن: …، الوزارة تنفي …): the
 * phrase after the verb is its object, the speaker is the one before it.
 */
function presentAfterSubject(st: State, c: number): boolean {
  const key = st.ctx.view.keys[c];
  if (!/^[يت]/.test(key) || c === sentenceStartOf(st, c)) return false;
  const pre = preverbalSubject(st, c);
  return pre !== null && pre.i === sentenceStartOf(st, c) && speakerLike(st, pre);
}

/**
 * The subject standing before a cue in its clause: قطر تنفي …، والوزير قال …، وكان الموقع قد ذكر …،
 * أما الشركة فقد أعلنت ….
 */
function preverbalSubject(st: State, c: number): NP | null {
  const { ctx } = st;
  const { keys, tokens } = ctx.view;
  const sStart = sentenceStartOf(st, c);
  let end = c;
  // كان … قد / فقد / وقد before the verb
  while (end > sStart && /^(قد|فقد|وقد|لقد)$/.test(keys[end - 1])) end--;
  // (… and a request not to be named: مهندس يعمل في الحقل طلب عدم الكشف عن اسمه | قال …)
  let asked = false;
  for (let t = end - 3; t >= end - 6 && t > sStart; t--) {
    if (keys[t + 1] === 'عدم' && ASKED_NOT.test(keys[t])) {
      end = t;
      asked = true;
      // (… also set off by commas: غير أن أحد المصدرين، فضّل عدم ذكر اسمه، قال …)
      if (end - 1 > sStart && isComma(ctx, end - 1)) end--;
      break;
    }
  }
  let a = end;
  while (a > sStart && !isComma(ctx, a - 1) && end - a < 10) {
    // a short name in quotation marks belongs to the phrase (مسرّب على منصة "إكس")
    const closing = st.marks.byMark.get(a - 1);
    if (closing && closing.close === a - 1 && closing.j - closing.i <= 4) {
      a = closing.open;
      continue;
    }
    if (tokens[a - 1].kind === 'punct') break;
    a--;
  }
  // كان/كانت opens the clause: the subject is the phrase right after it (وكان مسرّب معروف على منصة "إكس" قد ادعى)
  if (a < end && /^(و|ف)?(كان|كانت|كانوا)$/.test(keys[a])) {
    const np = parseNP(ctx, a + 1, end);
    // (… also a body's head with the article, naming the body met before: وكانت النقابة قد أكدت)
    const backReference = np !== null && np.j - np.i === 1 && np.j === end && /^ال../.test(keys[np.i]) && ctx.res.ent.isHeadWord(keys[np.i].slice(2));
    return np && (speakerLike(st, np) || backReference) ? np : null;
  }
  // أما X، (الذي …،) فقد أعلنت / فقال: the topic after أما is the subject of the verb with ف
  const withFa = keys[c].startsWith('ف') || /^فقد$/.test(keys[end] ?? '') || (end < c && /^ف/.test(keys[end]));
  if (withFa) {
    for (let b = end - 1; b >= sStart; b--) {
      if (!/^و?اما$/.test(keys[b])) continue;
      const np = parseNP(ctx, b + 1, end);
      if (np) return np;
      break;
    }
    if (a === end) return null;
  }
  if (a === end) return null;
  if (a >= end) return null;
  // (a sentence opened by "but": لكن مهندسا …، غير أن مصدرا …)
  let contrast = true;
  if (a + 1 < end && /^(لكن|ولكن)$/.test(keys[a])) a++;
  else if (a + 2 < end && /^(غير|الا|بيد)$/.test(keys[a]) && /^(ان|أن)$/.test(keys[a + 1])) a += 2;
  else contrast = false;
  const np = parseNP(ctx, a, end);
  if (!np) return null;
  // (one unnamed person who asked not to be named: an indefinite phrase that is no name)
  const askedPerson = asked && np.i === a && !/^ال/.test(keys[np.i]) && ctx.entityAt[np.i] < 0;
  // (an unnamed source and what they do, a present verb: مهندسا | يعمل في الحقل)
  if (np.j !== end) {
    // (a group and where its people are: غير أن أحد كبار مصدري التمور في المنطقة، …، قال)
    // (… or, after "but", one person who asked not to be named, and where they are: لكن تاجر
    // جلود في نابلس طلب عدم الكشف عن هويته قال …)
    if (contrast && end - np.j <= 4 && /^(في|من)$/.test(keys[np.j]) && tokens.slice(np.j, end).every((t) => t.kind === 'word') && (groupOfPeople(st, np) || askedPerson)) return { i: np.i, j: end };
    const describes = np.i === a && anonNounHead(ctx.res, keys[np.i]) && tokens[np.j].kind === 'word' && ctx.entityAt[np.j] < 0 && /^[يت]..+/.test(keys[np.j]);
    return describes ? np : null;
  }
  return speakerLike(st, np) || (contrast && (groupOfPeople(st, np) || askedPerson)) ? np : null;
}

/**
 * A group named by a quantifier and a plural of people, or by such a plural alone, as the
 * subject after لكن / غير أن (غير أن عددا من المستوردين قالوا …، لكن المستثمرين قالوا …).
 */
function groupOfPeople(st: State, np: NP): boolean {
  const { ctx } = st;
  const { keys } = ctx.view;
  const h = groupHead(ctx, np);
  if (h > np.i && (anonNounHead(ctx.res, keys[h]) || ctx.res.genericGroups.matchAt(keys, h, readingsAt(ctx.view, h)))) return true;
  return peoplePlural(ctx, h, np.j);
}

/** a relay's verb after ما (keys): نقلته، نقلت، نقله */
const RELAYED = /^نقل(ت|ته|تها|ه|ها)?$/;

/** verbs of asking not to be named, before عدم (keys) */
const ASKED_NOT = /^(طلب|طلبت|طلبوا|فضل|فضلت|فضلوا|مفضلا|مفضله|طالبا|طالبه)$/;

const PREPOSITIONS = /^(في|من|الي|علي|عن|مع|لدي|عند|حول|بين|ضد|نحو|عبر|خلال|امام|ل|ب)$/;

/** Is token k governed by a preposition (a word before it, or attached: للنادي، بالوزارة)? */
function afterPreposition(st: State, k: number): boolean {
  const { keys } = st.ctx.view;
  if (k > 0 && PREPOSITIONS.test(keys[k - 1])) return true;
  return hasPreposition(st.ctx, k);
}

/**
 * A subject phrase the NP parser could not take whole: a role with a complement and then the
 * person's name (توقع كبير الاقتصاديين في شركة "نماء" فهد العتيبي أن …). The phrase runs from
 * right after the verb to the first person named before the content, not behind a preposition.
 */
function personBeforeContent(st: State, from: number, to: number): NP | null {
  const { ctx } = st;
  if (from >= to || ctx.view.tokens[from].kind !== 'word' || hasPreposition(ctx, from) || ctx.entityAt[from] >= 0) return null;
  for (let k = from; k < to && k - from < 12; k++) {
    if (st.consumed[k] || isComma(ctx, k) || isFinalAt(ctx.view, k)) return null;
    const e = ctx.entityAt[k];
    if (e < 0 || ctx.entities[e].type !== 'PERSON') continue;
    if (afterPreposition(st, k)) return null;
    let j = k;
    while (j < to && ctx.entityAt[j] === e) j++;
    return { i: from, j };
  }
  return null;
}

/**
 * A cue in a relative clause (…، وفقا لهيئة عمليات التجارة البحرية، التي أشارت إلى أن …): its
 * subject is the body or person named right before the comma, even behind a preposition.
 */
function relativeAntecedent(st: State, c: number): NP | null {
  const { ctx } = st;
  const { keys } = ctx.view;
  if (c < 3 || !/^(الذي|التي|الذين)$/.test(keys[c - 1]) || !isComma(ctx, c - 2)) return null;
  const e = ctx.entityAt[c - 3];
  if (e < 0 || (ctx.entities[e].type !== 'ORG' && ctx.entities[e].type !== 'PERSON')) return null;
  let a = c - 3;
  while (a > 0 && ctx.entityAt[a - 1] === e) a--;
  return { i: a, j: c - 2 };
}

/** The nearest agreeing speaker-like subject before token c in its sentence (an elided subject). */
function subjectBefore(st: State, c: number, agreement: CueInfo['agreement']): SpeakerRef | null {
  const { ctx } = st;
  const sStart = sentenceStartOf(st, c);
  for (let k = c - 1; k >= sStart; k--) {
    if (st.consumed[k]) break;
    const t = ctx.view.tokens[k];
    if (t.kind !== 'word') continue;
    const e = ctx.entityAt[k];
    let a = k;
    let np: NP | null;
    if (e >= 0) {
      if (ctx.entities[e].type !== 'PERSON' && ctx.entities[e].type !== 'ORG') continue;
      while (a > sStart && ctx.entityAt[a - 1] === e) a--;
      // the object of a preposition is not a subject (المودعة لدى الأمم المتحدة، للنادي)
      if (afterPreposition(st, a)) {
        k = a;
        continue;
      }
      // the entity itself (…، لم يتقدم نتنياهو بأي اعتذار، بل أكد …)
      np = { i: a, j: k + 1 };
    } else {
      // the phrase starting here (a nominal, a title, an anonymous-source noun)
      if (afterPreposition(st, a)) continue;
      np = parseNP(ctx, a, c);
    }
    if (!np || !speakerLike(st, np)) {
      k = a;
      continue;
    }
    // (not a phrase inside a relative clause between commas: ورحب الحزب، الذي يقود الائتلاف
    // الحكومي، بالخطاب، وقال … — the party said it)
    const rel = relativeClauseStart(st, a, sStart);
    if (rel >= 0) {
      k = rel;
      continue;
    }
    const ref = classifySpeaker(ctx, np, '?', false);
    if (agrees(agreement, ref.gender)) return refer(subjectOfCueBefore(st, a, sStart, agreement) ?? ref, 'elided');
    k = a;
  }
  return null;
}

/**
 * When the phrase at a is the object of a speech verb earlier in the sentence, that verb's own
 * subject (ودعت الغرفة التجارية، في بيان، الحكومة إلى …، محذرة …: the chamber warned, not the
 * government it called on): a finite cue, then a subject that agrees, ending before a.
 */
function subjectOfCueBefore(st: State, a: number, sStart: number, agreement: CueInfo['agreement']): SpeakerRef | null {
  const { ctx } = st;
  for (let q = a - 1; q >= sStart && a - q <= 12; q--) {
    if (st.consumed[q]) return null;
    const m = cueAt(st, q);
    const verb = (m !== null && m.info.form === 'finite') || ctx.res.speechActs.has(ctx.view.keys[q]) || ctx.res.appealVerbs.has(ctx.view.keys[q]);
    if (m !== null && !verb) return null;
    if (!verb) continue;
    const np = parseNP(ctx, q + 1, a);
    // (a definite noun phrase is the verb's subject even when it names nobody listed: الغرفة
    // التجارية والصناعية في عدن)
    if (!np || np.j > a || !(speakerLike(st, np) || /^[وف]?ال/.test(ctx.view.keys[np.i]))) return null;
    // (a phrase after a complementizer is the reported clause's subject, no object: قال الوزير إن
    // المدير …)
    for (let x = np.j; x < a; x++) if (isComplementizer(ctx, x)) return null;
    const ref = classifySpeaker(ctx, np, '?', false);
    return agrees(agreement, ref.gender) ? ref : null;
  }
  return null;
}

/** Relative pronouns (keys) that open a clause after a comma. */
const RELATIVE_PRONOUNS = /^(الذي|التي|الذين|اللذين|اللتين|اللواتي)$/;

/** If token a lies in a relative clause opened after a comma (، الذي …), the index of that comma; else -1. */
function relativeClauseStart(st: State, a: number, sStart: number): number {
  const { ctx } = st;
  for (let r = a - 1; r > sStart; r--) {
    if (isComma(ctx, r)) return -1;
    if (RELATIVE_PRONOUNS.test(ctx.view.keys[r]) && isComma(ctx, r - 1)) return r - 1;
  }
  return -1;
}

/** Last speaker that agrees, for elided subjects across sentences. */
function lastAgreeingRef(st: State, agreement: CueInfo['agreement']): SpeakerRef | null {
  for (let x = st.subjects.length - 1; x >= 0 && x >= st.subjects.length - 6; x--) {
    const sp = st.subjects[x];
    if (agrees(agreement, sp.gender)) return refer(sp, 'elided');
  }
  return st.last ? refer(st.last, 'elided') : null;
}

/**
 * The subject of a sentence that opens with a verb and a named or titled person (من جانبه، رحب
 * الوزير خالد … بالقرار. / وأشاد المدرب باللاعبين.): a later elided "وأضاف: …" continues it even
 * when the sentence itself quotes nothing.
 */
function noteSubject(st: State, s: number, e: number): void {
  const { ctx } = st;
  const { tokens, keys } = ctx.view;
  let k = s;
  // an opening adverbial phrase (من جانبه، بدوره، في المقابل،)
  for (let m = s; m < Math.min(e, s + 4); m++) {
    if (isComma(ctx, m)) {
      k = m + 1;
      break;
    }
  }
  // the verb, then the subject phrase
  if (k + 1 >= e || tokens[k].kind !== 'word' || ctx.entityAt[k] >= 0 || ctx.res.complementizers.has(keys[k])) return;
  if (ctx.res.ent.isStopword(keys[k]) || ctx.res.ent.titles.matchAt(keys, k, readingsAt(ctx.view, k))) return;
  const np = parseNP(ctx, k + 1, e);
  if (!np) return;
  const e0 = ctx.entityAt[np.i];
  const person = e0 >= 0 ? ctx.entities[e0].type === 'PERSON' : Boolean(ctx.res.ent.titles.matchAt(keys, np.i, readingsAt(ctx.view, np.i)));
  if (!person) return;
  // a past verb in -ت agrees with a feminine subject (رفعت معالي سارة …)
  const agreement = /^[وف]?...+ت$/.test(keys[k]) ? 'f' : '?';
  st.subjects.push(refer(classifySpeaker(ctx, np, agreement, false), 'elided'));
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
 * Does the subject of an indirect clause speak in it (… أن الشيخ محمد نقل الرسالة، … أن ترامب
 * انتقد الغارة)? Then a
 * participle after the clause (، مؤكدا أن …) continues that subject; after an act (… أن رئيس
 * المخابرات أجرى اتصالات، لافتا إلى أن …) the participle continues the reporter.
 */
function innerSpoke(st: State, inner: SpeakerRef, j: number): boolean {
  const { keys } = st.ctx.view;
  for (let k = inner.j; k < j; k++) {
    // (a negated verb tells what was not said: … أن المحامي لم يرد على الطلب، مضيفا …)
    if (k > inner.j && NEGATIONS.test(keys[k - 1])) continue;
    // (… and a court that "condemns" convicts: … أن المحكمة أدانت المتهم، مشيرة …)
    if (st.ctx.res.speechActs.has(keys[k]) && st.ctx.res.convictingVerbs.has(keys[k]) && st.ctx.res.convictingSubjects.matchAt(keys, inner.i, true) !== null) continue;
    if (cueOn(st.ctx, k) !== null || st.ctx.res.speechActs.has(keys[k])) return true;
    // (عبّر عن; عبر alone is "via")
    if (st.ctx.res.speechActsBeforeAbout.has(keys[k]) && keys[k + 1] === 'عن') return true;
  }
  return false;
}

/** relative pronouns (keys): الذي، التي */
const RELATIVES = /^(الذي|التي)$/;

/** particles that negate the verb after them (keys): لم، لن، لا، ما */
const NEGATIONS = /^(لم|لن|لا|ما)$/;

type Trigger = { kind: 'colon' | 'mark' | 'comp'; at: number };

/**
 * What opens a cue's content at token q: a colon, a complementizer, or — where `markAllowed`
 * (right after the verb or its speaker) — a quotation that is speech.
 */
function triggerAt(st: State, q: number, markAllowed: boolean): Trigger | null {
  const { ctx } = st;
  const t = ctx.view.tokens[q];
  if (t.kind === 'punct' && COLON.has(t.text)) return { kind: 'colon', at: q };
  if (markAllowed) {
    const span = ctx.spanOpenedAt(q);
    if (span && speechLike(st, span)) return { kind: 'mark', at: q };
  }
  if (isComplementizer(ctx, q)) return { kind: 'comp', at: q };
  return null;
}

/** The content a trigger opens. */
function contentOf(st: State, trigger: Trigger, pEnd: number, opened: number): { kind: 'direct' | 'indirect'; i: number; j: number; next: number } | null {
  if (trigger.kind === 'colon') {
    const c = afterColon(st, trigger.at, pEnd);
    return c && { kind: 'direct', ...c };
  }
  if (trigger.kind === 'mark') {
    const span = st.ctx.spanOpenedAt(trigger.at)!;
    return { kind: 'direct', i: span.i, j: span.j, next: span.close >= 0 ? span.close + 1 : span.j };
  }
  let start = trigger.at + 1;
  if (start < pEnd && st.ctx.res.contentOpeners.has(st.ctx.view.keys[start])) start++;
  const end = clauseEnd(st, start, pEnd, opened);
  const [i, j] = trim(st, start, end);
  return j > i ? { kind: 'indirect', i, j, next: end } : null;
}

/**
 * A cue verb at c: look for its trigger and build the quote. Returns the token index to resume at.
 */
function tryCue(st: State, c: number, m: CueMatch, pEnd: number): number | null {
  const { ctx } = st;
  const { view, res } = ctx;
  const info = m.info;
  const cueEnd = c + 1;
  // a verb form with a pronoun before a number is a noun of measure (خفض قدره 1.2 مليون برميل)
  if (m.enclitic !== '' && cueEnd < pEnd && view.tokens[cueEnd].kind === 'number') return null;
  // a byline: كتب/كتبت opening its line, a colon and a short name closing it (كتبت: نهى عبد الرازق)
  // (… also after the dateline: الرباط - كتب: يوسف الإدريسي)
  const lineStart = c === 0 || view.breakAfter[c - 1] || (c >= 2 && res.dashes.has(view.tokens[c - 1].text) && (c === 2 || view.breakAfter[c - 3] === 1));
  if (info.lemma === 'كتب' && lineStart && cueEnd < pEnd && view.tokens[cueEnd].text === ':') {
    let end = cueEnd + 1;
    while (end < view.tokens.length && !view.breakAfter[end - 1] && end - cueEnd <= 6) end++;
    if (end - cueEnd - 1 <= 4 && (end >= view.tokens.length || view.breakAfter[end - 1])) return null;
  }
  // the phrase after the verb: its subject, or its object for وصف/اتهم (unless a pronoun object is attached)
  // نقلت عنه قوله: the person the pronoun stands for said it
  const pron = info.relay && cueEnd < pEnd ? /^عن(ه|ها|هم|هما)$/.exec(view.keys[cueEnd]) : null;
  const relayedPronoun: CueInfo['agreement'] | null = pron ? (pron[1] === 'ه' ? 'm' : pron[1] === 'ها' ? 'f' : 'pl') : null;
  const np = info.passive || pron ? null : parseNP(ctx, cueEnd, pEnd);
  // وصف الرئيس الأوكراني بأنه …: a phrase right before بأن is the object; in وصف المبعوث الاتفاق بأنه …
  // the first phrase is the subject
  let objectFirst = info.objectFirst && m.enclitic === '' && np !== null && isComplementizer(ctx, np.j);
  let subjectNP = objectFirst ? null : np;
  // … unless the phrase opens with a named body or person and goes on past it: that name is the
  // subject, the rest the object (ووصفت وزارة الخارجية الفلسطينية | الاقتحام بأنه …)
  if (objectFirst && np) {
    const e = ctx.entityAt[np.i];
    if (e >= 0 && (ctx.entities[e].type === 'ORG' || ctx.entities[e].type === 'PERSON')) {
      let end = np.i;
      while (end < np.j && ctx.entityAt[end] === e) end++;
      if (end < np.j) {
        objectFirst = false;
        subjectNP = { i: np.i, j: end };
      }
    }
    // … or with a title and its body, then a bare definite noun (ووصف الأمين العام للمبادرة
    // الوطنية | التقرير بأنه …): the noun, no adjective of the title's, is the object
    const last = np.j - 1;
    const lk = view.keys[last];
    if (objectFirst && np.j - np.i >= 2 && view.tokens[last].kind === 'word' && /^ال../.test(lk) && !/(ي|يه|يين|يون|يات)$/.test(lk) && !TITLE_ADJECTIVES.test(lk) && !res.ent.nisba(lk) && ctx.entityAt[last] < 0 && ctx.entityAt[np.i] < 0) {
      const sub = { i: np.i, j: last };
      if (res.ent.titles.matchAt(view.keys, np.i, readingsAt(view, np.i)) && speakerLike(st, sub)) {
        objectFirst = false;
        subjectNP = sub;
      }
    }
  }
  let q = np ? np.j : pron ? cueEnd + 1 : cueEnd;
  let via: SpeakerRef | undefined;
  let relayed: NP | null = null;
  let trigger: Trigger | null = null;
  let contrastAt = -1;
  const limit = Math.min(pEnd, q + 30);
  for (; q < limit; q++) {
    if (st.consumed[q]) break;
    if (isFinalAt(view, q)) break;
    // a quotation opens the content only right after the speaker phrase (قال الوزير "…")
    const adjacent = q === (np ? np.j : cueEnd) || (isComma(ctx, q - 1) && q - 1 === (np ? np.j : cueEnd));
    trigger = triggerAt(st, q, adjacent);
    // after a comma, a preposition the verb does not take + أن is a conjunction (يعلن المجلس
    // النتائج، على أن تعقد الجمعية … "provided that"; إلى أن "until")
    // (على أن stays the content after verbs of assertion: أكد، في كلمته، على أن …)
    // (غير أن، إلا أن، بيد أن: a contrast opening a sentence of its own, not the verb's content;
    // قبل أن، بعد أن: a time)
    if (trigger && trigger.kind === 'comp' && q > cueEnd && CONTRAST_BEFORE_AN.test(view.keys[q - 1])) {
      trigger = null;
      break;
    }
    if (trigger && trigger.kind === 'comp' && q > cueEnd + 1 && isComma(ctx, q - 2) && ((CONJ_PREPS.test(view.keys[q - 1]) && !info.prep) || (view.keys[q - 1] === 'علي' && info.class === 'report' && !info.prep))) {
      trigger = null;
      break;
    }
    // (a complementizer after a contrast that followed a comma belongs to that other clause:
    // وينقل الترامواي …، فيما يُنتظر أن … — not a colon and a quotation: وقالت …، بينما كانت
    // تقف فوق ركام منزلها: "…"; nor a parenthesis right after the speaker: وقال الوزير، فيما كان
    // يغادر القاعة، إن …)
    if (trigger && trigger.kind === 'comp' && contrastAt >= 0) {
      trigger = null;
      break;
    }
    if (trigger) break;
    if (q > cueEnd + 1 && isComma(ctx, q - 1) && q - 1 !== (np ? np.j : cueEnd) && CONTRAST.test(view.keys[q])) contrastAt = q;
    const span = ctx.spanOpenedAt(q);
    if (span) {
      if (span.close < 0) break;
      q = span.close;
      continue;
    }
    const hidden = res.concealment.matchAt(view.keys, q);
    if (hidden) {
      q = hidden.j - 1;
      continue;
    }
    // another clause's verb (، وأضاف …) ends the search; a verb in a relative clause (في بيان نشرته …) does not
    const other = q > cueEnd ? cueAt(st, q) : null;
    if (other && other.info.form === 'finite' && (other.prefix !== '' || isComma(ctx, q - 1))) break;
    // (… and so does a verb with a subject of its own and its complementizer: في خطوة قالت
    // الوزارة إنها …)
    // (not a verb with a pronoun, the relative clause of a noun: في تصريح نقلته إذاعة أوكابي إن …)
    if (other && other.info.form === 'finite' && other.enclitic === '' && other.prefix === '') {
      const own = parseNP(ctx, q + 1, limit);
      if (own && own.j < limit && speakerLike(st, own) && isComplementizer(ctx, own.j)) break;
    }
    const attr = res.attribution.matchAt(view.keys, q, readingsAt(view, q), (r) => r.prefix === 'و');
    if (attr && attr.values[0].kind === 'source') {
      const src = parseNP(ctx, attr.j, limit, true);
      if (src) {
        const relay = res.relayPhrases.matchAt(view.keys, q, readingsAt(view, q), (r) => r.prefix === 'و');
        if (relay && !relayed) relayed = src;
        else via = classifySpeaker(ctx, withoutReportingNoun(ctx, src, true), '?', concealmentIn(ctx, src.j, Math.min(limit, src.j + 8)));
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
  const concealed = (from: number) => concealmentIn(ctx, from, Math.min(trigger!.at, from + 10));
  let speaker: SpeakerRef | null = null;
  if (info.passive) speaker = null;
  else if (relayedPronoun && !relayed) {
    // the subject of the clause just reported, when it agrees (أفادت الهيئة بأن الوزير هدد …،
    // ونقلت عنه قوله: …), or the last agreeing speaker
    const prev = st.built[st.built.length - 1];
    const inner = prev?.inner && prev.j <= c && agrees(relayedPronoun, prev.inner.gender) ? refer(prev.inner, 'pronoun') : null;
    speaker = inner ?? lastAgreeingRef(st, relayedPronoun);
    if (speaker) speaker = refer(speaker, 'pronoun');
    const subject = preverbalSubject(st, c);
    if (subject) via = classifySpeaker(ctx, subject, info.agreement, false);
  } else if (relayed) {
    speaker = classifySpeaker(ctx, relayed, '?', concealed(relayed.j));
    const subject = subjectNP ?? preverbalSubject(st, c);
    if (subject) via = classifySpeaker(ctx, subject, info.agreement, false);
  } else if (subjectNP && subjectNP.j - subjectNP.i === 1 && res.honorificPronouns.has(view.keys[subjectNP.i].replace(/^[وف]/, ''))) {
    // وأكدت معاليها أن …: the honorific stands for the last speaker of that gender
    const g = res.honorificPronouns.get(view.keys[subjectNP.i].replace(/^[وف]/, ''))!;
    speaker = lastAgreeingRef(st, g === 'f' ? 'f' : 'm');
  } else if (subjectNP && speakerLike(st, subjectNP) && !presentAfterSubject(st, c)) {
    // a role, its complement, then the person (وقال عضو المكتب السياسي للحزب محمد سالم …: "…")
    const named = info.objectFirst || personIn(ctx, subjectNP.i, subjectNP.j) ? null : personBeforeContent(st, cueEnd, trigger.at);
    const np = named && named.j > subjectNP.j ? named : subjectNP;
    speaker = classifySpeaker(ctx, np, info.agreement, concealed(np.j));
  } else {
    const pre = preverbalSubject(st, c);
    // (not for وصف/اتهم: the phrase after them is their object)
    const named = pre || info.objectFirst ? null : personBeforeContent(st, cueEnd, trigger.at);
    if (pre) speaker = classifySpeaker(ctx, pre, info.agreement, concealed(pre.j) || concealed(c));
    else if (named) speaker = classifySpeaker(ctx, named, info.agreement, concealed(named.j));
    else if (subjectNP && !res.reportingNouns.matchAt(view.keys, subjectNP.i, readingsAt(view, subjectNP.i))) speaker = classifySpeaker(ctx, subjectNP, info.agreement, concealed(subjectNP.j));
    else {
      // وذكر بيان لمكتب رئيس الوزراء أن …، وقال تقرير صادر عن الوكالة إن …: the issuer speaks
      const issuer = issuerAfterCue(st, cueEnd, trigger.at);
      const antecedent = issuer ? null : relativeAntecedent(st, c);
      if (issuer) speaker = classifySpeaker(ctx, issuer, '?', concealed(issuer.j));
      else if (antecedent) speaker = classifySpeaker(ctx, antecedent, info.agreement, concealed(antecedent.j));
      // (قبل أن يضيف، ثم أضاف: the speaker goes on — not whoever the clause before mentions: قال
      // عقل ردا على سؤال للنائب جورج نصر …، قبل أن يضيف: …)
      else if (goesOn(st, c)) speaker = lastAgreeingRef(st, info.agreement) ?? subjectBefore(st, c, info.agreement);
      else speaker = subjectBefore(st, c, info.agreement) ?? lastAgreeingRef(st, info.agreement);
    }
  }
  const content = contentOf(st, trigger, pEnd, c);
  if (!content) return null;
  const b: Built = { kind: content.kind, i: content.i, j: content.j, cue: { i: c, j: cueEnd, info }, speaker, via };
  if (content.kind === 'indirect') b.inner = innerSubject(st, content.i, content.j);
  pushQuote(st, b, c);
  return content.next;
}

/** Does the cue at c go on from the last speaker in its paragraph: قبل أن يضيف، بعد أن أكد، ثم أضاف? */
function goesOn(st: State, c: number): boolean {
  const { keys } = st.ctx.view;
  const then = c >= 1 && /^(ثم|وثم)$/.test(keys[c - 1]);
  const before = c >= 2 && /^(قبل|بعد|وقبل|وبعد)$/.test(keys[c - 2]) && /^(ان|أن)$/.test(keys[c - 1]);
  return (then || before) && st.last !== null && st.lastParagraph === st.paragraph;
}

/**
 * The issuer of a document that is the subject (بيان لمكتب رئيس الوزراء، تقرير صادر عن الوكالة،
 * بيان الوزارة): the phrase after the reporting noun, after ل or صادر عن / صادر من.
 */
function issuerAfterCue(st: State, from: number, limit: number): NP | null {
  const { ctx } = st;
  const { keys } = ctx.view;
  if (from >= limit) return null;
  const doc = ctx.res.reportingNouns.matchAt(keys, from, readingsAt(ctx.view, from), (r) => r.prefix === '');
  if (!doc) return null;
  const np: NP = { i: from, j: doc.j };
  // بيان الوزارة: the issuer in the genitive
  if (np.j < limit && ctx.entityAt[np.j] >= 0) {
    const gen = parseNP(ctx, np.j, limit, true);
    if (gen && speakerLike(st, gen)) return gen;
  }
  let k = np.j;
  // (up to two adjectives of the document first: تقرير مشترك صادر عن …، دراسة حديثة لـ …)
  for (let n = 0; n < 2 && k < limit && ctx.view.tokens[k].kind === 'word' && ctx.entityAt[k] < 0 && !/^(ال|صادر|ل)/.test(keys[k]) && !ctx.res.ent.isStopword(keys[k]) && k + 1 < limit && (/^صادر(ه)?$/.test(keys[k + 1]) || (n === 0 && /^صادر(ه)?$/.test(keys[k + 2] ?? '')) || (/^ل/.test(keys[k + 1]) && hasPreposition(ctx, k + 1))); n++) k++;
  if (k < limit && /^صادر(ه)?$/.test(keys[k]) && k + 1 < limit && /^(عن|من)$/.test(keys[k + 1])) k += 2;
  else if (/^صادر(ه)?$/.test(keys[np.j - 1]) && k < limit && /^(عن|من)$/.test(keys[k])) k += 1;
  else if (!(k < limit && /^ل/.test(keys[k]) && hasPreposition(ctx, k))) return null;
  const issuer = parseNP(ctx, k, limit, true);
  if (!issuer) return null;
  // (behind ل the phrase is tested without it: لمكتب رئيس الوزراء)
  const head = ctx.res.ent.orgHeads.matchAt(keys, issuer.i, readingsAt(ctx.view, issuer.i)) ?? ctx.res.ent.titles.matchAt(keys, issuer.i, readingsAt(ctx.view, issuer.i));
  return speakerLike(st, issuer) || head ? issuer : null;
}

/** Is there a finite cue verb in [from, to) (another clause with its own subject)? */
function finiteCueBetween(st: State, from: number, to: number): boolean {
  for (let q = from; q < to; q++) {
    const m = cueAt(st, q);
    if (m && m.info.form === 'finite') return true;
  }
  return false;
}

/**
 * The speaker of a quote whose cue stands earlier in the participle's sentence, with no other
 * finite cue between («…»، تقول أوساط سياسية، مرجّحة أن …), when it agrees.
 */
function cueOfSentence(st: State, p: number, agreement: CueInfo['agreement']): SpeakerRef | null {
  const s0 = sentenceStartOf(st, p);
  for (let x = st.built.length - 1; x >= 0 && x >= st.built.length - 4; x--) {
    const b = st.built[x];
    const c = b.cue;
    if (!c || c.i >= p || sentenceStartOf(st, c.i) !== s0 || !b.speaker) continue;
    if (finiteCueBetween(st, c.j, p) || !agrees(agreement, b.speaker.gender)) continue;
    return b.speaker;
  }
  return null;
}

/** Does a sentence end among tokens [from, to)? */
function sentenceEndBetween(st: State, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isFinalAt(st.ctx.view, k)) return true;
  return false;
}

/** A participle continuing the clause before it (مؤكدا أن …، مضيفة: "…"، واصفا … بأنها …). */
function tryParticiple(st: State, p: number, m: CueMatch, pEnd: number): number | null {
  const { ctx } = st;
  const { view } = ctx;
  const info = m.info;
  const cueEnd = p + 1;
  let trigger: Trigger | null = null;
  // (a name in quotation marks counts as one word: مؤكدا في تصريحات خاصة لـ«اليوم السابع» أن …)
  // (a relay participle names its source after عن: …، ناقلة عن ثلاثة مسؤولين أوروبيين أن …)
  const relayedFrom = info.relay && cueEnd < pEnd && view.keys[cueEnd] === ctx.res.ent.key('عن') ? cueEnd + 1 : -1;
  let limit = Math.min(pEnd, cueEnd + (relayedFrom > 0 ? 16 : 8));
  for (let q = cueEnd; q < limit; q++) {
    if (isFinalAt(view, q)) break;
    trigger = triggerAt(st, q, q === cueEnd);
    if (trigger) break;
    const span = ctx.spanOpenedAt(q);
    if (view.tokens[q].kind === 'punct' && !span) break;
    if (span && span.close > q) {
      if (span.close - q <= 5) limit = Math.min(pEnd, limit + (span.close - q));
      q = span.close;
    }
  }
  if (!trigger) return null;
  // the speaker: the agreeing subject of the clause continued
  const prev = st.built[st.built.length - 1];
  // (in the same sentence: a participle or a verbal noun after a full stop opens a clause of its own)
  const adjacent = prev !== undefined && prev.j <= p && p - prev.j <= 3 && !sentenceEndBetween(st, prev.j, p);
  let speaker: SpeakerRef | null = null;
  // «…»، قال الوزير في مؤتمر مع نظيره X، مشددا على أن …: the participle continues the speaker of
  // the cue earlier in its sentence, not a name in the cue's complements
  const pc = prev?.cue;
  const sameSentenceCue = pc != null && pc.i < p && pc.i >= prev!.j && sentenceStartOf(st, pc.i) === sentenceStartOf(st, p) && !finiteCueBetween(st, pc.j, p);
  // (a verbal noun stands in a clause of its own verb, whose subject said it: وختم الوزير بالقول:)
  const own = info.form === 'masdar' ? subjectBefore(st, p, info.agreement) : null;
  if (own) speaker = own;
  else if (adjacent && prev.inner && (info.form !== 'participle' || innerSpoke(st, prev.inner, prev.j)) && agrees(info.agreement, prev.inner.gender)) speaker = prev.inner;
  else if (adjacent && prev.speaker && agrees(info.agreement, prev.speaker.gender)) speaker = prev.speaker;
  else if (sameSentenceCue && prev.speaker && agrees(info.agreement, prev.speaker.gender)) speaker = prev.speaker;
  else speaker = subjectBefore(st, p, info.agreement) ?? cueOfSentence(st, p, info.agreement) ?? (adjacent && prev.speaker ? prev.speaker : lastAgreeingRef(st, info.agreement));
  if (speaker) speaker = refer(speaker, 'continuation');
  let via: SpeakerRef | undefined;
  const source = relayedFrom > 0 ? parseNP(ctx, relayedFrom, trigger.at, true) : null;
  if (relayedFrom > 0 && !source) return null;
  if (source) {
    via = speaker ?? undefined;
    speaker = classifySpeaker(ctx, source, '?', concealmentIn(ctx, source.j, trigger.at));
  }
  const content = contentOf(st, trigger, pEnd, p);
  if (!content) return null;
  const b: Built = { kind: content.kind, i: content.i, j: content.j, cue: { i: p, j: cueEnd, info }, speaker };
  if (via) b.via = via;
  if (content.kind === 'indirect') b.inner = innerSubject(st, content.i, content.j);
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
  // «…»، قالت الوزيرة — unless the verb has its own content (…"، قالت المترجمة إن …)
  const np0 = cue ? parseNP(ctx, k + 1, pEnd) : null;
  const after0 = np0 ? np0.j : k + 1;
  const ownContent = after0 < pEnd && (isComplementizer(ctx, after0) || COLON.has(view.tokens[after0].text) || ctx.spanOpenedAt(after0) !== undefined);
  if (cue && cue.info.form === 'finite' && !ownContent) {
    const info = cue.info;
    // (a role, its complement, then the person: «…»، قال مدير التربية في المحافظة سالم الحوراني)
    const named = np0 && !personIn(ctx, np0.i, np0.j) && !info.objectFirst ? personBeforeContent(st, k + 1, pEnd) : null;
    // (not a person met with: قال الوزير في مؤتمر مع نظيره السويسري إينياتسيو كاسيس)
    const withOther = named !== null && view.keys.slice(np0!.j, named.j).some((x) => /^(مع|ومع|نظير|نظيره|نظيرته|نظيرها)$/.test(x));
    const np = named && np0 && named.j > np0.j && !withOther ? named : np0;
    let speaker: SpeakerRef | null = null;
    // «…»، تقول أم خالد: whatever phrase follows the verb is its subject
    if (np && !res.reportingNouns.matchAt(view.keys, np.i, readingsAt(view, np.i))) speaker = classifySpeaker(ctx, np, info.agreement, concealmentIn(ctx, np.j, Math.min(pEnd, np.j + 10)));
    else speaker = subjectBefore(st, span.open, info.agreement) ?? lastAgreeingRef(st, info.agreement);
    const b: Built = { kind: 'direct', i: span.i, j: span.j, cue: { i: k, j: k + 1, info }, speaker };
    pushQuote(st, b, span.open);
    const end = np ? np.j : k + 1;
    for (let m = span.open; m < end; m++) st.consumed[m] = 1;
    return end;
  }
  // a headline that opens with a quotation, then the dots and the news (« جاهزون لاستقبال 200
  // طائرة».. البحرين تستكمل …): the quotation is speech — its speaker is the subject after the
  // dots when a present verb follows it (".." النائب بدر المطيري يشعل جلسة …), otherwise unknown
  // (… or a colon before news that is not a quotation: «بيوتنا ركام لكنها بيوتنا»: لاجئون يعودون …)
  const parts = after < pEnd && (HEADLINE_PARTS.test(view.tokens[after].text) || (COLON.has(view.tokens[after].text) && after + 1 < pEnd && !ctx.spanOpenedAt(after + 1)));
  if ((span.open === 0 || view.breakAfter[span.open - 1]) && parts && isHeadline(st, span.open, pEnd)) {
    const np = parseNP(ctx, after + 1, pEnd);
    // (a group that acts — فلاحو صفاقس يحتجون — did not say the words together: one of them did,
    // whom the body may name)
    const acts = np !== null && np.i === after + 1 && np.j < pEnd && view.tokens[np.j].kind === 'word' && /^[يت]..+/.test(view.keys[np.j]) && speakerLike(st, np) && !ctx.res.genericGroups.matchAt(view.keys, np.i, readingsAt(view, np.i));
    const speaker = acts ? classifySpeaker(ctx, np, '?', false) : null;
    pushQuote(st, { kind: 'direct', i: span.i, j: span.j, cue: null, speaker }, span.open);
    return after + 1;
  }
  // a long quotation standing alone: the last speaker goes on talking
  let words = 0;
  for (let m = span.i; m < span.j; m++) if (view.tokens[m].kind === 'word') words++;
  if (words < 6) return null;
  const recent = st.last && st.paragraph - st.lastParagraph <= 2 ? refer(st.last, 'continuation') : null;
  pushQuote(st, { kind: 'direct', i: span.i, j: span.j, cue: null, speaker: recent }, span.open);
  return after;
}

/** Are tokens [i, j) one entity's name of that type (quotation marks and punctuation aside)? */
function onlyEntity(ctx: SentenceContext, i: number, j: number, type: 'ORG' | 'PERSON' = 'ORG'): boolean {
  let org = -1;
  for (let k = i; k < j; k++) {
    const t = ctx.view.tokens[k];
    if (t.kind === 'punct') continue;
    const e = ctx.entityAt[k];
    if (e < 0 || ctx.entities[e].type !== type || (org >= 0 && e !== org)) return false;
    org = e;
  }
  return org >= 0;
}

/** Words that open the occasion of a headline quote (بعد الفوز، عقب اللقاء، قبل المباراة). */
/** words that make a contrast or a time with أن (keys): غير أن، إلا أن، بيد أن، قبل أن، بعد أن، منذ أن */
const CONTRAST_BEFORE_AN = /^(غير|الا|بيد|قبل|بعد|منذ)$/;
/** prepositions that make a conjunction with أن (keys): إلى أن، حتى أن، من أجل أن */
const CONJ_PREPS = /^(الي|حتي|اجل)$/;
/** adjectives of a title (keys): المبعوث السابق، الوزير الجديد */
const TITLE_ADJECTIVES = /^ال(سابق|اسبق|جديد|مقبل|راحل|مستقيل|مكلف|مؤقت|موقت|منتخب|منتهيه|عام|اول|اعلي)ه?$/;
const OCCASION = /^(بعد|عقب|اثر|قبل|خلال|لدي|عشيه|امام|في)$/;
/** what separates the parts of a headline (token texts): .. and … */
const HEADLINE_PARTS = /^(\.\.+|…)$/;

/** Is token x a present-tense verb of the speaker's act, no name and no ordinary noun (تطمئن، تحذر، يرد)? */
function presentBeforeColon(ctx: SentenceContext, x: number): boolean {
  const { view, res } = ctx;
  const key = view.keys[x];
  return view.tokens[x].kind === 'word' && ctx.entityAt[x] < 0 && /^[يت].{2,6}$/.test(key) && !res.ent.isCommonWord(key) && !res.ent.givenNames.matchAt(view.keys, x) && !res.ent.titles.matchAt(view.keys, x) && !res.anonNouns.has(key);
}

/** A colon after a speaker phrase without a verb (headline or lead): الوزير: لا تراجع عن الإصلاحات. */
function tryColon(st: State, q: number, pStart: number, pEnd: number): number | null {
  const { ctx } = st;
  const { view, res } = ctx;
  let sStart = Math.max(pStart, sentenceStartOf(st, q));
  // (a headline in two parts: the second part's speaker starts after the dots — … بشأن قانون
  // التجنيد.. وبرزيلاي: «…»)
  let secondPart = sStart > 0 && HEADLINE_PARTS.test(view.tokens[sStart - 1].text);
  for (let m = q - 1; m > sStart && !secondPart; m--) {
    if (HEADLINE_PARTS.test(view.tokens[m].text)) {
      sStart = m + 1;
      secondPart = true;
      break;
    }
  }
  // (… or, in a headline, at و before a phrase that ends at the colon: البلدية تلوّح بالمصادرة
  // وأصحاب المولدات: «…»)
  if (q - sStart > 2 && isHeadline(st, q, pEnd)) {
    // (four words, or a name that ends at the colon: … وقف الأقساط.. ونقابة العاملين في الوظيفة العمومية:)
    const named = ctx.entityAt[q - 1];
    for (let m = q - 1; m > sStart && (q - m <= 4 || (named >= 0 && ctx.entityAt[m] === named && q - m <= 8)); m--) {
      if (!/^و./.test(view.keys[m]) || view.tokens[m].kind !== 'word') continue;
      // (و that belongs to a name is no conjunction: وزير الطاقة من وهران:، أمام لجنة المال والموازنة:)
      const e = ctx.entityAt[m];
      if (e >= 0 && ctx.entities[e].start <= view.tokens[m].start) break;
      const np = parseNP(ctx, m, q);
      if (np && np.i === m && np.j === q && (speakerLike(st, np) || res.genericGroups.matchAt(view.keys, m, readingsAt(view, m)))) {
        sStart = m;
        secondPart = true;
      }
      break;
    }
  }
  // (up to eight words before the colon, ten with an occasion after the speaker)
  if (q - sStart < 1 || q - sStart > 10) return null;
  for (let k = sStart; k < q; k++) {
    if (res.dashes.has(view.tokens[k].text) || st.consumed[k]) return null;
    if (cueAt(st, k)) return null;
  }
  // (a headline's subject, a present verb of what it does and its object, then the colon and a
  // quotation: النائب فهد الدوسري يقدم استجوابا لوزيرة الأشغال: ”…“ — the subject speaks)
  if (sStart === pStart && q + 1 < pEnd && ctx.spanOpenedAt(q + 1) && isHeadline(st, q, pEnd)) {
    let subj = parseNP(ctx, sStart, q);
    // (a named subject ends where its name ends, before the verb: محكمة التحكيم الرياضي | تثبّت
    // إيقاف العداءة ٤ سنوات: «…»)
    const named = ctx.entityAt[sStart];
    if (named >= 0) {
      let e = sStart;
      while (e < q && ctx.entityAt[e] === named) e++;
      if (e < q - 1 && e > sStart && view.tokens[e].kind === 'word' && /^[يت]..+/.test(view.keys[e]) && ctx.entityAt[e] < 0) subj = { i: sStart, j: e };
    }
    const v = subj ? subj.j : -1;
    if (subj && subj.i === sStart && v < q - 1 && view.tokens[v].kind === 'word' && /^[يت]..+/.test(view.keys[v]) && ctx.entityAt[v] < 0 && speakerLike(st, subj)) {
      const content = afterColon(st, q, pEnd);
      if (!content) return null;
      pushQuote(st, { kind: 'direct', i: content.i, j: content.j, cue: { i: q, j: q + 1, info: null, cls: 'colon' }, speaker: classifySpeaker(ctx, subj, '?', false) }, sStart);
      return content.next;
    }
  }
  // (a headline may put the occasion between the speaker and the colon: المدرب بعد الفوز على
  // السد: «…»)
  let end = q;
  if (pStart === sStart || secondPart) {
    // (… right after a name of more words: عبد العزيز بن سلمان بعد محادثاته مع نوفاك: «…»)
    const first = ctx.entityAt[sStart];
    let nameEnd = sStart;
    while (first >= 0 && nameEnd < q && ctx.entityAt[nameEnd] === first) nameEnd++;
    for (let m = sStart + 1; m < q && (m - sStart <= 3 || m === nameEnd); m++) {
      if (OCCASION.test(view.keys[m]) && q - m <= 9) {
        end = m;
        break;
      }
    }
  }
  // (… or where the speaker spoke: محمد مصطفى من القاهرة: «…»)
  for (let m = sStart + 1; m + 1 < q && end === q && pStart === sStart; m++) {
    const e = ctx.entityAt[m + 1];
    if (view.keys[m] === 'من' && e >= 0 && (ctx.entities[e].type === 'GPE' || ctx.entities[e].type === 'LOC') && ctx.entityAt[q - 1] === e) end = m;
  }
  // (… or ب + the place the speaker's story is in: زوج ضحية الولادة القيصرية بالمنصورة: «…»)
  if (end === q && q - 1 > sStart + 1) {
    const e = ctx.entityAt[q - 1];
    let m = q - 1;
    while (e >= 0 && m > sStart && ctx.entityAt[m - 1] === e) m--;
    // (a body and the place it is in speak together: الحماية المدنية بتيزي وزو)
    const body = m > 0 && ctx.entityAt[m - 1] >= 0 && ctx.entities[ctx.entityAt[m - 1]].type === 'ORG';
    if (e >= 0 && (ctx.entities[e].type === 'GPE' || ctx.entities[e].type === 'LOC') && m > sStart + 1 && !body && /^ب/.test(view.keys[m]) && ctx.entities[e].start > view.tokens[m].start) end = m;
  }
  // (… or the outlet the speaker told: المعايطة لـ«الغد»: «…»)
  for (let m = sStart + 1; m + 2 < q && end === q; m++) {
    const span = view.keys[m] === 'ل' ? ctx.spanOpenedAt(m + 1) : undefined;
    if (span && span.close === q - 1) end = m;
  }
  // (… or the people the speaker addresses: هيئة الشارقة للكتاب لناشرين غاضبين: «…»، الوزير للصحفيين:)
  for (let m = Math.max(sStart + 1, q - 3); m < q && end === q && (pStart === sStart || secondPart); m++) {
    if (view.tokens[m].kind !== 'word' || !/^ل./.test(view.keys[m])) continue;
    const e = ctx.entityAt[m];
    if (e >= 0 && ctx.entityAt[m - 1] === e) continue;
    const subj = parseNP(ctx, sStart, m);
    if (subj && subj.i === sStart && subj.j === m && speakerLike(st, subj) && view.tokens.slice(m, q).every((t) => t.kind === 'word')) end = m;
  }
  // (up to eight words for the speaker alone)
  if (q - sStart > 8 && end === q) return null;
  // (an outlet in quotation marks as a headline speaker: «فورين بوليسي»: «…»)
  // (… also as a headline's second part, after و: … قراءة ثانية.. و«الاتحاد المغربي للشغل»: …)
  const outletSpan = end === q ? (ctx.spanOpenedAt(sStart) ?? (secondPart && view.keys[sStart] === 'و' && view.tokens[sStart].kind === 'word' ? ctx.spanOpenedAt(sStart + 1) : undefined)) : undefined;
  if (outletSpan && outletSpan.close === q - 1 && outletSpan.i < outletSpan.j) {
    const e = ctx.entityAt[outletSpan.i];
    if (e >= 0 && ctx.entities[e].type === 'ORG' && ctx.entityAt[outletSpan.j - 1] === e) {
      const content = afterColon(st, q, pEnd);
      if (!content) return null;
      const speaker = classifySpeaker(ctx, { i: outletSpan.i, j: outletSpan.j }, '?', false);
      pushQuote(st, { kind: 'direct', i: content.i, j: content.j, cue: { i: q, j: q + 1, info: null, cls: 'colon' }, speaker }, sStart);
      return content.next;
    }
  }
  // (… or what the speaker does, a present verb right before the colon: ونفطال تطمئن: «…»،
  // الصحة تحذر: «…» — the subject speaks)
  if (end === q && q - sStart >= 2 && (pStart === sStart || secondPart) && presentBeforeColon(ctx, q - 1)) end = q - 1;
  let np = parseNP(ctx, sStart, end);
  let withQuotedBody = false;
  // (a speaker and the body it belongs to, named in quotation marks: نائب عن "دولة القانون": "…")
  if ((!np || np.j !== end) && end === q && (pStart === sStart || secondPart)) {
    for (let m = sStart + 2; m + 1 < q; m++) {
      const span = ctx.spanOpenedAt(m);
      if (!span || span.close !== q - 1 || !/^(عن|في|من)$/.test(view.keys[m - 1])) continue;
      const pre = parseNP(ctx, sStart, m - 1);
      if (pre && pre.i === sStart && pre.j === m - 1 && speakerLike(st, pre)) {
        np = { i: sStart, j: q };
        withQuotedBody = true;
      }
      break;
    }
  }
  if (!np || np.i !== sStart || np.j !== end) return null;
  // a headline name nobody listed (… وإنزاغي: «…»): one or two words, not ordinary words
  const unknownName = np.j - np.i <= 2 && view.tokens.slice(np.i, np.j).every((t, x) => t.kind === 'word' && !res.ent.isCommonWord(view.keys[np.i + x].replace(/^و(?=..)/, '')) && !res.ent.isCommonWord(view.keys[np.i + x]));
  if (!speakerLike(st, np) && !unknownName && !withQuotedBody) return null;
  // "القاهرة: قال …" is a dateline
  if (q + 1 < pEnd && cueAt(st, q + 1)) return null;
  const e = ctx.entityAt[np.i];
  if (e >= 0 && (ctx.entities[e].type === 'GPE' || ctx.entities[e].type === 'LOC') && np.j - np.i === 1 && pStart !== sStart && !secondPart) return null;
  const content = afterColon(st, q, pEnd);
  if (!content) return null;
  // a credit line (المصدر: الجزيرة + وكالات، إعداد: …): a credit word opening a short line, no
  // quotation marks — or only an organization's name in them, or more sources after them
  // (المصدر: «الخليج» + وكالات)
  if (np.j - np.i === 1 && sStart === pStart && res.creditWords.has(view.keys[np.i]) && content.j - content.i <= 6 && (!ctx.spanOpenedAt(q + 1) || onlyEntity(ctx, content.i, content.j) || view.tokens[content.next]?.text === '+')) return null;
  // "لندن: «الشرق الأوسط»" is a dateline with the outlet: a place, then only an organization's name
  // (… and "بيروت: رنا الحاج" with the reporter's name alone on its line, no quotation marks)
  if (e >= 0 && (ctx.entities[e].type === 'GPE' || ctx.entities[e].type === 'LOC') && np.j - np.i === 1 && (onlyEntity(ctx, content.i, content.j) || (!ctx.spanOpenedAt(q + 1) && onlyEntity(ctx, content.i, content.j, 'PERSON')))) return null;
  const speaker = classifySpeaker(ctx, np, '?', false);
  pushQuote(st, { kind: 'direct', i: content.i, j: content.j, cue: { i: q, j: q + 1, info: null, cls: 'colon' }, speaker }, sStart);
  return content.next;
}

/**
 * The source after an attribution phrase, or the issuer of a document there (وفقا لبيان صادر عن
 * البنك المركزي، بحسب تقرير للوزارة): the issuer speaks.
 */

/** "the latest" before a document (keys): لأحدث، آخر، لآخر */
const LATEST = /^ل?(احدث|اخر|اخير)$/;

/** a document's adjectives before its issuer (keys): السنوي، الأخير، الجديد، الصادر … */
const DOCUMENT_ADJECTIVE = /^ال(..+(ي|يه)|اخير|اخيره|جديد|جديده|اول|اوليه)$/;

function sourceAfter(st: State, from: number, limit: number): NP | null {
  const { view, res } = st.ctx;
  // (after "according to what" the speech verb comes first: بحسب ما أفادت مصادر قضائية)
  if (from > 0 && from < limit && /^(ما|حسبما|لما)$/.test(view.keys[from - 1].replace(/^[وب]/, '')) && cueAt(st, from)) {
    from++;
    // (… a relay: بحسب ما نقلته وكالة رويترز عن مصدرين مطلعين — the sources speak)
    if (RELAYED.test(view.keys[from - 1])) {
      const outlet = parseNP(st.ctx, from, limit, true);
      if (outlet && outlet.j + 1 < limit && view.keys[outlet.j] === 'عن') return parseNP(st.ctx, outlet.j + 1, limit, true) ?? outlet;
      return outlet;
    }
  }
  // (a superlative before the document: وفقا لأحدث أرقام المنظمة، بحسب آخر بيانات الوزارة)
  const latest = from + 1 < limit && LATEST.test(view.keys[from]);
  if (latest) from++;
  const doc = from < limit ? res.reportingNouns.matchAt(view.keys, from, readingsAt(view, from), (r) => r.prefix === '' || r.prefix === 'ل') ?? (latest ? res.sourceDataNouns.matchAt(view.keys, from, readingsAt(view, from), (r) => r.prefix === '' || r.prefix === 'ل') : null) : null;
  // (figures or results and a relative clause of their publishing: وفق النتائج الأولية التي
  // أعلنتها اللجنة، بحسب الأرقام التي نشرتها الوزارة)
  const dataEnd = doc ? doc.j : from < limit && /^(ال|لل)../.test(view.keys[from]) && (res.sourceDataNouns.matchAt([view.keys[from].slice(2)], 0)?.j === 1 || res.reportingNouns.matchAt([view.keys[from].slice(2)], 0)?.j === 1) ? from + 1 : -1;
  if (dataEnd > 0) {
    let m = dataEnd;
    while (m < limit && m - dataEnd < 2 && DOCUMENT_ADJECTIVE.test(view.keys[m])) m++;
    if (m + 2 < limit && RELATIVE.test(view.keys[m]) && AUTHORING_VERB.test(view.keys[m + 1])) return parseNP(st.ctx, m + 2, limit, true);
  }
  if (doc) {
    let k = doc.j;
    // (the document's own adjectives: بحسب التقرير السنوي لرئاسة النيابة العامة)
    let m = k;
    while (m < limit && m - k < 2 && DOCUMENT_ADJECTIVE.test(view.keys[m])) m++;
    if (m > k && m < limit && /^ل./.test(view.keys[m])) k = m;
    // (… or the verb of its publishing: بحسب آخر تقرير أصدره صندوق النقد الدولي)
    else if (k + 1 < limit && AUTHORING_VERB.test(view.keys[k])) k++;
    if (k + 1 < limit && /^(ال)?صادر(ه)?$/.test(view.keys[k]) && /^(عن|من)$/.test(view.keys[k + 1])) k += 2;
    return parseNP(st.ctx, k, limit, true);
  }
  return parseNP(st.ctx, from, limit, true);
}

/**
 * What a document just mentioned says: وجاء في البيان: «…» / وجاء في البلاغ أن …. The speaker is
 * the issuer, the speaker of the quote just before (the statement was theirs).
 */
function tryDocumentSaid(st: State, k: number, pEnd: number): number | null {
  const { ctx } = st;
  const { view, res } = ctx;
  if (k !== sentenceStartOf(st, k) || k + 3 >= pEnd || !/^[وف]?جاء$/.test(view.keys[k]) || view.keys[k + 1] !== 'في') return null;
  const noun = view.keys[k + 2].replace(/^ال/, '');
  const doc = res.reportingNouns.matchAt([noun], 0);
  if (!doc || !view.keys[k + 2].startsWith('ال')) return null;
  let trigger: Trigger | null = null;
  for (let q = k + 3; q < Math.min(pEnd, k + 6) && !trigger; q++) trigger = triggerAt(st, q, true);
  if (!trigger) return null;
  const prev = st.built[st.built.length - 1];
  if (!prev || !prev.speaker || ctx.sentenceOf[k] - ctx.sentenceOf[prev.i] > 2) return null;
  const content = contentOf(st, trigger, pEnd, k);
  if (!content) return null;
  pushQuote(st, { kind: content.kind, i: content.i, j: content.j, cue: { i: k, j: k + 3, info: null, cls: 'attribution' }, speaker: refer(prev.speaker, 'nominal') }, k);
  return content.next;
}

/** Does a complementizer, a colon or a quotation follow within the clause from m (a speech verb's own report)? */
function opensReport(st: State, m: number, pEnd: number): boolean {
  const { ctx } = st;
  for (let x = m; x < pEnd && x - m <= 8; x++) {
    if (isComma(ctx, x) || isFinalAt(ctx.view, x)) return false;
    if (isComplementizer(ctx, x) || ctx.view.tokens[x].text === ':' || ctx.spanOpenedAt(x)) return true;
  }
  return false;
}

/** An attribution phrase opening a sentence: وبحسب المصادر، فإن … / ووفقا للوزارة، … */
function tryAttributionLead(st: State, k: number, pEnd: number): number | null {
  const { ctx } = st;
  const { view, res } = ctx;
  if (k !== sentenceStartOf(st, k)) return null;
  const attr = res.attribution.matchAt(view.keys, k, readingsAt(view, k), (r) => r.prefix === 'و' || r.prefix === 'ف');
  if (!attr || attr.values[0].kind !== 'source') return null;
  const np = sourceAfter(st, attr.j, pEnd);
  if (!np) return null;
  // a short name in parentheses and a time adverb may stand before the comma: (أوتشا)، أمس،
  let after = np.j;
  if (after < pEnd && view.tokens[after].text === '(') {
    let m = after + 1;
    while (m < pEnd && m - after <= 4 && view.tokens[m].text !== ')') m++;
    if (m < pEnd && view.tokens[m].text === ')') after = m + 1;
  }
  while (after < pEnd && after - np.j < 4 && res.timeWords.has(view.keys[after])) after++;
  if (!isComma(ctx, after)) return null;
  let s = after + 1;
  if (s < pEnd && res.contentOpeners.has(view.keys[s])) s++;
  // (a speech verb there opens a report of its own — وبحسب المصادر، أكد الوزير أن … — unless
  // it reports nothing: ووفقا لتقديرات البنك، تقدر الفجوة بأكثر من …)
  for (const c of [s, s + 1]) if (c < pEnd && cueAt(st, c) && opensReport(st, c + 1, pEnd)) return null;
  const end = clauseEnd(st, s, pEnd, k);
  const [i, j] = trim(st, s, end);
  if (j - i < 3) return null;
  const src = withoutReportingNoun(ctx, np, true);
  const speaker = classifySpeaker(ctx, src, '?', concealmentIn(ctx, np.j, Math.min(pEnd, after + 8)));
  pushQuote(st, { kind: 'indirect', i, j, cue: { i: k, j: attr.j, info: null, cls: 'attribution' }, speaker }, k);
  return end;
}

/** A clause closed by an attribution phrase: …، بحسب وزارة الصحة. (in a sentence with no other quote) */
/** فيما، بينما: a contrast that opens a clause with a source of its own (keys) */
const CONTRAST = /^(فيما|بينما)$/;

/** إذ: the connector of an explaining clause (keys) */
const EXPLAINING = /^(اذ|إذ)$/;

function tryAttributionTail(st: State, sIdx: number, pEnd: number): void {
  const { ctx } = st;
  const { view, res } = ctx;
  let a = ctx.sentenceStart[sIdx];
  let b = Math.min(ctx.sentenceEnd[sIdx], pEnd);
  // a later clause of the sentence may be a quote already (…، وفقا لـ X، في حين يتوقع Y أن …):
  // the attribution tail is looked for before it
  for (let k = a; k < b; k++) {
    if (!st.consumed[k]) continue;
    // (… or a quote, and a contrast goes on with a clause of its own source: «…»، وفقا لـ X، فيما
    // …، بحسب Y; وحذرت الهيئة من أن …، فيما سجّلت المفارز …، حسب الدائرة)
    let e = k;
    while (e < b && st.consumed[e]) e++;
    if (e + 1 < b && isComma(ctx, e) && CONTRAST.test(view.keys[e + 1])) {
      a = e + 2;
      k = a - 1;
      continue;
    }
    if (k === a) return;
    b = k;
    break;
  }
  const bg = res.backgroundOpeners.matchAt(view.keys, a);
  if (bg) a = bg.j;
  for (let k = a + 3; k < b; k++) {
    if (!isComma(ctx, k - 1)) continue;
    const attr = res.attribution.matchAt(view.keys, k, readingsAt(view, k), (r) => r.prefix === 'و');
    if (!attr || attr.values[0].kind !== 'source') continue;
    const np = sourceAfter(st, attr.j, b);
    if (!np) return;
    // (a lone ordinary noun is no source: …، متساويا مع المتصدر، وفق الترتيب)
    if (np.i === attr.j && np.j - np.i === 1 && !speakerLike(st, np) && !res.ent.isHeadWord(view.keys[np.i].replace(/^ال/, '')) && !res.reportingNouns.matchAt(view.keys, np.i, readingsAt(view, np.i)) && !res.sourceDataNouns.matchAt(view.keys, np.i, readingsAt(view, np.i))) return;
    const after = np.j;
    // the source closes its clause: what follows it has no cue and no complementizer of its own
    // — a speech verb describing an anonymous source is no report of its own (بحسب مصدر تحدث
    // لـ«عكاظ» شريطة عدم ذكر اسمه)
    let close = after;
    while (close < b && !isComma(ctx, close) && !isFinalAt(view, close)) close++;
    const concealed = concealmentIn(ctx, after, close);
    for (let m = after; m < b && !isComma(ctx, m); m++) if ((cueAt(st, m) && !concealed) || isComplementizer(ctx, m)) return;
    // a clause with its own speaker (نفت الوزارة … ما ورد …، نقلا عن مصدر) is that speaker's, not the source's
    for (let m = a; m < k - 1; m++) {
      const cue = cueAt(st, m);
      if (!cue) continue;
      // (a relay verb without عن reports nothing: وينقل الترامواي 90 ألف راكب "carries")
      if (cue.info.relay && !view.keys.slice(m + 1, k - 1).includes(res.ent.key('عن'))) continue;
      const subject = parseNP(ctx, m + 1, k - 1);
      if ((subject && speakerLike(st, subject)) || preverbalSubject(st, m)) return;
    }
    // (an explanation after a comma and إذ is what the source reports, not the clause it
    // explains: وعلى الجسر شهدت الحركة ازدحاما، إذ عبره 92 ألف مسافر، بحسب المؤسسة)
    let from = a;
    for (let m = a + 2; m + 1 < k - 1; m++) if (isComma(ctx, m) && EXPLAINING.test(view.keys[m + 1])) from = m + 2;
    // (… and so is a new clause after a comma and و, the last of the sentence: a negated verb, or
    // a present verb with a subject of its own — وكانت بنغازي قد شهدت معارك …، ولم يُرمَّم حتى
    // الآن …، بحسب تقديرات البرنامج; وتقع المنطقة …، وتضم المنطقة حاليا …، بحسب الهيئة — not a
    // verb that goes on with the same subject: …، وتسهم بنحو 7 في المئة …)
    for (let m = from + 2; m + 3 < k - 1; m++) {
      if (!isComma(ctx, m) || view.tokens[m + 1].kind !== 'word' || ctx.entityAt[m + 1] >= 0) continue;
      const w = view.keys[m + 1];
      const subject = view.tokens[m + 2].kind === 'word' && (ctx.entityAt[m + 2] >= 0 || (/^ال../.test(view.keys[m + 2]) && !res.ent.isStopword(view.keys[m + 2])));
      if (/^و(لم|لا|لن)$/.test(w) || (/^و[يت]..+$/.test(w) && !res.ent.isStopword(w.slice(1)) && subject)) from = m + 1;
    }
    const [i, j] = trim(st, from, k - 1);
    if (j - i < 3) return;
    const speaker = classifySpeaker(ctx, withoutReportingNoun(ctx, np, true), '?', concealed);
    pushQuote(st, { kind: 'indirect', i, j, cue: { i: k, j: attr.j, info: null, cls: 'attribution' }, speaker }, a);
    for (let m = k; m < after; m++) st.consumed[m] = 1;
    // (a contrast after the source opens a clause with a source of its own: …، بحسب X، فيما …، وفقا لـ Y)
    let e = after;
    while (e < b && !isComma(ctx, e) && !isFinalAt(view, e)) e++;
    if (e + 4 < b && isComma(ctx, e) && CONTRAST.test(view.keys[e + 1])) {
      a = e + 2;
      k = a + 2;
      continue;
    }
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
  if (b.kind === 'indirect') {
    // the quotations that open inside the content
    const fragments: Span[] = [];
    for (let k = b.i; k < b.j; k++) {
      const s = st.ctx.spanOpenedAt(k);
      if (s && s.end <= end) {
        fragments.push({ start: s.start, end: s.end });
        if (s.close > k) k = s.close;
      }
    }
    if (fragments.length) q.fragments = fragments;
  }
  return q;
}

export function findQuotes(view: TokenView, entities: readonly Entity[], res: QuoteResources): { quotes: Quote[]; diagnostics: Diagnostic[] } {
  const doc = view.doc;
  const marks: MarkResult = { spans: [], stray: [], byMark: new Map() };
  const ctx = buildContext(view, res, entities, marks);
  const n = view.tokens.length;
  const st: State = {
    ctx,
    marks,
    built: [],
    consumed: new Uint8Array(n),
    noCue: new Uint8Array(n),
    last: null,
    lastParagraph: -10,
    subjects: [],
    paragraph: 0,
    diagnostics: [],
  };
  // paragraphs (lines); quotation marks are paired in each before any is read, so a colon at
  // the end of one paragraph can find the quotation that opens the next
  const paragraphs: [number, number][] = [];
  let pStart = 0;
  for (let k = 0; k < n; k++) {
    if (k === n - 1 || view.breakAfter[k]) {
      paragraphs.push([pStart, k + 1]);
      pStart = k + 1;
    }
  }
  for (const [a, b] of paragraphs) pairMarks(view.doc.text, view.tokens, a, b, res, marks);
  for (const [a, b] of paragraphs) {
    processParagraph(st, a, b);
    st.paragraph++;
  }
  for (const s of marks.stray) {
    const t = view.tokens[s];
    st.diagnostics.push({ level: 'info', code: 'stray-closing-quote', message: `closing quotation mark ${t.text} with nothing open`, start: t.start, end: t.end });
  }
  for (const s of marks.spans) {
    if (s.close < 0) {
      const t = view.tokens[s.open];
      st.diagnostics.push({ level: 'info', code: 'unclosed-quote', message: `quotation mark ${t.text} never closed in its paragraph`, start: t.start, end: t.end });
    }
  }
  st.built.sort((a, b) => a.i - b.i);
  speakersOfRepeatedQuotes(st);
  return { quotes: st.built.map((b) => toQuote(st, b, doc.text)), diagnostics: st.diagnostics };
}

/**
 * A quotation with no speaker that the article repeats later inside an attributed one (a headline
 * «نبيع الزيت بخسارة».. and, in the body, «نبيع الزيت بخسارة … »، يقول الفلاح …): the later
 * quotation's speaker said it. The words must recur in order (three at least).
 */
function speakersOfRepeatedQuotes(st: State): void {
  const { keys, tokens } = st.ctx.view;
  const words = (i: number, j: number) => {
    const out: string[] = [];
    for (let m = i; m < j; m++) if (tokens[m].kind === 'word') out.push(keys[m]);
    return out;
  };
  for (const b of st.built) {
    if (b.speaker || b.cue) continue;
    const w = words(b.i, b.j);
    if (w.length < 3) continue;
    for (const c of st.built) {
      if (c.i < b.j || !c.speaker) continue;
      const v = words(c.i, c.j);
      let found = false;
      for (let x = 0; x + w.length <= v.length && !found; x++) found = w.every((y, n) => v[x + n] === y);
      if (found) {
        b.speaker = refer(c.speaker, 'continuation');
        break;
      }
    }
  }
}

function processParagraph(st: State, a: number, b: number): void {
  const { ctx } = st;
  const { view, res } = ctx;
  // concealment phrases and background openers hold cue-like words that are not cues
  for (let k = a; k < b; k++) {
    const hidden = res.concealment.matchAt(view.keys, k) ?? (k === sentenceStartOf(st, k) ? res.backgroundOpeners.matchAt(view.keys, k) : null);
    if (hidden) for (let m = k; m < hidden.j; m++) st.noCue[m] = 1;
  }
  let k = a;
  let sentenceQuotes = st.built.length;
  while (k < b) {
    // a sentence that ended without a quote may still name the subject later sentences continue
    if (k > a && ctx.sentenceStart[ctx.sentenceOf[k]] === k) {
      const prev = ctx.sentenceOf[k - 1];
      if (st.built.length === sentenceQuotes) noteSubject(st, ctx.sentenceStart[prev], k);
      sentenceQuotes = st.built.length;
    }
    if (st.consumed[k]) {
      k++;
      continue;
    }
    const t = view.tokens[k];
    let next: number | null = null;
    if (t.kind === 'punct') {
      const span = ctx.spanOpenedAt(k);
      if (span) next = tryMarked(st, span, b);
      else if (COLON.has(t.text)) next = tryColon(st, k, a, b);
    } else if (t.kind === 'word') {
      const cue = cueAt(st, k);
      if (cue) next = cue.info.form === 'finite' ? tryCue(st, k, cue, b) : tryParticiple(st, k, cue, b);
      if (next === null) next = tryAttributionLead(st, k, b);
      if (next === null) next = tryDocumentSaid(st, k, b);
    }
    k = next !== null && next > k ? next : k + 1;
  }
  if (b > a && st.built.length === sentenceQuotes) noteSubject(st, ctx.sentenceStart[ctx.sentenceOf[b - 1]], b);
  // clauses closed by an attribution phrase
  const first = ctx.sentenceOf[a];
  const last = ctx.sentenceOf[b - 1];
  for (let s = first; s <= last; s++) tryAttributionTail(st, s, b);
}
