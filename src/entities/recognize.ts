/**
 * The entity stage: finds, types and links mentions of people, organizations and places.
 *
 * 1. Gazetteer: every known written form, matched on normalized tokens with proclitics peeled
 *    (وطهران، ببيروت، للأمم), longest match first. A form that is also a common word
 *    (الحياة، حماس، الأسد) needs support: a head noun or title before it, quotation marks
 *    around it, or an unambiguous mention of the same entity elsewhere in the document.
 * 2. Patterns for names nobody listed (see patterns.ts): titles before a person's name, name
 *    chains, organization and place heads.
 * 3. Conflicts: mentions never overlap; the longer mention wins, then the gazetteer over a
 *    pattern, then the earlier one.
 * 4. Document-level linking (link.ts): short forms of names found by patterns are found
 *    again elsewhere and share the entity id.
 */
import type { Document, Entity, EntityType, Token } from '../document.js';
import type { TokenType } from '../text/types.js';
import { computeReadings, type Reading } from './peel.js';
import type { GazetteerEntry } from '../data/types.js';
import { originalOffset, segment } from '../text/segment.js';
import { STARTS, type EntityResources } from './resources.js';
import { findPatternMentions, titleAdjective, tokenMasks } from './patterns.js';
import { linkMentions } from './link.js';
import type { PhraseMatch } from './phrases.js';

/** A mention before conflicts are resolved; token range [i, j). */
export interface Candidate {
  i: number;
  j: number;
  /** normalized letters peeled off the first token */
  peeled: number;
  type: EntityType;
  entityId: string;
  label: string;
  labelEn?: string;
  source: 'gazetteer' | 'pattern' | 'link';
  /** the gazetteer entry, when there is one */
  entry?: GazetteerEntry;
  /** ambiguous forms are kept only with support */
  needsSupport?: boolean;
  /** its written form is found again in the document as the same entity (link.ts) */
  linkable?: boolean;
  /** an ordinary word that names a club only in a football report (supported by a club's head or another club only) */
  sportOnly?: boolean;
  /** a club named by an ordinary word, in a football report (supported by the report) */
  reportedClub?: boolean;
  /** a town's weak form (resources.weakPlaceForms): 'word' when it is also an ordinary word */
  weakPlace?: 'town' | 'word';
  /** a pattern whose head names what a known place's name stands for there (صحيفة الرياض، لفريق الوكرة): it wins over the place */
  retypes?: boolean;
  attributes?: Record<string, string>;
}

/** The view of a document the entity and quote matchers work on. */
export interface TokenView {
  doc: Document;
  tokens: readonly Token[];
  /** word type of every token (shared per written form) */
  types: readonly TokenType[];
  /** match key of every token (a punctuation token's key is its text) */
  keys: string[];
  /** does a line break separate token k from token k+1? */
  breakAfter: Uint8Array;
  /** the low bytes of the last two code units of every key (link.ts tests aliases on it) */
  tails: Uint16Array;
}

export function makeView(doc: Document, types: readonly TokenType[]): TokenView {
  const { tokens, text } = doc;
  const keys = new Array<string>(tokens.length);
  const breakAfter = new Uint8Array(tokens.length);
  const tails = new Uint16Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const key = (keys[k] = types[k].key || t.text);
    tails[k] = keyTail(key);
    if (k + 1 < tokens.length) {
      const next = tokens[k + 1].start;
      for (let c = t.end; c < next; c++) {
        if (text.charCodeAt(c) === 10) {
          breakAfter[k] = 1;
          break;
        }
      }
    }
  }
  return { doc, tokens, types, keys, breakAfter, tails };
}

/** The low bytes of the last two code units of a key as one 16-bit number. */
export function keyTail(key: string): number {
  const n = key.length;
  return n >= 2 ? ((key.charCodeAt(n - 2) & 0xff) << 8) | (key.charCodeAt(n - 1) & 0xff) : n === 1 ? key.charCodeAt(0) & 0xff : 0;
}

const NO_READINGS: readonly Reading[] = [];
/** an `allow` for matchAt that refuses every peeled reading */
const NEVER = (): boolean => false;
const NO_PROCLITICS: readonly string[] = [];

/** The proclitics of token k's word by the light segmentation (cached on its type). */
export function procliticsAt(view: TokenView, k: number): readonly string[] {
  const t = view.tokens[k];
  if (t.kind !== 'word') return NO_PROCLITICS;
  const rec = view.types[k];
  return (rec.proclitics ??= (t.segments ?? segment(t))?.proclitics ?? NO_PROCLITICS);
}

/** Does token k carry a preposition by the light segmentation (بدمشق، للصحفيين، كمسؤول)? */
export function hasPrepositionAt(view: TokenView, k: number): boolean {
  if (view.tokens[k].kind !== 'word') return false;
  // (cached on the word type with its proclitics)
  const rec = view.types[k];
  let v = rec.preposition;
  if (v === undefined) {
    v = false;
    for (const p of procliticsAt(view, k)) if (p === 'ب' || p === 'ل' || p === 'ك' || p === 'لل') v = true;
    rec.preposition = v;
  }
  return v;
}

/**
 * Is token k ب/ل/ك attached to a known word, head or name (بمثل، لوكالة، لموسكو)? Catches what
 * the conservative segmentation leaves whole; a known given name is never split (بسام، ليلى).
 */
export function knownAfterPreposition(view: TokenView, k: number, res: EntityResources): boolean {
  const key = view.keys[k];
  // a word that is itself an ordinary word is not split (كبير is not ك + بير, بيان not ب + يان)
  if (key.length < 4 || !/^[بلك]/.test(key) || res.isCommonWord(key) || res.givenNames.matchAt(view.keys, k)) return false;
  const base = key.slice(1);
  return (
    res.isCommonWord(base) ||
    res.isHeadWord(base) ||
    res.gazetteer.phrases.starts(base) ||
    (key.startsWith('لل') && (res.gazetteer.phrases.starts('ا' + key.slice(1)) || res.isCommonWord('ا' + key.slice(1))))
  );
}

/** The proclitic readings of token k's word (cached on its type). */
export function readingsAt(view: TokenView, k: number): readonly Reading[] {
  const rec = view.types[k];
  if (!rec.key) return NO_READINGS;
  // cached on the word type; the shared readings() cache would only hold a second copy
  return (rec.readings ??= computeReadings(rec.key));
}

/**
 * Which phrase indexes (gazetteer, titles, heads, given names) some reading of token k's word
 * starts — computed once per word type, so most words are passed over with one bit test.
 */
export function startsMask(view: TokenView, k: number, res: EntityResources): number {
  const rec = view.types[k];
  if (rec.starts >= 0) return rec.starts;
  if (!rec.key) return 0;
  let mask = 0;
  let gaz: Reading[] | undefined;
  // (a word the light segmentation reads as a noun and a pronoun of two letters or more, with no
  // proclitic, is no proclitic and a place: بابها "its door" ≠ ب + أبها)
  let possessed: boolean | undefined;
  for (const r of readingsAt(view, k)) {
    const bits = res.startsOf(r.key, r.peeled > 0);
    // (… unless the name's own hamza is written after the proclitic: بأبها)
    if (r.peeled > 0 && bits & STARTS.gazetteer && PRONOUN_SUFFIX.test(rec.key) && !/^[أإآ]/.test(withoutHarakat(view.tokens[k].text).slice(r.peeled))) {
      if (possessed === undefined) {
        const seg = segment(view.tokens[k]);
        possessed = seg !== undefined && seg.proclitics.length === 0 && (seg.enclitic?.length ?? 0) >= 2;
      }
      if (possessed) continue;
    }
    mask |= bits;
    if (bits & STARTS.gazetteer) (gaz ??= []).push(r);
  }
  // (ل and a hamza on the alef is the preposition and a word, not a name in لا: لأرى "to see" ≠
  // لاري Larry, لأمير ≠ لامير)
  if (mask & STARTS.givenBare && /^[وف]?ل[أإآ]/.test(view.tokens[k].text)) mask &= ~STARTS.givenBare;
  // (a word written apart from the name it folds onto: آمين "amen" is no أمين)
  if (mask & (STARTS.givenBare | STARTS.givenNames) && res.notGivenAsWritten.has(writtenBare(view.tokens[k].text))) mask &= ~(STARTS.givenBare | STARTS.givenNames);
  rec.starts = mask;
  rec.gazReadings = gaz ?? NO_READINGS;
  rec.gazSingle = gaz !== undefined && gaz.some((r) => res.gazetteer.phrases.single(r.key));
  return mask;
}

/** a word ending like an attached pronoun of two letters or more (key): بابها، بيتهم، لجنتنا */
const PRONOUN_SUFFIX = /..(ها|هم|هن|هما|كم|كن|نا)$/;

/**
 * A token's written letters without harakat, tatweel or a leading و/ف: what is compared where the
 * folded key loses a distinction (آمين "amen" and the name أمين, رحمه "may He have mercy on him"
 * and the name رحمة).
 */
export function writtenBare(text: string): string {
  return withoutHarakat(text).replace(/^[وف](?=.{3})/, '');
}

/** A token's written letters without harakat or tatweel. */
function withoutHarakat(text: string): string {
  return text.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
}

/** The readings of token k's word that start a gazetteer phrase (cached with its mask). */
export function gazetteerReadingsAt(view: TokenView, k: number, res: EntityResources): readonly Reading[] {
  const rec = view.types[k];
  if (rec.starts < 0) startsMask(view, k, res);
  return rec.gazReadings ?? NO_READINGS;
}

/** True when tokens i..j-1 sit on one line. */
export function oneLine(view: TokenView, i: number, j: number): boolean {
  for (let k = i; k < j - 1; k++) if (view.breakAfter[k]) return false;
  return true;
}

function gazetteerCandidates(view: TokenView, res: EntityResources, masks: Uint32Array): Candidate[] {
  const out: Candidate[] = [];
  // the written form (key) of every candidate, and the clubs named with their nationality
  const forms: string[] = [];
  const clubForms = new Map<string, GazetteerEntry>();
  const { tokens, keys } = view;
  // (different words of the game: an olive harvest report says الموسم three times)
  const seen = new Set<string>();
  for (let k = 0; k < keys.length && seen.size < 6; k++) if (masks[k] & STARTS.sport) seen.add(keys[k]);
  const sportWords = seen.size;
  const sport = sportWords >= 3;
  // (a club named by an ordinary word is taken on the report alone only in a plain football
  // report: six words of the game or more — an economy report has a هدف and a نقطة too)
  const footballReport = sportWords >= 6;
  outer: for (let i = 0; i < tokens.length; i++) {
    if (!(masks[i] & STARTS.gazetteer)) continue;
    const t = tokens[i];
    if (t.kind !== 'word' && t.kind !== 'latin') continue outer;
    // a word that starts only longer names (على، أن، لا …) and no such name continues with the next word
    if (!(masks[i] & STARTS.gazSingle) && !(masks[i + 1] & STARTS.gazSecond)) continue outer;
    // a word that is itself a common word is not read as proclitic + name (بيان ≠ ب + يان)
    const rs = gazetteerReadingsAt(view, i, res);
    // (… nor is a given name: فاطمة ≠ ف + أطمة)
    // (… nor is an ordinary word in the accusative, its tanween unwritten: كبيرا ≠ ك + بيرا،
    // وزاريا ≠ و + زاريا)
    const wholeIsWord = (masks[i] & (STARTS.common | STARTS.givenBare)) !== 0 || (keys[i].length >= 5 && keys[i].endsWith('ا') && res.isCommonWord(keys[i].slice(0, -1)));
    let limit = -1;
    for (;;) {
      // (a second pass reads a shorter name when the longer one is also an ordinary phrase: الإمارات
      // اليوم "the Emirates today" still holds الإمارات — the support test decides between them)
      const m = limit < 0 ? res.gazetteer.phrases.matchAt(keys, i, rs, wholeIsWord ? NEVER : undefined) : shifted(res.gazetteer.phrases.matchAt(keys.slice(i, limit), 0, rs, wholeIsWord ? NEVER : undefined), i);
      if (!m || !oneLine(view, m.i, m.j)) continue outer;
      // two proclitics before a name of three letters or fewer read too much into a word (فلكيا ≠ ف + ل + كيا)
      if (m.reading.peeled >= 2 && m.j - m.i === 1 && m.reading.key.length <= 3) continue outer;
      // a word written with nunation is an indefinite ordinary word, never a name (غير كافٍ ≠ كاف)
      if (m.j - m.i === 1 && TANWEEN.test(t.text)) continue outer;
      const entry = chooseEntry(m.values, view, i, m.j, m.reading.prefix, res, sport);
      // a town's name before a masculine nationality adjective is a club named after it (أمام
      // الكويت الكويتي وأزميت التركي): a town takes the feminine
      if (m.j - m.i === 1 && (res.worldTowns.has(entry.id) || res.minorPlaces.has(entry.id)) && m.j < keys.length && !view.breakAfter[m.j - 1] && res.nisba(keys[m.j]) !== undefined && keys[m.j].startsWith('ال') && keys[m.j].endsWith('ي')) continue outer;
      // a place that opens a name in quotation marks and does not close it is part of that name
      // («شاندونغ هايتشاو» الصينية is a company)
      if ((entry.type === 'GPE' || entry.type === 'LOC') && m.reading.peeled === 0 && i > 0 && res.isQuoteMark(tokens[i - 1].text) && !res.isQuoteMark(tokens[m.j]?.text ?? '')) {
        let q = m.j;
        while (q < tokens.length && q - m.j < 3 && tokens[q].kind === 'word' && !view.breakAfter[q - 1] && !res.isCommonWord(keys[q]) && !res.isStopword(keys[q])) q++;
        if (q > m.j && q < tokens.length && !view.breakAfter[q - 1] && res.isQuoteMark(tokens[q].text)) continue outer;
      }
      // right after a given name, a world town's name or ك ("like") + a one-word name is the family
      // name (جان بيير موانزا، أندرياس كولبه ≠ ك + ولبة)
      if (((m.reading.peeled === 0 && res.worldTowns.has(entry.id)) || (m.j - m.i === 1 && m.reading.prefix === 'ك')) && i > 0 && !view.breakAfter[i - 1] && res.givenNames.matchAt(keys, i - 1)?.j === i) continue outer;
      // a town's one-word name is read behind one-letter proclitics only (البحوث ≠ ال + ب + حوث)
      if (m.j - m.i === 1 && m.reading.peeled > 0 && m.reading.prefix.includes('ال') && res.minorPlaces.has(entry.id)) continue outer;
      let first = m.i;
      let peeled = m.reading.peeled;
      // (a place listed with its head, whose name alone is another entity's or a word: محافظة
      // القادسية — the head stays outside and is the name's support)
      let listedWithHead = false;
      if (m.j - m.i > 1 && (entry.type === 'GPE' || entry.type === 'LOC')) {
        const rest = res.gazetteer.phrases.matchAt(keys, i + 1, false);
        // مدينة حلب، منطقة الخليج: a place head stays outside the name;
        // دولة قطر: a state word too, when the rest names the same entity on its own
        const head = res.placeHeads.matchAt(keys, i, readingsAt(view, i));
        const outsideHead = head && head.j === i + 1 && head.values[0].position !== 'inside';
        if (outsideHead || (res.isStateWord(m.reading.key) && rest && rest.j === m.j && rest.values.includes(entry))) {
          first = i + 1;
          peeled = 0;
          listedWithHead = !(rest && rest.j === m.j && rest.values.includes(entry));
        }
      }
      // a place name that is also a nationality adjective (السعودية، العربية) after a definite noun is the adjective:
      // الهيئة السعودية، أرامكو السعودية
      if (m.j - first === 1 && res.nisba(m.reading.key) && first > 0 && peeled === 0) {
        const prev = tokens[first - 1];
        const pk = keys[first - 1];
        // the adjective agrees with its noun: a feminine noun (الهيئة، السلطات) or a named body
        // (أرامكو السعودية) — after الوزير it is the country (زار الوزير السعودية)
        // (an outlet named by an adjective, العربية, is never right after a definite noun: الدول العربية)
        const feminine = entry.type === 'ORG' || /(ه|ات)$/.test(pk) || (startsMask(view, first - 1, res) & STARTS.gazetteer) !== 0;
        if ((prev.kind === 'word' || prev.kind === 'latin') && !view.breakAfter[first - 1] && !res.isStopword(pk) && feminine && (pk.startsWith('ال') || res.gazetteer.phrases.starts(pk))) continue outer;
        // … or a name closed by quotation marks (صحيفة «عكاظ» السعودية، «طيران الرياض» السعودية)
        if (first >= 2 && res.isQuoteMark(prev.text) && !view.breakAfter[first - 1] && tokens[first - 2].kind !== 'punct' && tokens[first - 2].end === prev.start) continue outer;
      }
      // an outlet named by a feminine adjective (السومرية، الشرقية) right after a definite plural or
      // feminine noun is that noun's adjective (قاعة الآثار السومرية، المنطقة الشرقية)
      if (m.j - first === 1 && peeled === 0 && entry.type === 'ORG' && first > 0 && /^ال..+يه$/.test(m.reading.key) && !view.breakAfter[first - 1] && tokens[first - 1].kind === 'word') {
        const pk = keys[first - 1];
        // (a feminine noun, a plural in ات or a broken plural أفعال)
        if (pk.startsWith('ال') && (/(ه|ات)$/.test(pk) || /^الا.{1,2}ا.$/.test(pk)) && !res.isStopword(pk) && !res.isHeadWord(pk.slice(2)) && !res.gazetteer.phrases.starts(pk)) continue outer;
      }
      // … and so is one joined by و to a nationality adjective that is no place (دور نشر مصرية
      // وسورية ولبنانية)
      if (m.j - first === 1 && m.reading.prefix === 'و' && res.nisba(m.reading.key) && first > 0 && !view.breakAfter[first - 1] && tokens[first - 1].kind === 'word') {
        const pk = keys[first - 1];
        if (!pk.startsWith('ال') && res.nisba(pk) && !res.gazetteer.phrases.starts(pk)) continue outer;
      }
      // a name in quotation marks after a head of products and platforms names the product (منصة
      // «إعمار»، تطبيق "كريم"), not the company
      if (first >= 2 && peeled === 0 && res.isQuoteMark(tokens[first - 1].text) && res.isProductHead(keys[first - 2])) continue outer;
      // a trailing nationality adjective stays outside when the rest names the entity (الغارديان البريطانية)
      let last = m.j;
      // (a state keeps its long form whole: الولايات المتحدة الأمريكية)
      if (last - first > 1 && entry.type !== 'GPE' && res.nisba(keys[last - 1])) {
        // (matched on a window of the keys: slicing from the document start would be quadratic)
        const shorter = res.gazetteer.phrases.matchAt(keys.slice(first, last - 1), 0, first === m.i ? readingsAt(view, first) : false);
        if (shorter && shorter.j === last - 1 - first && shorter.values.includes(entry)) last--;
      }
      // … and always after a club's one-word name: the adjective tells the clubs apart (الوحدة
      // الإماراتي، الأهلي السعودي), the club is the word before it
      // (the name with its adjective is what was matched: it needs no more support than that)
      const clubNationality = last - first === 2 && last === m.j && res.clubs.has(entry.id) && res.nisba(keys[last - 1]) !== undefined;
      if (clubNationality) last--;
      // (the nationality that was matched with the name is its support: الفيدرالي الأمريكي)
      const withNationality = last < m.j;
      // an epithet after a place's name stays outside it (مكة المكرمة، القدس الشريف، الصين الشعبية);
      // the form with it is what is checked for support
      // (… and after an institution's: الأزهر [الشريف])
      const epithet = last - first > 1 && (entry.type === 'GPE' || entry.type === 'LOC' || (entry.type === 'ORG' && keys[last - 1] === HONORED)) && res.placeEpithets.has(keys[last - 1]) ? 1 : 0;
      const formKey = keys.slice(first + 1, last).join(' ');
      const firstKey = first === m.i ? m.reading.key : keys[first];
      const fullKey = formKey ? `${firstKey} ${formKey}` : firstKey;
      // an ordinary word that names a club (التعاون، الاتفاق) is a mention only in a football report,
      // and not before an adjective of its own (التعاون الاقتصادي — a nationality after the club is its
      // coach's, مدرب الاتفاق الهولندي, and a feminine adjective agrees with a noun before it, مباراة
      // الاتفاق المقبلة) nor after another body's head (لمركز التعاون الياباني — a club has its own
      // management and board: إدارة الاتفاق)
      const sportOnly = !clubNationality && !listedWithHead && res.sportOnlyForms.has(fullKey);
      if (sportOnly) {
        const next = last < keys.length && !view.breakAfter[last - 1] ? keys[last] : '';
        const adjective = next.startsWith('ال') && !next.endsWith('ه') && !res.nisba(next) && !res.isStopword(next);
        const prevHead = first > 0 && !view.breakAfter[first - 1] ? keys[first - 1].replace(/^[وفبل]+(?=...)/, '') : '';
        const bodyHead = prevHead !== '' && res.isHeadWord(prevHead) && !KIND_HEADS.test(prevHead) && !CLUB_BODIES.test(prevHead);
        // (ب + the word + مع is "in cooperation / agreement with": بالتعاون مع، بالاتفاق مع)
        const withWhom = m.reading.prefix.includes('ب') && next === WITH;
        // (… and a nationality then "for" a field is a federation: الاتحاد السعودي للشطرنج)
        const federation = res.nisba(next) !== undefined && last + 1 < keys.length && !view.breakAfter[last] && /^لل./.test(keys[last + 1]);
        if (!sport || adjective || bodyHead || withWhom || federation) continue outer;
      }
      // a club named by an ordinary word (الأهلي، النصر) in a football report needs no more support
      // than its report — unless a definite word follows it (الاتحاد الآسيوي is the confederation);
      // after a definite noun (المجتمع الأهلي) it is still that noun's adjective (modifiesNoun)
      const after = last < keys.length && !view.breakAfter[last - 1] ? keys[last] : '';
      const reportedClub = footballReport && !sportOnly && entry.type === 'ORG' && CLUB_LABEL.test(entry.en ?? '') && last - first === 1 && !/^(و|ف)?ال/.test(after);
      const weakPlace = res.minorPlaces.has(entry.id) && res.weakPlaceForms.has(fullKey) ? (res.ambiguousForms.has(fullKey) ? 'word' : 'town') : undefined;
      out.push({
        i: first,
        j: last - epithet,
        peeled,
        type: entry.type,
        entityId: entry.id,
        label: entry.ar,
        labelEn: entry.en || undefined,
        source: 'gazetteer',
        entry,
        sportOnly,
        weakPlace,
        // a one-word name that also reads as ب/ل/ك + an ordinary word (باول: بأول "with the first") needs support too
        needsSupport:
          !clubNationality &&
          !listedWithHead &&
          ((res.ambiguousForms.has(fullKey) && !withNationality) ||
          // (… and one written as an ordinary word: أفران "ovens", the town being إفران)
          (last - first === 1 && res.wordSpellingKeys.has(fullKey) && res.wordSpellings.has(view.tokens[first].text.replace(/[\u064B-\u0652\u0640]/g, '').slice(first === m.i ? m.reading.peeled : 0))) ||
          weakPlace !== undefined ||
          sportOnly ||
          (last - first === 1 && (res.isCommonWord(firstKey) || (peeled === 0 && /^[بلك]/.test(firstKey) && firstKey.length > 3 && res.isCommonWord(firstKey.slice(1)) && !res.unsplit.has(firstKey))))),
        reportedClub,
      });
      forms.push(fullKey);
      if (clubNationality && !clubForms.has(fullKey)) clubForms.set(fullKey, entry);
      if (limit < 0 && m.j - m.i > 1 && res.ambiguousForms.has(fullKey) && !withNationality) limit = m.j - 1;
      else continue outer;
    }
  }
  // a club the report names with its nationality (الوحدة الإماراتي) is the club its bare name
  // names anywhere in that report (مدرب الوحدة، يعود الوحدة إلى أبوظبي)
  if (clubForms.size > 0) {
    for (let n = 0; n < out.length; n++) {
      const club = clubForms.get(forms[n]);
      const c = out[n];
      if (club === undefined || c.entry === club || c.j - c.i !== 1 || c.type !== 'ORG') continue;
      c.entityId = club.id;
      c.label = club.ar;
      c.labelEn = club.en || undefined;
      c.entry = club;
      c.sportOnly = false;
      c.needsSupport = false;
    }
  }
  return out;
}

/** A phrase match read on a window that starts at `offset`, in the document's positions. */
function shifted<V>(m: PhraseMatch<V> | null, offset: number): PhraseMatch<V> | null {
  return m === null ? null : { ...m, i: m.i + offset, j: m.j + offset };
}

/** "with" (key) */
const WITH = 'مع';

/** nunation marks (tanween) */
const TANWEEN = /[\u064B-\u064D]/;

/** English labels of football clubs in the gazetteer (Al Ahly SC, Al-Nassr FC, Raja CA, Esperance Sportive de Tunis) */
const CLUB_LABEL = /\b(SC|FC|CF|AC|CA|SFC|Club|Sportive|Sporting)\b/;

/** "the noble", an epithet of institutions too (key): الأزهر الشريف */
const HONORED = 'الشريف';

/** a club's own bodies (إدارة الاتفاق) */
const CLUB_BODIES = /^(اداره|مجلس)$/;
/** heads that name an organization of their kind: an outlet, a party or movement, a company, a club (keys) */
const KIND_HEADS = /^(صحيفه|جريده|وكاله|قناه|موقع|مجله|شبكه|اذاعه|حركه|حزب|شركه|نادي|فريق|منظمه)$/;
/** the heads among them that name outlets only (keys); موقع also names any body's website */
const MEDIA_KIND_HEADS = /^(صحيفه|جريده|وكاله|قناه|مجله|شبكه|اذاعه)$/;

/** Can an organization head of a kind (KIND_HEADS) support this candidate? */
function kindHeadFits(head: string, c: Candidate, res: EntityResources): boolean {
  if (MEDIA_KIND_HEADS.test(head)) return res.mediaIds.has(c.entityId);
  if (head === 'موقع') return !CLUB_LABEL.test(c.labelEn ?? '');
  return true;
}

/**
 * Among entries sharing a form: the club in a football report, an organization after an
 * organization head or in quotation marks, an outlet in a dateline (أديس أبابا - الأناضول:) or
 * spoken to (قالت للأناضول), else the first that is not an organization.
 */
/** a question or a correspondent of an outlet (keys) */
const ASKED_BY = /^[وفبل]?(اسيله|سوال|مراسل|لمراسل|مراسله|لمراسله|مراسلو)$/;

function chooseEntry(entries: readonly GazetteerEntry[], view: TokenView, i: number, j: number, prefix: string, res: EntityResources, sport: boolean): GazetteerEntry {
  if (entries.length === 1) return entries[0];
  const outlet = entries.find((e) => e.type === 'ORG' && res.mediaIds.has(e.id));
  // (… or after a question or a correspondent: على أسئلة الأناضول، لمراسل الجزيرة)
  const asked = i > 0 && !view.breakAfter[i - 1] && ASKED_BY.test(view.keys[i - 1]);
  if (outlet && (outletPosition(view, i, j) || asked || (prefix.includes('ل') && !prefix.includes('ب')))) return outlet;
  // a city and its club in a football report: the club
  if (sport && entries.some((e) => e.type === 'ORG') && entries.some((e) => e.type === 'GPE')) return entries.find((e) => e.type === 'ORG')!;
  const h = i > 0 ? res.orgHeads.matchAt(view.keys, i - 1, true) : null;
  const orgHead = h !== null && h.j === i && KIND_HEADS.test(h.reading.key);
  // a name in quotation marks is a title or an outlet («الشرق الأوسط»), not the region
  const quoted = i > 0 && res.isQuoteMark(view.tokens[i - 1].text);
  if (orgHead || quoted) return entries.find((e) => e.type === 'ORG') ?? entries[0];
  return entries.find((e) => e.type !== 'ORG') ?? entries[0];
}

/**
 * Does tokens [i, j) stand where a dateline names its source: after a dash and before a colon or
 * the line's end (الدوحة - قنا:), between slashes (مسقط في 12 مارس /العمانية/ -), or in
 * parentheses (القاهرة (أ ف ب))?
 */
function outletPosition(view: TokenView, i: number, j: number): boolean {
  const prev = i > 0 && !view.breakAfter[i - 1] ? view.tokens[i - 1].text : '';
  const next = j < view.tokens.length && !view.breakAfter[j - 1] ? view.tokens[j].text : '';
  // (… and a credit line: المصدر: الجزيرة + وكالات)
  const credit = prev === ':' && i >= 2 && (i < 3 || view.breakAfter[i - 3] === 1) && /^(المصدر|المصادر)$/.test(view.keys[i - 2]);
  // (a dateline may close with a dash too: رام الله - معا -)
  return (/^[-–—/]$/.test(prev) && (next === '' || next === ':' || next === '/' || /^[-–—]$/.test(next))) || (prev === '(' && next === ')') || (credit && (next === '' || next === '+' || next === '،' || next === 'و'));
}

/** Is the candidate supported: a head or title before it, quotation marks around it, or quoted/explicit elsewhere? */
function supported(c: Candidate, view: TokenView, res: EntityResources, strongIds: Set<string>): boolean {
  if (strongIds.has(c.entityId) || c.reportedClub) return true;
  // an outlet in a dateline (الدوحة - قنا:، /العمانية/)
  if (c.peeled === 0 && res.mediaIds.has(c.entityId) && outletPosition(view, c.i, c.j)) return true;
  const { tokens, keys } = view;
  // a place before a direction adverb (من طرابلس شمالا إلى صور جنوبا)
  if ((c.type === 'GPE' || c.type === 'LOC') && c.j < tokens.length && !view.breakAfter[c.j - 1] && DIRECTION_ADVERBS.test(keys[c.j])) return true;
  if (c.i > 0 && c.peeled === 0) {
    // (the head may carry و and a preposition: بمدينة الخور، لفريق الوكرة)
    const prev = keys[c.i - 1];
    const bare = prev.length > 4 && !res.isHeadWord(prev) ? prev.replace(/^[وف]?[بل]?(?=...)/, '') : prev;
    // (an organization is supported by the head of its kind — قناة الجزيرة، نادي الهلال — not by a
    // place head or a body's head: في محيط الجزيرة، حكومة الجزيرة are the island)
    // (… and an outlet's head supports only an outlet, a site no club: موقع السد is the dam's site)
    // (a town's one-word name only by a place's head: الفريق الرديف is the reserve team)
    if (c.weakPlace !== undefined) {
      // (not طريق: طريق اللبان is the incense road)
      if ((res.placeHeads.matchAt(keys, c.i - 1, readingsAt(view, c.i - 1))?.j === c.i && keys[c.i - 1] !== ROAD) || DISTRICT_HEADS.test(keys[c.i - 1])) return true;
    } else if (c.type !== 'ORG' && c.type !== 'PERSON' && /^[وف]?[بل]?مديريه$/.test(keys[c.i - 1])) return true;
    // (… not a one-word name that is also a title's adjective: الوزير الولائي، المجلس الشعبي الولائي)
    else if ((res.isHeadWord(bare) && (c.type !== 'ORG' || (KIND_HEADS.test(bare) && kindHeadFits(bare, c, res)))) || (titleEndsAt(view, c.i, res) && !c.sportOnly && !(c.j - c.i === 1 && titleAdjective(res, keys[c.i])))) return true;
    // a person right after a speech verb and before what is said (وأكد نصر الله أن …، وقال الأسد:)
    if (c.type === 'PERSON' && res.isCueWord(prev) && c.j < tokens.length && (tokens[c.j].text === ':' || /^(ان|بان|انه|انها)$/.test(keys[c.j]))) return true;
    // … and an outlet or a body after a verb of reporting, before its source or what it reports
    // (ونقلت وام عن الوزير، وذكرت وفا أن …، وأعلن كاف عن …)
    if (c.type === 'ORG' && res.isCueWord(prev) && c.j < tokens.length && !view.breakAfter[c.j - 1] && /^(ان|بان|عن|:)$/.test(keys[c.j])) return true;
    // a place head and its adjectives before a place (العاصمة الكورية الجنوبية سيول)
    if (c.type === 'GPE' || c.type === 'LOC') {
      let p = c.i - 1;
      while (p > 0 && c.i - p <= 3 && !view.breakAfter[p] && keys[p].startsWith('ال') && (res.nisba(keys[p]) || /(ي|يه)$/.test(keys[p]))) p--;
      if (!view.breakAfter[p] && ((p < c.i - 1 && res.isHeadWord(keys[p])) || CAPITAL.test(keys[p]))) return true;
    }
  }
  // a form that is also a word, where no word of its kind stands: right after a preposition of
  // place (في مالي، إلى مالي; FormNote.afterPreposition) — not before الخاص (من مالي الخاص)
  if (c.peeled === 0 && c.i > 0 && !view.breakAfter[c.i - 1] && PLACE_PREPOSITIONS.test(keys[c.i - 1]) && res.prepositionSupported.has(keys.slice(c.i, c.j).join(' ')) && !(c.j < tokens.length && keys[c.j] === 'الخاص')) return true;
  // an outlet told something, ل + its name between a verb of saying and what is said (قال لـمعا
  // إن …، صرح لوفا بأن …)
  // (the verb may stand before the speaker: وقال مصدر أمني لـمعا إن …)
  if (c.peeled > 0 && res.mediaIds.has(c.entityId) && /^[وف]?ل/.test(keys[c.i]) && c.j < tokens.length && /^(ان|بان|:)$/.test(keys[c.j])) {
    for (let m = c.i - 1; m >= 0 && c.i - m <= 6 && tokens[m].kind === 'word' && !view.breakAfter[m]; m--) if (res.isCueWord(keys[m])) return true;
  }
  // a town or quarter nobody would read as a word, after a preposition of place (بالمتلوي، في
  // الرديف، قرب عين زارة) — not a form that is also a word (those need a head)
  // (a town written with ة is not the word with a pronoun: مقرة ≠ مقره "its seat")
  const pronoun = /ه$/.test(tokens[c.i].text) && /ة$/.test(c.label);
  if (c.weakPlace === 'town' && !pronoun) {
    if (c.peeled > 0 && /^[وف]?ب/.test(keys[c.i])) return true;
    if (c.peeled === 0 && c.i > 0 && !view.breakAfter[c.i - 1] && PLACE_PREPOSITIONS.test(keys[c.i - 1])) return true;
  }
  // (… any town, before a direction and a place: مديرية الجوبة جنوب مأرب)
  if (c.weakPlace !== undefined && c.j + 1 < tokens.length && !view.breakAfter[c.j - 1] && !view.breakAfter[c.j] && DIRECTIONS.test(keys[c.j]) && tokens[c.j + 1].kind === 'word' && !res.isStopword(keys[c.j + 1])) return true;
  // (quotation marks set off a town's name that is also a word as the word: "الشعلة" "the flame")
  return c.weakPlace !== 'word' && quotedAt(view, res, c.i, c.j);
}

/** heads of the districts of Arab states (keys): مديرية، ناحية، معتمدية، محلية، لواء، عمالة */
const DISTRICT_HEADS = /^[وف]?[بل]?(مديريه|ناحيه|معتمديه|محليه|لواء|عماله|دائره|دايره|مركز)$/;

/** طريق "road; way" (key): a place head only before a ruler's name */
export const ROAD = 'طريق';

/** directions, as in "south of" (keys) */
const DIRECTION_WORDS = 'جنوب|شمال|شرق|غرب|جنوبي|شمالي|شرقي|غربي';
const DIRECTIONS = new RegExp(`^(${DIRECTION_WORDS})$`);

/** what stands before a place (keys): في، من، إلى، قرب، نحو، شمال، ضواحي … (not بين: بين العدّين) */
export const PLACE_PREPOSITIONS = new RegExp(`^[وف]?(في|من|الي|قرب|نحو|حتي|عند|داخل|خارج|${DIRECTION_WORDS}|ضواحي|اطراف|محيط|مدخل|وسط|بلدات|مدن|قري|مناطق)$`);

/**
 * A place written like a present-tense verb after في، إلى or قرب, where no verb can stand (في
 * ينبع، إلى تعز): that mention only — the verb stays a verb elsewhere (الخلاف ينبع من …).
 */
function verbShapedAfterIn(c: Candidate, view: TokenView): boolean {
  return (c.type === 'GPE' || c.type === 'LOC') && c.peeled === 0 && c.j - c.i === 1 && c.i > 0 && !view.breakAfter[c.i - 1] && /^[يت]/.test(view.keys[c.i]) && /^(في|الي|قرب)$/.test(view.keys[c.i - 1]);
}

/** Do quotation marks stand right around tokens [i, j)? */
export function quotedAt(view: TokenView, res: EntityResources, i: number, j: number): boolean {
  return i > 0 && j < view.tokens.length && res.isQuoteMark(view.tokens[i - 1].text) && res.isQuoteMark(view.tokens[j].text);
}

/**
 * Ambiguous place names in a list of places (رؤساء مالي والنيجر وتشاد، بين المنظمة ومالي
 * والنيجر): a place joined by و or a comma to an unambiguous place is a place — that mention only,
 * not every use of the word in the document (دعم مالي).
 */
function coordinatedPlaces(gaz: Candidate[], view: TokenView, strong: ReadonlySet<string>, res: EntityResources): Set<Candidate> {
  const out = new Set<Candidate>();
  // (… or a supported town: بالمتلوي وأم العرائس والرديف)
  const place = (c: Candidate | undefined) => c !== undefined && (!c.needsSupport || out.has(c) || (c.weakPlace !== undefined && strong.has(c.entityId))) && (c.type === 'GPE' || c.type === 'LOC');
  const joined = (a: Candidate, b: Candidate) =>
    // a | وb, or a | ، b (no line break between)
    // (after a comma not behind a preposition of its own: القدس، بحجة البناء is "under the pretext")
    ((b.i === a.j && b.peeled > 0 && view.keys[b.i].startsWith('و')) || (b.i === a.j + 1 && view.tokens[a.j].text === '،' && (b.peeled === 0 || view.keys[b.i].startsWith('و')))) && !view.breakAfter[a.j - 1];
  for (let n = 0; n < gaz.length; n++) {
    const c = gaz[n];
    if (!c.needsSupport || (c.type !== 'GPE' && c.type !== 'LOC')) continue;
    if ((n + 1 < gaz.length && place(gaz[n + 1]) && joined(c, gaz[n + 1])) || (n > 0 && place(gaz[n - 1]) && joined(gaz[n - 1], c))) out.add(c);
  }
  // (a list of towns read left to right: each one listed makes the next one listed)
  for (let n = 1; n < gaz.length; n++) {
    const c = gaz[n];
    if (out.has(c) || !c.needsSupport || c.weakPlace === undefined) continue;
    if (place(gaz[n - 1]) && joined(gaz[n - 1], c)) out.add(c);
  }
  return out;
}

/**
 * Ambiguous organization names that support each other: two different ones in one sentence
 * (ويلتقي الهلال … مع الأهلي — clubs, parties and papers come in company).
 */
function coOccurring(gaz: Candidate[], doc: Document, res: EntityResources): Set<string> {
  const out = new Set<string>();
  // (a bank or fund, an outlet and another body do not support each other — قرار الفيدرالي … لربط
  // الريال بالدولار; two clubs do)
  const bySentence = new Map<string, Candidate[]>();
  let s = 0;
  for (const c of gaz) {
    if (!c.needsSupport || c.type !== 'ORG') continue;
    while (s < doc.sentences.length && doc.sentences[s].tokenEnd <= c.i) s++;
    const key = `${s}:${FINANCIAL_BODY.test(c.labelEn ?? '') ? 'bank' : res.mediaIds.has(c.entityId) ? 'media' : 'other'}`;
    const list = bySentence.get(key) ?? [];
    list.push(c);
    bySentence.set(key, list);
  }
  for (const list of bySentence.values()) {
    if (new Set(list.map((c) => c.entityId)).size >= 2) for (const c of list) out.add(c.entityId);
  }
  return out;
}

/**
 * An international airport named after a person after its town's name (ومطار وهران الدولي أحمد بن
 * بلة، مطار الجزائر الدولي هواري بومدين): the person's name is the airport's, one place. Not after
 * a title, whose holder the name is (مدير مطار دبي الدولي بول غريفيث).
 */
function airportsNamedAfterPeople(view: TokenView, chosen: Candidate[], res: EntityResources): Candidate[] {
  const { keys } = view;
  let out: Candidate[] | null = null;
  for (let n = 0; n + 1 < chosen.length; n++) {
    const c = chosen[n];
    const p = chosen[n + 1];
    if (c.type !== 'LOC' || p.type !== 'PERSON' || p.i !== c.j || p.peeled !== 0 || view.breakAfter[c.j - 1] || keys[c.j - 1] !== INTERNATIONAL) continue;
    if (keys[c.i].slice(c.peeled) !== AIRPORT || c.j - c.i < 3) continue;
    if (c.i > 0 && !view.breakAfter[c.i - 1] && c.peeled === 0 && (res.isTitleEnd(keys[c.i - 1]) || res.titles.matchAt(keys, c.i - 1)?.j === c.i)) continue;
    out ??= [...chosen];
    out[n] = { ...c, j: p.j, label: `${c.label} ${p.label}`, attributes: undefined };
    out[n + 1] = undefined as unknown as Candidate;
    n++;
  }
  return out ? out.filter((c) => c !== undefined) : chosen;
}

/** heads of a government or administration named after its leader (keys): حكومة، إدارة */
export const LEADER_BODY_HEADS = /^(حكومه|اداره)$/;

/**
 * A government or administration named after its leader by a word the document gives as a
 * person's family name (حكومة بوشار … الوزير الأول إتيان بوشار): the head stays outside and the
 * name is that person, as for a known leader (حكومة نتنياهو).
 */
function governmentsOfPeople(view: TokenView, chosen: Candidate[]): Candidate[] {
  const { keys } = view;
  let families: Map<string, Candidate> | null = null;
  let out: Candidate[] | null = null;
  for (let n = 0; n < chosen.length; n++) {
    const c = chosen[n];
    if (c.type !== 'ORG' || c.entry !== undefined || c.j - c.i !== 2 || !LEADER_BODY_HEADS.test(keys[c.i].slice(c.peeled))) continue;
    if (families === null) {
      families = new Map();
      for (const p of chosen) if (p.type === 'PERSON' && p.j - p.i >= 2 && !families.has(keys[p.j - 1])) families.set(keys[p.j - 1], p);
    }
    const person = families.get(keys[c.i + 1]);
    if (person === undefined) continue;
    out ??= [...chosen];
    out[n] = { i: c.i + 1, j: c.j, peeled: 0, type: 'PERSON', entityId: person.entityId, label: person.label, labelEn: person.labelEn, source: 'link', entry: person.entry };
  }
  return out ?? chosen;
}

/** an airport's head (key) and its adjective "international" */
const AIRPORT = 'مطار';
const INTERNATIONAL = 'الدولي';

/** English labels of banks, funds and monetary authorities in the gazetteer */
const FINANCIAL_BODY = /\b(Reserve|Bank|Fund|Monetary)\b/;

/** direction adverbs after a place (keys): شمالا، جنوبا، شرقا، غربا */
const DIRECTION_ADVERBS = /^(شمالا|جنوبا|شرقا|غربا)$/;

/**
 * Is the candidate a later word of a product's or programme's name in quotation marks after its
 * head (برنامج "هورايزن أوروبا"، تطبيق "سهل مصر")? The name is the product's, not the place's.
 */
function insideProductName(c: Candidate, view: TokenView, res: EntityResources): boolean {
  const { tokens, keys } = view;
  for (let q = c.i - 1; q >= 1 && c.i - q <= 4; q--) {
    if (view.breakAfter[q]) return false;
    if (tokens[q].kind !== 'punct') continue;
    if (q === c.i - 1 || !res.isQuoteMark(tokens[q].text) || !res.isProductHead(keys[q - 1])) return false;
    for (let r = c.j; r < tokens.length && r - c.j <= 3; r++) {
      if (tokens[r].kind === 'punct') return res.isQuoteMark(tokens[r].text);
    }
    return false;
  }
  return false;
}

/** "the capital" (keys): العاصمة الكورية سيول */
const CAPITAL = /^(ال)?عاصمه$/;

/**
 * A one-word name that is also a month name, standing as a month: after a slash and another
 * month (أبريل/نيسان) or before a relative time word (نيسان الماضي).
 */
function inDate(c: Candidate, view: TokenView, res: EntityResources): boolean {
  if (c.j - c.i !== 1) return false;
  const { tokens, keys } = view;
  // (written together, without spaces: a dateline's /العمانية/ after a date is an outlet)
  // (… but an outlet closed by its own slash is the dateline's: 5 أكتوبر/ وام/)
  const closed = c.j < tokens.length && tokens[c.j].text === '/' && res.mediaIds.has(c.entityId);
  if (c.i >= 2 && !closed && tokens[c.i - 1].text === '/' && tokens[c.i - 2].kind === 'word' && res.monthNames.has(keys[c.i - 2]) && tokens[c.i - 1].start === tokens[c.i - 2].end) return true;
  // … before a slash and a month (نيسان/أبريل 2023)
  if (c.j + 1 < tokens.length && tokens[c.j].text === '/' && tokens[c.j + 1].kind === 'word' && res.monthNames.has(keys[c.j + 1]) && tokens[c.j].start === tokens[c.j - 1].end) return true;
  // … between a day and a year (15 نيسان 2023), or before a year (في نيسان 2023)
  const year = c.j < tokens.length && !view.breakAfter[c.j - 1] && tokens[c.j].kind === 'number' && /^[12٠-٩0-9]\d{3}$|^[١٢][٠-٩]{3}$/.test(tokens[c.j].text);
  const day = c.i > 0 && !view.breakAfter[c.i - 1] && tokens[c.i - 1].kind === 'number' && /^([0-9]{1,2}|[٠-٩]{1,2})$/.test(tokens[c.i - 1].text);
  if (year || (day && c.j < tokens.length && tokens[c.j].kind === 'number')) return true;
  return c.j < tokens.length && !view.breakAfter[c.j - 1] && res.afterMonth.has(keys[c.j]);
}

/**
 * A one-word name that is also an ordinary word, standing right after a definite noun, is that
 * noun's adjective or complement even where the entity is named elsewhere (المنطقة الحرة with
 * قناة الحرة in the article; الإدارة الأمريكية الجديدة). A head or title before it names it
 * (قناة الحرة، صحيفة الحياة).
 */
function modifiesNoun(c: Candidate, view: TokenView, res: EntityResources): boolean {
  // (one word — or a body's short name that opens with an ordinary adjective: السياسة | الخارجية
  // الأمريكية، التكنولوجيا | المالية الإماراتية)
  if (c.j - c.i !== 1 && !(c.type === 'ORG' && c.source === 'gazetteer' && res.isCommonWord(view.keys[c.i]) && res.nisba(view.keys[c.j - 1]))) return false;
  if (c.peeled > 0 || c.i === 0 || view.breakAfter[c.i - 1]) return false;
  const prev = view.tokens[c.i - 1];
  const pk = view.keys[c.i - 1];
  if (prev.kind !== 'word' || !/^[وف]?ال/.test(pk) || !view.keys[c.i].startsWith('ال')) return false;
  // (after an adjective the noun phrase has ended: غريمه التقليدي النصر is an apposition)
  return !titleEndsAt(view, c.i, res) && !res.isStopword(pk) && !pk.endsWith('ي') && !res.nisba(pk);
}

/**
 * Does a title end right before token k (مراسل | الجزيرة، وزير الخارجية | …)? The word before k
 * must end a title that is there, not only a word that can end one (منطقة التجارة | الحرة).
 */
function titleEndsAt(view: TokenView, k: number, res: EntityResources): boolean {
  if (k === 0 || !res.isTitleEnd(view.keys[k - 1])) return false;
  for (let p = k - 1; p >= 0 && k - p <= 4; p--) {
    if (p < k - 1 && view.breakAfter[p]) break;
    const t = res.titles.matchAt(view.keys, p, readingsAt(view, p));
    if (t && t.j === k) return true;
  }
  return false;
}

/**
 * A place named like a feminine adjective (النبطية، الإسماعيلية، الناصرية) right after a definite
 * feminine noun agrees with it as its adjective (المدينة النبطية "the Nabataean city", الطائفة
 * الإسماعيلية، الحركة الناصرية) — not after "the capital" (العاصمة الرياض) or a nationality; any
 * definite place name after a definite plural of persons is their adjective (الحرفيين المهرة).
 */
function placeAsAdjective(c: Candidate, view: TokenView, res: EntityResources): boolean {
  // (a place named like a feminine nationality adjective, with و after another such adjective, is
  // one more adjective: الأسمدة الروسية والسعودية والأميركية)
  if (c.j - c.i === 1 && c.peeled === 1 && c.i > 0 && !view.breakAfter[c.i - 1] && /^وال..+يه$/.test(view.keys[c.i])) {
    const pk = view.keys[c.i - 1].replace(/^و(?=ال)/, '');
    if (/^ال..+يه$/.test(pk) && res.nisba(pk) && view.tokens[c.i - 1].text.endsWith('ة')) return true;
  }
  if (c.j - c.i !== 1 || c.peeled > 0 || c.i === 0 || view.breakAfter[c.i - 1]) return false;
  const key = view.keys[c.i];
  // (a country named like an accusative nationality adjective after a counted noun: 14 أسيرا
  // إريتريا "14 Eritrean prisoners")
  if (key.endsWith('يا') && c.i >= 2 && (view.tokens[c.i - 2].kind === 'number' || /^و?[0-9٠-٩]+$/.test(view.tokens[c.i - 2].text)) && !view.breakAfter[c.i - 2] && view.tokens[c.i - 1].kind === 'word' && /^.{3,}ا$/.test(view.keys[c.i - 1]) && !res.isStopword(view.keys[c.i - 1])) return true;
  const prev = view.tokens[c.i - 1];
  const pk = view.keys[c.i - 1].replace(/^[وف](?=ال)/, '');
  // (a country written like its indefinite feminine adjective — سورية — after another such
  // adjective, after the currency, or before و and one: مباحثات تركية سورية، ليرة سورية، منظمات
  // حقوقية سورية وتركية)
  if (!key.startsWith('ال') && key.endsWith('يه') && res.nisba(key) !== undefined && view.tokens[c.i].text.endsWith('ة') && prev.kind === 'word') {
    const nk = c.j < view.tokens.length && !view.breakAfter[c.i] ? view.keys[c.j] : '';
    if ((/^[^ا].+يه$/.test(pk) && !res.isStopword(pk) && (res.nisba(pk) !== undefined || res.isCommonWord(pk))) || CURRENCY.test(pk) || (/^و[^ا].+يه$/.test(nk) && res.nisba(nk.slice(1)) !== undefined)) return true;
  }
  // (any definite name after a definite plural of persons: الحرفيين المهرة "the skilled craftsmen")
  if (key.startsWith('ال') && prev.kind === 'word' && /^ال...+(ين|ون)$/.test(pk) && !res.nisba(pk) && !res.isStopword(pk) && (startsMask(view, c.i - 1, res) & STARTS.gazetteer) === 0) return true;
  // (… and a place named like a feminine adjective: القوة القاهرة "force majeure")
  if (!/^ال..+ه$/.test(key)) return false;
  return prev.kind === 'word' && /^ال..+ه$/.test(pk) && !pk.endsWith('يه') && !CAPITAL.test(pk) && !res.nisba(pk) && !res.isStopword(pk) && ((startsMask(view, c.i - 1, res) & STARTS.gazetteer) === 0 || res.isHeadWord(pk.slice(2)) || (res.gazetteer.phrases.matchAt(view.keys, c.i - 1)?.j ?? 0) <= c.i);
}

/** a currency a nationality adjective follows (keys): ليرة سورية */
const CURRENCY = /^(ليره|ليرات|جنيه|جنيهات|دينار|دنانير|ريال|ريالات)$/;

/** Superlatives and ordinals after a definite noun (keys): العقبة الأكبر، الخطوة الأولى */
const ELATIVE_AFTER = /^ال(اكبر|اهم|ابرز|اخطر|اصعب|اسهل|اكثر|اقل|اوحد|وحيد|وحيده|اولي|اخيره|رييسيه|رييسي)$/;

/**
 * A one-word place that is also an ordinary noun, standing as the noun before a superlative of
 * its own (تبقى "العقبة الأكبر" "the biggest obstacle"): the elative never follows a city's name.
 */
function nounBeforeElative(c: Candidate, view: TokenView): boolean {
  if (c.j - c.i !== 1 || c.j >= view.tokens.length || view.breakAfter[c.i] || c.peeled > 0) return false;
  return view.keys[c.i].startsWith('ال') && ELATIVE_AFTER.test(view.keys[c.j]);
}

/** Demonstratives before a noun (keys): هذه الوحدات، تلك الاتصالات. */
const DEMONSTRATIVE = /^(هذا|هذه|هذان|هاتان|هؤلاء|هولاء|ذلك|تلك|اولئك|اوليك)$/;

/**
 * An ordinary noun that also names a body (الوحدات، ناقلات، المراعي), standing as the noun: after
 * a demonstrative (هذه الوحدات) or before a definite feminine adjective of its own (الوحدات
 * السكنية، الوحدات المؤجرة). A nationality after it is the body's (اتصالات السعودية), and a club
 * in a football report is judged by its own rule.
 */
function usedAsNoun(c: Candidate, view: TokenView, res: EntityResources): boolean {
  if (c.j - c.i !== 1 || c.sportOnly) return false;
  if (c.type !== 'ORG') return c.type !== 'PERSON' && placeInConstruct(c, view, res);
  const { keys, tokens } = view;
  if (c.i > 0 && !view.breakAfter[c.i - 1] && c.peeled === 0 && DEMONSTRATIVE.test(keys[c.i - 1])) return true;
  if (c.j >= tokens.length || view.breakAfter[c.i] || tokens[c.j].kind !== 'word') return false;
  const next = keys[c.j];
  // an indefinite noun before "with" is the noun (تجري اتصالات مع النرويج)
  if (!keys[c.i].startsWith('ال') && (next === 'مع' || next === 'بين')) return true;
  return next.length > 4 && next.startsWith('ال') && next.endsWith('ه') && !res.nisba(next) && !res.isStopword(next) && (startsMask(view, c.j, res) & STARTS.gazetteer) === 0;
}

/**
 * A place whose name is also an ordinary noun, standing as that noun in construct with what
 * follows (رفع أنصار الحزب صور زعيمه، تصدرت صور زعيم الحزب اللافتات): a definite word, a noun
 * with a pronoun or a noun and a definite word after it — not a nationality, a known name or a
 * direction and its place (في صور جنوب لبنان).
 */
function placeInConstruct(c: Candidate, view: TokenView, res: EntityResources): boolean {
  const { keys, tokens } = view;
  const key = keys[c.i].slice(c.peeled);
  const n = c.j;
  if (!res.isCommonWord(key) || n >= tokens.length || view.breakAfter[n - 1] || tokens[n].kind !== 'word') return false;
  // (after a place's head it is the place: بلدة كسب الحدودية)
  if (c.peeled === 0 && c.i > 0 && !view.breakAfter[c.i - 1] && res.placeHeads.matchAt(keys, c.i - 1)?.j === c.i) return false;
  const next = keys[n];
  const known = (k: number) => (startsMask(view, k, res) & STARTS.gazetteer) !== 0 && res.gazetteer.phrases.matchAt(keys, k, readingsAt(view, k)) !== null;
  if (res.isStopword(next) || res.nisba(next) || known(n)) return false;
  if (next.startsWith('ال') && !next.endsWith('ي')) return true;
  const bare = next.replace(/(ه|ها|هم)$/, '');
  if (bare !== next && bare.length >= 3 && (res.isCommonWord(bare) || res.isTitleEnd(bare) || res.titles.starts(bare))) return true;
  return n + 1 < tokens.length && !view.breakAfter[n] && keys[n + 1].startsWith('ال') && !res.nisba(keys[n + 1]) && !res.isStopword(keys[n + 1]) && !known(n + 1);
}

/**
 * A one-word short name in parentheses right after an organization's name is that organization
 * (وكالة استكشاف الفضاء اليابانية (جاكسا)، الهيئة العامة للإحصاء (ساما)); it is then found again
 * alone elsewhere in the document.
 */
function withAcronyms(view: TokenView, chosen: Candidate[], res: EntityResources): Candidate[] {
  const { tokens, keys } = view;
  let added: Candidate[] | null = null;
  for (let n = 0; n < chosen.length; n++) {
    const c = chosen[n];
    // (after the closing mark of a quoted name: «المكتب الشريف للفوسفاط» (OCP))
    const k = c.j < tokens.length && res.isQuoteMark(tokens[c.j].text) && c.i > 0 && res.isQuoteMark(tokens[c.i - 1].text) ? c.j + 1 : c.j;
    if (c.type !== 'ORG' || k + 2 >= tokens.length) continue;
    // (an outlet's short name may follow its name in quotation marks alone: هيئة البث الإسرائيلية
    // «كان» عن مسؤول …)
    const bare = tokens[k].text !== '(';
    if (bare && !(k === c.j && res.mediaIds.has(c.entityId) && res.isQuoteMark(tokens[k].text) && res.isQuoteMark(tokens[k + 2].text))) continue;
    // (the short name may stand in quotation marks inside the parentheses: («عقارات»))
    const quoted = bare || (k + 4 < tokens.length && res.isQuoteMark(tokens[k + 1].text) && res.isQuoteMark(tokens[k + 3].text) && tokens[k + 4].text === ')');
    const a = quoted && !bare ? k + 2 : k + 1;
    if (!quoted && tokens[k + 2].text !== ')') continue;
    if (n + 1 < chosen.length && chosen[n + 1].i <= a) continue;
    const key = keys[a];
    // (an acronym in Latin capitals: المكتب الوطني للسكك الحديدية (ONCF))
    const latin = tokens[a].kind === 'latin' && /^[A-Z][A-Z&.-]{1,9}$/.test(tokens[a].text);
    // (an ordinary word is a short name when it is quoted: («عقارات»))
    // (an acronym the gazetteer keeps off its entry because it spells a word is that entry's in
    // parentheses after it: وكالة أنباء البحرين (بنا))
    const agency = res.excludedFormsById.get(c.entityId)?.has(key) ?? false;
    if (!latin && (tokens[a].kind !== 'word' || key.length < 3 || (!agency && ((res.isCommonWord(key) && !quoted) || res.isStopword(key))) || res.nisba(key) || res.isHeadWord(key))) continue;
    (added ??= []).push({ i: a, j: a + 1, peeled: 0, type: 'ORG', entityId: c.entityId, label: c.label, labelEn: c.labelEn, source: 'pattern', linkable: true });
  }
  return added ? [...chosen, ...added].sort((a, b) => a.i - b.i) : chosen;
}

/**
 * A descriptor before a name stays outside the mention, which is the name proper (جنوب [لبنان]،
 * قطاع [غزة]، مطار [هيثرو]، حركة [حماس]، نادي [الهلال]); the mention keeps the entity the whole
 * phrase names and records the descriptor as an attribute. What is left must be a name: a known
 * name on its own (an organization's, for an organization's descriptor), or for a place found by
 * its head, a word that is not an ordinary word. The name of a state stays whole (جنوب أفريقيا،
 * جنوب السودان، جبل طارق).
 */
function descriptorsOutside(view: TokenView, chosen: Candidate[], res: EntityResources): Candidate[] {
  const { keys, tokens } = view;
  let out: Candidate[] | null = null;
  for (let n = 0; n < chosen.length; n++) {
    const c = chosen[n];
    if (c.j - c.i < 2 || c.entry?.type === 'GPE') continue;
    const place = c.type === 'LOC' || c.type === 'GPE';
    const set = place ? res.placeDescriptors : c.type === 'ORG' ? res.orgDescriptors : null;
    if (!set) continue;
    let r = c.i;
    while (r < c.j - 1 && r - c.i < 3 && tokens[r].kind === 'word' && set.has(r === c.i ? keys[r].slice(c.peeled) : keys[r])) r++;
    if (r === c.i) continue;
    const known = res.gazetteer.phrases.matchAt(keys, r);
    // (a town named by an ordinary word is no name of its own there: سوق العطارين)
    if (known && known.j === c.j && known.values.every((v) => res.minorPlaces.has(v.id)) && res.ambiguousForms.has(keys.slice(r, c.j).join(' '))) continue;
    // (a facility named after a person by a name of two words or more keeps its head: استاد جاسم
    // بن حمد; شارع [فيصل] and ميناء [جيهان] stay as annotated)
    if (place && !known && c.j - r >= 2 && res.givenNames.matchAt(keys, r)) continue;
    const isName = known
      ? known.j === c.j && (place || known.values.some((v) => v.type === 'ORG'))
      : place && ((c.j - r >= 2 && res.placeNamePrefixes.has(keys[r])) || (!res.isCommonWord(keys[r]) && !res.isCommonWord(keys[r].replace(/^ال/, '')) && !res.nisba(keys[r]) && !res.isTitleEnd(keys[r])));
    if (!isName) continue;
    const descriptor = view.doc.text.slice(originalOffset(tokens[c.i].text, tokens[c.i].start, c.peeled), tokens[r - 1].end);
    (out ??= chosen.slice())[n] = { ...c, i: r, peeled: 0, attributes: { ...c.attributes, descriptor } };
  }
  return out ?? chosen;
}

/** A place right after a competition word is part of the competition's name (بطولة قطر المفتوحة). */
function inCompetitionName(c: Candidate, view: TokenView, res: EntityResources): boolean {
  if ((c.type !== 'GPE' && c.type !== 'LOC') || c.peeled > 0 || c.i === 0 || view.breakAfter[c.i - 1]) return false;
  return view.tokens[c.i - 1].kind === 'word' && res.isCompetitionWord(view.keys[c.i - 1]);
}

/**
 * Social platforms named as the medium (كتب على فيسبوك، عبر منصة إكس، نشر بتيك توك، على فيسبوك
 * وإنستغرام) are not entities; the company that acts (أعلنت تيك توك، المالكة لفيسبوك) is.
 */
function dropMediumPlatforms(cands: Candidate[], view: TokenView, res: EntityResources): Candidate[] {
  const { keys, tokens } = view;
  let droppedEnd = -1;
  return cands.filter((c) => {
    if (!res.platformIds.has(c.entityId)) return true;
    const prefix = keys[c.i].slice(0, c.peeled);
    let p = c.i - 1;
    if (p >= 0 && res.isQuoteMark(tokens[p].text)) p--;
    const medium =
      prefix.includes('ب') ||
      (p >= 0 && tokens[p].kind === 'word' && res.isMediumWord(keys[p])) ||
      // coordinated with a platform just dropped: على فيسبوك وإنستغرام، على فيسبوك، إكس،
      // عبر منصتي "فيسبوك" و"إكس"
      (droppedEnd >= 0 && coordinatedAfter(view, p, prefix, droppedEnd, res));
    if (medium) droppedEnd = c.j;
    return !medium;
  });
}

/**
 * Is a mention whose first token is preceded by token p (its opening quotation mark already
 * passed over) joined by و or a comma to a mention ending at token `end` (exclusive)? The
 * conjunction may be the mention's proclitic (وإكس) or a word of its own before a quotation mark
 * (و"إكس"); the earlier mention's closing mark may stand between.
 */
function coordinatedAfter(view: TokenView, p: number, prefix: string, end: number, res: EntityResources): boolean {
  const { tokens, keys } = view;
  let q = p;
  let joined = prefix.startsWith('و');
  if (!joined && q >= 0 && (keys[q] === 'و' || tokens[q].text === '،' || tokens[q].text === ',')) {
    joined = true;
    q--;
  }
  if (q >= end && q >= 0 && res.isQuoteMark(tokens[q].text)) q--;
  return joined && q + 1 === end;
}

/**
 * In a document that names a club after its town (نادي الكويت، لفريق الوكرة: a pattern that
 * retypes the place), the town's bare name after a team's people (مدرب الكويت، مهاجم الكويت،
 * جماهير الكويت) is that club, with its id. Elsewhere the name stays the place (بتوقيت الكويت).
 */
function clubsNamedAfterPlaces(view: TokenView, chosen: Candidate[], res: EntityResources): Candidate[] {
  const { keys } = view;
  let clubs: Map<string, Candidate> | null = null;
  for (const c of chosen) if (c.retypes && c.type === 'ORG' && c.j - c.i === 1) (clubs ??= new Map()).set(keys[c.i].slice(c.peeled), c);
  if (!clubs) return chosen;
  return chosen.map((c) => {
    if (c.source !== 'gazetteer' || (c.type !== 'GPE' && c.type !== 'LOC') || c.j - c.i !== 1 || c.peeled > 0) return c;
    const club = clubs!.get(keys[c.i]);
    const p = c.i - 1;
    if (!club || p < 0 || view.breakAfter[p] || view.tokens[p].kind !== 'word' || !res.isClubRole(keys[p])) return c;
    return { ...c, type: 'ORG', entityId: club.entityId, label: club.label, labelEn: club.labelEn, entry: undefined, source: 'link' };
  });
}

/** Picks non-overlapping candidates: longer first, then gazetteer before patterns (but after a pattern that retypes a place), then earlier. */
export function resolveConflicts(cands: Candidate[]): Candidate[] {
  const rank = (c: Candidate) => (c.retypes ? -1 : c.source === 'gazetteer' ? 0 : c.source === 'pattern' ? 1 : 2);
  const sorted = [...cands].sort((a, b) => b.j - b.i - (a.j - a.i) || rank(a) - rank(b) || a.i - b.i);
  let top = 0;
  for (const c of cands) if (c.j > top) top = c.j;
  const taken = new Uint8Array(top + 1);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let k = c.i; k < c.j && free; k++) free = taken[k] === 0;
    if (!free) continue;
    for (let k = c.i; k < c.j; k++) taken[k] = 1;
    kept.push(c);
  }
  return kept.sort((a, b) => a.i - b.i);
}

export function toEntity(c: Candidate, view: TokenView): Entity {
  const first = view.tokens[c.i];
  const last = view.tokens[c.j - 1];
  const start = originalOffset(first.text, first.start, c.peeled);
  const end = last.end;
  const e: Entity = {
    start,
    end,
    text: view.doc.text.slice(start, end),
    type: c.type,
    entityId: c.entityId,
    label: c.label,
    source: c.source,
  };
  if (c.labelEn) e.labelEn = c.labelEn;
  if (c.attributes) e.attributes = c.attributes;
  return e;
}

/** Runs the entity stage on a tokenized document; returns the entity layer. */
export function recognizeEntities(view: TokenView, res: EntityResources): Entity[] {
  const doc = view.doc;
  // ambiguous forms need support; an entity also found by an unambiguous form, or supported
  // once in the document, supports all its mentions
  const marks = tokenMasks(view, res);
  const gaz = gazetteerCandidates(view, res, marks.masks);
  const strong = new Set(gaz.filter((c) => !c.needsSupport).map((c) => c.entityId));
  const patterns = findPatternMentions(view, res, marks, gaz);
  for (const p of patterns) if (p.entry) strong.add(p.entityId);
  // (a name in quotation marks read as a person's, written as a body named elsewhere in the
  // document, is that body: شركة "هانا كوسميتكس" … مدير المشتريات في "هانا كوسميتكس")
  for (const p of patterns) {
    if (p.type !== 'PERSON' || p.j - p.i < 2 || !quotedAt(view, res, p.i, p.j)) continue;
    const key = view.keys.slice(p.i, p.j).join(' ');
    const body = patterns.find((o) => o.type === 'ORG' && o.j - o.i === p.j - p.i && o.peeled === 0 && view.keys.slice(o.i, o.j).join(' ') === key);
    if (body) Object.assign(p, { type: 'ORG', entityId: body.entityId, label: body.label, labelEn: body.labelEn });
  }
  // (an ambiguous one-word name that opens a body's longer name found before it is that body named
  // again, no entity of its own: الاتحاد القطري للشطرنج … مصدر في الاتحاد، وأكد الاتحاد أن …)
  const backReferences = new Set<Candidate>();
  for (const c of gaz) {
    if (c.type !== 'ORG' || c.j - c.i !== 1 || !c.needsSupport) continue;
    const key = view.keys[c.i].slice(c.peeled);
    if (patterns.some((p) => p.type === 'ORG' && p.j <= c.i && p.j - p.i >= 2 && view.keys[p.i].slice(p.peeled) === key)) backReferences.add(c);
  }
  // (a mention a pattern retypes — في تصريح لـ«الخبر» is the paper — supports nothing of the place)
  const retyped = new Set(patterns.filter((p) => p.retypes).map((p) => p.i));
  for (const c of gaz) if (c.needsSupport && !retyped.has(c.i) && !backReferences.has(c) && supported(c, view, res, strong)) strong.add(c.entityId);
  // (a word inside a body a pattern found supports nothing: والشباب in وزارة الرياضة والشباب is no club)
  const inPattern = new Uint8Array(view.tokens.length + 1);
  for (const p of patterns) if (p.j - p.i > 1) for (let m = p.i; m < p.j; m++) inPattern[m] = 1;
  const insidePattern = (c: Candidate) => inPattern[c.i] === 1 && inPattern[c.j - 1] === 1 && patterns.some((p) => p.i <= c.i && c.j <= p.j && p.j - p.i > c.j - c.i);
  for (const id of coOccurring(gaz.filter((c) => (!c.needsSupport || c.j - c.i > 1 || (!usedAsNoun(c, view, res) && !modifiesNoun(c, view, res))) && !insidePattern(c)), doc, res)) strong.add(id);
  const listed = coordinatedPlaces(gaz, view, strong, res);
  // (a town listed with places is that town in the rest of the document too)
  // (… and so is a place named by a word that cannot be an adjective: بالوكرة والخور وأم صلال …
  // بإحدى مدارس الخور — مالي "financial" stays a word elsewhere)
  for (const c of listed) if (c.weakPlace !== undefined || ((c.type === 'GPE' || c.type === 'LOC') && !/(ي|يه)$/.test(view.keys[c.j - 1]))) strong.add(c.entityId);
  // a gazetteer match stays when it needs no support, is listed with places, or is supported and
  // not standing as an ordinary word here; never inside a competition's name, and a body's short
  // name that opens with an adjective never right after a definite noun
  const keep = (c: Candidate): boolean => {
    if (inCompetitionName(c, view, res) || insideProductName(c, view, res) || backReferences.has(c)) return false;
    if (c.j - c.i > 1) return !modifiesNoun(c, view, res) && (!c.needsSupport || listed.has(c) || strong.has(c.entityId));
    if ((c.type === 'GPE' || c.type === 'LOC') && (placeAsAdjective(c, view, res) || nounBeforeElative(c, view))) return false;
    if (!c.needsSupport || listed.has(c) || verbShapedAfterIn(c, view)) return true;
    // (an outlet's short name that is a word — معا، وام، وفا — needs its support here: "together"
    // stays a word in an article that quotes the agency elsewhere)
    if (c.peeled === 0 && res.mediaIds.has(c.entityId) && res.ambiguousForms.has(view.keys[c.i]) && view.keys[c.i].length <= 3 && !supported(c, view, res, new Set())) return false;
    return strong.has(c.entityId) && !modifiesNoun(c, view, res) && !inDate(c, view, res) && !usedAsNoun(c, view, res);
  };
  const kept = dropMediumPlatforms(gaz.filter(keep), view, res);
  let chosen = resolveConflicts([...kept, ...dropMediumPlatforms(patterns, view, res)]);
  chosen = clubsNamedAfterPlaces(view, chosen, res);
  chosen = airportsNamedAfterPeople(view, chosen, res);
  chosen = governmentsOfPeople(view, chosen);
  // (before linking: the name alone is then found again — ميناء أكادير … أكادير)
  chosen = descriptorsOutside(view, chosen, res);
  chosen = withAcronyms(view, chosen, res);
  chosen = linkMentions(view, chosen, res);
  return chosen.map((c) => toEntity(c, view));
}
