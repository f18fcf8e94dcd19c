/**
 * Patterns for names nobody listed.
 *
 * - Title + name: a title or role (الرئيس، رئيس الوزراء، المتحدث باسم، الشيخ، الدكتور …), its
 *   complements (a nationality or party adjective الأمريكي / الديمقراطي, a genitive place or body
 *   أمير قطر / الأمين العام للأمم المتحدة, a modifier السابق), an optional apposition comma,
 *   then a name chain.
 * - Given name + name: a known given name followed by at least one more name part (خالد العتيبي).
 * - Name chains: particles join parts (بن، ابن، بنت، أبو، عبد، آل); compound given names
 *   (عبد الله) count as one part; after two parts only a particle chain, a given name, a family
 *   name with the article (العتيبي) or a known family name continues a name. A name ends at a
 *   stopword, a common word, a cue verb, a title, a word carrying a preposition (بدمشق), a
 *   future verb (سيزور), punctuation or a line break.
 * - Organization heads (وزارة، حزب، حركة، شركة، صحيفة، موقع …) + a name: a quoted name (شركة "سابك"),
 *   a known organization (حركة حماس), a brand word (شركة سابك), or — after heads whose names are
 *   made of ordinary words — definite words, adjectives and "for" phrases (حزب العدالة والتنمية،
 *   المركز الوطني للأمن السيبراني). Whether the head is inside the mention comes from the head
 *   lexicon (وزارة … inside; صحيفة … outside).
 * - Place heads (مدينة، محافظة، مطار، مخيم …) + a name (مدينة كوبرتينو، بلدة تل الياسمين).
 * Unknown names get a document-local id (`local:TYPE:name`).
 */
import type { EntityType } from '../document.js';
import type { GazetteerEntry, TitleEntry } from '../data/types.js';
import {
  TITLE_MODIFIERS,
  TITLE_AFFILIATIONS,
  TITLE_COMPLEMENT_PREPOSITIONS,
  NAMING_ADJECTIVES,
  CUE_COMPOUNDS,
  GENERIC_BODIES,
  MEDIA_HEADS,
  FAMILY_NAME_SUFFIXES,
  TITLES_ALSO_FAMILY_NAMES,
  OFFICE_GIVEN_NAMES,
  SUPERLATIVES,
  CLUB_NAME_PREFIXES,
  SPORTING_CLUB_WORDS,
  CLUB_NAME_SUFFIXES,
  SPEAKER_ADJECTIVES,
  NATIONAL_INSTITUTION_KINDS,
  NISBAS_AFTER_INSTITUTIONS_ONLY,
  ARMED_INSTITUTION_HEADS,
  ZONE_KINDS,
  PLACE_HEADS_DEFINITE_ONLY,
  BODY_MISSIONS,
  UTILITY_GOODS,
  NATIONAL_SERVICES,
  DIRECTORATE_FIELDS,
  STATE_SERVICE_FIELDS,
  COURT_KINDS,
  AUTHORITY_FIELDS,
  NAMING_WORDS,
  PLURAL_PLACE_HEADS,
  PLURAL_HEAD_LINKS,
  NATIONAL_INSTITUTION_ADJECTIVES,
  DAY_PARTS,
  HEADS_NAMING_ONLY_QUOTED,
  HEADS_NOT_NAMING_DEFINITE,
  FACILITY_HEADS_NAMED_AFTER_PEOPLE,
  BODY_HEADS_NAMED_AFTER_PEOPLE,
  EVENT_HEADS,
  DEFINITE_ONLY_ORG_HEADS,
  HEADS_NAMED_BY_COMMON_WORDS,
  FLOW_NOUNS,
  BLESSINGS_BEFORE_GOD,
  HEADS_NOT_NAMING,
  PLACE_NAME_PREFIXES,
  NAME_HONORIFICS,
  INSTITUTION_ADJECTIVES,
  PLACE_HEADS_KNOWN_ONLY,
  AMBIGUOUS_TITLES,
  MAQSURA_FUNCTION_WORDS,
  NAMES_FOLDING_ONTO_FUNCTION_WORDS,
  WESTERN_SECOND_PARTICLES,
  KUNYA_PARTICLES,
  NATIONAL_INSTITUTION_HEADS, STATE_MEDIA_HEADS, STATE_MEDIA_ADJECTIVES,
} from '../data/entity-patterns.js';
import type { OrgHead, PlaceHead } from '../data/heads.js';
import { DATELINE_DASHES } from '../data/quote-patterns.js';
import { ANON_NOUNS, GENERIC_GROUPS } from '../data/attribution.js';
import { originalOffset, segment } from '../text/segment.js';
import { labelForm } from '../text/normalize.js';
import { STARTS, type EntityResources } from './resources.js';
import type { Candidate, TokenView } from './recognize.js';
import type { PhraseMatch } from './phrases.js';
import { LEADER_BODY_HEADS, PLACE_PREPOSITIONS, ROAD, gazetteerReadingsAt, writtenBare, hasPrepositionAt, keyTail, knownAfterPreposition as knownAfterPrepositionAt, oneLine, readingsAt, startsMask } from './recognize.js';
import { COUNTRIES } from '../data/gazetteer/countries.js';

interface Lists {
  ambiguousTitles: ReadonlySet<string>;
  institutionAdjectives: ReadonlySet<string>;
  placeHeadsKnownOnly: ReadonlySet<string>;
  /** nouns that speak without being names (مصدر، مسؤول، محللون، شهود) */
  speakerNouns: ReadonlySet<string>;
  modifiers: ReadonlySet<string>;
  namedByCommon: ReadonlySet<string>;
  flowNouns: ReadonlySet<string>;
  /** written first words of blessings before الله (رحمه الله، حفظه الله) */
  blessings: ReadonlySet<string>;
  notNaming: ReadonlySet<string>;
  placePrefixes: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  /** على، إلى … as written (with ى), unfolded */
  maqsura: ReadonlySet<string>;
  namesLikeFunctionWords: ReadonlySet<string>;
  namesLikeFunctionKeys: ReadonlySet<string>;
  westernSecond: ReadonlySet<string>;
  /** أبو، أبي، أبا (keys) */
  kunyaKeys: ReadonlySet<string>;
  /** الجيش، الشرطة … (keys) */
  nationalHeads: ReadonlySet<string>;
  stateMediaHeads: ReadonlySet<string>;
  stateMediaAdjectives: ReadonlySet<string>;
  /** إلى، لدى، في (keys): a title's posting (المبعوث إلى ليبيا) */
  titlePrepositions: ReadonlySet<string>;
  /** الوطني، الانتقالي … (keys): close a name of ordinary words */
  namingAdjectives: ReadonlySet<string>;
  /** رد فعل … (keys): a speech word in a fixed phrase */
  cueCompounds: ReadonlySet<string>;
  /** هيئة الدفاع … (keys): a head and a word that name no organization */
  genericBodies: ReadonlySet<string>;
  /** صحيفة، قناة … (keys, without the article) */
  mediaHeads: ReadonlySet<string>;
  /** زاده، بور … (keys): the last word of Persian and Turkish family names */
  familySuffixes: ReadonlySet<string>;
  /** شباب، نجم، مولودية … (keys, also with و/ب/ل → letters peeled): club names before a town, in football reports */
  sportingClubWords: ReadonlySet<string>;
  clubSuffixes: ReadonlySet<string>;
  speakerAdjectives: ReadonlySet<string>;
  nationalKinds: ReadonlySet<string>;
  institutionNisbas: ReadonlySet<string>;
  armedHeads: ReadonlySet<string>;
  zoneKinds: ReadonlySet<string>;
  definiteOnlyPlaceHeads: ReadonlySet<string>;
  /** one-word titles with a possessive pronoun (keys, also with و/ف): مدربه، مديرها، ومهاجمه */
  possessiveTitles: ReadonlySet<string>;
  /** verbal nouns of a body's mission (keys): تنظيم، تنمية، إحياء … */
  bodyMissions: ReadonlySet<string>;
  utilityGoods: ReadonlySet<string>;
  nationalServices: ReadonlySet<string>;
  nationalServiceFirsts: ReadonlySet<string>;
  nationalServiceSeconds: ReadonlySet<string>;
  namingWords: ReadonlySet<string>;
  directorateFields: ReadonlySet<string>;
  /** STATE_SERVICE_FIELDS (keys; two words joined by a space) */
  stateServices: ReadonlySet<string>;
  /** AUTHORITY_FIELDS (keys; two words joined by a space) */
  authorityFields: ReadonlySet<string>;
  /** COURT_KINDS (keys; words joined by a space) */
  courtKinds: ReadonlySet<string>;
  clubPrefixes: ReadonlyMap<string, number>;
  /** مدن، قرى، ولايات … (keys → the type of their names) */
  pluralPlaceHeads: ReadonlyMap<string, 'GPE' | 'LOC'>;
  /** مثل، منها … (keys) */
  pluralHeadLinks: ReadonlySet<string>;
  /** 1 at the keyTail of every plural place head form */
  pluralHeadTails: Uint8Array;
  /** 1 at the keyTail of every shared family name form (res.sharedSurnames) */
  surnameTails: Uint8Array;
  /** أكبر، أول … (keys) */
  superlatives: ReadonlySet<string>;
  /** الحاج، الشيخ … (keys): titles that are also family names */
  titleFamilyNames: ReadonlySet<string>;
  officeGivenNames: ReadonlySet<string>;
  /** الملكي، المدني … (keys) */
  nationalAdjectives: ReadonlySet<string>;
  /** صباح، مساء … (keys) */
  dayParts: ReadonlySet<string>;
  /** قائمة … (keys): heads that name only a quoted name */
  quotedOnlyHeads: ReadonlySet<string>;
  notNamingDefinite: ReadonlySet<string>;
  facilityHeads: ReadonlySet<string>;
  bodiesNamedAfterPeople: ReadonlySet<string>;
  eventHeads: ReadonlySet<string>;
  definiteOnlyHeads: ReadonlyMap<string, OrgHead>;
}

interface Ctx extends Lists {
  view: TokenView;
  res: EntityResources;
  /** startsMask of every token (0 for tokens without a match key) and the token bits of tokenMasks */
  masks: Uint32Array;
  /** all masks OR-ed: a pattern whose trigger bit no token has is skipped */
  any: number;
  /**
   * the token right after a speech verb, whose first letter ب/ل is read as a preposition only
   * before a known word (وأضاف بلازي أن …, not وقال بصراحة); -1 when none
   */
  afterCue: number;
}

const compiled = new WeakMap<EntityResources, Lists>();

/**
 * One pattern context per set of resources, reused document after document (the stage is
 * synchronous and never re-entered): no object of some forty fields is built per document, and
 * the context keeps one shape for the passes that read it.
 */
const contexts = new WeakMap<EntityResources, Ctx>();
const NO_VIEW = null as unknown as TokenView;
const NO_MASKS = new Uint32Array(0);

function contextFor(res: EntityResources): Ctx {
  let ctx = contexts.get(res);
  if (!ctx) {
    ctx = { view: NO_VIEW, res, masks: NO_MASKS, any: 0, afterCue: -1, ...lists(res) };
    contexts.set(res, ctx);
  }
  return ctx;
}

/** Is the key a word that qualifies a title or a body (الولائي، الاتحادي، السابق, keys), no name after a title? */
export function titleAdjective(res: EntityResources, key: string): boolean {
  const ctx = contextFor(res);
  return ctx.modifiers.has(key) || ctx.institutionAdjectives.has(key);
}

/** A bitmap over keyTail values: 1 where one of the keys ends (a proclitic before them leaves the tail as it is). */
function tailBitmap(keys: readonly string[]): Uint8Array {
  const out = new Uint8Array(65536);
  for (const key of keys) out[keyTail(key)] = 1;
  return out;
}

/** The keys of one-word titles (not honorifics) with ه/ها: مدربه، مديرها، زميلته، ومهاجمه. */
function possessiveTitleKeys(res: EntityResources): Set<string> {
  const out = new Set<string>();
  for (const x of res.titles.firstKeys()) {
    if (!x.startsWith('ال') || !res.titles.single(x)) continue;
    const t = res.titles.matchAt([x], 0);
    if (!t || (t.values[0] as TitleEntry).kind === 'honorific') continue;
    const base = x.slice(2);
    // (a feminine title's ة is written ت before the pronoun: زميلتها)
    const stems = base.endsWith('ه') ? [base.slice(0, -1) + 'ت'] : [base];
    for (const stem of stems) for (const p of ['', 'و', 'ف']) for (const pron of ['ه', 'ها']) out.add(p + stem + pron);
  }
  return out;
}

function lists(res: EntityResources): Lists {
  let c = compiled.get(res);
  if (!c) {
    const k = (s: string) => res.gazetteer.phrases.keysOf(s).join(' ');
    c = {
      ambiguousTitles: new Set(AMBIGUOUS_TITLES.map(k)),
      institutionAdjectives: new Set(INSTITUTION_ADJECTIVES.map(k)),
      placeHeadsKnownOnly: new Set(PLACE_HEADS_KNOWN_ONLY.map(k)),
      speakerNouns: new Set([...ANON_NOUNS, ...GENERIC_GROUPS].map(k)),
      modifiers: new Set([...TITLE_MODIFIERS, ...TITLE_AFFILIATIONS].map(k)),
      namedByCommon: new Set(HEADS_NAMED_BY_COMMON_WORDS.map(k)),
      flowNouns: new Set(FLOW_NOUNS.map(k)),
      blessings: new Set(BLESSINGS_BEFORE_GOD),
      notNaming: new Set(HEADS_NOT_NAMING.map(k)),
      placePrefixes: new Set(PLACE_NAME_PREFIXES.map(k)),
      honorifics: new Set(NAME_HONORIFICS.map(k)),
      maqsura: new Set(MAQSURA_FUNCTION_WORDS),
      namesLikeFunctionWords: new Set(NAMES_FOLDING_ONTO_FUNCTION_WORDS),
      namesLikeFunctionKeys: new Set(NAMES_FOLDING_ONTO_FUNCTION_WORDS.map(k)),
      westernSecond: new Set(WESTERN_SECOND_PARTICLES.map(k)),
      kunyaKeys: new Set(KUNYA_PARTICLES.map(k)),
      nationalHeads: new Set(NATIONAL_INSTITUTION_HEADS.map(k)),
      stateMediaHeads: new Set(STATE_MEDIA_HEADS.map(k)),
      stateMediaAdjectives: new Set(STATE_MEDIA_ADJECTIVES.map(k)),
      titlePrepositions: new Set(TITLE_COMPLEMENT_PREPOSITIONS.map(k)),
      namingAdjectives: new Set(NAMING_ADJECTIVES.map(k)),
      cueCompounds: new Set(CUE_COMPOUNDS.map(k)),
      genericBodies: new Set(GENERIC_BODIES.map(k)),
      mediaHeads: new Set(MEDIA_HEADS.map(k)),
      familySuffixes: new Set(FAMILY_NAME_SUFFIXES.map(k)),
      titleFamilyNames: new Set(TITLES_ALSO_FAMILY_NAMES.map(k)),
      officeGivenNames: new Set(OFFICE_GIVEN_NAMES.map(k)),
      superlatives: new Set(SUPERLATIVES.map(k)),
      pluralPlaceHeads: new Map(PLURAL_PLACE_HEADS.flatMap((h) => ['', 'و', 'ف', 'ب', 'ل'].map((c) => [c + k(h.form), h.type] as const))),
      pluralHeadLinks: new Set(PLURAL_HEAD_LINKS.map(k)),
      pluralHeadTails: tailBitmap(PLURAL_PLACE_HEADS.map((h) => k(h.form))),
      surnameTails: tailBitmap([...res.sharedSurnames.keys()]),
      sportingClubWords: new Set(SPORTING_CLUB_WORDS.map(k)),
      clubSuffixes: new Set(CLUB_NAME_SUFFIXES.map(k)),
      speakerAdjectives: new Set(SPEAKER_ADJECTIVES.map(k)),
      clubPrefixes: new Map(CLUB_NAME_PREFIXES.flatMap((p) => [[k(p), 0] as const, ...['و', 'ب', 'ل'].map((c) => [c + k(p), 1] as const)])),
      nationalAdjectives: new Set(NATIONAL_INSTITUTION_ADJECTIVES.map(k)),
      nationalKinds: new Set(NATIONAL_INSTITUTION_KINDS.map(k)),
      institutionNisbas: new Set(NISBAS_AFTER_INSTITUTIONS_ONLY.map(k)),
      armedHeads: new Set(ARMED_INSTITUTION_HEADS.map(k)),
      zoneKinds: new Set(ZONE_KINDS.map(k)),
      definiteOnlyPlaceHeads: new Set(PLACE_HEADS_DEFINITE_ONLY.map(k)),
      possessiveTitles: possessiveTitleKeys(res),
      bodyMissions: new Set(BODY_MISSIONS.map(k)),
      utilityGoods: new Set(UTILITY_GOODS.map(k)),
      nationalServices: new Set(NATIONAL_SERVICES.map((x) => x.split(' ').map(k).join(' '))),
      nationalServiceFirsts: new Set(NATIONAL_SERVICES.map((x) => k(x.split(' ')[0]))),
      nationalServiceSeconds: new Set(NATIONAL_SERVICES.map((x) => k(x.split(' ')[1]))),
      namingWords: new Set(NAMING_WORDS.flatMap((w) => [w, 'و' + w, 'ف' + w]).map(k)),
      directorateFields: new Set(DIRECTORATE_FIELDS.map(k)),
      stateServices: new Set(STATE_SERVICE_FIELDS.map(k)),
      authorityFields: new Set(AUTHORITY_FIELDS.map(k)),
      courtKinds: new Set(COURT_KINDS.map(k)),
      dayParts: new Set(DAY_PARTS.map(k)),
      quotedOnlyHeads: new Set(HEADS_NAMING_ONLY_QUOTED.map(k)),
      notNamingDefinite: new Set(HEADS_NOT_NAMING_DEFINITE.map(k)),
      facilityHeads: new Set(FACILITY_HEADS_NAMED_AFTER_PEOPLE.map(k)),
      bodiesNamedAfterPeople: new Set(BODY_HEADS_NAMED_AFTER_PEOPLE.map(k)),
      eventHeads: new Set(EVENT_HEADS.map(k)),
      definiteOnlyHeads: new Map(DEFINITE_ONLY_ORG_HEADS.map((h) => [k(h.form), h])),
    };
    compiled.set(res, c);
  }
  return c;
}

function isWord(ctx: Ctx, m: number): boolean {
  // (a bit of the token masks: out of range reads undefined, and undefined & bit is 0)
  return (ctx.masks[m] & STARTS.word) !== 0;
}

/** Gazetteer match at m (proclitics allowed), or null. */
function gazAt(ctx: Ctx, m: number, peel = true) {
  if (m >= ctx.view.tokens.length) return null;
  const t = ctx.view.tokens[m];
  if (t.kind !== 'word' && t.kind !== 'latin') return null;
  if (!(ctx.masks[m] & STARTS.gazetteer)) return null;
  // (a given name is not read as proclitic + name: فاطمة ≠ ف + أطمة)
  const readings = peel && !(ctx.masks[m] & STARTS.givenBare) ? gazetteerReadingsAt(ctx.view, m, ctx.res) : false;
  const g = ctx.res.gazetteer.phrases.matchAt(ctx.view.keys, m, readings);
  // (a town named by an ordinary word is weak evidence: the gazetteer's own candidate keeps it
  // where it is supported, and a pattern may read the word otherwise — سوق العطارين)
  const weak = g === null ? null : weakTownKey(ctx, g);
  return weak !== null && ctx.res.ambiguousForms.has(weak) ? null : g;
}

/**
 * The key of a gazetteer match that is only a town's weak form (one word, or a kunya and a given
 * name: resources.weakPlaceForms), or null.
 */
function weakTownKey(ctx: Ctx, g: PhraseMatch<GazetteerEntry>): string | null {
  if (g.j - g.i > 2 || !g.values.every((v) => ctx.res.minorPlaces.has(v.id))) return null;
  const key = g.j - g.i === 1 ? g.reading.key : `${g.reading.key} ${ctx.view.keys[g.i + 1]}`;
  return ctx.res.weakPlaceForms.has(key) ? key : null;
}

/** The given name (not peeled) starting at m, or null; one bit test for most words. */
function givenAt(ctx: Ctx, m: number) {
  if (m >= ctx.masks.length || !(ctx.masks[m] & STARTS.givenBare)) return null;
  return ctx.res.givenNames.matchAt(ctx.view.keys, m);
}

function knownPersonAt(ctx: Ctx, m: number): boolean {
  const g = gazAt(ctx, m, false);
  return g !== null && g.values.some((v) => v.type === 'PERSON');
}

/**
 * Does token m carry a preposition (بدمشق، للصحفيين، كمسؤول، بمثل)? By the light segmentation, or
 * because the word without its first letter ب/ل/ك is a known word or name.
 */
function hasPreposition(ctx: Ctx, m: number): boolean {
  return hasPrepositionAt(ctx.view, m) || knownAfterPrepositionAt(ctx.view, m, ctx.res);
}

/** Is token m a preposition attached to a known word or name (بدمشق، لموسكو، بمثل)? */
function knownAfterPreposition(ctx: Ctx, m: number): boolean {
  return knownAfterPrepositionAt(ctx.view, m, ctx.res);
}

/** Does token m end in a pronoun (احتجاجه، سموه، مدربه)? Names do not. */
function hasPronoun(ctx: Ctx, m: number): boolean {
  return Boolean(ctx.view.tokens[m].segments?.enclitic ?? encliticOf(ctx, m));
}

/**
 * A place's name right after its head that only ends like a pronoun (ولاية كاتسينا، مدينة
 * أوديسا): neither the word nor the word without the "pronoun" is an ordinary word.
 */
function foreignPlaceName(ctx: Ctx, m: number, afterPlaceHead: boolean): boolean {
  if (!afterPlaceHead) return false;
  const key = ctx.view.keys[m];
  const enc = ctx.view.tokens[m].segments?.enclitic ?? encliticOf(ctx, m) ?? '';
  const stem = key.endsWith(enc) ? key.slice(0, key.length - enc.length) : key;
  // (a plural or dual pronoun makes a word no place's name: لقضاء إجازاتهم)
  if (PLURAL_ENCLITICS.test(enc)) return false;
  return !ctx.res.isCommonWord(key) && !ctx.res.isCommonWord(stem) && !ctx.res.isCommonWord('ال' + stem) && stem.length >= 3;
}

/** enclitic pronouns of the plural and the dual (as segmented) */
const PLURAL_ENCLITICS = /^(هم|هن|كم|كن|هما|كما)$/;

function encliticOf(ctx: Ctx, m: number): string | undefined {
  const t = ctx.view.tokens[m];
  if (t.kind !== 'word') return undefined;
  // cached on the word type (the segmentation depends on the written word only)
  const rec = ctx.view.types[m];
  if (rec.enclitic === undefined) rec.enclitic = segment(t)?.enclitic ?? null;
  return rec.enclitic ?? undefined;
}

/** A dual of an ordinary or source noun (شخصان، مصدران، مسؤولان), not a name ending in ان (كوفمان). */
function dualOf(ctx: Ctx, key: string): boolean {
  if (!/(ان|ين)$/.test(key) || key.length < 5) return false;
  const base = key.slice(0, -2);
  // (a feminine dual writes its ة as ت: عائلتين)
  // (… or of a title: مندوبان، مسؤولين)
  return ctx.res.isCommonWord(base) || ctx.res.isCommonWord(base.replace(/ت$/, 'ه')) || ctx.res.isHeadWord(base) || ctx.res.isHeadWord(base.replace(/ت$/, 'ه')) || ctx.speakerNouns.has(base) || ctx.speakerNouns.has(base.replace(/ت$/, 'ه')) || ctx.res.titles.matchAt([base], 0) !== null || ctx.res.titles.matchAt(['ال' + base], 0) !== null;
}

/**
 * A plural or feminine noun after a speech verb (المحللون، مسؤولين، الحكومة، اللجنة), not a name
 * that happens to end the same way (كينيون، ماكين، حمدان). Definite ones are never names; an
 * indefinite one is a plural when its singular is an ordinary or speaker noun, or when it has the
 * shape of a participle plural (متحدثون، مراقبين).
 */
function pluralLike(ctx: Ctx, key: string, m: number): boolean {
  if (!/(ون|ين|ات|ه)$/.test(key) || givenAt(ctx, m)) return false;
  // (a long word in ات is a plural: تسهيلات، حاخامات — names in ات are short: عرفات، بركات)
  if (key.startsWith('ال') || /ه$/.test(key) || (key.length >= 6 && key.endsWith('ات'))) return true;
  // (the plural of a فعّال trade noun: صيادون، بحارين، فلاحون)
  if (/^[^ا]{2}ا[^ا](ون|ين)$/.test(key)) return true;
  // (… and of a فاعل participle before where they are from or work: ناشرون من دول الخليج، باحثون في
  // الجامعة — a name of that shape, جاكسون، is followed by what is said)
  if (/^[^ا]ا[^ا]{2}(ون|ين)$/.test(key) && m + 1 < ctx.view.tokens.length && !ctx.view.breakAfter[m] && /^(من|في|لدي)$/.test(ctx.view.keys[m + 1])) return true;
  const base = key.slice(0, -2);
  if (ctx.res.isCommonWord(base) || ctx.speakerNouns.has(base) || ctx.res.isCommonWord('ال' + base)) return true;
  return /^م/.test(key) && key.length >= 6;
}

/** مُفاعِلا / فاعِلا: the accusative participles of circumstantial clauses (مخاطبا، مشيرا، داعيا). */
function participleShape(key: string): boolean {
  // مُفعِلا (مشيرا)، مُفاعِلا (مطالبا)، مُفتعِلا (معتبرا)، مُتفعِّلا (متوقعا)، منفعِلا، مستفعِلا، فاعِلا (داعيا) —
  // not a foreign name that only starts with م and ends with ا (موراتا، مونيكا)
  return key.length >= 5 && (/^م...ا$/.test(key) || /^م.[اتن]..ا$/.test(key) || /^م[تن]...ا$/.test(key) || /^مست...ا$/.test(key) || /^.ا..ا$/.test(key));
}

/** Is token m the last before punctuation on its line? */
function closedByPunctuation(ctx: Ctx, m: number): boolean {
  const n = m + 1;
  return n < ctx.view.tokens.length && !ctx.view.breakAfter[m] && ctx.view.tokens[n].kind === 'punct' && /^[،,.:؛;]$/.test(ctx.view.tokens[n].text);
}

/** A word shaped like a present-tense verb (يتناول، تتناول، يؤكدون) that is not a known name. */
function presentVerb(ctx: Ctx, m: number): boolean {
  const key = ctx.view.keys[m];
  if (givenAt(ctx, m) || knownPersonAt(ctx, m)) return false;
  // (a plural يـ…ون; not ت…ان, the shape of many transliterated names: ترايان، تومان)
  // (also ي + three letters — يصنع، يملك — where no given name has that form)
  // (and ي + four consonants, a verb of four root letters — يعرقل، يزلزل — no name is so written)
  // (and ي + the form يفاعل — يدافع، يطالب، يشارك)
  // (and ي + the form يفتعل — يقترح، يكتشف; with ت only before a function word, as names take
  // that shape too: تقترح فيها، تنتظر من — تحتمس الثالث)
  const { keys, tokens } = ctx.view;
  const iftaal = /^[يت][^واي]ت[^واي][^واي]$/.test(key) && (key[0] === 'ي' || (m + 1 < tokens.length && !ctx.view.breakAfter[m] && ctx.res.isStopword(keys[m + 1])));
  // (and ت + a defective verb of three letters — تنجو، تمضي، تبني — before a function word: تنجو من)
  const defective = /^ت[^واي]{2}[وي]$/.test(key) && m + 1 < tokens.length && !ctx.view.breakAfter[m] && ctx.res.isStopword(keys[m + 1]);
  // (and ت + three consonants before a preposition: تنشط على، تعمل في — a name of that shape
  // is a given name or a known place: تامر، تونس)
  const triliteral = /^ت[^واي]{3}$/.test(key) && m + 1 < tokens.length && !ctx.view.breakAfter[m] && PREPOSITIONS_AFTER_VERB.test(keys[m + 1]) && !gazAt(ctx, m);
  // (and ت + a hollow verb — تلوح، تعود، تفوز — before ب + its object or a preposition: تلوّح بوقف)
  const hollow = /^ت[^اوي]و[^اوي]$/.test(key) && m + 1 < tokens.length && !ctx.view.breakAfter[m] && (PREPOSITIONS_AFTER_VERB.test(keys[m + 1]) || /^ب[^ا]../.test(keys[m + 1])) && !gazAt(ctx, m);
  const shaped = key.length >= 4 && (/^[يت]ت/.test(key) || iftaal || defective || triliteral || hollow || /^ي.*ون$/.test(key) || /^[يتن]ست/.test(key) || /^ي[^واي]..$/.test(key) || /^ي[^واي]{4}$/.test(key) || /^ي[^واي]ا[^اوي].$/.test(key));
  // (a foreign family name in that shape after a given name, closing the phrase, is the name: أحمد
  // يلدز، — a verb there would go on to its object)
  return shaped && !(m > 0 && !ctx.view.breakAfter[m - 1] && (m + 1 >= tokens.length || ctx.view.breakAfter[m] || (tokens[m + 1].kind === 'punct' && tokens[m + 1].text !== '-')) && !ctx.res.isCommonWord(key) && !ctx.res.isCueWord(key) && givenAt(ctx, m - 1)?.j === m);
}

/**
 * A future verb (سيزور، ستبدأ) never names anyone. A transliterated name can look like one
 * (سيموني، ستيفن); a final ي written as such (not ى) or a final و marks the name.
 */
function futureVerb(key: string, text = ''): boolean {
  // (four letters after ست/سن are a name more often than a verb: ستال، ستين; سيتم، سيظل are verbs)
  if (!(/^(و|ف)?س[يتن]/.test(key) && !/^سي[دن]/.test(key) && (key.length >= 5 || /^(و|ف)?سي/.test(key)))) return false;
  // (four or five letters ending in ا are a name: سيلا، سيرا، سيلفا — a verb does not end so:
  // سيتم، سيظل، سيعقد)
  if (key.length <= 5 && key.endsWith('ا')) return false;
  // (a long word in a Slavic name's ending is a name: ستانيشيف، ستيبانوف)
  if (key.length >= 7 && /(يف|وف|سكي|يتش)$/.test(key)) return false;
  // (a verb of the forms افتعل، انفعل with a final ي is a verb still: سيلتقي، سينتهي، ستشتري)
  if (/^(و|ف)?س[يتن].ت.ي$/.test(key)) return true;
  return !/[يو]$/.test(text);
}

/** ل + a short ordinary word (لري "for irrigating"): never a name part. */
function lamShortWord(ctx: Ctx, key: string): boolean {
  return key.length === 3 && key.startsWith('ل') && ctx.res.isCommonWord(key.slice(1));
}

/**
 * A clan's family name in the broken-plural shape ال + فعالِلة (المشاقبة، الخلايلة، الطراونة،
 * المعايطة), written with ة: not an ordinary word (المقاومة، المحافظة), on the same line.
 */
function clanNameAt(ctx: Ctx, m: number): boolean {
  const { keys, tokens } = ctx.view;
  if (m >= tokens.length || !isWord(ctx, m) || ctx.view.breakAfter[m - 1]) return false;
  const key = keys[m];
  return /^ال[^ا]{2}ا[^ا]{2}ه$/.test(key) && /ة[\u064B-\u0652]*$/.test(tokens[m].text) && !ctx.res.isCommonWord(key) && !ctx.res.isCommonWord(key.slice(2)) && !gazAt(ctx, m);
}

/** Can token m be part of a name? `first`: the first part (stricter). */
function nameToken(ctx: Ctx, m: number, first: boolean): boolean {
  if (!isWord(ctx, m)) return false;
  const key = ctx.view.keys[m];
  const { res } = ctx;
  // (a name spelled like a function word, beside another name part: أم علي الشامي، آنا بيلوفا)
  if (spelledAsName(ctx, m, first)) return true;
  // (a given name that is also a function word opens a name before بن: عوض بن دغار)
  if (first && res.isStopword(key) && givenAt(ctx, m) && sonFollows(ctx, m)) return true;
  if (key.length < 2 || res.isStopword(key) || res.isCueWord(key) || ctx.modifiers.has(key)) return false;
  // (… nor و + a title: ولي العهد الأمين | وولي ولي العهد)
  if (first && conjunctionTitleAt(ctx, m) && !givenAt(ctx, m) && !knownPersonAt(ctx, m)) return false;
  // (… nor و/ف + a function word: اللاعب | وما يقدمه، المدرب | ولن نتراجع)
  if (/^[وف]/.test(key) && key.length <= 4 && res.isStopword(key.slice(1)) && !givenAt(ctx, m) && !knownPersonAt(ctx, m)) return false;
  if (!first && ctx.familySuffixes.has(key)) return true;
  // على written with ى is the preposition, never the name علي
  if (ctx.view.tokens[m].text.endsWith('ى') && ctx.maqsura.has(ctx.view.tokens[m].text.replace(/^[وف](?=[عإا])/, ''))) return false;
  if (first && ordinaryInflection(ctx, key, m)) return false;
  // a participle of the form متفاعل (متناسب، متصاعد) is no name's first part
  if (first && /^مت.ا..(ه)?$/.test(key) && !givenAt(ctx, m) && !knownPersonAt(ctx, m)) return false;
  // a sound masculine plural of a noun or participle (فلاحون، مسؤولون، محللون) is no name
  // (foreign names end so too: أراجون، جونسون)
  // (a stem of four letters or more: دورون is a name, not دور + ون)
  if (first && key.length >= 6 && key.endsWith('ون') && (res.isCommonWord(key.slice(0, -2)) || /^م/.test(key)) && !givenAt(ctx, m) && !knownPersonAt(ctx, m)) return false;
  // (… and so is the plural of a relative adjective: حقوقيون، ناشطون سياسيون)
  if (first && key.length >= 6 && key.endsWith('يون') && !givenAt(ctx, m) && !knownPersonAt(ctx, m)) return false;
  // (… and so in the accusative, before a function word: آملين أن …، مطالبين بـ)
  if (first && key.length >= 5 && key.endsWith('ين') && (res.isCommonWord(key.slice(0, -2)) || res.ambiguousGiven.has(key.slice(0, -2))) && !givenAt(ctx, m) && !knownPersonAt(ctx, m) && m + 1 < ctx.view.tokens.length && res.isStopword(ctx.view.keys[m + 1])) return false;
  // a verb before عدم is no name (فضل عدم نشر اسمه، طلب عدم الكشف عن هويته)
  if (first && m + 1 < ctx.view.tokens.length && ctx.view.keys[m + 1] === 'عدم') return false;
  // a feminine participle after a name describes the speaker (تقول الحلبي | مبتسمة)
  // (written with ة: a name in ـه such as ماسيه stays a name)
  if (!first && /^م...+ه$/.test(key) && !/يه$/.test(key) && ctx.view.tokens[m].text.endsWith('ة') && !givenAt(ctx, m) && !knownPersonAt(ctx, m)) return false;
  // … nor a participle's plural in construct before a definite noun, the verb's object (يلتقي
  // قدورة | ممثلي الشركة، زار الوزير | موظفي البلدية)
  // (مفعولي is a family name's shape too: عبد القادر مسعودي، منصوري)
  if (!first && /^م...+ي$/.test(key) && (!/^م..و.ي$/.test(key) || res.isCommonWord(key)) && m + 1 < ctx.view.tokens.length && !ctx.view.breakAfter[m] && /^ال../.test(ctx.view.keys[m + 1]) && !res.titles.matchAt(ctx.view.keys, m + 1) && !res.nisba(key) && !givenAt(ctx, m) && !knownPersonAt(ctx, m)) return false;
  // a definite feminine participle فاعلة opens no name (شركة … القاضي | القابضة برأسمال …): it
  // describes a noun (family names in ـة are tribal plurals فعاعلة: الطراونة)
  if (first && /^ال.ا..ه$/.test(key) && ctx.view.tokens[m].text.endsWith('ة') && !givenAt(ctx, m) && !knownPersonAt(ctx, m)) return false;
  // … nor a definite feminine participle فاعلة before ل, a body's affiliation (كتلة الشهيد ياسر عرفات |
  // التابعة لحركة فتح) — family names in ـة (الطراونة، القضاة) are not of that shape
  if (!first && /^ال.ا..ه$/.test(key) && ctx.view.tokens[m].text.endsWith('ة') && m + 1 < ctx.view.tokens.length && !ctx.view.breakAfter[m] && /^ل/.test(ctx.view.keys[m + 1]) && !givenAt(ctx, m) && !knownPersonAt(ctx, m)) return false;
  // an accusative of an ordinary word after a name (مامادو سيلا | هدفا) is no name part either
  // (… also of three letters: قال عقل | ردا على سؤال)
  // (… nor the first part of one: نرى | شيئا صنعناه)
  // (… or of a title: تعيين الملا أختر منصور | زعيما جديدا، عين فلان | سفيرا)
  if (key.length >= 3 && key.endsWith('ا') && (res.isCommonWord(key.slice(0, -1)) || (key.length >= 4 && res.titles.matchAt([key.slice(0, -1)], 0) !== null)) && !givenAt(ctx, m) && !knownPersonAt(ctx, m)) return false;
  // a part of the day before a definite word is time (صباح الثلاثاء، مساء اليوم), not the name صباح
  if (first && ctx.dayParts.has(key) && m + 1 < ctx.view.tokens.length && ctx.view.keys[m + 1].startsWith('ال')) return false;
  // و + a longer word that is no given name is the conjunction (بشكل منسق | ومتناسب)
  // (… unless a particle of a European name follows: ويسلي دوس سانتوس)
  if (first && key.length >= 5 && key.startsWith('و') && !givenAt(ctx, m) && !(m + 1 < ctx.view.tokens.length && ctx.res.westernParticles.has(ctx.view.keys[m + 1]))) return false;
  if (passiveVerbWritten(ctx.view.tokens[m].text)) return false;
  // a title that is also a family name closes the name when no name follows (ربيع الحاج |
  // لوكالة), and opens a title before one (محمد | الشيخ أحمد)
  if (!first && ctx.titleFamilyNames.has(key)) {
    const n = m + 1;
    return !(n < ctx.view.tokens.length && !ctx.view.breakAfter[m] && isWord(ctx, n) && (givenAt(ctx, n) || knownPersonAt(ctx, n)));
  }
  if (res.titles.starts(key) && res.titles.matchAt(ctx.view.keys, m)) return false;
  // a title with و starts a new phrase (… الدولي | ومعالي شكيب بن موسى)
  if (first && /^[وف]/.test(key) && res.titles.starts(key.slice(1)) && res.titles.matchAt([key.slice(1)], 0)) return false;
  if (res.isHeadWord(key)) return false;
  // a known place or body is no name's first part (مدير فريق | ريد بول), even where its first
  // word is also a given name
  if (first && nonPersonAt(ctx, m)) return false;
  // a title in construct after a name opens an apposition (كريستوفر هيل | مساعد وزيرة الخارجية،
  // ديفد فرانكلين | أمين المتحف): a title word before a definite noun that is no family name
  // (محمد أمين الحسيني keeps its name) or before another title
  if (!first && m + 1 < ctx.view.tokens.length && !ctx.view.breakAfter[m] && isWord(ctx, m + 1) && (res.titles.starts(key) || res.titles.starts('ال' + key))) {
    const nk = ctx.view.keys[m + 1];
    if ((definite(nk) && !/ي$/.test(nk) && !res.isStopword(nk)) || res.titles.starts(nk) || res.titles.starts('ال' + nk)) return false;
  }
  const given = givenAt(ctx, m);
  if (given) return !(res.ambiguousGiven.has(key) && res.isCommonWord(key) && first);
  if (knownPersonAt(ctx, m)) return true;
  // (a later part in -يه is a name rather than a word with its pronoun: لوران ماسيه; so is a long
  // unknown word in -ينا/-انا/-ونا: كريستينا، كاتارينا، سوزانا)
  // (… and a later part in -نا whose stem is no ordinary word: لويس هورنا, not شعبنا)
  // (… and a later part in -ك whose stem is no ordinary word: مصطفى سيك، آدم ماليك — "your" is rare in news)
  // (… and one in -ه after a foreign given name: أندرياس كولبه، ميشائيل شولته)
  if (res.isCommonWord(key) || futureVerb(key, ctx.view.tokens[m].text) || (hasPronoun(ctx, m) && (first || !/يه$/.test(key)) && !(key.length >= 6 && /[ياو]نا$/.test(key)) && !(!first && key.length >= 5 && key.endsWith('نا') && !res.isCommonWord(key.slice(0, -2))) && !(!first && key.endsWith('ك') && !key.endsWith('كك') && !res.isCommonWord(key.slice(0, -1)) && !res.isCommonWord(key.slice(0, -1).replace(/ت$/, 'ه'))) && !(!first && key.length >= 4 && key.endsWith('ه') && res.foreignGiven.has(ctx.view.keys[m - 1]) && !res.isCommonWord(key.slice(0, -1))))) return false;
  // a circumstantial participle (مخاطبا، معربة) or a word with و before an ordinary word (وعدد) is no name
  // (a later part closed by punctuation after a part that is no known given name is a foreign
  // family name of that shape: راجيف شارما، — not أحمد حسن | مبتسما:)
  if (participleShape(key) && (first || !closedByPunctuation(ctx, m) || (givenAt(ctx, m - 1) !== null && !res.foreignGiven.has(ctx.view.keys[m - 1])) || definite(ctx.view.keys[m - 1]))) return false;
  if (key.length > 3 && key.startsWith('و') && (res.isCommonWord(key.slice(1)) || res.givenNames.starts(key.slice(1)))) return false;
  // (… and so is ف + an ordinary word or a speech verb: فدعا، فقال)
  if (key.length > 3 && key.startsWith('ف') && (res.isCommonWord(key.slice(1)) || res.isCueWord(key.slice(1)))) return false;
  // a preposition by the light segmentation rules out a first part; later parts may start with
  // ب/ل (ليلى بنعلي) unless the rest is a known word or name (بدمشق، بمثل)
  // (ك is seldom a preposition before an unknown word: كاتارينا، كامافينغا)
  if (m === ctx.afterCue) {
    // (after a speech verb: a short word or ب/ل + the article stays a preposition phrase: لكل، بالنظر)
    if (knownAfterPreposition(ctx, m) || ((key.length <= 4 || /^([بل]ال|لل)/.test(key)) && hasPreposition(ctx, m))) return false;
    // (… nor after a given name: أندرياس كولبه ≠ ك + ولبة)
  } else if (first && !key.startsWith('ك') ? hasPreposition(ctx, m) : knownAfterPreposition(ctx, m) && !(!first && key.startsWith('ك') && givenAt(ctx, m - 1) !== null)) return false;
  // … or a verbal noun after ب/ل (اتُّهم منصور | بتقديم الرشوة، دعا سالم | لتشكيل)
  // (… or a noun of one instance: بتسديدة، بتمريرة)
  if (!first && /^[بل]/.test(key) && (masdarShape(key.slice(1)) || /^ت..ي.ه$/.test(key.slice(1)))) return false;
  // … or ب/ل + the dual of an ordinary noun (أوكافور | لموسمين، | بهدفين)
  if (!first && /^[بل]/.test(key) && dualOf(ctx, key.slice(1)) && !givenAt(ctx, m) && !knownPersonAt(ctx, m)) return false;
  // … or ل + a short ordinary word (عبدالله | لري نحو 60 ألف دونم)
  if (!first && lamShortWord(ctx, key) && !givenAt(ctx, m)) return false;
  // … or a preposition with the article (حمدان | بالتحدث، رايس | بالمواجهة)
  if (!first && /^[بل]ال/.test(key)) return false;
  // … or ك/ب/ل + a title (تيم سيباستيان | كمقدم تلفزيوني، | بصفته)
  if (!first && /^[كبل]/.test(key) && key.length >= 4 && res.titles.starts('ال' + key.slice(1)) && res.titles.matchAt(['ال' + key.slice(1)], 0) !== null) return false;
  // … or a past verb in the plural (شيراك | استنكروا، | أكدوا)
  if (!first && key.length >= 6 && key.endsWith('وا') && !givenAt(ctx, m) && !knownPersonAt(ctx, m)) return false;
  // … or a definite participle متفعّل (السنيورة | المتمثل، | المتواجد) or verbal noun تفعّل
  // (هنري | التقدم، | التدخل)
  if (!first && ((/^المت..+$/.test(key) && key.length >= 7) || /^الت...$/.test(key)) && !key.endsWith('ي') && !knownPersonAt(ctx, m)) return false;
  // … or a plural with the article before a feminine adjective that agrees with it (الشيخ
  // القاسمي | المؤسسات الثقافية) — family names in ـات (العبيدات، البركات) take no such adjective
  if (!first && /^ال...+ات$/.test(key) && m + 1 < ctx.view.tokens.length && !ctx.view.breakAfter[m] && /^ال..+ه$/.test(ctx.view.keys[m + 1]) && ctx.view.tokens[m + 1].text.endsWith('ة') && !knownPersonAt(ctx, m)) return false;
  // a word with و that is not a name itself starts a new phrase (فتحي | وفرج)
  if (!first && key.startsWith('و') && key.length > 3) return false;
  // a past verb of the form تفعّلت / تفاعلت after a name (هيروهيتو | تغيرت) starts the predicate,
  // as do استفعل verbs and present verbs with an object pronoun (ألكسندر | استحق، ماركو | يعرفني)
  if (!first && (/^ت.{3,4}ت$/.test(key) || /^است..?.$/.test(key) || /^[يت].{2,}(ني|نا|ها|هم)$/.test(key))) return false;
  if (first && (res.nisba(key) || (/^[وف]ال/.test(key) && res.nisba(key.slice(1))))) return false;
  // a feminine or plural nationality adjective (المصرية، المصريون) is never part of a name;
  // the masculine one can be a family name (محمد المصري)
  if (!first && res.nisba(key) && !/ي$/.test(key)) return false;
  // a known place or body after a name starts a new phrase (وصل موسى | فلسطين)
  if (!first && nonPersonAt(ctx, m)) return false;
  // (… and a present verb of any length: أبو حمد | يحملون)
  if (!first && presentVerb(ctx, m)) return false;
  // … so does a present verb (لوى | يخدم), a definite feminine adjective (لوى | الأهلية) or a
  // preposition with the article (الكتاني | للصحافيين)
  if (!first && (/^ي...$/.test(key) || (key.startsWith('ال') && key.endsWith('يه')) || key.startsWith('لل'))) return false;
  // … and a dual or plural adjective of the -ي kind (وجهتين | موسميتين، عمال | زراعيين)
  if (!first && key.length >= 7 && /(يتين|يين)$/.test(key)) return false;
  // (… also a shorter one whose singular is an ordinary word: زعماء | محليون — كينيون stays a name)
  if (!first && /(يون|يين)$/.test(key) && res.isCommonWord(key.slice(0, -2))) return false;
  return true;
}

/**
 * A given name that folds onto a function word, written as the name (علي with ي, آنا with the
 * madda), beside another name part: after one (محمد علي) or before a family name or a given
 * name (أم علي الشامي، آنا بيلوفا).
 */
function spelledAsName(ctx: Ctx, m: number, first: boolean): boolean {
  const { tokens, keys } = ctx.view;
  // (the key first: one set lookup turns almost every word away)
  if (!ctx.namesLikeFunctionKeys.has(keys[m]) || !ctx.namesLikeFunctionWords.has(tokens[m].text.replace(/[\u064B-\u0652\u0640]/g, ''))) return false;
  if (!first) return true;
  const n = m + 1;
  if (n >= tokens.length || ctx.view.breakAfter[m] || !isWord(ctx, n) || ctx.res.isStopword(keys[n])) return false;
  if (ctx.res.isCommonWord(keys[n])) return false;
  return (keys[n].startsWith('ال') && keys[n].endsWith('ي')) || knownPersonAt(ctx, n) || (givenAt(ctx, n) !== null && !ctx.res.ambiguousGiven.has(keys[n])) || (!definite(keys[n]) && !knownAfterPreposition(ctx, n) && keys[n].length >= 4);
}

/**
 * Is the word at m a function word — and not a name spelled like one beside another name part
 * (علي written with ي is the name, though its key is the preposition's: سعيد بن علي)?
 */
function functionWordAt(ctx: Ctx, m: number): boolean {
  return ctx.res.isStopword(ctx.view.keys[m]) && !spelledAsName(ctx, m, false);
}

/** Is a known place or organization (and no person) named at m? */
function nonPersonAt(ctx: Ctx, m: number): boolean {
  const g = gazAt(ctx, m, false);
  // (a town's one-word name is also a family's: أمينة جالو، عبد الكريم بنسودة)
  // (… and a club's name that is an ordinary word or a family name: نبراس الطائي)
  return g !== null && g.values.every((v) => v.type !== 'PERSON') && !givenPlaceAt(ctx, g) && weakTownKey(ctx, g) === null && !(g.j - g.i === 1 && g.reading.peeled === 0 && ctx.res.sportOnlyForms.has(g.reading.key));
}

/**
 * A known place of one word that needs support and is a given name (منى: also the site near
 * Mecca) — a name part, not the place, where a person's name is read.
 */
function givenPlaceAt(ctx: Ctx, g: PhraseMatch<GazetteerEntry>): boolean {
  if (g.reading.peeled !== 0 || givenAt(ctx, g.i)?.j !== g.j) return false;
  if (g.j - g.i === 1 && ctx.res.ambiguousForms.has(g.reading.key)) return true;
  // (… not after a word that introduces a place: النائب عن صلاح الدين محمود السامرائي)
  if (g.i > 0 && !ctx.view.breakAfter[g.i - 1] && (PLACE_PREPOSITIONS.test(ctx.view.keys[g.i - 1]) || /^[وف]?عن$/.test(ctx.view.keys[g.i - 1]))) return false;
  // (… or a given name, before a name part that is no ordinary word: صلاح الدين كرار، عمران
  // شفقت — صلاح الدين alone is the Iraqi governorate, عمران the Yemeni town)
  const n = g.j;
  const { keys } = ctx.view;
  return n < keys.length && !ctx.view.breakAfter[n - 1] && isWord(ctx, n) && !ctx.res.isCommonWord(keys[n]) && !ctx.res.isCueWord(keys[n]) && !ctx.res.nisba(keys[n]) && !/^[وف]/.test(keys[n]) && gazAt(ctx, n, false) === null;
}

/**
 * An ordinary word in an inflection names do not take: an accusative (اتصالا، ردا، برنامجا: an
 * ordinary word + ا), a sound feminine plural of an ordinary word (إيضاحات), or a long abstract
 * noun in ـية (إمكانية، استراتيجية). Known given names and people are exempt.
 */
function ordinaryInflection(ctx: Ctx, key: string, m: number): boolean {
  const { res } = ctx;
  if (givenAt(ctx, m) || knownPersonAt(ctx, m)) return false;
  if (/.ا$/.test(key) && (res.isCommonWord(key.slice(0, -1)) || /ً/.test(ctx.view.tokens[m].text))) return true;
  if (/ات$/.test(key) && key.length >= 5 && (res.isCommonWord(key.slice(0, -2)) || res.isCommonWord(key.slice(0, -2) + 'ه'))) return true;
  return /يه$/.test(key) && key.length >= 6 && !key.startsWith('ال');
}

/**
 * A family name that is an ordinary word, right after a given name that follows a title: a bare
 * indefinite word, not a function word, verb, adverb, preposition phrase, pronoun-suffixed or
 * accusative word, and not a known place or body.
 */
function familyWordAt(ctx: Ctx, m: number): boolean {
  const { keys, tokens } = ctx.view;
  const { res } = ctx;
  if (m >= tokens.length || !isWord(ctx, m) || ctx.view.breakAfter[m - 1]) return false;
  const key = keys[m];
  if (key.length < 3 || key.startsWith('ال') || /^[وف]/.test(key) || res.isStopword(key) || res.isCueWord(key) || ctx.modifiers.has(key)) return false;
  if (hasPreposition(ctx, m) || hasPronoun(ctx, m) || presentVerb(ctx, m) || futureVerb(key, tokens[m].text) || nonPersonAt(ctx, m) || res.nisba(key)) return false;
  if (/ا$/.test(key) || /(ون|ين|ات)$/.test(key) || res.isHeadWord(key)) return false;
  // (ل + a short ordinary word: قناة الملك عبدالله | لري نحو …)
  if (lamShortWord(ctx, key)) return false;
  return !(res.titles.starts(key) && res.titles.matchAt(keys, m));
}

/**
 * A family name with the article that is also an ordinary word (الحر، الجديد is not one): a
 * definite word of two to four letters after the article, no adjective of time or rank, no
 * nationality, plural, title, head or time word, on the line — and the phrase ends right after it
 * at punctuation, a complementizer, or ل/ب before a quotation mark.
 */
function definiteFamilyWordAt(ctx: Ctx, m: number): boolean {
  const { keys, tokens } = ctx.view;
  const { res } = ctx;
  if (m >= tokens.length || !isWord(ctx, m) || ctx.view.breakAfter[m - 1]) return false;
  const key = keys[m];
  if (!/^ال.{2,4}$/.test(key) || /(ين|ون|ات|يه)$/.test(key) || ctx.modifiers.has(key) || ctx.dayParts.has(key) || ctx.res.monthNames.has(key)) return false;
  if (res.isStopword(key) || res.isCueWord(key) || res.nisba(key) || res.isHeadWord(key.slice(2)) || nonPersonAt(ctx, m) || TIME_WORDS.test(key)) return false;
  if (res.titles.starts(key) && res.titles.matchAt(keys, m)) return false;
  const x = m + 1;
  if (x >= tokens.length || ctx.view.breakAfter[m]) return true;
  const t = tokens[x];
  if (t.kind === 'punct') return t.text !== '-' && !res.isQuoteMark(t.text);
  if (/^[وف]?(ان|انه|انها|بان)$/.test(keys[x])) return true;
  return /^[لب]ـ?$/.test(t.text) && x + 1 < tokens.length && res.isQuoteMark(tokens[x + 1].text);
}

/** periods (keys): العام، الشهر، الأسبوع، السنة — before PERIOD_ADJECTIVES, a time phrase */
const PERIOD_NOUNS = /^ال(عام|شهر|اسبوع|سنه|موسم)$/;
/** (keys) الماضي، المقبل، القادم، الجاري، الحالي، المنصرم */
const PERIOD_ADJECTIVES = /^ال(ماضي|ماضيه|مقبل|مقبله|قادم|قادمه|جاري|جاريه|حالي|حاليه|منصرم|منصرمه)$/;
/** time words with the article (keys): اليوم، الليلة، الآن، الماضي، المقبل، الحالي */
const TIME_WORDS = /^ال(يوم|ليله|ان|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد|ماضي|مقبل|حالي|سابق|جاري|قادم|عام|شهر|اسبوع)$/;

/**
 * Does a name end before token x? The line or text ends, punctuation follows, or a function word,
 * a speech verb, a preposition phrase or a title in apposition (… مساعد وزير الداخلية).
 */
function phraseEndsAt(ctx: Ctx, x: number): boolean {
  const { tokens, keys } = ctx.view;
  if (x >= tokens.length || ctx.view.breakAfter[x - 1] || tokens[x].kind === 'punct') return true;
  if (!isWord(ctx, x)) return false;
  const key = keys[x];
  if (ctx.dayParts.has(key)) return false;
  // (… or a preposition of one letter standing alone before a quotation mark: ل«النهار»، لـ"…")
  if (ctx.res.isStopword(key) || ctx.res.isCueWord(key) || hasPreposition(ctx, x) || key.length === 1) return true;
  // (a title in construct is written without its article: مساعد وزير، مدير عام)
  return (ctx.res.titles.starts(key) && ctx.res.titles.matchAt(keys, x) !== null) || (!definite(key) && ctx.res.titles.starts('ال' + key) && ctx.res.titles.matchAt(['ال' + key], 0) !== null);
}

/**
 * Is token x the adjective that makes a head and an ordinary noun a national body: الوطني(ة), or a
 * country's nationality with the article in the head's gender (شركة النفط اليمنية)?
 */
function nationalAdjective(ctx: Ctx, x: number, feminine: boolean): boolean {
  if (!isWord(ctx, x)) return false;
  const key = ctx.view.keys[x];
  if (/^الوطني(ه)?$/.test(key)) return true;
  return definite(key) && (feminine ? key.endsWith('يه') : key.endsWith('ي')) && !(ctx.res.nisba(key)?.ref ?? 'np:').startsWith('np:');
}

/**
 * The shape of a common verbal noun, indefinite: تفعيل (توزيع، تحقيق), إفعال (إنتاج، إنقاذ),
 * استفعال (استثمار), انفعال / افتعال (انتقال، اجتماع).
 */
export function masdarShape(key: string): boolean {
  return /^ت..ي.$/.test(key) || /^ا..ا.$/.test(key) || /^است..ا.$/.test(key) || /^ان..ا.$/.test(key) || /^ا.ت.ا.$/.test(key);
}

/**
 * A definite adjective in ـي that is an ordinary word (الشهري "monthly", الحربي "military"), as a
 * family name: not a title modifier (السابق، الحالي، الاقتصادي), a function word, a known place or
 * body, and on the same line.
 */
function familyAdjectiveAt(ctx: Ctx, m: number): boolean {
  const { keys, tokens } = ctx.view;
  if (m >= tokens.length || !isWord(ctx, m) || ctx.view.breakAfter[m - 1]) return false;
  const key = keys[m];
  return key.length >= 5 && key.startsWith('ال') && key.endsWith('ي') && !ctx.modifiers.has(key) && !ctx.res.isStopword(key) && !ctx.res.isCueWord(key) && !nonPersonAt(ctx, m);
}

/** A family name with the article (العتيبي، الهواري; not a plural noun: المانحين) or a known one. */
function familyName(ctx: Ctx, m: number): boolean {
  const key = ctx.view.keys[m];
  // (a tribal name may also name a place: الزوايدة)
  return (key.startsWith('ال') && ((/ي$/.test(key) && nameToken(ctx, m, false)) || (tribalPlural(ctx, key) && (nameToken(ctx, m, false) || !knownPersonAt(ctx, m))))) || knownPersonAt(ctx, m) || ctx.familySuffixes.has(key) || maghrebFamily(ctx, m);
}

/**
 * A Maghrebi family name written with بو or بن joined (بوتفليقة، بوحليقة، بنسعيد، بنكيران): not
 * ب + a word (بوزارة، بوتيرة، بنسبة) and no ordinary word.
 */
function maghrebFamily(ctx: Ctx, m: number): boolean {
  const key = ctx.view.keys[m];
  return (/^بو[^او].{3,}$/.test(key) || /^بن[^او].{2,}$/.test(key)) && !ctx.res.isCommonWord(key) && !knownAfterPreposition(ctx, m) && !hasPronoun(ctx, m) && nameToken(ctx, m, false);
}

/**
 * A family name in the tribal broken plural فعاعلة (الطراونة، الرواشدة، الخصاونة، العبادلة): not
 * an ordinary word, a nisba in ـية or a verbal noun مفاعلة (المبادرة، المساعدة).
 */
function tribalPlural(ctx: Ctx, key: string): boolean {
  return /^ال[^م].ا..ه$/.test(key) && !key.endsWith('يه') && !ctx.res.isCommonWord(key) && !ctx.res.isCommonWord(key.slice(2));
}

/** Is a head (key, with its clitics and article) one that takes a ruler's name (مكتبة الملك فهد الوطنية)? */
function namedAfterRulers(ctx: Ctx, key: string): boolean {
  const bare = key.replace(/^[وف]?(بال|لل|ال|ب|ل)?/, '');
  return ctx.facilityHeads.has(bare) || ctx.bodiesNamedAfterPeople.has(bare) || RULER_NAMED_HEADS.test(bare);
}
/** (keys) other heads named after rulers: مكتبة، مركز، جائزة، مجمع، دارة، كرسي، صندوق */
const RULER_NAMED_HEADS = /^(مكتبه|مركز|جايزه|مجمع|داره|كرسي|صندوق)$/;

/** Is token m و/ف + the first word of a title (وولي العهد، والوزير)? */
function conjunctionTitleAt(ctx: Ctx, m: number): boolean {
  const { keys } = ctx.view;
  const key = keys[m];
  if (key.length < 3 || !/^[وف]/.test(key) || !ctx.res.titles.starts(key.slice(1))) return false;
  return ctx.res.titles.matchAt([key.slice(1), ...keys.slice(m + 1, m + 4)], 0) !== null;
}

/** Does a blessing before الله start at token m (رحمه الله، رضوان الله عليه، حفظه الله)? */
function blessingAt(ctx: Ctx, m: number): boolean {
  const { keys, tokens } = ctx.view;
  if (m + 1 >= tokens.length || keys[m + 1] !== GOD || ctx.view.breakAfter[m]) return false;
  const written = writtenBare(tokens[m].text);
  if (!ctx.blessings.has(written)) return false;
  // (رضوان and صلى are also a name and a verb: a blessing ends there or goes on with its pronoun)
  const after = m + 2 < tokens.length && !ctx.view.breakAfter[m + 1] ? keys[m + 2] : '';
  return /ه(ا|م|ما)?$/.test(written) || after === '' || tokens[m + 2].kind === 'punct' || /^(عليه|عليها|عليهم|عنه|عنها|عنهم|ثراه|سره|روحه|تعالي)$/.test(after);
}

/**
 * A name chain starting at k: returns the end (exclusive) and the number of parts, or null.
 */
export function parseName(ctx: Ctx, k: number, maxParts = 4, partsBefore = 0): { j: number; parts: number } | null {
  const { keys, tokens } = ctx.view;
  const { res } = ctx;
  let m = k;
  let parts = partsBefore;
  let secondGiven = false;
  let prevGiven = false;
  while (m < tokens.length && parts < maxParts) {
    if (m > k && ctx.view.breakAfter[m - 1]) break;
    // a hyphen inside the last part (كيم جونغ - إيل، ميشال أليو - ماري): a short unknown part or a
    // given name after it closes the name
    // (… not a byline's outlet: عبدالله البرقاوي- سبق: …، عبدالله البرقاوي - سبق - الرياض: …)
    if (parts >= 2 && tokens[m].text === '-' && m + 1 < tokens.length && !ctx.view.breakAfter[m] && isWord(ctx, m + 1) && !definite(keys[m + 1]) && keys[m + 1].length <= 5 && !res.isCommonWord(keys[m + 1]) && nameToken(ctx, m + 1, false) && !gazAt(ctx, m + 1, false) && !(m + 2 < tokens.length && /^[:：\-–—]$/.test(tokens[m + 2].text))) {
      m += 2;
      parts++;
      break;
    }
    if (!isWord(ctx, m)) break;
    const key = keys[m];
    // a blessing after the name ends it (الملك عبدالله | رحمه الله، عثمان بن عفان | رضوان الله عليه)
    if (m > k && blessingAt(ctx, m)) break;
    // و + a title after a name starts the next person (الملك سلمان بن عبدالعزيز | وولي العهد)
    if (m > k && conjunctionTitleAt(ctx, m)) break;
    // a nationality, then a given name, describes the next person (مدرب مضر | التونسي منير بن عمار)
    if (m > k && m + 1 < tokens.length && !ctx.view.breakAfter[m] && definite(key) && res.nisba(key) && isWord(ctx, m + 1) && givenAt(ctx, m + 1) && !res.ambiguousGiven.has(keys[m + 1])) break;
    // the first name again with the article is the family's name (صباح الأحمد الصباح)
    if (parts >= 1 && m > k && key.length >= 5 && key === 'ال' + keys[k]) {
      m++;
      parts++;
      break;
    }
    if (res.particles.has(key)) {
      // بن/عبد/آل/أبو + a part; a chain never ends on a particle
      const g = givenAt(ctx, m);
      if (g && g.j - g.i > 1) {
        // (a compound given name: عبد الرحمن, then a family name as after any given name)
        m = g.j;
        parts++;
        prevGiven = true;
        continue;
      }
      // a particle, then a name that opens with a particle itself (بن عبد الكريم، بن أبي وقاص): the
      // whole name — a chain never ends on a particle
      if (!ctx.view.breakAfter[m] && isWord(ctx, m + 1) && res.particles.has(keys[m + 1])) {
        const inner = givenAt(ctx, m + 1);
        if (inner && inner.j - inner.i > 1 && oneLine(ctx.view, m, inner.j)) {
          m = inner.j;
          parts++;
          continue;
        }
        if (m + 2 < tokens.length && !ctx.view.breakAfter[m + 1] && isWord(ctx, m + 2) && !res.isStopword(keys[m + 2]) && !res.isCueWord(keys[m + 2]) && !nonPersonAt(ctx, m + 2) && !hasPronoun(ctx, m + 2)) {
          m += 3;
          parts++;
          continue;
        }
      }
      // after a particle even an ordinary word is a name part (بو صعب، أبو الغيط، بن سلمان)
      // (… even a place's name after a given name and أبو: شريف أبو العلا — unless أبو opens the
      // place itself: أبو ظبي)
      const kunyaOfPlace = parts > 0 && (ctx.masks[m] & STARTS.kunya) !== 0 && !/^[وف]/.test(key) && !gazAt(ctx, m, false) && !hasPronoun(ctx, m + 1) && !res.isCueWord(keys[m + 1]) && oneLine(ctx.view, m, m + 2) && nonPersonAt(ctx, m + 1) && gazAt(ctx, m + 1, false)!.j === m + 2;
      if (!ctx.view.breakAfter[m] && isWord(ctx, m + 1) && !functionWordAt(ctx, m + 1) && (nameToken(ctx, m + 1, false) || key === res.key('عبد') || key === res.key('آل') || kunyaOfPlace || (parts > 0 && !res.isCueWord(keys[m + 1]) && !nonPersonAt(ctx, m + 1) && !hasPronoun(ctx, m + 1)) || (key === OULD && parts > 0 && !res.isCommonWord(keys[m + 1]) && !res.isCueWord(keys[m + 1]) && !nonPersonAt(ctx, m + 1)))) {
        m += 2;
        parts++;
        continue;
      }
      break;
    }
    // a particle of a European name, then the family name (صوفي دي يونغ، ويسلي دوس سانتوس، جان
    // مارك دو لا سابليير); the family name closes the name
    if (parts >= 1 && ctx.res.westernParticles.has(key)) {
      let n = m + 1;
      if (n < tokens.length && !ctx.view.breakAfter[n - 1] && isWord(ctx, n) && ctx.westernSecond.has(keys[n])) n++;
      // (after the particle any word that is no function or ordinary word is the family name: يونغ)
      if (n < tokens.length && !ctx.view.breakAfter[n - 1] && isWord(ctx, n) && !definite(keys[n]) && keys[n].length >= 2 && !res.isStopword(keys[n]) && !res.isCommonWord(keys[n]) && !res.isCueWord(keys[n])) {
        m = n + 1;
        parts++;
      }
      break;
    }
    // a regnal ordinal ends a name (عبدالله الثاني، خايمي الأول، ألفونسو الثالث عشر)
    if (parts >= 1 && REGNAL.test(key)) {
      m++;
      if (m < tokens.length && isWord(ctx, m) && !ctx.view.breakAfter[m - 1] && keys[m] === 'عشر') m++;
      parts++;
      break;
    }
    const g = givenAt(ctx, m);
    // after two parts only a given name, a family name (العتيبي, a known one), or the family name
    // after two given names (كارلوس ألبرتو باريرا) continues a name
    // — or a third unknown part closed by punctuation or a particle (هانس أولريش برانت، …)
    const closes = (x: number) => x >= tokens.length || tokens[x].kind === 'punct' || res.isStopword(keys[x]);
    const looseThird = parts === 2 && !definite(keys[k]) && !res.isCommonWord(keys[k]) && !definite(key) && !/^(لل|[كفو])|^(تت|يت|ست)|(وا|يا|يه)$/.test(key) && !presentVerb(ctx, m) && closes(m + 1);
    // (… and a family name that is also an adjective after a given name and بن …: عبدالعزيز بن ناصر الشهري)
    const adjectiveFamily = prevGiven && m >= 2 && keys[m - 2] === SON && familyAdjectiveAt(ctx, m) && !res.nisba(key);
    // (… and, after a given name, بن and the father's name, a definite family name nobody listed
    // that is no ordinary word: عبدالله بن صالح الملحم، خالد بن عبدالعزيز البراك)
    const sonFamily = prevGiven && m >= 2 && keys[m - 2] === SON && !ctx.view.breakAfter[m - 1] && isWord(ctx, m) && definite(key) && key.length >= 5 && !/^ال(.ي.|ا..)$|(ه|ات|ين|ون)$/.test(key) && !res.isCommonWord(key) && !res.isCommonWord(key.slice(2)) && !res.isStopword(key) && !res.isCueWord(key) && !ctx.modifiers.has(key) && !res.nisba(key) && !nonPersonAt(ctx, m) && !res.titles.matchAt(keys, m) && nameToken(ctx, m, false) && (closes(m + 1) || ctx.view.breakAfter[m] || /^ل/.test(keys[m + 1]) || res.isCueWord(keys[m + 1]) || res.titles.matchAt(keys, m + 1) !== null);
    // (a given name after a definite family name in ـي that closed two parts opens another
    // person's name: جامعة عبد المالك السعدي | يونس الخمليشي)
    if (parts >= 2 && g && g.j - g.i === 1 && /^ال..+ي$/.test(keys[m - 1]) && !res.particles.has(key) && !(g.j < tokens.length && !ctx.view.breakAfter[g.j - 1] && res.particles.has(keys[g.j]))) break;
    if (parts >= 2 && !g && !familyName(ctx, m) && !adjectiveFamily && !sonFamily && !(parts === 2 && (secondGiven || looseThird) && nameToken(ctx, m, false))) break;
    // (a compound given name is a name whatever its first word: منة الله — منه is "from him")
    if (g && ((g.j - g.i > 1 && res.isStopword(key) && !nonPersonAt(ctx, m)) || nameToken(ctx, m, parts === 0))) {
      m = g.j;
      parts++;
      if (parts === 2) secondGiven = true;
      prevGiven = true;
      continue;
    }
    if (!nameToken(ctx, m, parts === 0)) {
      // a father's name that is also an ordinary word, between given names (عثمان بحر محمد،
      // حسن عيسى جبريل): indefinite, no clitic, and an unambiguous given name right after it
      if (prevGiven && parts < maxParts - 1 && m + 1 < tokens.length && !ctx.view.breakAfter[m] && !definite(key) && key.length >= 3 && res.isCommonWord(key) && !nonPersonAt(ctx, m) && !res.isStopword(key) && !res.isCueWord(key) && !res.titles.matchAt(keys, m) && !hasPreposition(ctx, m) && !hasPronoun(ctx, m) && !/^[وف]/.test(key)) {
        const next = givenAt(ctx, m + 1);
        if (next && !res.ambiguousGiven.has(keys[m + 1]) && nameToken(ctx, m + 1, false)) {
          m++;
          parts++;
          prevGiven = false;
          continue;
        }
      }
      // after a given name, a family name that is also an ordinary adjective (أحمد الشهري، سعد
      // الحربي) ends the name
      // (… and so does a tribal family name that also names a place: عودة الزوايدة, and an
      // adjective فعيل closing the name before punctuation: عماد الدين الصغير،)
      const closed = m + 1 >= tokens.length || ctx.view.breakAfter[m] || tokens[m + 1].kind === 'punct';
      // (… or a middle name فعيل before a Maghrebi family name: محمد الصغير بنعمرو)
      const beforeFamily = !closed && /^ال..ي.$/.test(key) && parts < maxParts - 1 && (maghrebFamily(ctx, m + 1) || (knownPersonAt(ctx, m + 1) && !givenAt(ctx, m + 1)));
      if (prevGiven && !ctx.view.breakAfter[m - 1] && (familyAdjectiveAt(ctx, m) || (definite(key) && tribalPlural(ctx, key)) || ((closed || beforeFamily) && /^ال..ي.$/.test(key) && !res.isStopword(key) && !ctx.modifiers.has(key) && !nonPersonAt(ctx, m)))) {
        m++;
        parts++;
        if (beforeFamily) {
          prevGiven = false;
          continue;
        }
      }
      break;
    }
    m++;
    // a part before الدين is a compound nobody listed (قمر الدين، حسن الدين): one part
    if (m < tokens.length && keys[m] === FAITH && !ctx.view.breakAfter[m - 1] && isWord(ctx, m)) m++;
    parts++;
    prevGiven = false;
  }
  return parts > partsBefore ? { j: m, parts } : null;
}

function localId(type: EntityType, ctx: Ctx, i: number, j: number, peeled = 0): string {
  const keys = ctx.view.keys.slice(i, j);
  // ل + ال with the alef dropped (للجيش): the id has the article back (الجيش)
  keys[0] = peeled > 0 && keys[0].slice(peeled - 1, peeled + 1) === 'لل' ? 'ا' + keys[0].slice(peeled) : keys[0].slice(peeled);
  return `local:${type}:${keys.join('_')}`;
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

/**
 * The label of a name nobody listed, found at tokens i..j-1: the text without a peeled proclitic,
 * in its written letters without harakat, tatweel or controls (labelForm). ل + ال drops the
 * alef: the mention starts at the article's lam, the label has it back (للجيش السوري → الجيش السوري).
 */
function labelOf(ctx: Ctx, i: number, j: number, peeled: number): string {
  const { tokens } = ctx.view;
  const text = labelForm(ctx.view.doc.text.slice(peeled ? originalOffset(tokens[i].text, tokens[i].start, peeled) : tokens[i].start, tokens[j - 1].end));
  return peeled > 0 && ctx.view.keys[i].slice(peeled - 1, peeled + 1) === 'لل' && !text.startsWith('ا') ? 'ا' + text : text;
}

function person(ctx: Ctx, i: number, j: number, attributes?: Record<string, string>, peeled = 0): Candidate {
  const known = personInside(ctx, i, j);
  const text = known ? '' : labelOf(ctx, i, j, peeled);
  return {
    i,
    j,
    peeled,
    type: 'PERSON',
    entityId: known?.id ?? localId('PERSON', ctx, i, j, peeled),
    label: known?.ar ?? text,
    labelEn: known?.en,
    source: 'pattern',
    entry: known,
    attributes,
  };
}

/** Skips a title's complements (nationality, modifier, genitive body or place, portfolio) from k. */
function titleComplements(ctx: Ctx, k: number, attributes: Record<string, string>, flags = { loose: false, honorific: false }): number {
  const { keys, tokens } = ctx.view;
  const { res } = ctx;
  for (let step = 0; step < 6 && k < tokens.length && !ctx.view.breakAfter[k - 1]; step++) {
    // a body's other name in quotation marks after it, or a body named so after في (منسقة الرقابة في
    // الهيئة المستقلة لحقوق الإنسان «ديوان المظالم»، هبة الشريف)
    if (step > 0 && res.isQuoteMark(tokens[k].text)) {
      const q = quotedName(ctx, k);
      if (q && q.j + 1 < tokens.length && !ctx.view.breakAfter[q.j]) {
        k = q.j + 1;
        continue;
      }
    }
    const nis = isWord(ctx, k) ? res.nisba(keys[k]) : undefined;
    // (a nationality without the article that is also a given name, before a family name with
    // it, is the name: المدير التنفيذي للاتحاد تركي الفوزان)
    const named = nis && !definite(keys[k]) && givenAt(ctx, k) && k + 1 < tokens.length && !ctx.view.breakAfter[k] && isWord(ctx, k + 1) && definite(keys[k + 1]) && !res.isCommonWord(keys[k + 1]) && !res.isStopword(keys[k + 1]) && !res.nisba(keys[k + 1]) && !nonPersonAt(ctx, k + 1);
    if (nis && !named) {
      attributes.nationality = nis.ref;
      k++;
      continue;
    }
    if (isWord(ctx, k) && ctx.modifiers.has(keys[k])) {
      k++;
      continue;
    }
    // (… and a relative adjective nobody listed, before a given name that is no ordinary word:
    // الخبير الضريبي مجدي الحلواني)
    if (!flags.honorific && isWord(ctx, k) && /^ال...+ي$/.test(keys[k]) && !res.isStopword(keys[k]) && !givenAt(ctx, k) && !knownPersonAt(ctx, k) && k + 1 < tokens.length && !ctx.view.breakAfter[k] && isWord(ctx, k + 1) && givenAt(ctx, k + 1) && !res.ambiguousGiven.has(keys[k + 1])) {
      k++;
      continue;
    }
    const g = gazAt(ctx, k);
    // (a body joined by و is a new conjunct, not the title's complement: المحافظ | والحزب الاشتراكي)
    if (g && g.values.some((v) => v.type !== 'PERSON') && oneLine(ctx.view, g.i, g.j) && !/^[وف]/.test(g.reading.prefix)) {
      k = g.j;
      continue;
    }
    // (a place's head and the known place: رئيس بلدية كفركلا، محافظ ولاية الخرطوم)
    const ph = isWord(ctx, k) && ctx.masks[k] & STARTS.placeHeads ? res.placeHeads.matchAt(keys, k) : null;
    if (ph && ph.j < tokens.length && !ctx.view.breakAfter[ph.j - 1]) {
      const place = gazAt(ctx, ph.j, false);
      if (place && place.values.every((v) => v.type === 'GPE' || v.type === 'LOC') && oneLine(ctx.view, k, place.j)) {
        k = place.j;
        continue;
      }
    }
    const p = res.portfolios.matchAt(keys, k);
    if (p) {
      k = p.j;
      continue;
    }
    // a role with its modifier before باسم (الناطق الإعلامي باسم وزارة الصحة …)
    if (isWord(ctx, k) && keys[k] === BASIM && k > 0 && !ctx.view.breakAfter[k]) {
      k++;
      continue;
    }
    // a body in quotation marks right after باسم (المتحدث باسم «حراك شباب فزان» عمر الطاهر)
    if (k > 0 && keys[k - 1] === BASIM && !ctx.view.breakAfter[k - 1]) {
      const q = quotedName(ctx, k);
      if (q && q.j + 1 < tokens.length && !ctx.view.breakAfter[q.j]) {
        k = q.j + 1;
        continue;
      }
    }
    // a definite word right after باسم names the body spoken for, whatever its noun (المتحدثة
    // باسم الحلف إنغريد سولهايم، الناطق باسم التحالف …)
    if (k > 0 && keys[k - 1] === BASIM && !ctx.view.breakAfter[k - 1] && isWord(ctx, k) && definite(keys[k]) && k + 1 < tokens.length && !ctx.view.breakAfter[k] && !(ctx.masks[k] & STARTS.orgHeads) && !gazAt(ctx, k) && !givenAt(ctx, k) && !res.isStopword(keys[k])) {
      k++;
      flags.loose = true;
      continue;
    }
    // a body nobody listed, named by its head (المتحدث باسم حكومة الاستقرار الوطني سالم …)
    if (isWord(ctx, k) && ctx.masks[k] & STARTS.orgHeads && !ctx.view.breakAfter[k]) {
      const h = res.orgHeads.matchAt(keys, k);
      // … or by its head and a name in quotation marks (منسق تجمع «استرداد الودائع» ربيع الحاج)
      const q = h && h.j === k + 1 ? quotedName(ctx, k + 1) : null;
      if (q && q.j + 1 < tokens.length && !ctx.view.breakAfter[q.j]) {
        k = q.j + 1;
        continue;
      }
      const end = h && h.j === k + 1 && (h.values[0] as OrgHead).position === 'inside' ? nameAfterHead(ctx, k + 1, 'institution') : null;
      if (end !== null) {
        k = end;
        continue;
      }
    }
    // a body named only by its head, with the article or a possessive pronoun (رئيسة البعثة في
    // السودان، رئيسة بعثتها، مدير مكتبه): the body the title belongs to
    if (isWord(ctx, k) && !givenAt(ctx, k) && !knownPersonAt(ctx, k) && k + 1 < tokens.length && !ctx.view.breakAfter[k]) {
      const key = keys[k];
      const head = definite(key) ? res.isHeadWord(key) : hasPronoun(ctx, k) && key.length >= 5 && !res.isStopword(key) && !res.isCueWord(key) && res.isHeadWord(key.replace(/ت?(ه|ها|هم|هما|نا)$/, (x) => (x.startsWith('ت') ? 'ه' : '')));
      if (head) {
        k++;
        flags.loose = true;
        continue;
      }
    }
    // the body or place a member sits for (النائب عن الحزب الديمقراطي الكردستاني …)
    if (isWord(ctx, k) && keys[k] === 'عن' && !ctx.view.breakAfter[k]) {
      const to = gazAt(ctx, k + 1, false);
      if (to && to.values.every((v) => v.type !== 'PERSON') && oneLine(ctx.view, to.i, to.j)) {
        k = to.j;
        continue;
      }
      // (… by its head: النائب عن محافظة المفرق، النائبة عن دائرة الزرقاء الأولى)
      const ph = k + 2 < tokens.length && isWord(ctx, k + 1) && !ctx.view.breakAfter[k + 1] ? res.placeHeads.matchAt(keys, k + 1) : null;
      if (ph && ph.j === k + 2) {
        const place = gazAt(ctx, k + 2, false);
        if (place && place.values.every((v) => v.type === 'GPE' || v.type === 'LOC') && oneLine(ctx.view, place.i, place.j)) {
          k = place.j;
          continue;
        }
      }
    }
    // the place or body the title is posted to (المبعوث الأممي إلى ليبيا، سفير قطر لدى واشنطن،
    // منسقة الطوارئ في المنظمة)
    if (isWord(ctx, k) && ctx.titlePrepositions.has(keys[k]) && !ctx.view.breakAfter[k]) {
      const to = gazAt(ctx, k + 1, false);
      if (to && to.values.every((v) => v.type !== 'PERSON') && oneLine(ctx.view, to.i, to.j)) {
        k = to.j;
        continue;
      }
      // … or a body nobody listed, named by its head (الرئيس المشترك في مجلس سوريا الديمقراطية)
      if (k + 2 < tokens.length && isWord(ctx, k + 1) && ctx.masks[k + 1] & STARTS.orgHeads && !ctx.view.breakAfter[k + 1]) {
        const h = res.orgHeads.matchAt(keys, k + 1);
        const end = h && h.j === k + 2 && (h.values[0] as OrgHead).position === 'inside' ? nameAfterHead(ctx, k + 2, 'institution') : null;
        if (end !== null && end > k + 2) {
          k = end;
          continue;
        }
      }
      if (!flags.honorific && ordinaryGenitive(ctx, k + 1, 0, true)) {
        k += 2;
        flags.loose = true;
        continue;
      }
    }
    if (!isWord(ctx, k) || givenAt(ctx, k)) {
      // a short name in parentheses (رئيس جهاز الأمن العام (الشاباك) رونين تسور)
      if (tokens[k].text === '(') {
        let m = k + 1;
        while (m < tokens.length && m - k <= 3 && tokens[m].text !== ')' && !ctx.view.breakAfter[m - 1]) m++;
        if (m < tokens.length && tokens[m].text === ')' && m > k + 1) {
          k = m + 1;
          continue;
        }
      }
      break;
    }
    const key = keys[k];
    // (after an honorific an ordinary word is the name: الإمام الرضا)
    if (flags.honorific) break;
    // what the office is for (المدير القطري للبرنامج، مفوضة الاتحاد الأوروبي لشؤون التكنولوجيا)
    if ((/^لل/.test(key) && key.length > 4) || (/^ل/.test(key) && key.length > 3 && res.isCommonWord(key.slice(1)) && !res.isStopword(key))) {
      k++;
      flags.loose = true;
      continue;
    }
    // an ordinary genitive, also in construct or coordinated (منسقة الطوارئ، منسق شؤون الأسرى
    // والمفقودين)
    if (ordinaryGenitive(ctx, k) || (key.startsWith('وال') && ordinaryGenitive(ctx, k, 1))) {
      k++;
      flags.loose = true;
      continue;
    }
    // … and its adjective (قسم الطائرات التجارية، والسياسة الأمنية)
    if (flags.loose && definite(key) && /(ي|يه)$/.test(key) && !givenAt(ctx, k) && !knownPersonAt(ctx, k)) {
      k++;
      continue;
    }
    // (… not a word nobody listed before a family name that ends the phrase: الوزيرة نزيهة الصغير إن)
    if (!definite(key) && !res.isStopword(key) && !adjectiveLike(ctx, key) && !knownPersonAt(ctx, k) && !ctx.view.breakAfter[k] && ordinaryGenitive(ctx, k + 1) && (res.isCommonWord(key) || !definiteFamilyWordAt(ctx, k + 1))) {
      k++;
      flags.loose = true;
      continue;
    }
    break;
  }
  return k;
}

const BASIM = 'باسم';

/** قضاء: a district, and the verbal noun "spending (time)" (key) */
const SPENDING = 'قضاء';

/** Is token m (after `skip` proclitic letters) a definite ordinary word, not a name, adjective or particle? */
function ordinaryGenitive(ctx: Ctx, m: number, skip = 0, heads = false): boolean {
  if (!isWord(ctx, m)) return false;
  const key = ctx.view.keys[m].slice(skip);
  const { res } = ctx;
  // (a definite word that names nobody: a common word, a head, or a word ending like a plural)
  const ordinary = res.isCommonWord(key) || (heads && res.isHeadWord(key)) || /(ات|ين|ون)$/.test(key);
  return definite(key) && ordinary && !res.isStopword(key) && !res.nisba(key) && !givenAt(ctx, m) && !knownPersonAt(ctx, m);
}

/** Title + complements + name. */
function titlePatterns(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { keys, tokens } = ctx.view;
  const { res } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!(ctx.masks[i] & STARTS.titles) || !isWord(ctx, i)) continue;
    const t = res.titles.matchAt(keys, i, readingsAt(ctx.view, i));
    if (!t) continue;
    // a noun counted in thousands or hundreds is no title (80 ألف لاعب مسجل، مئات المحامين)
    if (i > 0 && t.reading.peeled === 0 && !ctx.view.breakAfter[i - 1] && COUNTS.test(keys[i - 1])) continue;
    const entry = t.values[0] as TitleEntry;
    // (an honorific right after a district's or quarter's head names the place after a person:
    // مديرية [الشيخ عثمان] — headPatterns and directoratePatterns find it)
    if (entry.kind === 'honorific' && t.reading.peeled === 0 && i > 0 && !ctx.view.breakAfter[i - 1] && (DESCRIPTOR_PLACE_HEAD.test(keys[i - 1]) || DESCRIPTOR_PLACE_HEAD.test(keys[i - 1].replace(/^[وف]?[بل]?/, '')))) continue;
    const attributes: Record<string, string> = { title: ctx.view.doc.text.slice(tokens[t.i].start, tokens[t.j - 1].end) };
    const flags = { loose: false, honorific: entry.kind === 'honorific' };
    let k = titleComplements(ctx, t.j, attributes, flags);
    // a one-word profession right after a definite noun is an adjective of that noun
    // (المؤتمر الصحفي، الفريق الطبي), not a title — unless a name of two parts follows it
    // (… والبحث العلمي الدكتور شريف النجار، … الدولية المخرج السويدي هنريك ستال)
    if (entry.kind === 'profession' && t.j - t.i === 1 && t.reading.peeled === 0 && i > 0 && !ctx.view.breakAfter[i - 1] && isWord(ctx, i - 1) && (definite(keys[i - 1]) || (hasPronoun(ctx, i - 1) && !res.isStopword(keys[i - 1])))) {
      const named = k < tokens.length && (givenAt(ctx, k) || ((parseName(ctx, k)?.parts ?? 0) >= 2 && !definite(keys[k])));
      if (!(ctx.masks[i - 1] & STARTS.titles) && !res.nisba(keys[i - 1]) && !named) continue;
    }
    const comma = k < tokens.length && (tokens[k].text === '،' || tokens[k].text === ',') && !ctx.view.breakAfter[k - 1];
    if (comma) k++;
    if (k >= tokens.length || ctx.view.breakAfter[k - 1]) continue;
    // (after the title and a comma a new clause may start with its verb: استعرضها الوزير، حافظت الصين
    // على …) — a past verb in ت of the form فاعلت or فعّلت, no given name
    if (comma && /^.ا..ت$|^...ت$/.test(keys[k]) && !givenAt(ctx, k) && !knownPersonAt(ctx, k) && k + 1 < tokens.length && !ctx.view.breakAfter[k] && (gazAt(ctx, k + 1) || definite(keys[k + 1]))) continue;
    // a time after the title (الرئيس التونسي، صباح الثلاثاء، …)
    if (ctx.dayParts.has(keys[k]) && k + 1 < tokens.length && keys[k + 1].startsWith('ال')) continue;
    const g = gazAt(ctx, k, false);
    if (g && g.values.some((v) => v.type === 'PERSON')) {
      // a known person: the gazetteer finds it; a fuller chain (دونالد جيه ترامب) extends it
      const name = parseName(ctx, k);
      if (name && name.j > g.j) out.push(person(ctx, k, name.j, attributes));
      for (let m = k; m < g.j; m++) claimed[m] = 1;
      continue;
    }
    if (g && g.values.some((v) => v.type !== 'PERSON') && !givenPlaceAt(ctx, g)) continue;
    let name = parseName(ctx, k);
    // (a first part right after a title that only looks like ب/ل + a word, in a name of two
    // parts, is the name's: الدكتور برادران رفيعي — not ب/ل + an ordinary word: الوزير بممثلي
    // النقابات، المدرب بخبرة ميلوش)
    if (!name && /^[بل]/.test(keys[k]) && keys[k].length >= 5 && isWord(ctx, k)) {
      const rest = keys[k].slice(1);
      // (… nor a feminine noun, a title in construct or a word of the form مفعل: بخبرة، بممثلي)
      const noun = /ه$/.test(rest) || res.titles.starts('ال' + rest.replace(/ي$/, '')) || /^م/.test(rest);
      if (!noun && !res.isCommonWord(rest) && !res.isCommonWord(rest.replace(/ي$/, '')) && !res.isStopword(rest) && !masdarShape(rest) && !gazAt(ctx, k, true)) {
        ctx.afterCue = k;
        const n = parseName(ctx, k);
        ctx.afterCue = -1;
        if (n && n.parts >= 2 && !keys.slice(k + 1, n.j).some((x) => res.isCommonWord(x) || definite(x))) name = n;
      }
    }
    // (a broken plural in the accusative after a title is the verb's object: سلّمت مكتب المبعوث |
    // كشوفا بأسماء …)
    if (name && name.j === k + 1 && /^..و.ا$/.test(keys[k]) && !givenAt(ctx, k) && !knownPersonAt(ctx, k)) name = null;
    // after a title, a given name and a family name that is an ordinary word, where the phrase
    // ends (الدكتور سعيد راتب عن …، اللواء سمير عوض مساعد الوزير، وزير الداخلية سعيد صيام بمقر …)
    if (name && name.parts === 1 && givenAt(ctx, k)?.j === name.j && familyWordAt(ctx, name.j) && phraseEndsAt(ctx, name.j + 1)) name = { j: name.j + 1, parts: 2 };
    // (… or a family name with the article that is an ordinary word, before punctuation, a
    // complementizer or ل/ب + a quotation: الناطق باسم الحراك عبد السلام الحر لـ«بوابة الوسط» إن)
    // (… after a given name, or a first name nobody listed that is no word: الوزيرة نزيهة الصغير إن)
    const firstName = givenAt(ctx, k)?.j === name?.j || (name?.j === k + 1 && !definite(keys[k]) && !res.isCommonWord(keys[k]));
    if (name && name.parts === 1 && firstName && definiteFamilyWordAt(ctx, name.j)) name = { j: name.j + 1, parts: 2 };
    // (… and a given name that is an ordinary word nobody listed as a name, before a name part
    // that is no word, where the phrase ends: الحارس شاي غيفن، الفنان حجاج عبد العظيم)
    // (not a verb and its object: المدرب تلقى عرضين، تلقى تعليمات; nor a noun and its adjective
    // of the participle shapes مفعل، مفعول: إقالة المدرب قرار مؤلم)
    if (!name && !givenAt(ctx, k) && res.isCommonWord(keys[k]) && !masdarShape(keys[k]) && !/[هى]$/.test(tokens[k].text.replace(/[\u064B-\u0652]/g, '').replace(/ة$/, 'ه')) && familyWordAt(ctx, k) && k + 1 < tokens.length && !ctx.view.breakAfter[k] && isWord(ctx, k + 1) && !definite(keys[k + 1]) && !res.isCommonWord(keys[k + 1]) && !/(ات|ين|ان|ون)$/.test(keys[k + 1]) && !(/^م(...|..و.)$/.test(keys[k + 1]) && !givenAt(ctx, k + 1)) && !nonPersonAt(ctx, k + 1)) {
      const rest = parseName(ctx, k + 1, 3, 1);
      // (later parts with the article only after a particle: عبد العظيم)
      if (rest && rest.j > k + 1 && phraseEndsAt(ctx, rest.j) && keys.slice(k + 1, rest.j).every((x, n) => !definite(x) || (n > 0 && res.particles.has(keys[k + n])))) name = rest;
    }
    if (!name) {
      // after a title, a given name that is also a word (أمين، علي، سعيد) starts a name when
      // another name part follows it (الخبير أمين فارس)
      const gn = givenAt(ctx, k);
      const usable = gn && res.ambiguousGiven.has(keys[k]) && !tokens[k].text.endsWith('ى') && !ctx.view.breakAfter[gn.j - 1];
      const rest = usable ? parseName(ctx, gn.j, 4, 1) : null;
      if (rest && rest.parts >= 2) name = rest;
      // … or a family name that is also an ordinary word (الخبير الاقتصادي سامي نخلة، نواف سلام)
      else if (usable && familyWordAt(ctx, gn.j)) name = { j: gn.j + 1, parts: 2 };
      // … or a clan's family name فعالِلة with the article, where the phrase ends (النائب عن
      // محافظة المفرق سالم المشاقبة أن …، العين سالم الطراونة:)
      else if (usable && clanNameAt(ctx, gn.j) && phraseEndsAt(ctx, gn.j + 1)) name = { j: gn.j + 1, parts: 2 };
      // after an honorific (الإمام، الأمير، الشيخ، الملك، السلطان) the given name alone is the name (الإمام علي)
      else if (usable && ctx.honorifics.has(keys.slice(t.i, t.j).join(' ').replace(/^[وف](?=ال)/, ''))) name = { j: gn.j, parts: 1 };
      else continue;
    }
    // a team or body named after the title, the person's nationality, then the name (مدرب فيسبريم
    // الدنماركي ميكيل يورغنسن): the name is what follows the nationality
    // (the name may end before the nationality: مدرب مضر | التونسي منير بن عمار)
    for (let q = k + 1; q <= name.j && q < tokens.length && !ctx.view.breakAfter[q - 1]; q++) {
      if (!definite(keys[q]) || !res.nisba(keys[q])) continue;
      const after = q + 1 < tokens.length && !ctx.view.breakAfter[q] ? parseName(ctx, q + 1) : null;
      if (after && (after.parts >= 2 || givenAt(ctx, q + 1))) {
        // (a club's people: the word between is the club — مدرب مضر التونسي)
        if (q === k + 1 && ctx.res.isClubRole(keys[t.j - 1]) && !claimed[k] && !gazAt(ctx, k) && !definite(keys[k]) && !res.isCommonWord(keys[k])) {
          out.push(namedEntity(ctx, k, k + 1, 'ORG'));
          claimed[k] = 1;
        }
        name = { j: after.j, parts: after.parts };
        k = q + 1;
        attributes.nationality = res.nisba(keys[q])!.ref;
      }
      break;
    }
    // after a title that is also an ordinary word (الفريق جاهز) only a given name starts a name —
    // or a name of two parts or more after the title's complements, closed by punctuation
    // (المدير القطري للبرنامج في السودان هانس أولريش برانت، …)
    const closed = name.parts >= 2 && k > t.j && (name.j >= tokens.length || tokens[name.j].kind === 'punct');
    if (ctx.ambiguousTitles.has(keys.slice(t.i, t.j).join(' ').replace(/^[وف](?=ال)/, '')) && !givenAt(ctx, k) && !closed) continue;
    // one definite word after a title is a name only if it looks like a family name (الوزير العتيبي, not المدرب التسجيل)
    if (name.parts === 1 && name.j - k === 1 && keys[k].startsWith('ال') && !/ي$/.test(keys[k])) continue;
    // … and after the title's complements it must end the phrase: otherwise it is an adjective of
    // the body (الكاتب العام للاتحاد | الجهوي للشغل)
    if (name.parts === 1 && name.j - k === 1 && k > t.j && definite(keys[k]) && name.j < tokens.length && !ctx.view.breakAfter[k] && tokens[name.j].kind !== 'punct' && !res.isStopword(keys[name.j]) && !res.isCueWord(keys[name.j])) continue;
    // a verbal noun of the form مفاعلة after a title is what the person does (تطلب الوزيرة
    // مناقشة الاستجواب)
    if (!givenAt(ctx, k) && !knownPersonAt(ctx, k) && /^م.ا..ه$/.test(keys[k]) && tokens[k].text.replace(/[\u064B-\u0652]/g, '').endsWith('ة')) continue;
    // a present-tense verb after a title (الصحفية تتناول …) is not a name, nor is a verbal noun
    // (وزير تخطيط سابق: a portfolio without the article)
    if (presentVerb(ctx, k)) continue;
    // (one word in ـي right after a title without the article is its adjective: قائد ميداني، مدرب إيطالي)
    if (name.j - k === 1 && k === t.j && !keys[t.i].slice(t.reading.peeled).startsWith('ال') && /ي$/.test(keys[k]) && !definite(keys[k]) && !givenAt(ctx, k) && !knownPersonAt(ctx, k)) continue;
    // … nor a name that runs into one (قائد ميداني يعرقل مرور الشاحنات)
    if (!givenAt(ctx, k) && !knownPersonAt(ctx, k) && keys.slice(k + 1, name.j).some((_, n) => presentVerb(ctx, k + 1 + n))) continue;
    // (alone in any verbal-noun shape; before another word only as تفعيل — إيتان، أوزان are names)
    if (!givenAt(ctx, k) && !knownPersonAt(ctx, k) && (name.j - k === 1 ? masdarShape(keys[k]) : /^ت..ي.$/.test(keys[k]))) continue;
    // a ruler's title in construct names the realm after it (ملك أراجون، أمير إمارة …): one
    // word there that is no given name is a place, not a person; a name after it is the ruler's
    // (ملك أراجون خايمي الأول)
    // (a name's link word is no realm: the given name سلطان before بن عبدالعزيز)
    if (k === t.j && t.j - t.i === 1 && t.reading.peeled === 0 && !keys[t.i].startsWith('ال') && RULERS.test(keys[t.i]) && !givenAt(ctx, k) && !knownPersonAt(ctx, k) && !definite(keys[k]) && !NAME_LINKS.test(keys[k])) {
      out.push(namedEntity(ctx, k, k + 1, 'GPE'));
      claimed[k] = 1;
      if (name.j > k + 1) {
        out.push(person(ctx, k + 1, name.j, attributes));
        for (let m = k + 1; m < name.j; m++) claimed[m] = 1;
      }
      continue;
    }
    // a one-word title in construct (without the article) is followed by its genitive, not by a
    // name: أستاذ فيزياء الغلاف الجوي — honorifics and abbreviations stand right before names (سمو، د.)
    if (k === t.j && t.j - t.i === 1 && !flags.honorific && !/^[وفبل]*ال/.test(keys[t.i]) && !entry.form.endsWith('.') && !givenAt(ctx, k) && !knownPersonAt(ctx, k)) continue;
    // after ordinary complements (أمير البلاد، منسقة الطوارئ في المنظمة) a name that is not a known
    // one is taken only where a name ends: before punctuation, a particle or a new phrase with و
    if (flags.loose && !givenAt(ctx, k)) {
      // (and only of name-like words: no article, no plural or dual ending — اتصالين هاتفيين)
      const ws = keys.slice(k, name.j);
      // (أل written with hamza is no article: ألما، ألبرت)
      // (a family name shaped ال…ي may close it: منصف الدريدي)
      // (written with ي, not ى: الرشاوى is a plural)
      const familyShaped = (x: string, n: number) => n > 0 && n === ws.length - 1 && /^ال...+ي$/.test(x) && /ي[\u064B-\u0652]*$/.test(tokens[k + n].text) && !res.nisba(x) && !masdarShape(ws[0]);
      if (name.parts < 2 || ws.some((x, n) => (definite(x) && !/^[أإ]ل/.test(tokens[k + n].text) && !familyShaped(x, n)) || /(يين|يون|يات)$/.test(x) || res.isCommonWord(x)) || ws.every((x) => /(ين|ون)$/.test(x))) continue;
      const x = name.j;
      // (… or a verb: رئيس النادي رامون كالديرون يشغل منصبه)
      if (!(x >= tokens.length || tokens[x].kind === 'punct' || res.isStopword(keys[x]) || /^و/.test(keys[x]) || hasPreposition(ctx, x) || presentVerb(ctx, x) || res.isCueWord(keys[x]))) continue;
    }
    out.push(person(ctx, k, name.j, attributes));
    for (let m = k; m < name.j; m++) claimed[m] = 1;
  }
}

/**
 * A title in the dual, then two names joined by و (غاب النائبان مفتاح الزوي ونجاة الشريف، اللاعبان
 * محمد صلاح وعمر مرموش): each name is a person. Each must open with a given name or have two
 * parts that are no ordinary words.
 */
function dualTitlePatterns(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { keys, tokens, breakAfter } = ctx.view;
  const { res } = ctx;
  for (let i = 0; i + 3 < tokens.length; i++) {
    const key = keys[i];
    // (a cheap test of the last letter first)
    if (key.charCodeAt(key.length - 1) !== 0x646 || !/^ال...+(ان|ين)$/.test(key) || claimed[i] || breakAfter[i] || !isWord(ctx, i)) continue;
    const single = key.slice(0, -2);
    const t = res.titles.matchAt([single], 0);
    if (!t || t.j !== 1 || (t.values[0] as TitleEntry).kind === 'honorific') continue;
    const k = i + 1;
    const ok = (n: { j: number; parts: number } | null, at: number) => n !== null && (givenAt(ctx, at) !== null || knownPersonAt(ctx, at) || (n.parts >= 2 && !keys.slice(at, n.j).some((x) => res.isCommonWord(x))));
    const first = parseName(ctx, k);
    if (!ok(first, k) || claimed[k]) continue;
    const w = first!.j;
    if (w >= tokens.length || breakAfter[w - 1] || !keys[w].startsWith('و') || keys[w].length < 3 || !isWord(ctx, w)) continue;
    // the second name after و: read as the peeled given name or as a name of its own
    const g = res.givenNames.matchAt(keys, w, readingsAt(ctx.view, w), (r) => r.prefix === 'و');
    const rest = g && g.j < tokens.length && !breakAfter[g.j - 1] ? parseName(ctx, g.j, 4, 1) : null;
    if (!g || !rest || rest.parts < 2) continue;
    out.push(person(ctx, k, w));
    out.push(person(ctx, w, rest.j, undefined, 1));
    for (let m = k; m < rest.j; m++) claimed[m] = 1;
    i = rest.j - 1;
  }
}

/**
 * A title with a possessive pronoun, then a name (مهاجمه معاذ الشرمان، مديره الرياضي بريدراغ
 * ميياتوفيتش، مدربها جمال السلامي): sport and business news name people by their relation to a
 * team or company. The word without its pronoun must be a one-word title; the name must open
 * with a given name or have two parts.
 */
function possessiveTitlePatterns(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { keys, tokens } = ctx.view;
  const { res } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    // (one bit: a one-word title with ه or ها, not written with ة — tokenMasks)
    if (!(ctx.masks[i] & STARTS.possessiveTitle) || claimed[i] || ctx.view.breakAfter[i]) continue;
    const attributes: Record<string, string> = { title: tokens[i].text };
    const k = titleComplements(ctx, i + 1, attributes);
    if (k >= tokens.length || claimed[k] || ctx.view.breakAfter[k - 1] || gazAt(ctx, k)) continue;
    let name = parseName(ctx, k);
    // (a given name that is also a word opens a name of two parts: مهاجمه معاذ الشرمان)
    const gn = givenAt(ctx, k);
    if (!name && gn && res.ambiguousGiven.has(keys[k]) && !ctx.view.breakAfter[gn.j - 1]) {
      const rest = parseName(ctx, gn.j, 4, 1);
      if (rest && rest.parts >= 2) name = rest;
    }
    if (!name || (name.parts < 2 && !gn) || presentVerb(ctx, k)) continue;
    out.push(person(ctx, k, name.j, attributes));
    for (let m = k; m < name.j; m++) claimed[m] = 1;
    i = name.j - 1;
  }
}

/** Known given name + at least one more name part, without a title. */
/** Landform words that open a place's name (keys, with و/ب/ل/ف allowed before them). */
const LANDFORM_PREFIX = /^([وف]?[بل]?)(وادي|جبل|تل|عين|بير|دير|كفر|نهر|قلعه|خان)$/;
/** Facilities named after people, with the article and proclitics (keys): المستشفى، بالمطار، للملعب */
const DEFINITE_FACILITY = /^([وف]?[بل]?ال|[وف]?لل)(مستشفي|مستشفى|مطار|ملعب|مركب|استاد)$/;
/** Heads of settlements, singular and dual in construct (keys, with و/ب/ل/ف allowed before them). */
const SETTLEMENT_HEAD = /^([وف]?[بل]?)(قريه|قريتي|بلده|بلدتي|دوار|مدشر|ضاحيه)$/;

function givenNamePatterns(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { keys, tokens } = ctx.view;
  const { res } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!(ctx.masks[i] & STARTS.givenNames) || claimed[i] || !isWord(ctx, i)) continue;
    const whole = keys[i];
    const g = res.givenNames.matchAt(keys, i, readingsAt(ctx.view, i), (r) => (r.prefix === 'و' || r.prefix === 'ف' || r.prefix === 'ل' || r.prefix === 'ب') && !res.isCommonWord(whole));
    if (!g) continue;
    // (a feminine name written with ه where the word without it is a title or a word is that word
    // and its pronoun: أمينه الأول "its first secretary", not أمينة)
    if (g.j - g.i === 1 && g.reading.peeled === 0 && tokens[i].text.endsWith('ه') && whole.length > 3 && (res.titles.starts(whole.slice(0, -1)) || res.isTitleEnd(whole.slice(0, -1)) || res.isCommonWord(whole.slice(0, -1)))) continue;
    // (a country's name that is also a given name, alone before a verb or a particle, is the
    // country: وجورجيا ترتبطان — only a name part after it makes it a person)
    const place = g.j - g.i === 1 ? gazAt(ctx, i) : null;
    if (place?.j === g.j && place.values.some((v) => ctx.res.countries.has(v.id)) && !(g.j < tokens.length && !ctx.view.breakAfter[g.j - 1] && (givenAt(ctx, g.j) !== null || knownPersonAt(ctx, g.j)))) continue;
    // (ل and a hamza on the alef is the preposition and a word: لأرى "to see" is no لاري)
    if (!g.reading.prefix.endsWith('ل') && /^[وف]?ل[أإآ]/.test(tokens[i].text)) continue;
    // (a blessing after a name: رضوان الله عليه، رحمه الله — not رضوان or رحمة)
    if (blessingAt(ctx, i)) continue;
    // (و + a given name that opens a title is the title: وولي العهد)
    if (g.reading.peeled > 0 && conjunctionTitleAt(ctx, i)) continue;
    // (ب + a given name before الله is "with God's …": بتوفيق الله، بفضل الله)
    // (… and so after a preposition: بعد توفيق الله، من فضل الله — unless a known person: من نصر الله)
    if (g.j - g.i === 1 && keys[g.j] === GOD && (g.reading.prefix.endsWith('ب') || (i > 0 && !ctx.view.breakAfter[i - 1] && res.isStopword(keys[i - 1]) && !knownPersonAt(ctx, i)))) continue;
    // the second word of a known place or body is no given name (ريد | بول كلاوس فيبر)
    if (i > 0 && !ctx.view.breakAfter[i - 1]) {
      const before = gazAt(ctx, i - 1, false);
      if (before && before.j > i && before.values.every((v) => v.type !== 'PERSON')) continue;
      // … nor a given name after a landform word: a place named after a person (وادي موسى، جبل
      // عيسى، بئر علي)
      if (g.reading.peeled === 0 && LANDFORM_PREFIX.test(keys[i - 1])) continue;
      // … nor a given name after a settlement's head, with a family particle or not: a village
      // named like a person (في قرية آيت عيسى ميمون، قريتي أولاد سعيد)
      const s = i >= 2 && res.particles.has(keys[i - 1]) && !ctx.view.breakAfter[i - 2] ? i - 1 : i;
      if (g.reading.peeled === 0 && SETTLEMENT_HEAD.test(keys[s - 1])) continue;
      // … and after a facility's head with the article and its adjective, the facility is named
      // after the person, head included (المستشفى الجامعي نذير محمد)
      if (g.reading.peeled === 0 && i >= 2 && !ctx.view.breakAfter[i - 2] && /^ال..+ي$/.test(keys[i - 1]) && !res.nisba(keys[i - 1]) && DEFINITE_FACILITY.test(keys[i - 2])) {
        const name = parseName(ctx, i);
        if (name && name.parts >= 2 && !claimed[i - 2] && !claimed[i - 1]) {
          // (proclitics stay outside; ل + ال drops the alef and the mention starts at the article's lam)
          const w = keys[i - 2];
          const peeled = /^[وف]?[بل]?ال/.test(w) ? w.indexOf('ال') : /^[وف]?لل/.exec(w)![0].length - 1;
          out.push(namedEntity(ctx, i - 2, name.j, 'LOC', undefined, peeled));
          for (let m = i - 2; m < name.j; m++) claimed[m] = 1;
          i = name.j - 1;
        }
        continue;
      }
    }
    // … nor a club's or team's name (نادي مضر، لفريق سلطان)
    if (g.reading.peeled === 0 && i > 0 && !ctx.view.breakAfter[i - 1] && CLUB_HEADS.test(keys[i - 1].replace(/^[وف]?[بل]?/, ''))) continue;
    // … nor the name of a product in quotation marks (تذكرة "جوردان باس"، تطبيق "سارة")
    if (i >= 2 && res.isQuoteMark(tokens[i - 1].text) && res.isProductHead(keys[i - 2])) continue;
    // … nor of a team, company or outlet there (فريق "تيم ليكويد"، شركة "سارة للتجارة")
    if (i >= 2 && res.isQuoteMark(tokens[i - 1].text) && !ctx.view.breakAfter[i - 2] && res.orgHeads.matchAt(keys, i - 2, readingsAt(ctx.view, i - 2))?.j === i - 1) continue;
    // a given name and the initial of the family name, as court reports name the accused
    // (المتهم سيد ع.، وهشام ل.): the initial and its full stop belong to the name
    const init = initialAt(ctx, g.j);
    if (init > 0) {
      out.push(person(ctx, i, init, undefined, g.reading.peeled));
      for (let m = i; m < init; m++) claimed[m] = 1;
      i = init - 1;
      continue;
    }
    // a given name that is also a word (وليد، سعيد، عادل) needs a family name with the article after it
    // — or another given name that is not a word (وليد توفيق)
    let ambiguousOk = false;
    if (res.ambiguousGiven.has(g.reading.key) && g.j - g.i === 1) {
      const n = g.j;
      // (a name that is also a past verb, with و/ف before it and a definite word after, is the verb:
      // وشهد المنتدى توقيع …)
      if (res.verbGiven.has(g.reading.key) && /^[وف]$/.test(g.reading.prefix) && n < tokens.length && keys[n].startsWith('ال')) continue;
      const next = n < tokens.length && !ctx.view.breakAfter[n - 1] && isWord(ctx, n);
      // (… or a family name opened by a particle: بدر عبد العاطي)
      const family = next && ((familyName(ctx, n) && !ctx.kunyaKeys.has(keys[n])) || (keys[n] === res.key('عبد') && n + 1 < tokens.length && !ctx.view.breakAfter[n] && isWord(ctx, n + 1) && definite(keys[n + 1])));
      const secondGiven = next && givenAt(ctx, n) !== null && !res.ambiguousGiven.has(keys[n]) && !res.isCommonWord(keys[n]);
      // (… or بن and the father's or family name: سالم بن دغار)
      const son = next && sonFollows(ctx, i);
      if (!family && !secondGiven && !son) continue;
      // (not a function word written so: على هنريك)
      ambiguousOk = (family || son) && !(tokens[i].text.endsWith('ى') && ctx.maqsura.has(tokens[i].text.replace(/^[وف](?=[عإا])/, '')));
    }
    if (g.reading.peeled > 0) {
      // (a known place or body as written is no proclitic and a name: بكين ≠ ب + كين)
      if (gazAt(ctx, i, false)) continue;
      // a peeled given name (وخالد): the name starts after the proclitic
      if (g.j >= tokens.length || ctx.view.breakAfter[g.j - 1]) continue;
      const rest = parseName(ctx, g.j, 4, 1);
      if (rest) {
        out.push(person(ctx, i, rest.j, undefined, g.reading.peeled));
        i = rest.j - 1;
      }
      continue;
    }
    let name = parseName(ctx, i);
    // (a given name that is also a word, read as one before its family name, is the name's first
    // part even where it would not open a name alone: وقالت صباح عبد الغفار)
    if (!name && ambiguousOk) {
      const rest = parseName(ctx, g.j, 4, 1);
      if (rest && rest.parts >= 2) name = rest;
    }
    if (name && name.parts >= 2) {
      // a kunya or patronymic before the given name belongs to the name (أبو خليل القباني)
      const from = i > 0 && !ctx.view.breakAfter[i - 1] && !claimed[i - 1] && res.particles.has(keys[i - 1]) ? i - 1 : i;
      out.push(person(ctx, from, name.j));
      i = name.j - 1;
    }
  }
}

/** any, every (keys): before a head, a kind — أي شركة، كل مؤسسة */
const ANY_EVERY = /^(اي|ايه|كل)$/;

/** مصلحة (key): a head only before a state service */
const PUBLIC_SERVICE = 'مصلحه';

/** The length (1 or 2 words) of a state service named at m (الجمارك، الطب الشرعي), or 0. */
function stateServiceAt(ctx: Ctx, m: number, fields: ReadonlySet<string> = ctx.stateServices): number {
  const { keys, tokens, breakAfter } = ctx.view;
  if (m >= tokens.length || !isWord(ctx, m)) return 0;
  if (m + 1 < tokens.length && !breakAfter[m] && isWord(ctx, m + 1) && fields.has(`${keys[m]} ${keys[m + 1]}`)) return 2;
  return fields.has(keys[m]) ? 1 : 0;
}

/** words of quantity before a counted noun (keys): ألف، آلاف، مئات، عشرات، مليون */
const COUNTS = /^(الف|الاف|مئات|ميات|عشرات|مليون|ملايين|مئه|ميه|ماءه)$/;

/** "son of" in names (key) */
const SON = 'بن';
/** (key) فريق "team", with its proclitics */
const TEAM = /^[وف]?(بال|لل|ال|ب|ل)?فريق$/;
/** words that link the parts of a name (keys): بن، ابن، بنت، أبو، أبي، آل، ولد */
const NAME_LINKS = /^(بن|ابن|بنت|ابو|ابي|ال|ولد)$/;
/** الدين "of the faith", the second word of compound names */
const FAITH = 'الدين';
/** (key) الرئيس */
const PRESIDENT = 'الرييس';
/** (key) الله */
const GOD = 'الله';
/** "son of" in Mauritanian names (key): after it any word that is no ordinary word is the father's or family name (ولد ببانه) */
const OULD = 'ولد';

/** Do بن and a name part follow token m on its line? */
function sonFollows(ctx: Ctx, m: number): boolean {
  const { keys, breakAfter } = ctx.view;
  return m + 2 < keys.length && keys[m + 1] === SON && !breakAfter[m] && !breakAfter[m + 1] && isWord(ctx, m + 2) && !functionWordAt(ctx, m + 2) && !hasPronoun(ctx, m + 2);
}

/** An initial at m: one Arabic letter with a full stop written right after it (ع.); the end after the stop, or 0. */
function initialAt(ctx: Ctx, m: number): number {
  const { tokens } = ctx.view;
  if (m + 1 >= tokens.length || ctx.view.breakAfter[m - 1] || tokens[m].kind !== 'word' || [...tokens[m].text].length !== 1) return 0;
  const stop = tokens[m + 1];
  return stop.text === '.' && stop.start === tokens[m].end ? m + 2 : 0;
}

/**
 * A kunya: أبو / أبي / أبا + a known given name (أبو بكر، أبي أيوب، أبو الحسن), alone or as the start
 * of a longer name (أبو جميل زيان). A kunya + an ordinary word (أبو الهول) is left to the gazetteer.
 */
function kunyaPatterns(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { keys, tokens } = ctx.view;
  const { res } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!(ctx.masks[i] & STARTS.kunya) || claimed[i] || claimed[i + 1] || !isWord(ctx, i) || ctx.view.breakAfter[i]) continue;
    if (gazAt(ctx, i) || !givenAt(ctx, i + 1) || tokens[i + 1].text.endsWith('ى')) continue;
    // (after a place head أبو opens a place's name: منطقة أبو حمد، بمحلية أبو حمد)
    if (i > 0 && !ctx.view.breakAfter[i - 1] && ctx.masks[i - 1] & STARTS.placeHeads && res.placeHeads.matchAt(keys, i - 1, readingsAt(ctx.view, i - 1))?.j === i) continue;
    const name = parseName(ctx, i);
    if (!name) continue;
    const peeled = keys[i].length - keys[i].replace(/^[وف](?=اب)/, '').length;
    out.push(person(ctx, i, name.j, undefined, peeled));
    for (let m = i; m < name.j; m++) claimed[m] = 1;
    i = name.j - 1;
  }
}

/**
 * A cue verb followed by a name nobody listed (وقال كينيون إن …، وأضاف البدري: …): the speaker
 * phrase after a speech verb is very often a person's name. The name must not be an ordinary
 * word, a title or a known entity of another kind.
 */
function cueNamePatterns(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { keys, tokens } = ctx.view;
  const { res } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!(ctx.masks[i] & STARTS.cue) || !isWord(ctx, i) || ctx.view.breakAfter[i]) continue;
    const k = i + 1;
    if (claimed[k] || !isWord(ctx, k) || gazAt(ctx, k) || presentVerb(ctx, k)) continue;
    // a given name that looks like a speech verb, opening a quoted name, is no cue ("رؤى كابيتال")
    if (i > 0 && res.isQuoteMark(tokens[i - 1].text) && givenAt(ctx, i)) continue;
    // two verbal nouns, تفعّل and تفعيل, are what is said to happen (كشفت تأخر تسليم الوحدات)
    if (/^ت[^وي]{3}$/.test(keys[k]) && !givenAt(ctx, k) && k + 1 < tokens.length && !ctx.view.breakAfter[k] && /^ت..ي.$/.test(keys[k + 1]) && !givenAt(ctx, k + 1)) continue;
    // a noun and its indefinite nationality adjective is no name (وقال مفاوض أوروبي، وأكد دبلوماسي غربي)
    if (!givenAt(ctx, k) && k + 1 < tokens.length && !ctx.view.breakAfter[k] && isWord(ctx, k + 1) && !definite(keys[k + 1]) && (res.nisba(keys[k + 1]) !== undefined || ctx.speakerAdjectives.has(keys[k + 1]))) continue;
    // a national service is no name (وقال خفر السواحل، في بيان، …)
    if (k + 1 < tokens.length && !ctx.view.breakAfter[k] && ctx.nationalServices.has(`${keys[k]} ${keys[k + 1]}`)) continue;
    // a cue word in a fixed phrase (رد فعل، ردود فعل)
    if (ctx.cueCompounds.has(`${keys[i].replace(/^[وف]/, '')} ${keys[k]}`)) continue;
    // an accusative or adverb (ردا، خصوصا، رئيسا) or a verbal noun (حدوث، وقوع) after the verb is no
    // name — unless a second name part follows (وقالت جيما أرياس)
    const accusative = /ا$/.test(keys[k]) && !(keys[k].length >= 6 && /[ياو]نا$/.test(keys[k]));
    if (!givenAt(ctx, k) && /^..و.$/.test(keys[k])) continue;
    // … nor is a passive participle after a cue that is a noun (في رد مكتوب، بتصريح منشور) —
    // after a verb it is a name (واعترف محفوظ)
    const nounCue = keys[i].startsWith('ال') || hasPreposition(ctx, i) || (i > 0 && /^(في|عبر|خلال|دون|بدون)$/.test(keys[i - 1]));
    if (nounCue && !givenAt(ctx, k) && /^م..و.$/.test(keys[k])) continue;
    // speakers that are not names: anonymous sources and groups (مندوب، محللون، متعاملون)
    if (ctx.speakerNouns.has(keys[k]) || ctx.speakerNouns.has(keys[k].replace(/^ال/, '')) || pluralLike(ctx, keys[k], k) || dualOf(ctx, keys[k])) continue;
    // a definite word that is not nisba-shaped starts a description, not a name (قال الشريك الإداري …)
    // (ى is written for a noun's final alef, not for the ي of a family name: المنتدى التونسي)
    if (keys[k].startsWith('ال') && (!/ي$/.test(keys[k]) || /ى[\u064B-\u0652]*$/.test(tokens[k].text)) && !givenAt(ctx, k)) continue;
    // a verbal noun in construct with a definite word is what is said to happen (ترجح اقتراب الإعصار)
    // (… or with what it acts on, indefinite: رفضت إرسال عينات للفحص)
    if (masdarShape(keys[k]) && !givenAt(ctx, k) && k + 1 < tokens.length && !ctx.view.breakAfter[k] && (definite(keys[k + 1]) || (isWord(ctx, k + 1) && (res.isCommonWord(keys[k + 1]) || /ات$/.test(keys[k + 1]))))) continue;
    ctx.afterCue = k;
    let name = parseName(ctx, k, 3);
    ctx.afterCue = -1;
    if (!name) continue;
    // (a given name and a feminine participle after it, indefinite: the participle tells how she
    // speaks — وتضيف زهرة ضاحكة: …، قالت سعاد مبتسمة)
    const manner = name.j === k + 2 && givenAt(ctx, k)?.j === k + 1 && !givenAt(ctx, k + 1) && /ة[\u064B-\u0652]*$/.test(tokens[k + 1].text) && /^(.ا..ه|م...ه|مت...ه|مست...ه)$/.test(keys[k + 1]);
    if (manner) name = { j: k + 1, parts: 1 };
    // a given name, then a family name with the article that is an ordinary word where the phrase
    // ends (وقال عبد الرحيم الفلاح، …)
    if (name.parts === 1 && givenAt(ctx, k)?.j === name.j && !res.ambiguousGiven.has(keys[k]) && definiteFamilyWordAt(ctx, name.j)) name = { j: name.j + 1, parts: 2 };
    // a lone definite word must look like a family name (البدري, not السعي), a lone indefinite one must be unknown
    const lone = name.j - k === 1;
    if (accusative && !givenAt(ctx, k) && (lone || keys[k].length < 4 || res.isCommonWord(keys[k + 1]))) continue;
    // (… nor one with an adjective that agrees with it: رأوا سحبا كثيفة، اعتبرته أمرا واقعا)
    // (written with ة or with its tanween: a foreign family name in ا stays one — موراتا كوستا)
    if (accusative && !givenAt(ctx, k) && !lone && !definite(keys[k + 1]) && /(ة|اً|ًا)[\u064B-\u0652]*$/.test(tokens[k + 1].text)) continue;
    // a lone verbal noun (مهددة | ابتداء من …) is no name
    if (lone && !givenAt(ctx, k) && masdarShape(keys[k])) continue;
    // … nor a broken plural (تعني طوابير أمام المصارف، قال مواعيد …) or, after a cue that is a
    // noun, a relative adjective of an ordinary noun (من دون كشف هندسي)
    if (lone && !givenAt(ctx, k) && !knownPersonAt(ctx, k) && /^(.وا.ي.|م.ا.ي.)$/.test(keys[k])) continue;
    if (lone && nounCue && !givenAt(ctx, k) && !knownPersonAt(ctx, k) && /^[^ا].{2,}ي$/.test(keys[k])) continue;
    if (lone && !loneNameOk(keys[k])) continue;
    // … nor an active participle of a defective verb (وقال الشاكي إن، قال القاضي): a description —
    // a family name of that shape is found by its given name or a title
    if (lone && /^ال.ا.ي$/.test(keys[k]) && !givenAt(ctx, k) && !knownPersonAt(ctx, k)) continue;
    // … nor a title without the article in construct (ورأى عميد بلدية أجدابيا، قال مدير …)
    if (lone && !givenAt(ctx, k) && !knownPersonAt(ctx, k) && name.j < tokens.length && !ctx.view.breakAfter[k] && isWord(ctx, name.j) && res.titles.starts('ال' + keys[k]) && res.titles.matchAt(['ال' + keys[k]], 0) !== null) continue;
    // … nor a given name that is also a word of office before a title (وأوضح مساعد أمين العاصمة،
    // أكد مساعد سمو رئيس الهيئة، وصل مساعد المدرب): the assistant of that person
    if (lone && ctx.officeGivenNames.has(keys[k]) && !knownPersonAt(ctx, k) && name.j < tokens.length && !ctx.view.breakAfter[k] && isWord(ctx, name.j) && (res.titles.matchAt(keys, name.j) !== null || ctx.honorifics.has(keys[name.j]))) continue;
    const next = name.j < tokens.length ? tokens[name.j] : undefined;
    // the name is followed by what follows a speaker: a complementizer, a colon, a comma, a preposition phrase
    // — or an apposition: a title (وقال ريناتو سوليدام رئيس المعهد)
    const follows =
      manner ||
      !next ||
      next.kind === 'punct' ||
      /^(ان|بان|في|خلال|امام|ل|لـ)$/.test(keys[name.j]) ||
      hasPreposition(ctx, name.j) ||
      res.isStopword(keys[name.j]) ||
      // (an indefinite title, and a name of unknown words: وكيل أعمال اللاعب is a description)
      ((ctx.masks[name.j] & STARTS.titleBare) !== 0 &&
        !keys[name.j].startsWith('ال') &&
        res.titles.matchAt(keys, name.j) !== null &&
        keys.slice(k, name.j).every((x) => !res.isCommonWord(x))) ||
      // (… or a definite one after a name of two unknown words: وقال أليكس فيرغسون المدير الفني)
      (name.j - k >= 2 &&
        (ctx.masks[name.j] & STARTS.titleBare) !== 0 &&
        definite(keys[name.j]) &&
        res.titles.matchAt(keys, name.j) !== null &&
        keys.slice(k, name.j).every((x) => !res.isCommonWord(x) && !definite(x)));
    if (!follows) continue;
    out.push(person(ctx, k, name.j));
    for (let m = k; m < name.j; m++) claimed[m] = 1;
  }
}

/**
 * A nationality adjective standing for a person, then the name (فاز الروسي نيكولاي دافيدنكو،
 * مع الإيطالي فابيو كابيلو، والبرازيلي إيمرسون): sport and world news introduce people this way.
 * The adjective must not be modifying a noun before it (الجيش الإسرائيلي، الحارس البرتغالي is a
 * title, handled with the titles), and the name must not be an ordinary word or a known place.
 */
function nisbaNamePatterns(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { keys, tokens } = ctx.view;
  const { res } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const feminine = (ctx.masks[i] & STARTS.nisbaDefiniteF) !== 0;
    if (!(ctx.masks[i] & STARTS.nisbaDefinite || feminine) || claimed[i] || claimed[i + 1] || !isWord(ctx, i) || ctx.view.breakAfter[i]) continue;
    let key = keys[i];
    if (!key.startsWith('ال')) key = key.slice(1);
    if (i > 0 && !ctx.view.breakAfter[i - 1] && key === keys[i]) {
      const prev = tokens[i - 1];
      const pk = keys[i - 1];
      // the adjective must not modify the word before it: a definite noun, a known name or
      // another adjective (a function word, a speech verb or a verb may precede it: فاز الروسي …)
      if (prev.kind === 'word' || prev.kind === 'latin') {
        const functionWord = res.isStopword(pk) || res.isCueWord(pk);
        if (!functionWord && (pk.startsWith('ال') || /^[وفبلك]ال/.test(pk) || gazAt(ctx, i - 1) || res.nisba(pk))) continue;
      }
      // … nor a name in quotation marks (مجموعة "هيونداي روتم" الكورية | توريد …)
      if (res.isQuoteMark(prev.text)) continue;
    }
    const k = i + 1;
    if (!isWord(ctx, k) || presentVerb(ctx, k) || nonPersonAt(ctx, k) || keys[k].startsWith('ال')) continue;
    // a verbal noun is what the subject does, not a name (الكورية | توريد قطارات)
    if (masdarShape(keys[k]) && !givenAt(ctx, k)) continue;
    const name = parseName(ctx, k);
    if (!name) continue;
    const lone = name.j - k === 1;
    // one word alone must be a given name, a known person or not an ordinary word ending like a plural
    if (lone && !givenAt(ctx, k) && !knownPersonAt(ctx, k) && (pluralLike(ctx, keys[k], k) || /ا$/.test(keys[k]))) continue;
    // after a feminine adjective (على حساب الأمريكية جيسيكا مورينو) a woman's given name or a
    // name of two parts or more
    if (feminine && !res.femaleGiven.has(keys[k]) && (name.parts < 2 || keys.slice(k, name.j).some((x) => res.isCommonWord(x)))) continue;
    const nis = res.nisba(key);
    out.push(person(ctx, k, name.j, nis ? { nationality: nis.ref } : undefined));
    for (let m = k; m < name.j; m++) claimed[m] = 1;
    i = name.j - 1;
  }
}

/**
 * The subject of كان … قد (وكانت رايس قد حذرت، وكان البدري قد أعلن): a name between the
 * auxiliary and قد is the one who did what follows.
 */
function kanaQadPatterns(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { keys, tokens } = ctx.view;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!(ctx.masks[i] & STARTS.kana) || !isWord(ctx, i) || ctx.view.breakAfter[i] || claimed[i + 1]) continue;
    const k = i + 1;
    if (!isWord(ctx, k) || gazAt(ctx, k) || presentVerb(ctx, k) || pluralLike(ctx, keys[k], k)) continue;
    // a definite description is no name (أن يكون الوفد الروسي قد تلقى)
    if (keys[k].startsWith('ال') && !/ي$/.test(keys[k]) && !givenAt(ctx, k)) continue;
    const name = parseName(ctx, k, 3);
    if (!name || name.j >= tokens.length || keys[name.j] !== 'قد' || ctx.view.breakAfter[name.j - 1]) continue;
    if (name.j - k === 1 && !loneNameOk(keys[k])) continue;
    out.push(person(ctx, k, name.j));
    for (let m = k; m < name.j; m++) claimed[m] = 1;
  }
}

/**
 * A national institution named by its head and a nationality adjective: الجيش السوداني، والشرطة
 * الإسرائيلية — an organization (with a proclitic peeled: للجيش الأمريكي).
 */
function nationalInstitutionPatterns(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { keys, tokens } = ctx.view;
  const { res } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const key = keys[i];
    if (!(ctx.masks[i] & STARTS.nationalHead) || claimed[i] || claimed[i + 1] || !isWord(ctx, i) || ctx.view.breakAfter[i]) continue;
    // the head with up to two proclitics (والجيش، بالجيش); ل + ال drops the alef (للجيش)
    let peeled = -1;
    for (let p = 0; p <= 2 && peeled < 0; p++) {
      if (p > 0 && !/^[وفبل]+$/.test(key.slice(0, p))) break;
      const rest = key.slice(p);
      if (ctx.nationalHeads.has(rest) || ctx.stateMediaHeads.has(rest)) peeled = p;
      else if (rest.startsWith('لل') && (ctx.nationalHeads.has('ا' + rest.slice(1)) || ctx.stateMediaHeads.has('ا' + rest.slice(1)))) peeled = p + 1;
    }
    if (peeled < 0) continue;
    const head = key.slice(peeled);
    if (ctx.stateMediaHeads.has(head) || ctx.stateMediaHeads.has('ا' + head.slice(1))) {
      // a state broadcaster: the medium, state adjectives, a nationality (الإذاعة الوطنية التشادية)
      let j = i + 1;
      while (j < tokens.length && j - i <= 2 && !ctx.view.breakAfter[j - 1] && isWord(ctx, j) && ctx.stateMediaAdjectives.has(keys[j])) j++;
      if (j >= tokens.length || ctx.view.breakAfter[j - 1] || !isWord(ctx, j) || !keys[j].startsWith('ال') || !res.nisba(keys[j]) || claimed[j]) continue;
      out.push(namedEntity(ctx, i, j + 1, 'ORG', undefined, peeled));
      for (let m = i; m <= j; m++) claimed[m] = 1;
      i = j;
      continue;
    }
    // (a kind may come between the head and the nationality: القوات المسلحة المالية، المخابرات
    // الجوية السورية)
    const bareHead = head.startsWith('ال') ? head : 'ا' + head;
    // (… and a nationality that is also a word names a country here: الجيش المالي)
    const isNisba = (x: string) => res.nisba(x) !== undefined || ctx.institutionNisbas.has(x);
    const kind = i + 2 < tokens.length && !ctx.view.breakAfter[i + 1] && isWord(ctx, i + 2) && ctx.nationalKinds.has(keys[i + 1]) && isNisba(keys[i + 2]) && keys[i + 2].startsWith('ال') && !claimed[i + 2] ? 1 : 0;
    const nis = keys[i + 1 + kind];
    if (!nis.startsWith('ال') || !(isNisba(nis) || (kind === 0 && ctx.nationalAdjectives.has(nis)))) continue;
    // (an airline needs a nationality: الطيران المدني is the trade)
    if ((bareHead === 'الخطوط' || bareHead === 'الطيران') && !isNisba(nis)) continue;
    // (المركزي المالي is no central bank's nationality)
    if (ctx.institutionNisbas.has(nis) && !ctx.armedHeads.has(bareHead)) continue;
    // (القوات alone needs its kind: القوات الروسية is a country's forces, not one body)
    if (bareHead === FORCES && kind === 0) continue;
    // (… and a kind before a region's adjective names no body: القوات البحرية العربية)
    if (kind === 1 && (res.nisba(nis)?.ref ?? 'Q').startsWith('np:')) continue;
    // (المركزي alone is the central bank — المركزي المصري —, not an adjective of a noun before it:
    // المجلس المركزي الفلسطيني)
    if (peeled === 0 && i > 0 && !ctx.view.breakAfter[i - 1] && isWord(ctx, i - 1) && definite(keys[i - 1]) && !res.isStopword(keys[i - 1])) continue;
    out.push(namedEntity(ctx, i, i + 2 + kind, 'ORG', undefined, peeled));
    for (let m = i; m < i + 2 + kind; m++) claimed[m] = 1;
    i += 1 + kind;
  }
}

/** "the forces" (key): a national institution only with its kind (القوات المسلحة) */
const FORCES = 'القوات';

/** Negations and quantifiers that open a quoted phrase, never a name (غير مرتاحة، لا رجعة). */
const PHRASE_OPENERS = /^[وف]?(غير|لا|لم|لن|ليس|ليست|كل|بعض|اكثر|اقل|جدا|لكن|لكنه|لكنها|لكنهم|ولكن)$/;
const CLAUSE_WORDS = /^[وف]?(ان|انه|انها|انهم|الذي|التي|الذين|قد|لقد|كما|بينما|حيث|لكن|لكنه|لكنها|لكنهم)$/;

/** A one-word name with the article must look like a family name (البدري, not السعي). */
function loneNameOk(key: string): boolean {
  return !key.startsWith('ال') || /^ال...+ي$/.test(key);
}

/** The quoted span right after position k (a name in quotation marks), as [start, end) of its tokens. */
function quotedName(ctx: Ctx, k: number): { i: number; j: number } | null {
  const { tokens } = ctx.view;
  if (k >= tokens.length || !ctx.res.isQuoteMark(tokens[k].text)) return null;
  // a quoted phrase that opens with a particle is a phrase, not a name (قيادة الحزب "غير مرتاحة")
  if (k + 1 < tokens.length && PHRASE_OPENERS.test(ctx.view.keys[k + 1])) return null;
  // … and so is one that opens with a present verb and goes on with a preposition (قطاع الأعمال
  // "يتطلع إلى شراكة حقيقية")
  if (k + 2 < tokens.length && isWord(ctx, k + 1) && /^ي/.test(ctx.view.keys[k + 1]) && presentVerb(ctx, k + 1) && PREPOSITIONS_AFTER_VERB.test(ctx.view.keys[k + 2])) return null;
  for (let m = k + 1; m < Math.min(tokens.length, k + 7); m++) {
    // (a conjunction or function word alone between two marks sits between two quoted names:
    // «قصر الشوق» و «السكرية» — a definite one, اليوم، is a name: صحيفة «اليوم»)
    if (ctx.res.isQuoteMark(tokens[m].text)) return m > k + 1 && !ctx.view.keys.slice(k + 1, m).every((x) => x.length < 2 || (ctx.res.isStopword(x) && !definite(x))) ? { i: k + 1, j: m } : null;
    if (tokens[m].kind === 'punct' || ctx.view.breakAfter[m - 1]) return null;
    // a name holds no complementizer or clause word (a closing mark read as an opening one:
    // البلدة“ وأن القوات …); other short words may be letters of an acronym (إي إف جي، ظل الصحراء)
    if (CLAUSE_WORDS.test(ctx.view.keys[m])) return null;
  }
  return null;
}

/** heads that are also adjectives (keys): يومية "daily", أسبوعية "weekly" */
const ADJECTIVE_HEADS = /^(يوميه|اسبوعيه)$/;
/** words of attribution before an outlet (keys): بحسب، حسب، وفق، وفقا */
const ATTRIBUTION_WORDS = /^[و]?(بحسب|حسب|وفق|وفقا)$/;

/** prepositions a verb takes before its object (keys): إلى، على، في، من، ب… */
const PREPOSITIONS_AFTER_VERB = /^(الي|علي|في|من|عن|مع|الى)$/;

function namedEntity(ctx: Ctx, i: number, j: number, type: EntityType, known?: GazetteerEntry, peeled = 0): Candidate {
  // a centre for conferences or exhibitions is a place however it was found (مركز الظهران للمعارض)
  if (type === 'ORG' && !known && ctx.view.keys[i].slice(peeled).replace(/^ال/, '') === CENTRE && ctx.view.keys.slice(i + 1, j).some((x) => VENUE_FIELD.test(x))) type = 'LOC';
  // … and so is a centre named after a ruler with its cultural or financial adjective and no field
  // (مركز الملك عبدالعزيز الثقافي العالمي، مركز الملك عبدالله المالي — مركز الملك سلمان للإغاثة is a body)
  if (type === 'ORG' && !known && j - i >= 4 && ctx.view.keys[i].slice(peeled).replace(/^ال/, '') === CENTRE && ctx.honorifics.has(ctx.view.keys[i + 1]) && VENUE_ADJECTIVE.test(ctx.view.keys[j - 1]) && !ctx.view.keys.slice(i + 1, j).some((x) => /^ل/.test(x))) type = 'LOC';
  // the label is the name without a peeled proclitic (والأزرق → الأزرق)
  const text = known ? '' : labelOf(ctx, i, j, peeled);
  return {
    i,
    j,
    peeled,
    type,
    entityId: known?.id ?? localId(type, ctx, i, j, peeled),
    label: known?.ar ?? text,
    labelEn: known?.en,
    source: 'pattern',
    entry: known,
  };
}

/** A present passive verb written with its damma (تُدار، يُنتظر): no name. */
function passiveVerbWritten(text: string): boolean {
  return /^[وف]?[يتن]\u064f/.test(text);
}

function definite(key: string): boolean {
  return key.startsWith('ال') && key.length > 3;
}

/** An indefinite adjective (فنية، دولية، جديد): not a brand or a place name. */
function adjectiveLike(ctx: Ctx, key: string): boolean {
  return !definite(key) && (/(ي|يه|يون|يين)$/.test(key) || Boolean(ctx.res.nisba(key)));
}

type NameMode = 'institution' | 'brand' | 'place';

/**
 * Heads that are part of a known organization's own name (حركة حماس، حزب الله، جماعة الحوثي);
 * other heads before a known organization name a different body (بعثة الأمم المتحدة، قيادة الناتو).
 */
const MOVEMENT_HEADS = /^(حركه|حزب|جماعه|تنظيم|جبهه|تيار|ميليشيا|كتايب)$/;

/**
 * After a dual head and its first name (محافظتي إربد | والمفرق), the second name joined by و, as a
 * place of the head's type (or the gazetteer's). Returns the end of the second name, or `j`.
 */
function dualSecond(ctx: Ctx, head: OrgHead | PlaceHead, j: number, type: EntityType, out: Candidate[]): number {
  const { keys, tokens } = ctx.view;
  const { res } = ctx;
  if (!(head as PlaceHead).dual || j >= tokens.length || ctx.view.breakAfter[j - 1] || !isWord(ctx, j) || !/^و../.test(keys[j])) return j;
  const second = keys[j].slice(1);
  if (res.isCommonWord(second) || res.isStopword(second)) return j;
  const known = gazAt(ctx, j);
  const whole = known && known.reading.peeled === 1 ? known : null;
  const end = whole ? whole.j : j + 1;
  out.push(namedEntity(ctx, j, end, whole ? whole.values[0].type : type, whole ? whole.values[0] : undefined, 1));
  return end;
}

/**
 * ل + a sound plural participle in construct before a definite noun (لمستخدمي الفنادق، لمنتجي
 * النفط، لموظفي البنوك): a body's field, "for the users of …".
 */
function constructParticiple(ctx: Ctx, j: number): boolean {
  const key = ctx.view.keys[j];
  return /^لم.{3,6}ي$/.test(key) && !ctx.res.isStopword(key) && j + 1 < ctx.view.tokens.length && !ctx.view.breakAfter[j] && isWord(ctx, j + 1) && definite(ctx.view.keys[j + 1]) && !ctx.res.isStopword(ctx.view.keys[j + 1]);
}

/** Is token j a "for" phrase on the same line (للفضاء، للطيران، للصناعات)? */
function forPhraseAt(ctx: Ctx, j: number): boolean {
  if (j >= ctx.view.tokens.length || !isWord(ctx, j) || ctx.view.breakAfter[j - 1]) return false;
  const key = ctx.view.keys[j];
  if (/^لل/.test(key) && key.length > 4) return true;
  if (constructParticiple(ctx, j)) return true;
  // ل + a noun in construct (معهد بوتسدام لأبحاث تأثير المناخ)
  // (ل + three letters is mostly a purpose, لفحص الحسابات; a body's charge only up to a place:
  // لسكك حديد مصر)
  // (… but لكرة before its kind is a sport federation's field: الاتحاد السوري لكرة القدم)
  if (key.length === 4 && !genitiveToPlace(ctx, j + 1) && !(key === 'لكره' && definite(ctx.view.keys[j + 1] ?? ''))) return false;
  // (… or a plural فعول before a definite noun: لبحوث المحيطات)
  const next = ctx.view.keys[j + 1] ?? '';
  // (… or the plural of a noun or a body's head: لنقابات عمال اليمن)
  const plural = /ات$/.test(key) && key.length > 5 && (ctx.res.isCommonWord(key.slice(1, -2) + 'ه') || ctx.res.isHeadWord(key.slice(1, -2) + 'ه'));
  return /^ل/.test(key) && key.length > 3 && !ctx.res.isStopword(key) && !hasPronoun(ctx, j) && (ctx.res.isCommonWord(key.slice(1)) || plural || masdarShape(key.slice(1)) || /^ل(ا|أ)..ا.$/.test(key) || /^ل(مكافحه|محاربه)$/.test(key) || (/^ل..و.$/.test(key) && definite(next) && !ctx.view.breakAfter[j]));
}

/** Do indefinite words from j on run, within two words, to a known country or city (حديد مصر)? */
function genitiveToPlace(ctx: Ctx, j: number): boolean {
  const { keys, tokens } = ctx.view;
  for (let m = j; m < tokens.length && m - j < 3 && isWord(ctx, m) && !ctx.view.breakAfter[m - 1]; m++) {
    const g = gazAt(ctx, m, false);
    if (g && g.j === m + 1 && g.values.some((v) => v.type === 'GPE')) return true;
    if (definite(keys[m]) || ctx.res.isStopword(keys[m])) return false;
  }
  return false;
}

/**
 * Up to three words that still belong to a body named after a person: "for" phrases, adjectives,
 * nationality adjectives, definite nisba-like words, conjoined definite words
 * (جامعة الملك سعود للعلوم الصحية، مستشفى الملك فيصل التخصصي).
 */
function trailingAdjectives(ctx: Ctx, from: number): number {
  const { keys, tokens } = ctx.view;
  const { res } = ctx;
  let j = from;
  // ل + an indefinite noun: its genitive chain runs to the first definite word (لأبحاث تأثير المناخ)
  if (j < tokens.length && /^ل[^ل]/.test(keys[j]) && forPhraseAt(ctx, j)) {
    let m = j + 1;
    // (… or to a known place: لسكك حديد مصر)
    const place = (x: number) => {
      const g = gazAt(ctx, x, false);
      return g !== null && g.j === x + 1 && g.values.some((v) => v.type === 'GPE');
    };
    while (m < tokens.length && m - j <= 3 && isWord(ctx, m) && !ctx.view.breakAfter[m - 1] && !res.isStopword(keys[m]) && !definite(keys[m]) && !place(m)) m++;
    if (m < tokens.length && isWord(ctx, m) && !ctx.view.breakAfter[m - 1] && (definite(keys[m]) || place(m)) && !res.isStopword(keys[m])) {
      // … and that word's adjective in ـي (لتنمية الحياة الفطرية)
      let e = m + 1;
      if (e < tokens.length && isWord(ctx, e) && !ctx.view.breakAfter[e - 1] && definite(keys[e]) && /(ي|يه)$/.test(keys[e]) && !res.isStopword(keys[e]) && !STATE_ADJECTIVE.test(keys[e]) && !givenAt(ctx, e) && !gazAt(ctx, e, false)) e++;
      return e;
    }
    return j;
  }
  while (j < tokens.length && j - from < 3 && isWord(ctx, j) && !ctx.view.breakAfter[j - 1] && !res.isStopword(keys[j]) && (/^لل/.test(keys[j]) || adjectiveLike(ctx, keys[j]) || res.nisba(keys[j]) || (definite(keys[j]) && /(ي|يه)$/.test(keys[j])) || keys[j].startsWith('وال'))) j++;
  return j;
}

/**
 * The name after a head (exclusive end), or null.
 * - institution (وزارة، حزب، منظمة …): definite words, adjectives, conjoined definite words and
 *   "for" phrases (للأمن، للعلوم): الصحة العالمية، العدالة والتنمية، الوطني للأمن السيبراني;
 * - brand (شركة، صحيفة، موقع …): one or two words that are not common words or adjectives;
 * - place (مدينة، بلدة …): one word, or up to three after a place-name prefix (تل الياسمين).
 */
/** Heads that, alone after ل, refer back to a body just named (keys): الإدارة الجهوية للمكتب */
const BACK_REFERRING_HEADS = /^(مكتب|شركه|وزاره|هييه|مؤسسه|موسسه|مجموعه|وكاله|بنك|مصرف)$/;

/** "affiliated to" (keys): التابعة لوزارة الثقافة، التابع للأمم المتحدة */
const AFFILIATED = /^(ال)?تابع(ه|ين|ون)?$/;

/** Does what a verb governs follow at x: a preposition with a pronoun (بهم، لها) or a function word other than في/من/و? */
function verbObjectAt(ctx: Ctx, x: number): boolean {
  const { tokens, keys } = ctx.view;
  if (x >= tokens.length || ctx.view.breakAfter[x - 1] || !isWord(ctx, x)) return false;
  return PREPOSITION_PRONOUN.test(keys[x]) || (ctx.res.isStopword(keys[x]) && !/^(في|من|و)$/.test(keys[x]));
}

/** a preposition with a pronoun (keys) */
const PREPOSITION_PRONOUN = /^(به|بها|بهم|بهما|بهن|له|لها|لهم|لهما|لهن|فيه|فيها|فيهم|عليه|عليها|عليهم)$/;

function nameAfterHead(ctx: Ctx, k: number, mode: NameMode, media = false, byCommon = false, feminineHead = false): number | null {
  const { keys, tokens } = ctx.view;
  const { res } = ctx;
  const max = mode === 'institution' ? 6 : mode === 'place' ? 3 : 2;
  let m = k;
  let definiteWords = 0;
  let genitive = false;
  let afterNisba = false;
  let afterField = false;
  while (m < tokens.length && m - k < max) {
    if (m > k && ctx.view.breakAfter[m - 1]) break;
    const t = tokens[m];
    const key = keys[m];
    if (t.kind === 'latin' && mode === 'brand') {
      m++;
      continue;
    }
    if (!isWord(ctx, m)) break;
    // (a place's name may open with أم or أبو: جزيرة أم رقيبة، جزيرة أبو موسى)
    const prefixed = mode === 'place' && m === k && ctx.placePrefixes.has(key) && m + 1 < tokens.length && !ctx.view.breakAfter[m] && isWord(ctx, m + 1) && !res.isStopword(keys[m + 1]);
    if (!prefixed && (res.isStopword(key) || res.isCueWord(key) || futureVerb(key))) break;
    // (a body's affiliation ends its name: هيئة الفنون البصرية | التابعة لوزارة الثقافة)
    if (m > k && AFFILIATED.test(key)) break;
    // (… and so does a time phrase: فريق من الجامعة | العام الماضي)
    if (PERIOD_NOUNS.test(key) && m + 1 < tokens.length && !ctx.view.breakAfter[m] && PERIOD_ADJECTIVES.test(keys[m + 1])) break;
    // a person's name after an honorific inside the name (مكتبة الملك عبدالعزيز العامة، مستشفى
    // الأمير محمد بن عبدالعزيز)
    // (not a president's: إدارة الرئيس دونالد ترامب is his administration)
    // (… nor a government's or a council's: حكومة الشيخ محمد بن راشد — only what is named after
    // people: a facility, a body of learning or charity, a library, a centre, a prize)
    const afterHonorific = m > k && ctx.honorifics.has(keys[m - 1]) && keys[m - 1] !== PRESIDENT && k > 0 && namedAfterRulers(ctx, keys[k - 1]);
    // (a title ends the name — but not a given name that is also one after an honorific:
    // صندوق الأمير سلطان بن عبدالعزيز)
    // (a word before بن and a name part is a given name there too, whatever else it may be)
    const nameStart = afterHonorific && (givenAt(ctx, m) !== null || knownPersonAt(ctx, m) || sonFollows(ctx, m));
    // (… and so does the president's: إدارة الرئيس دونالد ترامب is his administration, no body's name)
    if (res.titles.matchAt(keys, m) && (!ctx.honorifics.has(key) || key === PRESIDENT) && !nameStart) break;
    // (… where a given name may follow: منطقة أبو حمد)
    if (nameStart) {
      const nm = parseName(ctx, m, 4);
      if (nm) {
        m = nm.j;
        definiteWords++;
        // (only an adjective or a field goes on with the name: العامة، التخصصي، للعلوم — a plain
        // definite noun is the verb's object: زار مستشفى الأمير سلطان | المرضى)
        if (m < tokens.length && !ctx.view.breakAfter[m - 1] && isWord(ctx, m) && definite(keys[m]) && !/(ي|يه)$/.test(keys[m]) && !ctx.institutionAdjectives.has(keys[m])) break;
        continue;
      }
    }
    // (… and after an honorific inside the name: مكتبة الملك عبدالعزيز العامة)
    if (givenAt(ctx, m) && m > k && !(m === k + 1 && mode === 'place' && ctx.placePrefixes.has(keys[k])) && !afterHonorific) break;
    // (… not a person's family name that is an adjective of bodies: المجلس الشعبي الولائي)
    if (knownPersonAt(ctx, m) && !(m > k && ctx.institutionAdjectives.has(key) && ctx.res.ambiguousForms.has(key)) && !afterHonorific) break;
    if (key.startsWith('و') && res.isStopword(key.slice(1))) break;
    if (hasPronoun(ctx, m) && !foreignPlaceName(ctx, m, mode === 'place' && m === k)) break;
    // a verbal noun فُعول right after a brand's head (موقع غروب الشمس "where the sun sets") names nothing
    if (m === k && mode === 'brand' && /^..و[^هو]$/.test(key) && !givenAt(ctx, m) && !gazAt(ctx, m)) break;
    // … nor a verbal noun مفاعلة before a definite noun, the team's task (فريق مكافحة الجرائم)
    if (m === k && mode === 'brand' && /^م.ا..ه$/.test(key) && m + 1 < tokens.length && definite(keys[m + 1]) && !gazAt(ctx, m)) break;
    // … nor a verbal noun تفعيل before its object (فريق تطوير سوق عكاظ، فريق تصميم الموقع)
    // (only after فريق "team", and before an ordinary word: وكالة تسنيم، تطوير القابضة are names)
    if (m === k && mode === 'brand' && /^ت..ي.$/.test(key) && k > 0 && TEAM.test(keys[k - 1]) && m + 1 < tokens.length && !ctx.view.breakAfter[m] && isWord(ctx, m + 1) && res.isCommonWord(keys[m + 1]) && !gazAt(ctx, m)) break;
    // … nor does a present verb right after the head (حكومة | تتشاجر على الإعفاءات), nor an
    // accusative with its tanween written (حكومة | سريعاً)
    // (after a place head only the clearest verb shape: يتـ/تتـ — تستور، تطوان are towns)
    // (… or a present verb shape before a preposition with a pronoun or a function word: ولا
    // مستشفى | يليق بهم — a town in that shape is followed by its adjective or a new phrase)
    // (a place's head before a verb in استفعل agreeing with it is its subject: مدينة تستعيد دورها)
    if (m === k && (mode !== 'place' ? presentVerb(ctx, m) : (/^[يت]ت/.test(key) || (/^[يت]ست/.test(key) && key.length >= 6) || (presentVerb(ctx, m) && verbObjectAt(ctx, m + 1))) && !givenAt(ctx, m)) && !gazAt(ctx, m)) break;
    if (m === k && /(اً|ًا)$/.test(t.text)) break;
    // … nor an ordinary word's indefinite plural in ات after a place's head, the head then a
    // verbal noun (سد فجوات التمويل "closing funding gaps")
    if (m === k && mode === 'place' && !definite(key) && /ات$/.test(key) && ordinaryInflection(ctx, key, m) && !gazAt(ctx, m)) break;
    // (… and a present verb after the name's first word ends a body's name: حكومة بوشار | تنجو من)
    if (m > k && mode !== 'place' && presentVerb(ctx, m) && !gazAt(ctx, m)) break;
    // … nor an indefinite participle in ـة agreeing with the head (مجموعة متنوعة من الخيارات،
    // شركة متخصصة في …)
    // (a verbal noun of that shape takes a definite noun after it and may name a body: هيئة مقاومة
    // الجدار والاستيطان)
    if (m === k && /^(مت...|مست...|م..و.)ه$/.test(key) && t.text.replace(/[\u064B-\u0652]+$/, '').endsWith('ة') && !gazAt(ctx, m) && !givenAt(ctx, m) && !res.nisba(key) && !(m + 1 < tokens.length && !ctx.view.breakAfter[m] && definite(keys[m + 1]))) break;
    // … nor a relative adjective in the accusative, its tanween unwritten, where the phrase ends
    // (أنشأت مستشفى عموميا | بعد …، مستشفى ميدانيا)
    if (m === k && mode === 'place' && key.length >= 6 && key.endsWith('يا') && !gazAt(ctx, m) && !givenAt(ctx, m) && phraseEndsAt(ctx, m + 1)) break;
    // (a present verb after a place's first word ends it: أبو حمد | يحملون)
    if (m > k && mode === 'place' && presentVerb(ctx, m)) break;
    // (a foreign name in ـي after a place head, before the facility's definite adjective: مطار
    // نجيلي الدولي — an indefinite adjective there would not take a definite one after it)
    if (m === k && mode === 'place' && /^[^ا].{2,}[^ي]ي$/.test(key) && !res.isCommonWord(key) && !res.nisba(key) && m + 1 < tokens.length && !ctx.view.breakAfter[m] && /^ال..+يه?$/.test(keys[m + 1]) && !res.isStopword(keys[m + 1])) {
      definiteWords++;
      m++;
      continue;
    }
    if (mode === 'institution') {
      // ل + a place head and a known place: the body's charge (الهيئة العامة لميناء دمياط)
      if (m > k && /^ل[^ل]/.test(key) && m + 1 < tokens.length && !ctx.view.breakAfter[m] && res.placeHeads.matchAt([key.slice(1)], 0)) {
        const place = gazAt(ctx, m + 1, false);
        if (place && place.values.some((v) => v.type === 'GPE' || v.type === 'LOC') && oneLine(ctx.view, m, place.j)) {
          m = place.j;
          genitive = true;
          break;
        }
      }
      // ل + a known place after an institution's adjective: the place the body serves (المجلس
      // الإقليمي لأزيلال، المجلس الجهوي لسوس ماسة) — or ل + جهة and the region (الغرفة الفلاحية لجهة …)
      if (m > k && /^ل[^ل]/.test(key) && ctx.institutionAdjectives.has(keys[m - 1])) {
        const region = key === 'لجهه' && m + 1 < tokens.length && !ctx.view.breakAfter[m] ? gazAt(ctx, m + 1, false) : null;
        const place = region ?? gazAt(ctx, m);
        if (place && (region || (place.i === m && place.reading.peeled === 1)) && place.values.every((v) => v.type === 'GPE' || v.type === 'LOC') && oneLine(ctx.view, m, place.j)) {
          m = place.j;
          genitive = true;
          break;
        }
      }
      // ل + a noun in construct closing the name (معهد بوتسدام لأبحاث تأثير المناخ)
      // (not a purpose after a name closed by its definite noun: أحال مجلس النواب المشروع إلى مجلس
      // الشيوخ | لإبداء الرأي — a body's mission stays: الهيئة العامة لاستثمار …)
      const purpose = definiteWords > 0 && masdarShape(key.slice(1)) && !ctx.bodyMissions.has(key.slice(1));
      if (m > k && /^ل[^ل]/.test(key) && !purpose && forPhraseAt(ctx, m)) {
        let e = trailingAdjectives(ctx, m);
        if (e > m) {
          // (… and a second noun joined by و to its definite genitive: لعمال النفط والغاز)
          if (e - m >= 2 && e < tokens.length && definite(keys[e - 1]) && isWord(ctx, e) && !ctx.view.breakAfter[e - 1] && keys[e].startsWith('وال') && !res.isStopword(keys[e].slice(1)) && !res.isHeadWord(keys[e].slice(1)) && !res.nisba(keys[e].slice(1))) e++;
          m = e;
          genitive = true;
          break;
        }
      }
      if (m > k && /^لل/.test(key) && key.length > 4) {
        // a "for" phrase belongs to the name when an adjective follows or the phrase ends there
        // (المركز الوطني للأمن السيبراني، معرض الكتاب للأطفال .) — not a purpose (مجلس الأمن للحصول على …)
        const after = m + 1 < tokens.length ? keys[m + 1] : '';
        const ends = m + 1 >= tokens.length || tokens[m + 1].kind === 'punct' || ctx.view.breakAfter[m];
        // (after an institutional adjective it is the body's field: المركز الوطني للإحصاء أن …)
        const named = keys.slice(k, m).some((x) => ctx.institutionAdjectives.has(x) || res.nisba(x));
        // (a body's head alone there refers back to a body: الإدارة الجهوية | للمكتب، المدير العام للشركة)
        if (BACK_REFERRING_HEADS.test(key.slice(2)) && !(definite(after) && !res.isStopword(after)) && !res.nisba(after) && !adjectiveLike(ctx, after)) break;
        if (!ends && !named && !(definite(after) && !res.isStopword(after)) && !res.nisba(after) && !adjectiveLike(ctx, after)) break;
        genitive = true;
        m++;
        // a second field joined by و (الديوان الوطني للامتحانات والمسابقات)
        if (m < tokens.length && isWord(ctx, m) && !ctx.view.breakAfter[m - 1] && keys[m].startsWith('وال') && !res.isStopword(keys[m].slice(1)) && !res.isHeadWord(keys[m].slice(1))) m++;
        // a field that is an action on a thing (الوكالة الوطنية للتصرف في النفايات)
        const stem = key.slice(2);
        if ((masdarShape(stem) || /^ت...$/.test(stem)) && m + 1 < tokens.length && keys[m] === 'في' && !ctx.view.breakAfter[m - 1] && !ctx.view.breakAfter[m] && isWord(ctx, m + 1) && definite(keys[m + 1]) && !res.isStopword(keys[m + 1])) m += 2;
        afterField = true;
        continue;
      }
      // (an unknown first word that only looks like ل + a word is a name: جامعة لوفان)
      const prep = m === k && !res.isCommonWord(key) && !masdarShape(key.slice(1)) ? knownAfterPreposition(ctx, m) : hasPreposition(ctx, m);
      if (prep || (key.startsWith('و') && !(m > k && key.startsWith('وال')))) break;
      // و + another head starts a second body (مجلس النواب | والمجلس الأعلى للدولة)
      if (key.startsWith('وال') && res.isHeadWord(key.slice(1))) break;
      if ((definite(key) || key.startsWith('وال')) && !res.nisba(key)) {
        // a feminine noun after a definite noun of the name is the verb's object, not an adjective
        // (منح مجلس النواب | الثقة للحكومة): not a nisba, a participle or an institution's adjective
        // (… also a verbal noun مفاعلة: قرر مجلس الوزراء | الموافقة على …; other words in الم are
        // participles of the name: الأمم المتحدة)
        if (definiteWords > 0 && definite(keys[m - 1]) && definite(key) && key.endsWith('ه') && !key.endsWith('يه') && (!key.startsWith('الم') || /^الم.ا..ه$/.test(key)) && !ctx.institutionAdjectives.has(key) && !ctx.namingAdjectives.has(key) && !FEMININE_NAME_ADJECTIVES.test(key)) break;
        // … and so is a definite verbal noun after the name's adjective (ووصفت دار الخدمات النقابية
        // والعمالية | الاعتصام بأنه …): a noun in construct never follows an adjective
        const prevWord = keys[m - 1].replace(/^و(?=ال)/, '');
        if (definiteWords > 0 && definite(prevWord) && /(ي|يه)$/.test(prevWord) && definite(key) && masdarShape(key.slice(2)) && !adjectiveLike(ctx, key)) break;
        // after the field only its adjectives belong to the name (الإدارة العامة للمرور | الملف)
        if (afterField && !/(ي|يه|يين|يون|يات)$/.test(key) && !ctx.institutionAdjectives.has(key)) break;
        // a nationality closes the name: a plain noun after it is the verb's object (وصفت وزارة
        // الخارجية الفلسطينية | الاقتحام بأنه …)
        if (afterNisba && !adjectiveLike(ctx, key) && !ctx.institutionAdjectives.has(key)) break;
        definiteWords++;
        m++;
        continue;
      }
      if (res.nisba(key) || (m > k && adjectiveLike(ctx, key))) {
        // (an indefinite adjective does not follow a definite word of the name: it describes the
        // verb's object — ووضعت إدارة المهرجان | جدارية بطول 20 مترا)
        if (m > k && definite(keys[m - 1]) && !definite(key)) break;
        if (res.nisba(key) && m > k) afterNisba = true;
        m++;
        continue;
      }
      // a chamber's ordinary nouns in construct up to a known city or country (غرفة تجارة طهران،
      // غرفة تجارة وصناعة رأس الخيمة): the place closes the name
      // (… or a noun nobody listed as a word: غرفة ملاحة الإسكندرية)
      if (m === k && k > 0 && CHAMBER.test(keys[k - 1]) && (res.isCommonWord(key) || (key.length >= 4 && !/^[وفبل]/.test(key) && !presentVerb(ctx, m) && !givenAt(ctx, m))) && !definite(key) && !res.isStopword(key)) {
        let e = m + 1;
        // (… and the area's head before the place: غرفة تجارة وصناعة محافظة الخليل)
        while (e < tokens.length && e - m <= 3 && isWord(ctx, e) && !ctx.view.breakAfter[e - 1] && !definite(keys[e]) && (res.isCommonWord(keys[e]) || ADMINISTRATIVE_AREA.test(keys[e]) || (keys[e].startsWith('و') && res.isCommonWord(keys[e].slice(1)))) && !gazAt(ctx, e, false)) e++;
        const place = e < tokens.length && isWord(ctx, e) && !ctx.view.breakAfter[e - 1] ? gazAt(ctx, e, false) : null;
        if (place && place.values.some((v) => v.type === 'GPE') && place.values.every((v) => v.type !== 'PERSON') && oneLine(ctx.view, e, place.j)) {
          definiteWords++;
          m = place.j;
          break;
        }
      }
      // a verbal noun of the body's mission and the nouns in construct after it (هيئة تنظيم قطاع
      // الطاقة، وكالة تنمية الأطلس الكبير): the definite words that follow close the name
      if (m === k && ctx.bodyMissions.has(key) && m + 1 < tokens.length && !ctx.view.breakAfter[m]) {
        let e = m + 1;
        while (e < tokens.length && e - m <= 2 && isWord(ctx, e) && !ctx.view.breakAfter[e - 1] && !definite(keys[e]) && !/^[وفبل]/.test(keys[e]) && !res.isStopword(keys[e])) e++;
        if (e < tokens.length && isWord(ctx, e) && !ctx.view.breakAfter[e - 1] && (definite(keys[e]) || gazAt(ctx, e, false))) {
          definiteWords++;
          m = e;
          continue;
        }
      }
      // a participle plural in construct, then its genitive (رابطة محترفي التنس، جمعية مستثمري السياحة)
      // (… or a country or region: نقابة معلمي كردستان)
      // (… or a trade's plural فعّالي: جمعية صيادي الأسماك، جمعية صيادي صور)
      if (m === k && PEOPLE_IN_CONSTRUCT.test(key) && m + 1 < tokens.length && !ctx.view.breakAfter[m] && definite(keys[m + 1]) && !res.isStopword(keys[m + 1])) {
        m++;
        continue;
      }
      // (… or a country or region, which closes the name: نقابة معلمي كردستان)
      const region = m === k && PEOPLE_IN_CONSTRUCT.test(key) && m + 1 < tokens.length && !ctx.view.breakAfter[m] ? gazAt(ctx, m + 1, false) : null;
      if (region && region.values.some((v) => v.type === 'GPE' || v.type === 'LOC') && oneLine(ctx.view, m, region.j)) {
        definiteWords++;
        m = region.j;
        break;
      }
      const verbObject = m === k && /^[يت]/.test(key) && key.length <= 4 && m + 1 < tokens.length && definite(keys[m + 1]);
      if (!res.isCommonWord(key) && !/(ه|يه|ي)$/.test(key) && !passiveVerbWritten(t.text) && !verbObject && !dualOf(ctx, key) && (m === k || (m === k + 1 && !definite(keys[k]) && !res.isCommonWord(keys[k]) && !masdarShape(keys[k]) && !masdarShape(key) && !/ا$/.test(key)))) {
        // an unknown word right after the head: a proper name (حزب تقدم), not an adjective (لجنة
        // فنية، قوات تابعة); a second one continues a foreign name (منظمة أكسس ناو)
        definiteWords++;
        m++;
        continue;
      }
      // a place head and the place's name (مجلس مدينة ملوي، بلدية مدينة صور) — or a Maghrebi
      // commune and a known place (مجلس جماعة طنجة)
      const commune = key === COMMUNE && (gazAt(ctx, m + 1, false)?.values.every((v) => v.type === 'GPE' || v.type === 'LOC') ?? false);
      if (m === k && byCommon && m + 1 < tokens.length && !ctx.view.breakAfter[m] && (res.placeHeads.matchAt(keys, m)?.j === m + 1 || commune) && isWord(ctx, m + 1) && (gazAt(ctx, m + 1, false) || !res.isCommonWord(keys[m + 1])) && !res.isStopword(keys[m + 1])) {
        definiteWords++;
        m += 2;
        continue;
      }
      // a noun in construct with a definite word (ائتلاف دولة القانون، وزارة شؤون المرأة)
      // (… or with a country: شبكة أطباء السودان)
      const country = (x: number) => gazAt(ctx, x, false)?.values.some((v) => v.type === 'GPE') ?? false;
      // (… a country without the article closes the name: جمعية مصارف لبنان)
      if (m === k && res.isCommonWord(key) && !res.isStopword(key) && !adjectiveLike(ctx, key) && m + 1 < tokens.length && !ctx.view.breakAfter[m] && !definite(keys[m + 1]) && country(m + 1)) {
        const place = gazAt(ctx, m + 1, false)!;
        if (oneLine(ctx.view, m, place.j)) {
          definiteWords++;
          m = place.j;
          break;
        }
      }
      if (m === k && (byCommon || country(m + 1)) && res.isCommonWord(key) && !res.isStopword(key) && !adjectiveLike(ctx, key) && m + 1 < tokens.length && !ctx.view.breakAfter[m] && definite(keys[m + 1]) && !res.isStopword(keys[m + 1])) {
        // (a country or city with the article closes it too, but for its adjectives: محكمة استئناف
        // القاهرة | الحكم)
        const place = country(m + 1) ? gazAt(ctx, m + 1, false)! : null;
        if (place && oneLine(ctx.view, m, place.j)) {
          definiteWords++;
          m = place.j;
          while (m < tokens.length && m - place.j < 2 && isWord(ctx, m) && !ctx.view.breakAfter[m - 1] && definite(keys[m]) && /(ي|يه)$/.test(keys[m]) && !res.isStopword(keys[m])) m++;
          break;
        }
        m++;
        continue;
      }
      break;
    }
    // (right after a place head, a word that only looks like a clitic and a word is a name:
    // ولاية كاتسينا، ولاية وداي — unless the rest is a word or a name of its own: مدينة وقرية)
    const placeName = mode === 'place' && m === k && !res.isCommonWord(key) && !res.isCommonWord(key.slice(1)) && !res.isHeadWord(key.slice(1)) && !res.isStopword(key.slice(1)) && !(key.startsWith('و') && (/ا$/.test(key) || res.isCommonWord(key.slice(1, -1))));
    if (placeName ? knownAfterPreposition(ctx, m) || (key.startsWith('و') && gazAt(ctx, m, false)?.reading.peeled === 1) : hasPreposition(ctx, m) || key.startsWith('و')) break;
    if (mode === 'brand') {
      // an honorific opens a person's name, not a brand (قناة الملك عبدالله)
      if (m === k && ctx.honorifics.has(key)) break;
      // a nationality after the brand stays outside (صحيفة الغارديان | البريطانية)
      if (m > k && res.nisba(key)) break;
      // a newspaper or a channel may be named by one ordinary definite word (صحيفة الخليج، قناة المسيرة)
      if (m === k && media && definite(key) && !res.nisba(key) && res.isCommonWord(key) && !ctx.honorifics.has(key)) {
        m++;
        break;
      }
      // a definite ordinary noun and a national adjective name a national company (شركة الكهرباء
      // الوطنية، شركة المياه الوطنية) — as does a country's, in the head's gender (شركة النفط اليمنية)
      if (m === k && definite(key) && m + 1 < tokens.length && !ctx.view.breakAfter[m] && nationalAdjective(ctx, m + 1, feminineHead) && !res.nisba(key)) {
        m += 2;
        break;
      }
      if (res.isCommonWord(key) || adjectiveLike(ctx, key) || definite(key) && res.isCommonWord(key.slice(2))) break;
      // (nor is a plural with the article: موقع الحفريات is the excavation site)
      if (m === k && definite(key) && key.length >= 6 && key.endsWith('ات')) break;
      m++;
      continue;
    }
    // place
    if (m === k) {
      // (after a feminine head an adjective ends in ة: a word in ـي is a name — مدينة نيروبي، منطقة تيلابيري)
      const agrees = adjectiveLike(ctx, key) && !(feminineHead && key.endsWith('ي') && !res.nisba(key));
      // (… and a participle in ـة agrees with it: مدينة منكوبة، منطقة محاصرة)
      // (… and a time adjective of the office is none: رئيس بلدية | سابق)
      // (… and so does an active participle فاعلة written with ة: بلدية عاجزة، منطقة نائية)
      if (!prefixed && (res.isCommonWord(key) || agrees || (feminineHead && /^م...+ه$/.test(key)) || (feminineHead && /^.ا..ه$/.test(key) && t.text.endsWith('ة') && !gazAt(ctx, m)) || TIME_ADJECTIVE.test(key))) break;
      // (nor, after قضاء "spending", a plural or feminine noun with the article: قضاء العطلات، قضاء الإجازة)
      if (keys[k - 1] === SPENDING && definite(key) && (key.endsWith('ات') || key.endsWith('ه')) && !gazAt(ctx, m)) break;
      m++;
      if (!ctx.placePrefixes.has(key)) break;
      continue;
    }
    if (res.isCommonWord(key) && !definite(key)) break;
    m++;
  }
  while (m > k && (ctx.res.particles.has(keys[m - 1]) || tokens[m - 1].kind === 'punct')) m--;
  if (m === k) return null;
  if (mode === 'institution' && definiteWords === 0 && !genitive) return null;
  return m;
}

/**
 * The outlet of a dateline, in quotation marks after the place and a dash at the start of a line
 * (عمّان - «الرأي»:): an organization nobody listed.
 */
function datelineOutlets(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { tokens, breakAfter } = ctx.view;
  // only at the start of a line: the place, the dash, the mark
  for (let place = 0; place + 4 < tokens.length; place++) {
    if (place > 0 && breakAfter[place - 1] === 0) continue;
    const known = gazAt(ctx, place, false);
    // (a place nobody listed stands there too: one or two name-like words, then the dash or the
    // country in parentheses — فارنبورو (بريطانيا) - «الشرق» + وكالات:)
    const g = known ?? unlistedDatelinePlace(ctx, place);
    if (!g || !g.values.some((v) => v.type === 'GPE' || v.type === 'LOC')) continue;
    // (the country may follow the place in parentheses: صفاقس (تونس) - «الأفق»:)
    let d = g.j;
    if (d + 2 < tokens.length && tokens[d].text === '(' && tokens[d + 2].text === ')' && gazAt(ctx, d + 1, false)) d += 3;
    const i = d + 1;
    if (i >= tokens.length || tokens[i].kind !== 'punct' || !DASHES.has(tokens[d].text) || !ctx.res.isQuoteMark(tokens[i].text)) continue;
    const q = quotedName(ctx, i);
    // (… the colon may come after more sources: نواكشوط - «صحراء ميديا» + وكالات:)
    const colon = q && q.j + 1 < tokens.length && tokens[q.j + 1].text === '+' && q.j + 3 < tokens.length && !breakAfter[q.j + 1] ? q.j + 3 : q ? q.j + 1 : -1;
    // (the colon, or the line's end: فارنبورو (بريطانيا) - «الشرق» + وكالات)
    // (… or a closing dash: الخليل - «القدس» -)
    // (… or the agencies to the line's end: مسقط – «الخبر» والوكالات، واغادوغو - «الخبر» / وكالات)
    const ends = colon >= 0 && (colon >= tokens.length || breakAfter[colon - 1] === 1 || tokens[colon].text === ':' || (DASHES.has(tokens[colon].text) && (colon + 1 >= tokens.length || breakAfter[colon] === 1)) || (q !== null && agenciesToLineEnd(ctx, q.j + 1)));
    if (!q || q.j - q.i > 3 || !ends || claimed[q.i]) continue;
    if (!known) {
      if (claimed[place]) continue;
      out.push(namedEntity(ctx, place, g.j, 'GPE'));
      for (let m = place; m < g.j; m++) claimed[m] = 1;
    } else if (!claimed[place] && known.reading.peeled === 0 && known.j - known.i === 1 && ctx.res.ambiguousForms.has(known.reading.key) && known.values.every((v) => v.type === 'GPE' || v.type === 'LOC')) {
      // (a known place whose name is also a word is that place in its dateline, and so in the
      // rest of the article: الأبيض – «سودان تربيون» … نحو المجلد والأبيض)
      out.push(namedEntity(ctx, place, known.j, known.values[0].type, known.values[0]));
      for (let m = place; m < known.j; m++) claimed[m] = 1;
    }
    const outlet = gazAt(ctx, q.i);
    const entry = outlet && outlet.j === q.j ? outlet.values[0] : undefined;
    // (an outlet named like a place is the outlet here: الجزائر - «الخبر»:)
    const retypes = entry !== undefined && entry.type !== 'ORG';
    out.push({ ...namedEntity(ctx, q.i, q.j, 'ORG', retypes ? undefined : entry), retypes });
    for (let m = q.i; m < q.j; m++) claimed[m] = 1;
  }
}

/** agencies credited after a dateline's outlet (keys): وكالات، والوكالات، ووكالات */
const AGENCIES = /^[و]?(ال)?وكالات$/;

/**
 * Does the line end, from token m, with the agencies credited beside a dateline's outlet — a
 * joining mark or و and the agencies, a colon or nothing after them (/ وكالات، + وكالات:، والوكالات)?
 */
function agenciesToLineEnd(ctx: Ctx, m: number): boolean {
  const { tokens, keys, breakAfter } = ctx.view;
  if (m >= tokens.length || breakAfter[m - 1]) return false;
  let k = m;
  if (tokens[k].text === '/' || tokens[k].text === '+') {
    if (breakAfter[k] || k + 1 >= tokens.length) return false;
    k++;
  }
  if (!isWord(ctx, k) || !AGENCIES.test(keys[k])) return false;
  return k + 1 >= tokens.length || breakAfter[k] === 1 || (tokens[k + 1].text === ':' && (k + 2 >= tokens.length || breakAfter[k + 1] === 1));
}

/**
 * One or two words at a line's start that can be a place's name nobody listed (not a function,
 * cue or ordinary word, no known person or body), followed by a dash or a parenthesis: as a
 * gazetteer-like match, for datelineOutlets to check the rest of the dateline.
 */
function unlistedDatelinePlace(ctx: Ctx, place: number): { i: number; j: number; values: readonly { type: EntityType }[] } | null {
  const { tokens, keys, breakAfter } = ctx.view;
  const { res } = ctx;
  let j = place;
  while (j < tokens.length && j - place < 2 && isWord(ctx, j) && !breakAfter[j]) {
    const key = keys[j];
    if (res.isStopword(key) || res.isCommonWord(key) || res.isCueWord(key) || res.isHeadWord(key) || givenAt(ctx, j) || gazAt(ctx, j, false) || res.nisba(key)) return null;
    if (res.titles.starts(key) && res.titles.matchAt(keys, j)) return null;
    j++;
    if (tokens[j]?.kind === 'punct') break;
  }
  if (j === place || j >= tokens.length || tokens[j].kind !== 'punct' || !(DASHES.has(tokens[j].text) || tokens[j].text === '(')) return null;
  return { i: place, j, values: [{ type: 'GPE' }] };
}

const DASHES = new Set(DATELINE_DASHES.filter((d) => d !== '/'));

/** words that open a byline or a credit (keys): كتب - …، كتبت: …، بقلم …، تصوير: …، إعداد: …، ترجمة: … */
const BYLINE = /^(كتب|كتبت|بقلم|تصوير|اعداد|ترجمه|تحرير|متابعه|حوار)$/;

/**
 * The writer of a byline, a line of its own (كتب - معاذ الطويسي، الجونة – كتبت: سارة فتحي):
 * two to four name words up to the line's end, none an ordinary word unless a given name.
 */
function bylinePersons(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { tokens, keys, breakAfter } = ctx.view;
  const { res } = ctx;
  for (let c = 0; c + 2 < tokens.length; c++) {
    // (at the line's start, or after a dateline's place and dash: الجونة – كتبت — tested before
    // the word: most tokens are neither)
    if (c > 0 && !breakAfter[c - 1] && !(tokens[c - 1].kind === 'punct' && DASHES.has(tokens[c - 1].text))) continue;
    if (breakAfter[c] || !BYLINE.test(keys[c])) continue;
    let i = c + 1;
    if (tokens[i].kind === 'punct' && (DASHES.has(tokens[i].text) || tokens[i].text === ':')) i++;
    let j = i;
    while (j < tokens.length && isWord(ctx, j) && j - i < 4) {
      // (… and ends before what it was written for: إعداد سلمى نجم | للنشرة العربية)
      if (j - i >= 2 && /^لل./.test(keys[j])) break;
      // (after a given name a family name may be an ordinary definite word: كتب - ليث القضاة)
      const ok = givenAt(ctx, j) || (!res.isStopword(keys[j]) && !res.isCueWord(keys[j]) && ((!res.isCommonWord(keys[j]) && !gazAt(ctx, j)) || (j > i && givenAt(ctx, i) !== null && definite(keys[j]) && !res.nisba(keys[j]))));
      if (!ok) break;
      j++;
      if (breakAfter[j - 1]) break;
    }
    // (the name ends the line, or a dash or what it was written for follows: - إعداد سلمى نجم
    // للنشرة العربية - تحرير …)
    const ends = j >= tokens.length || breakAfter[j - 1] || (tokens[j].kind === 'punct' && DASHES.has(tokens[j].text)) || (/^لل./.test(keys[j]) && givenAt(ctx, i) !== null);
    if (j - i < 2 || !ends || claimed[i]) continue;
    out.push(person(ctx, i, j));
    for (let m = i; m < j; m++) claimed[m] = 1;
  }
  // a dateline with its reporter on a line of its own: a known city, a dash, a given name and a
  // family name ending the line (حلبا - ربيع الأسعد)
  for (let c = 0; c + 3 < tokens.length; c++) {
    if ((c > 0 && !breakAfter[c - 1]) || !(ctx.masks[c] & STARTS.gazetteer)) continue;
    const place = gazAt(ctx, c, false);
    if (!place || !place.values.some((v) => v.type === 'GPE') || breakAfter[place.j - 1]) continue;
    const d = place.j;
    if (d + 2 >= tokens.length || tokens[d].kind !== 'punct' || !DASHES.has(tokens[d].text) || breakAfter[d]) continue;
    const i = d + 1;
    if (claimed[i] || !givenAt(ctx, i)) continue;
    const name = parseName(ctx, i, 4) ?? (i + 1 < tokens.length && !breakAfter[i] && definite(keys[i + 1]) && !res.nisba(keys[i + 1]) && !res.isStopword(keys[i + 1]) ? { j: i + 2, parts: 2 } : null);
    if (!name || name.j - i < 2 || (name.j < tokens.length && !breakAfter[name.j - 1])) continue;
    out.push(person(ctx, i, name.j));
    for (let m = i; m < name.j; m++) claimed[m] = 1;
  }
}

/** credit words that open a credit line (keys): المصدر: «…» + وكالات */
const CREDIT_LINE = /^(المصدر|المصادر)$/;

/**
 * The outlet of a credit line in quotation marks (المصدر: «المدار نت» + وكالات): an organization
 * nobody listed. The line holds only the credit: the name, then the line's end or + / و and more
 * sources.
 */
function creditOutlets(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { tokens, keys, breakAfter } = ctx.view;
  for (let c = 0; c + 3 < tokens.length; c++) {
    if ((c > 0 && breakAfter[c - 1] === 0) || !CREDIT_LINE.test(keys[c]) || tokens[c + 1].text !== ':' || breakAfter[c] || breakAfter[c + 1]) continue;
    const q = quotedName(ctx, c + 2);
    if (!q || q.j - q.i > 4 || claimed[q.i]) continue;
    const after = q.j + 1;
    if (!(after >= tokens.length || breakAfter[q.j] || tokens[after].text === '+' || tokens[after].text === '،' || keys[after].startsWith('و'))) continue;
    const known = gazAt(ctx, q.i);
    if (known && !(known.j === q.j && known.values[0].type === 'ORG')) continue;
    out.push(namedEntity(ctx, q.i, q.j, 'ORG', known ? known.values[0] : undefined));
    for (let m = q.i; m < q.j; m++) claimed[m] = 1;
  }
}
/** the English words that close a channel's or station's name (keys): تي في، نيوز، إف إم */
const MEDIA_SUFFIXES: readonly (readonly string[])[] = [['تي', 'في'], ['نيوز'], ['اف', 'ام']];
const MEDIA_SUFFIX_FIRSTS: ReadonlySet<string> = new Set(MEDIA_SUFFIXES.map((x) => x[0]));

/**
 * A channel or station named by a word or a place and an English suffix (الأوراس تي في، الشروق
 * نيوز، موزاييك إف إم): the whole is the outlet, not the place. The name is one word, or a known
 * name that ends before the suffix; the suffix words are never Arabic words in that order.
 */
function mediaSuffixOutlets(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { tokens, keys, breakAfter } = ctx.view;
  const { res } = ctx;
  for (let s = 1; s < tokens.length; s++) {
    // (one comparison for most words)
    if (!MEDIA_SUFFIX_FIRSTS.has(keys[s])) continue;
    const suffix = MEDIA_SUFFIXES.find((x) => x.every((w, n) => s + n < tokens.length && keys[s + n] === w && (n === 0 || !breakAfter[s + n - 1])));
    if (!suffix || breakAfter[s - 1] || !isWord(ctx, s - 1) || claimed[s - 1]) continue;
    const p = s - 1;
    if (res.isStopword(keys[p]) || res.isCueWord(keys[p]) || /^\d/.test(keys[p])) continue;
    // (a known name that ends right before the suffix, from its start: قناة الشرق الأوسط نيوز)
    let from = p;
    for (let b = Math.max(0, p - 2); b < p; b++) {
      const g = gazAt(ctx, b, false);
      if (g && g.j === s && oneLine(ctx.view, b, s) && !claimed[b]) {
        from = b;
        break;
      }
    }
    const end = s + suffix.length;
    // (a listed outlet with its suffix is the gazetteer's: فوكس نيوز، برس تي في; otherwise the
    // first word's proclitics stay outside, as the gazetteer read them: لـالأوراس تي في)
    const g = gazAt(ctx, from);
    if (g && g.j >= end) continue;
    out.push(namedEntity(ctx, from, end, 'ORG', undefined, g ? g.reading.peeled : 0));
    for (let m = from; m < end; m++) claimed[m] = 1;
    s = end - 1;
  }
}

/** heads that with the article are named by their adjectives alone (keys): الجامعة، الكتلة، المتحف */
const DEFINITE_NAMED_BY_ADJECTIVE = /^(جامعه|كتله|محكمه|متحف)$/;
/** (key) متحف "museum" */
const MUSEUM = 'متحف';
const COURT = 'محكمه';

/** regnal ordinals after a given name (keys): الأول … العاشر، الحادي (عشر) */
const REGNAL = /^(الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الحادي)$/;
/** titles of rulers in construct with their realm (keys): ملك، ملكة، أمير، سلطان، حاكم */
const RULERS = /^(ملك|ملكه|امير|اميره|سلطان|حاكم)$/;
/** the head غرفة "chamber (of commerce)" with what may stand before it (key) */
const CHAMBER = /^([وفبل]|ل?ل)?غرفه$/;
/** verbal nouns of a body's mission that name it with what they act on (keys): هيئة تنظيم الاتصالات */
/** facilities that belong to a body (keys): مستشفى الجامعة، ملعب النادي */
const BODY_FACILITIES = /^(مستشفي|مدرسه|قاعه|ملعب|استاد|مستوصف)$/;
/** feminine adjectives in ة that close names and are not nisbas or participles (keys): قوات العمليات الخاصة، المنطقة الحرة */
const FEMININE_NAME_ADJECTIVES = /^ال(خاصه|حره|كبيره|صغيره|جديده|قديمه)$/;
/** company heads named with the article, a nationality and a field (keys): الشركة الكويتية للمقاصة */
const DEFINITE_COMPANY = /^(شركه|مجموعه)$/;
/** heads of clubs and teams named after their town (keys) */
const CLUB_HEADS = /^(نادي|فريق)$/;
/** "company" (key) */
const COMPANY = 'شركه';
/** place heads that stay outside a name given after a person (keys): حي [الأمير عبد القادر]، مديرية [الشيخ عثمان] */
const DESCRIPTOR_PLACE_HEAD = /^(حي|منطقه|مديريه|قريه|بلده|شارع)$/;
/** administrative areas a body serves, in construct before the place (keys): محافظة، منطقة، مدينة … */
const ADMINISTRATIVE_AREA = /^(محافظه|منطقه|مدينه|قضاء|مقاطعه|مديريه|لواء)$/;
/** the regions of a country named by a direction (keys): الشمال، الجنوب، الوسط … */
const DIRECTIONS_DEFINITE = /^ال(شمال|جنوب|شرق|غرب|وسط)$/;
/** the place head منطقة (key) */
const AREA = 'منطقه';
/** a commune of Morocco or Algeria (key): مجلس جماعة طنجة */
const COMMUNE = 'جماعه';

/** relative pronouns and verbal particles (keys): what follows them is a verb */
const VERB_CONTEXT = /^(التي|الذي|الذين|اللذين|اللتين|اللواتي|لم|لن|قد|سوف)$/;

/** Adjectives of a thing's state, not of its name (keys): محطة مراكش | الحالية، مطار القاهرة | الأصلي. */
const STATE_ADJECTIVE = /^ال(حالي|اصلي|فعلي|مؤقت|موقت)(ه)?$/;

/** "centre" (key), and the fields that make a centre a venue (keys): مركز … للمؤتمرات، للمعارض */
const CENTRE = 'مركز';
const VENUE_FIELD = /^لل(موتمرات|مؤتمرات|معارض)$/;

/** adjectives of a venue or district named after a ruler (keys): cultural, financial, world, international */
const VENUE_ADJECTIVE = /^ال(ثقافي|مالي|عالمي|دولي)$/;
/** "market" (key), and the words of a financial market (keys): سوق دبي المالي، سوق الكويت للأوراق المالية */
const MARKET = 'سوق';
const FINANCIAL = /^(لل|ال)?(مالي|ماليه|اوراق|اسهم|اسهم|اموال|سندات|نقد|عملات)$/;
/** Indefinite adjectives of time and state after a head (keys): رئيس بلدية سابق */
const TIME_ADJECTIVE = /^(سابق|سابقه|حالي|حاليه|جديد|جديده|قديم|قديمه|مقبل|مقبله|مجاور|مجاوره)$/;
/** "parliament" (key): برلمان كردستان */
const PARLIAMENT = 'برلمان';
const NETWORK = 'شبكه';
/** a city's or country's police and airline, a region's authority, a Saudi or Jordanian city's municipality (keys): شرطة دبي، طيران جنوب أفريقيا، سلطة وادي عربة، أمانة الأحساء */
const CITY_BODIES = /^(شرطه|سلطه|طيران|امانه)$/;
/** heads of the body that runs a facility or project, before its known name (keys): جهاز النهر الصناعي */
const FACILITY_BODIES = /^(جهاز)$/;
const AUTHORITY = 'سلطه';
/** a plural of people in construct (keys): a participle's مفعلي (معلمي، مستثمري) or a trade's فعّالي (صيادي، خبازي) */
const PEOPLE_IN_CONSTRUCT = /^(م...+|..ا.)ي$/;
/** "cooperative" (key) */
const COOPERATIVE = 'تعاونيه';
/** "quarter, neighbourhood" (key): حي أمبدة */
const QUARTER = 'حي';
/** ناحية (key): a sub-district, also "side, aspect" */
const SUB_DISTRICT = 'ناحيه';
/** Heads that are also verbal nouns taking an object (keys): تنظيم "organizing", سجن "jailing" */
const ORGANIZING = 'تنظيم';
/** (keys) حركة "movement; traffic" */
const MOVEMENT = 'حركه';
const DAM = 'سد';
const REFINERY = 'مصفاه';
/** What is bridged or refined, not a name (keys): سد الفجوة، مصفاة البترول */
const HELD_OBJECTS = /^ال(فجوه|فجوات|عجز|نقص|ثغره|ثغرات|حاجه|حاجات|طريق|ذرايع|فراغ|بترول|نفط|غاز|مياه|سكر)$/;
const PRISON = 'سجن';
const BASE = 'قاعده';
/** The Persian and Urdu title "Khan" after a name (عمران خان): no caravanserai. */
const KHAN = 'خان';

/** "department; district" (key) */
const DISTRICT = /^(دائره|دايره)$/;

/** Head + name for organizations and places. */
function headPatterns(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { keys, tokens } = ctx.view;
  const { res } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const mask = ctx.masks[i];
    if (!(mask & (STARTS.orgHeads | STARTS.placeHeads | STARTS.definiteOrgHead)) || claimed[i] || !isWord(ctx, i)) continue;
    let oh = mask & STARTS.orgHeads ? res.orgHeads.matchAt(keys, i, readingsAt(ctx.view, i)) : null;
    let ph = !(mask & STARTS.placeHeads) ? null : res.placeHeads.matchAt(keys, i, readingsAt(ctx.view, i));
    // (a longer place head wins over a body's head it starts with: مركز حدود جابر)
    if (oh && ph && ph.j > oh.j) oh = null;
    else if (oh) ph = null;
    // a definite institution head opens a name only with a "for" phrase (المركز الوطني للأمن السيبراني)
    let definiteHead = false;
    let h = oh ?? ph;
    // (a museum with the article and its nationality is the institution, not a place: المتحف العراقي)
    if (h === ph && ph && ph.j === i + 1 && mask & STARTS.definiteOrgHead && ctx.definiteOnlyHeads.has(keys[i].replace(/^[وف]?ب?ال/, '')) && ph.j < tokens.length && res.nisba(keys[ph.j])) h = null;
    if (!h && mask & STARTS.definiteOrgHead) {
      // the head after the article and what stands before it (والوكالة، بالهيئة); ل + ال drops
      // the alef (للمركز) and the mention starts at the article's lam
      const w = keys[i];
      const art = /^[وف]?ب?ال/.exec(w) ?? /^[وف]?لل/.exec(w);
      const pre = !art ? 0 : art[0].endsWith('ال') ? art[0].length - 2 : art[0].length - 1;
      const body = art ? w.slice(art[0].length) : '';
      const bare = !art ? null : (res.orgHeads.matchAt([body, ...keys.slice(i + 1, i + 3)], 0) ?? (ctx.definiteOnlyHeads.has(body) ? { values: [ctx.definiteOnlyHeads.get(body)!], i: 0, j: 1, reading: { key: body, peeled: 0, prefix: '' } } : null));
      // (a company with the article is named like an institution: الشركة الكويتية للمقاصة)
      if (bare && (bare.values[0].position !== 'outside' || DEFINITE_COMPANY.test(bare.reading.key)) && !ctx.notNamingDefinite.has(bare.reading.key)) {
        h = { ...bare, i, j: i + (bare.j - bare.i), reading: { ...bare.reading, peeled: pre } };
        definiteHead = true;
      }
    }
    if (!h) continue;
    // a feminine head written with ه is a masculine head with its pronoun when that is a head too
    // (عضو مكتبه التنفيذي "its executive bureau", not مكتبة "library")
    if (h.j - h.i === 1 && h.reading.key.endsWith('ه') && tokens[h.i].text.endsWith('ه') && res.orgHeads.starts(h.reading.key.slice(0, -1))) continue;
    // (… or a plural in construct with its pronoun: مندوبيه "its delegates", not مندوبية)
    if (h.j - h.i === 1 && !definiteHead && !h.reading.key.startsWith('ال') && tokens[h.i].text.endsWith('يه') && h.reading.key.endsWith('يه')) continue;
    // a head that is also a verb (تجمع، تحالف) after a relative pronoun or a verbal particle is
    // the verb (قوى 14 آذار التي تجمع الأكثرية، لم تحالف)
    if (!definiteHead && h.reading.peeled === 0 && i > 0 && !ctx.view.breakAfter[i - 1] && VERB_CONTEXT.test(keys[i - 1])) continue;
    // a superlative before an indefinite head makes it a kind (أكبر تجمع للصيادين، أول مركز للأبحاث)
    if (!definiteHead && h.reading.peeled === 0 && !h.reading.key.startsWith('ال') && i > 0 && !ctx.view.breakAfter[i - 1] && ctx.superlatives.has(keys[i - 1])) continue;
    // … and so does a number: a counted head is a kind, not a name (تضم 14 غرفة دفن، 3 مراكز)
    if (!definiteHead && h.reading.peeled === 0 && !h.reading.key.startsWith('ال') && i > 0 && !ctx.view.breakAfter[i - 1] && tokens[i - 1].kind === 'number') continue;
    // (a cooperative only before its name in quotation marks: تعاونية "تيفاوين"; علاقات تعاونية
    // متينة is the adjective)
    if (h.reading.key === COOPERATIVE && !definiteHead && !(h.j < tokens.length && res.isQuoteMark(tokens[h.j].text))) continue;
    // a head that names only with its article (المحيط الهادئ; محيط المدينة is its surroundings)
    if (!definiteHead && !/^[وفبل]*ال/.test(h.reading.key) && !h.reading.prefix.endsWith('ال') && ctx.definiteOnlyPlaceHeads.has(h.reading.key)) continue;
    // the head and what follows are a known name already (مجلس الأمن، قناة السويس)
    const known0 = gazAt(ctx, i);
    // (… unless a known head and adjective go on with a body's mission or field: الجمعية الوطنية
    // لحماية المستهلك is not the national assembly)
    const goesOn = definiteHead && known0 !== null && known0.j === h.j + 1 && known0.j < tokens.length && !ctx.view.breakAfter[known0.j - 1] && isWord(ctx, known0.j) && (/^لل/.test(keys[known0.j]) || ctx.bodyMissions.has(keys[known0.j].slice(1)) || constructParticiple(ctx, known0.j));
    if (known0 && known0.j > h.j && !goesOn) {
      i = known0.j - 1;
      continue;
    }
    const head = h.values[0] as OrgHead | PlaceHead;
    const headKey = h.reading.key.replace(/^ال/, '');
    // (مصلحة "interest" heads a body only before a state service: مصلحة الجمارك، في مصلحة المواطن)
    if (headKey === PUBLIC_SERVICE && (definiteHead || stateServiceAt(ctx, h.j) === 0)) continue;
    // ب + a head before a person's name is "chaired by, led by" (برئاسة نبيل حمادة، بقيادة خليفة
    // حفتر), not a body
    // (… and before anything else: بقيادة العرش، برئاسة الوزير — "led by" never opens a body's name)
    if (/ب$/.test(h.reading.prefix) && LED_BY.test(headKey)) continue;
    if (/ب$/.test(h.reading.prefix) && !ctx.facilityHeads.has(headKey) && !ctx.bodiesNamedAfterPeople.has(headKey) && h.j < tokens.length && !ctx.view.breakAfter[h.j - 1] && (knownPersonAt(ctx, h.j) || (givenAt(ctx, h.j) && (!res.ambiguousGiven.has(keys[h.j]) || (parseName(ctx, h.j)?.parts ?? 0) >= 2)))) continue;
    // (heads of products name nothing — برنامج "X" is a show or an app — but with the article, an
    // adjective and a field an agency: البرنامج السعودي لتنمية وإعمار اليمن)
    // (… with a nationality: البرنامج الوطني لزراعة الكبد is a plan)
    if (ctx.notNaming.has(headKey) && !(definiteHead && h.j < tokens.length && res.nisba(keys[h.j]) && !ctx.institutionAdjectives.has(keys[h.j]))) continue;
    if (headKey === KHAN && h.reading.peeled === 0 && i > 0 && !ctx.view.breakAfter[i - 1] && isWord(ctx, i - 1) && (claimed[i - 1] || givenAt(ctx, i - 1) || knownPersonAt(ctx, i - 1))) continue;
    const type: EntityType = oh || definiteHead ? 'ORG' : (head as PlaceHead).type;
    const k = h.j;
    // a road is named here only after a ruler or notable (طريق الملك عبدالله، طريق الأمير سلطان):
    // طريق is otherwise a way (عن طريق، على طريق الحل، طريق المطار)
    if (headKey === ROAD && (h.reading.peeled > 0 || k >= tokens.length || ctx.view.breakAfter[k - 1] || !ctx.honorifics.has(keys[k]) || (i > 0 && keys[i - 1] === 'عن'))) continue;
    // دائرة before a known place is a district (دائرة ههيا، دائرة عين الترك), not a department:
    // the place is read alone, the head stays outside
    if (!definiteHead && DISTRICT.test(headKey) && k < tokens.length && !ctx.view.breakAfter[k - 1]) {
      // (the gazetteer itself: a town written like a word is a town there — دائرة الحسينية)
      const place = isWord(ctx, k) ? res.gazetteer.phrases.matchAt(keys, k, false) : null;
      if (place && place.values.every((v) => v.type === 'GPE' || v.type === 'LOC') && oneLine(ctx.view, place.i, place.j)) continue;
      // (… and so is a word nobody would read as Arabic: a department is named by definite nouns
      // or a verbal noun — دائرة الأراضي، دائرة شؤون اللاجئين — a district by its town: دائرة
      // كينييبا، دائرة كيسومو المركزية)
      const w = keys[k];
      if (!place && isWord(ctx, k) && !claimed[k] && !/^[وفبلك]?ال/.test(w) && w.length >= 4 && !res.isCommonWord(w) && !res.isStopword(w) && !masdarShape(w) && !givenAt(ctx, k) && !hasPreposition(ctx, k) && !hasPronoun(ctx, k) && !/(ات|ين|ون)$/.test(w) && !/^(م|ت|است)/.test(w) && !/[ةى]$/.test(tokens[k].text) && !adjectiveLike(ctx, w)) {
        out.push(namedEntity(ctx, k, k + 1, 'GPE'));
        claimed[k] = 1;
        continue;
      }
    }
    // (a body after a title, with ل, whose person is named next: المدير التنفيذي للجنة | فراس عودة)
    if (type === 'ORG' && claimed[k] && /ل/.test(h.reading.prefix) && givenAt(ctx, k) && !ctx.bodiesNamedAfterPeople.has(headKey)) continue;
    if (k >= tokens.length || ctx.view.breakAfter[k - 1]) continue;
    // God's name after a head is no place's or body's name (آمنت بقضاء الله، بيت الله)
    if (keys[k] === GOD) continue;
    // a place head before a "for" phrase is an ordinary noun (منفذ للأوامر، مطار للشحن)
    if (type !== 'ORG' && /^لل/.test(keys[k])) continue;
    // … and so is one before a preposition and an ordinary word (أعمال بلدية | بمخطط الشفاء)
    if (type !== 'ORG' && /^[بلك]/.test(keys[k]) && res.isCommonWord(keys[k].slice(1)) && !gazAt(ctx, k)) continue;
    // movement as flow (حركة الملاحة العالمية، حركة الرياح السطحية، حركة التجارة البينية): no body,
    // whatever adjective follows
    if (headKey === MOVEMENT && isWord(ctx, k) && ctx.flowNouns.has(keys[k].replace(/^ال/, ''))) continue;
    // … and a market of an ordinary thing is a market, not a place (سوق العمل السعودي، سوق العقار،
    // سوق الخضار); a souk has a name (سوق واقف، سوق الحميدية)
    if (headKey === MARKET && isWord(ctx, k) && definite(keys[k]) && (res.isCommonWord(keys[k].slice(2)) || ctx.flowNouns.has(keys[k].slice(2))) && !gazAt(ctx, k)) continue;
    const byCommon = ctx.namedByCommon.has(headKey);
    // an either-head is inside before a definite word (وكالة الأنباء القطرية) or a noun in
    // construct with one (وكالة استكشاف الفضاء اليابانية); outside before a brand (وكالة رويترز)
    const construct = (m: number) => isWord(ctx, m) && !gazAt(ctx, m) && (((res.isCommonWord(keys[m]) || masdarShape(keys[m])) && !adjectiveLike(ctx, keys[m])) || ctx.bodyMissions.has(keys[m])) && !ctx.view.breakAfter[m] && definite(keys[m + 1] ?? '');
    const inside = head.position === 'inside' || definiteHead || (head.position === 'either' && (definite(keys[k]) || construct(k)));
    // a facility of a body (مستشفى الجامعة الأميركية، ملعب نادي الشباب): the facility, head and body
    if (!definiteHead && BODY_FACILITIES.test(headKey) && k < tokens.length && !ctx.view.breakAfter[k - 1] && isWord(ctx, k)) {
      const g = gazAt(ctx, k, false);
      let j = g && g.values.every((v) => v.type === 'ORG') && oneLine(ctx.view, g.i, g.j) ? g.j : -1;
      if (j < 0) {
        const key = keys[k].replace(/^ال/, '');
        const oh2 = res.orgHeads.matchAt([key, ...keys.slice(k + 1, k + 3)], 0);
        if (oh2 && oh2.j === 1 && (oh2.values[0] as OrgHead).position !== 'outside' && k + 1 < tokens.length && !ctx.view.breakAfter[k]) {
          if (definite(keys[k])) {
            // (the definite head with its nationality: الجامعة الأميركية, not الجامعة الجديدة)
            let e = k + 1;
            while (e < tokens.length && isWord(ctx, e) && !ctx.view.breakAfter[e - 1] && definite(keys[e]) && res.nisba(keys[e])) e++;
            if (e > k + 1) j = e;
          } else {
            const end = nameAfterHead(ctx, k + 1, 'institution');
            if (end !== null) j = end;
          }
        }
      }
      if (j > k) {
        out.push(namedEntity(ctx, i, j, 'LOC', undefined, h.reading.peeled));
        for (let m = i; m < j; m++) claimed[m] = 1;
        i = j - 1;
        continue;
      }
    }
    if (!definiteHead) {
      // a name in quotation marks is the name, without the head and the marks (تحالف «أوبك+»،
      // شركة الأبحاث "كاناليس")
      let q = quotedName(ctx, k) ?? (definite(keys[k]) && !ctx.view.breakAfter[k] ? quotedName(ctx, k + 1) : null);
      // (… but after the head's own definite word, one quoted ordinary word is what the body does or
      // says, in the writer's quotation: أعلنت وزارة الصحة "تعليق" العمل)
      // (a brand may be shaped like a verbal noun — صندوق العمل "تمكين" —: the verbal noun there has its
      // object after the marks)
      if (q && q.i === k + 2 && q.j - q.i === 1 && !gazAt(ctx, q.i) && (res.isCommonWord(keys[q.i]) || masdarShape(keys[q.i])) && q.j + 1 < tokens.length && !ctx.view.breakAfter[q.j] && isWord(ctx, q.j + 1) && definite(keys[q.j + 1]) && !res.nisba(keys[q.j + 1]) && !res.isStopword(keys[q.j + 1])) q = null;
      // (a quoted phrase of several words that opens with a present verb is what the head's noun
      // phrase does, in the writer's quotation: غرفة الملابس "تعيش أجواء هادئة"، مجلس الإدارة
      // "يدرس الخيارات")
      if (q && q.j - q.i >= 2 && /^[يت][^ايو]..$/.test(keys[q.i]) && !givenAt(ctx, q.i) && !knownPersonAt(ctx, q.i) && !gazAt(ctx, q.i)) q = null;
      // (a head that is also an adjective names only where no noun stands before it for it to
      // describe: ونقلت يومية «الصباح» — not عامل يومية "قاعدين ساكت", a day labourer)
      if (q && ADJECTIVE_HEADS.test(headKey) && i > 0 && !ctx.view.breakAfter[i - 1] && !res.isCueWord(keys[i - 1]) && !res.isStopword(keys[i - 1]) && !ATTRIBUTION_WORDS.test(keys[i - 1])) q = null;
      if (q) {
        const known = gazAt(ctx, q.i);
        // (a festival or fair with a title in quotation marks: the title names an event, not a body —
        // مهرجان «ضوء الطين»)
        if (ctx.eventHeads.has(headKey) && !(known && known.j === q.j)) continue;
        // (a name is definite: an indefinite adjective after the marks describes an ordinary noun
        // phrase — تنظيم "قوافل عودة" أسبوعية)
        const a = q.j + 1;
        if (!known && a < tokens.length && !ctx.view.breakAfter[q.j] && isWord(ctx, a) && !definite(keys[a]) && (keys[a].endsWith('يه') || res.nisba(keys[a])) && !givenAt(ctx, a) && !presentVerb(ctx, a)) continue;
        // (a paper, channel, club or company named like a place, in quotation marks after its head,
        // is the body: صحيفة «الخبر»، قناة «المملكة»)
        const namesBody = type === 'ORG' && (ctx.mediaHeads.has(headKey) || CLUB_HEADS.test(headKey) || headKey === COMPANY) && known !== null && known.j === q.j && known.values.every((v) => v.type === 'GPE' || v.type === 'LOC');
        if (namesBody) out.push({ ...namedEntity(ctx, q.i, q.j, 'ORG'), retypes: true });
        else {
          // (a complex with a state-group adjective is the group: مجمع «كوسيدار» العمومي، مجمع "سوناطراك" الحكومي)
          const group = type === 'LOC' && headKey === COMPLEX && !known && a < tokens.length && !ctx.view.breakAfter[q.j] && GROUP_ADJECTIVE.test(keys[a]);
          out.push(namedEntity(ctx, q.i, q.j, known && known.j === q.j ? known.values[0].type : group ? 'ORG' : type, known && known.j === q.j ? known.values[0] : undefined));
        }
        continue;
      }
      // a body of a region named with its state word (حكومة إقليم كردستان، برلمان ولاية بافاريا)
      // (… or its administrative area: أمانة محافظة جدة، مجلس مدينة الخليل)
      if (inside && type === 'ORG' && isWord(ctx, k) && (res.isStateWord(keys[k]) || (ADMINISTRATIVE_AREA.test(keys[k]) && headKey !== CENTRE)) && !ctx.view.breakAfter[k]) {
        const place = gazAt(ctx, k + 1, false);
        if (place && place.values.some((v) => v.type === 'GPE' || v.type === 'LOC') && oneLine(ctx.view, place.i, place.j)) {
          out.push(namedEntity(ctx, i, place.j, 'ORG', undefined, h.reading.peeled));
          for (let m = k; m < place.j; m++) claimed[m] = 1;
          i = place.j - 1;
          continue;
        }
      }
      let g = gazAt(ctx, k);
      // (a word that names a club only in football reports, with an adjective of its own after a
      // head other than a club's, is an ordinary word: حكومة الوحدة الوطنية)
      if (g && g.j - g.i === 1 && res.sportOnlyForms.has(g.reading.key) && !CLUB_HEADS.test(headKey) && g.j < tokens.length && !ctx.view.breakAfter[g.j - 1] && isWord(ctx, g.j) && definite(keys[g.j]) && /(ي|يه)$/.test(keys[g.j]) && !gazAt(ctx, g.j)) g = null;
      // (a known body that the head's own name runs past is part of it: هيئة الدفاع المدني والإسعاف)
      if (g && inside && type === 'ORG' && g.values[0].type === 'ORG' && g.j < tokens.length && !ctx.view.breakAfter[g.j - 1] && keys[g.j].startsWith('وال')) g = null;
      if (g && oneLine(ctx.view, g.i, g.j) && g.reading.peeled === 0) {
        const known = g.values[0];
        // محافظتي إربد والمفرق: the known first name is the gazetteer's; the second is found here
        const after = dualSecond(ctx, head, g.j, type, out);
        if (after > g.j) {
          i = after - 1;
          continue;
        }
        const adjAfter = g.j < tokens.length && isWord(ctx, g.j) && !ctx.view.breakAfter[g.j - 1] && definite(keys[g.j]) && /ي$/.test(keys[g.j]) && !res.isStopword(keys[g.j]);
        if (type === 'ORG' && (known.type === 'GPE' || known.type === 'LOC') && adjAfter && head.position === 'either' && !ctx.mediaHeads.has(headKey)) {
          // a bank or body named after a place and its kind (بنك عمّان التجاري، بنك قطر الوطني، بنك دبي الإسلامي)
          let j = g.j;
          while (j < tokens.length && j - g.j < 2 && isWord(ctx, j) && !ctx.view.breakAfter[j - 1] && definite(keys[j]) && /(ي|يه)$/.test(keys[j]) && !res.isStopword(keys[j])) j++;
          out.push(namedEntity(ctx, i, j, 'ORG', undefined, h.reading.peeled));
          for (let m = g.i; m < j; m++) claimed[m] = 1;
          i = j - 1;
        } else if (type === 'ORG' && (known.type === 'GPE' || known.type === 'LOC') && g.j - g.i === 1 && (ctx.mediaHeads.has(headKey) || CLUB_HEADS.test(headKey))) {
          // a newspaper or channel named after a place (صحيفة الرياض، جريدة الخليج، قناة دبي), a club
          // or team after its town (لفريق الوكرة، نادي الخور)
          out.push({ ...namedEntity(ctx, k, g.j, 'ORG'), retypes: true });
          claimed[k] = 1;
          i = k;
        } else if (type === 'ORG' && known.type !== 'ORG' && forPhraseAt(ctx, g.j)) {
          // a body named after a place or a person and its field (وكالة الإمارات للفضاء، مركز
          // محمد بن راشد للفضاء، شركة مصر للطيران)
          const j = trailingAdjectives(ctx, g.j);
          out.push(inside ? namedEntity(ctx, i, j, 'ORG', undefined, h.reading.peeled) : namedEntity(ctx, k, j, 'ORG'));
          for (let m = g.i; m < j; m++) claimed[m] = 1;
          i = j - 1;
        } else if (inside && known.type === 'ORG' && type === 'ORG' && MOVEMENT_HEADS.test(headKey)) {
          // حركة حماس: the head belongs to the name of a known organization
          const c = namedEntity(ctx, i, g.j, 'ORG', known, h.reading.peeled);
          out.push(c);
        } else if (inside && known.type !== 'PERSON' && known.type !== 'ORG' && (byCommon || type !== 'ORG' || (headKey === PARLIAMENT && known.type === 'LOC') || (CITY_BODIES.test(headKey) && (known.type === 'GPE' || headKey === AUTHORITY)) || (FACILITY_BODIES.test(headKey) && known.type === 'LOC'))) {
          // (… and a region's parliament: برلمان كردستان; a city's or country's police: شرطة دبي،
          // شرطة عمان السلطانية; the authority of a region: سلطة وادي الأردن)
          // جامعة قطر، مطار دبي الدولي: the head and the place make one name
          let j = g.j;
          while (j < tokens.length && j - g.j < 2 && isWord(ctx, j) && !ctx.view.breakAfter[j - 1] && !res.isStopword(keys[j]) && !STATE_ADJECTIVE.test(keys[j]) && ((res.nisba(keys[j]) && definite(keys[j])) || (definite(keys[j]) && /(ي|يه)$/.test(keys[j])))) j++;
          // (a centre for exhibitions named after its city is a place: مركز الظهران للمعارض)
          const venue = headKey === CENTRE && j < tokens.length && !ctx.view.breakAfter[j - 1] && VENUE_FIELD.test(keys[j]);
          if (venue) j++;
          const c = namedEntity(ctx, i, j, type, undefined, h.reading.peeled);
          out.push(c);
        } else if ((inside || type !== 'ORG') && known.type === 'PERSON' && (byCommon || type !== 'ORG' || ctx.bodiesNamedAfterPeople.has(headKey))) {
          // جامعة محمد السادس، مؤسسة محمد بن راشد: a body or a facility named after a person
          // (a city named after a person is a place of its own, head included: مدينة السادات)
          const j = trailingAdjectives(ctx, g.j);
          out.push(namedEntity(ctx, i, j, inside ? type : 'LOC', undefined, h.reading.peeled));
          i = j - 1;
        }
        continue;
      }
      // جامعة الملك سعود، مطار الملك خالد الدولي — and after a place head that is otherwise
      // outside, a city or facility named after a person (مدينة الملك عبدالله الرياضية)
      // (a president's administration or government is his, no body named after him: إدارة الرئيس
      // دونالد ترامب للتوصل إلى …، حكومة الرئيس …)
      if (keys[k] === PRESIDENT && LEADER_BODY_HEADS.test(headKey)) continue;
      if ((inside || type !== 'ORG') && ctx.honorifics.has(keys[k])) {
        // (a given name that is also a title or a word is the name after the honorific: جامعة الأمير سلطان)
        const gn = k + 1 < tokens.length && !ctx.view.breakAfter[k] ? givenAt(ctx, k + 1) : null;
        let name = parseName(ctx, k + 1, 3);
        if (!name && gn && oneLine(ctx.view, k, gn.j)) {
          // (… with the rest of its chain: صندوق الأمير سلطان بن عبدالعزيز)
          const rest = sonFollows(ctx, gn.j - 1) ? parseName(ctx, gn.j, 4, 1) : null;
          name = rest ?? { j: gn.j, parts: 1 };
        }
        // (after an institution head nobody names by its person alone — إدارة الرئيس ترامب is his
        // administration — the name needs its adjective or field: مركز الشيخ جابر الأحمد الثقافي)
        const j = name ? trailingAdjectives(ctx, name.j) : 0;
        if (name && (byCommon || type !== 'ORG' || j > name.j || ctx.bodiesNamedAfterPeople.has(headKey))) {
          // (a quarter, district or street named after a person keeps its descriptor outside: حي
          // [الأمير عبد القادر]، شارع [الشيخ خليفة بن سلمان])
          if (type !== 'ORG' && DESCRIPTOR_PLACE_HEAD.test(headKey)) {
            out.push(namedEntity(ctx, k, j, 'LOC'));
            for (let m = k; m < j; m++) claimed[m] = 1;
            i = j - 1;
            continue;
          }
          // (a city named after a person is a facility: مدينة الملك فهد الطبية)
          const c = namedEntity(ctx, i, j, inside ? type : 'LOC', undefined, h.reading.peeled);
          out.push(c);
          i = j - 1;
          continue;
        }
      }
    }
    // a facility named after a person nobody listed (مستشفى الأميرة بسمة التعليمي، استاد جاسم بن
    // حمد، قصر سلوى): a given name starts the name, the head and the adjectives after it belong to it
    // — and a university or foundation so named is a body (جامعة القاضي عياض، بجامعة سيدي محمد بن
    // عبد الله، كلية عبد الله السالم)
    const namedAfter = definiteHead ? null : ctx.facilityHeads.has(headKey) ? 'LOC' : ctx.bodiesNamedAfterPeople.has(headKey) && !gazAt(ctx, k) ? 'ORG' : null;
    if (namedAfter && k < tokens.length && !ctx.view.breakAfter[k - 1] && givenAt(ctx, k)) {
      const name = parseName(ctx, k, namedAfter === 'LOC' ? 4 : 5);
      const alone = name !== null && name.parts === 1 && !res.ambiguousGiven.has(keys[k]);
      if (name && (name.parts >= 2 || alone)) {
        const j = trailingAdjectives(ctx, name.j);
        out.push(namedEntity(ctx, i, j, namedAfter, undefined, h.reading.peeled));
        for (let m = i; m < j; m++) claimed[m] = 1;
        i = j - 1;
        continue;
      }
    }
    // (a region may still be named by a foreign-looking word nobody listed: منطقة تيلابيري — not
    // an ordinary word, a definite noun or a word in the feminine an adjective of منطقة takes:
    // منطقة عازلة، منطقة الحدود; a word in ـي cannot agree with it)
    // (… and so may a sub-district, not after من: من ناحية أخرى "on the other hand")
    const subDistrict = headKey === SUB_DISTRICT && h.reading.peeled === 0 && !(i > 0 && keys[i - 1] === 'من');
    const foreignName = (headKey === AREA || headKey === QUARTER || subDistrict) && isWord(ctx, k) && !ctx.view.breakAfter[k - 1] && !definite(keys[k]) && !res.isCommonWord(keys[k]) && !res.nisba(keys[k]) && !(headKey === AREA ? /(ه|ات|ين|ون|ا)$/ : /(ي|ات|ين|ون|ا)$/).test(keys[k]) && !hasPreposition(ctx, k) && !masdarShape(keys[k]) && keys[k].length >= 4 && !(/^[وف]/.test(keys[k]) && res.isStopword(keys[k].slice(1)));
    // (… or by أبو/أم and a word: منطقة أبو حمد)
    const prefixedName = (headKey === AREA || headKey === QUARTER) && ctx.placePrefixes.has(keys[k]) && k + 1 < tokens.length && !ctx.view.breakAfter[k] && isWord(ctx, k + 1) && !res.isStopword(keys[k + 1]);
    // (… or by a definite word that is no ordinary word, adjective, plural or verbal noun, at the end
    // of its phrase: ومنطقة الحاووز، حي الشجاعية.)
    const definiteName = (headKey === AREA || headKey === QUARTER) && isWord(ctx, k) && !ctx.view.breakAfter[k - 1] && /^ال.{3,}$/.test(keys[k]) && !res.isCommonWord(keys[k]) && !res.isCommonWord(keys[k].slice(2)) && !res.isStopword(keys[k]) && !res.nisba(keys[k]) && !/(ي|يه|ات|ين|ون|يا)$/.test(keys[k]) && !masdarShape(keys[k].slice(2)) && !/^ت...$/.test(keys[k].slice(2)) && !hasPronoun(ctx, k) && (k + 1 >= tokens.length || ctx.view.breakAfter[k] || tokens[k + 1].kind === 'punct' || /^[وفب]/.test(keys[k + 1]) || res.isStopword(keys[k + 1]));
    if (type !== 'ORG' && ctx.placeHeadsKnownOnly.has(headKey) && !foreignName && !prefixedName && !definiteName) continue;
    // (a head that names only in quotation marks: قائمة "نهضة ديالى", not قائمة الرابحين)
    if (ctx.quotedOnlyHeads.has(headKey)) continue;
    // a verbal noun and its object, not a body or a facility: تنظيم المهنة "regulating the
    // profession", سجن الزملاء "jailing colleagues", بسجن الجلاصي — a definite word nobody listed
    // after تنظيم, a plural of persons or a family name after سجن
    if (headKey === ORGANIZING && definite(keys[k]) && !gazAt(ctx, k)) continue;
    // (سد الفجوة "bridging the gap", سد العجز, مصفاة البترول "the oil refinery": an ordinary
    // definite noun after سد or مصفاة)
    if ((headKey === DAM || headKey === REFINERY) && definite(keys[k]) && (res.isCommonWord(keys[k]) || HELD_OBJECTS.test(keys[k])) && !gazAt(ctx, k)) continue;
    // (شبكة الكهرباء، شبكة الاتصال اللاسلكي: a network of things, not a body — a network of people
    // is one: شبكة الصحفيين السودانيين)
    if (headKey === NETWORK && !definiteHead && definite(keys[k]) && res.isCommonWord(keys[k]) && !/(ين|ون)$/.test(keys[k]) && !gazAt(ctx, k)) continue;
    // a utility named by its goods and its place or region (شركة مياه اليرموك، شركة نفط الشمال،
    // شركة كهرباء لبنان): the head, the goods and the place
    if (headKey === COMPANY && !definiteHead && ctx.utilityGoods.has(keys[k]) && k + 1 < tokens.length && !ctx.view.breakAfter[k] && isWord(ctx, k + 1)) {
      const place = gazAt(ctx, k + 1, false);
      // (… or a definite name nobody listed that is no ordinary word: شركة مياه اليرموك)
      const named = definite(keys[k + 1]) && !res.isCommonWord(keys[k + 1]) && !res.isCommonWord(keys[k + 1].slice(2)) && !res.isStopword(keys[k + 1]) && !res.nisba(keys[k + 1]) && !(place && place.values.some((v) => v.type === 'PERSON'));
      const j = place && place.values.every((v) => v.type === 'GPE' || v.type === 'LOC') && oneLine(ctx.view, k, place.j) ? place.j : DIRECTIONS_DEFINITE.test(keys[k + 1]) || named ? k + 2 : -1;
      if (j > k) {
        const e = trailingAdjectives(ctx, j);
        out.push(namedEntity(ctx, i, e, 'ORG', undefined, h.reading.peeled));
        for (let m = i; m < e; m++) claimed[m] = 1;
        i = e - 1;
        continue;
      }
    }
    if (headKey === PRISON && (knownPersonAt(ctx, k) || givenAt(ctx, k) || (definite(keys[k]) && /(ي|ين|ون|اء)$/.test(keys[k]) && !gazAt(ctx, k)))) continue;
    // (قاعدة الموردين المحليين "the base of local suppliers": a plural of persons after قاعدة)
    if (headKey === BASE && definite(keys[k]) && /(ين|ون)$/.test(keys[k]) && !gazAt(ctx, k)) continue;
    // (سوق الإيجارات، سوق السندات "the rental market, the bond market": a plural in ـات after سوق
    // is what is traded, not a souk's name)
    if (headKey === MARKET && definite(keys[k]) && keys[k].endsWith('ات') && !gazAt(ctx, k)) continue;
    const mode: NameMode = type !== 'ORG' ? 'place' : byCommon || (inside && head.position !== 'outside') || definiteHead ? 'institution' : 'brand';
    // (a verbal noun with the article after a brand's head names a kind, not a brand: شبكة
    // التوزيع القديمة، شركة التأمين — unlike حزب التحرير after a head that ordinary words name)
    // (… also of the form تفعّل: فريق التحكم، فريق التدخل)
    if (mode === 'brand' && definite(keys[k]) && (masdarShape(keys[k].slice(2)) || /^ت...$/.test(keys[k].slice(2))) && !gazAt(ctx, k)) continue;
    const named = nameAfterHead(ctx, k, mode, ctx.mediaHeads.has(headKey), byCommon, headKey.endsWith('ه'));
    // (a head named by its adjectives alone goes on to them, a nationality too: المتحف العراقي)
    // (only a museum: المحكمة الأمريكية is any American court)
    if (named === null && !(definiteHead && headKey === MUSEUM)) continue;
    const j = named ?? k;
    // (… nor an indefinite verbal noun alone after it, the line of business, where the head is
    // a kind: أي شركة صرافة، شركات صرافة كبرى، 41 مصنعا وشركة تسويق)
    const kindOfHead = (i > 0 && !ctx.view.breakAfter[i - 1] && (ANY_EVERY.test(keys[i - 1]) || (/^و/.test(h.reading.prefix) && /(ا|اً|ًا)$/.test(tokens[i - 1].text) && !definite(keys[i - 1])))) || /ات$/.test(keys[i]);
    if (mode === 'brand' && kindOfHead && j === k + 1 && !definite(keys[k]) && (masdarShape(keys[k]) || /^..ا.ه$/.test(keys[k])) && !gazAt(ctx, k) && !givenAt(ctx, k)) continue;
    // (an indefinite plural of a verbal noun names nothing: صندوق تعويضات للعمال)
    if (keys[k].endsWith('ات') && masdarShape(keys[k].slice(0, -2))) continue;
    // (… nor an indefinite head before a purpose, ل + a definite noun: تشكيل لجنة للنظر في …)
    if (!definiteHead && mode !== 'place' && /^لل../.test(keys[k]) && h.j === k && !gazAt(ctx, k)) continue;
    if (definiteHead) {
      // (… or a kind in ـي and a country's nationality, no "for" phrase: المركز السينمائي المغربي،
      // المعهد الثقافي الفرنسي)
      const countryNisba = (x: string) => definite(x) && !(res.nisba(x)?.ref ?? 'np:').startsWith('np:');
      // (… or the national one of a country, not a "for" phrase after it: المكتبة الوطنية الفرنسية)
      const nationalOne = /^الوطني(ه)?$/.test(keys[k]) && (k + 2 >= tokens.length || ctx.view.breakAfter[k + 1] === 1 || !/^لل/.test(keys[k + 2]));
      if (k + 1 < tokens.length && !ctx.view.breakAfter[k] && isWord(ctx, k) && isWord(ctx, k + 1) && definite(keys[k]) && (nationalOne || (/ي$/.test(keys[k]) && !res.nisba(keys[k]) && !ctx.institutionAdjectives.has(keys[k]))) && !res.isStopword(keys[k]) && countryNisba(keys[k + 1]) && !claimed[k] && !claimed[k + 1]) {
        out.push(namedEntity(ctx, i, k + 2, 'ORG', undefined, h.reading.peeled));
        for (let m = i; m < k + 2; m++) claimed[m] = 1;
        i = k + 1;
        continue;
      }
      // (a university, a bloc or a court with the article is named by its adjectives alone: الجامعة
      // الأهلية، الكتلة الإسلامية، الجامعة اللبنانية الأمريكية، المحكمة العليا)
      if (DEFINITE_NAMED_BY_ADJECTIVE.test(headKey) && h.j === k && k < tokens.length && !ctx.view.breakAfter[k - 1]) {
        let e = k;
        // (a court by any adjective of its kind: المحكمة الإدارية، المحكمة الكلية، المحكمة الجزائية المتخصصة)
        const court = headKey === COURT;
        // (an adjective agrees with a feminine head: الجامعة | العام الماضي is a time phrase)
        const feminine = headKey.endsWith('ه');
        while (e < tokens.length && e - k < 2 && isWord(ctx, e) && (e === k || !ctx.view.breakAfter[e - 1]) && definite(keys[e]) && (!feminine || /[اهةى][\u064B-\u0652]*$/.test(tokens[e].text)) && (ctx.institutionAdjectives.has(keys[e]) || res.nisba(keys[e]) || (court && /^ال..+ي(ه)?$/.test(keys[e]) && !res.isStopword(keys[e]))) && !claimed[e]) e++;
        if (e > k && !gazAt(ctx, i)) {
          out.push(namedEntity(ctx, i, e, 'ORG', undefined, h.reading.peeled));
          for (let m = i; m < e; m++) claimed[m] = 1;
          i = e - 1;
          continue;
        }
      }
      // المركز الوطني للأمن السيبراني: an institutional or national adjective, then a "for" phrase
      const g = keys.slice(k, j).findIndex((x) => /^لل/.test(x) || (/^ل[^ل]/.test(x) && x.length > 3 && !res.isStopword(x)));
      if (g < 1 || !keys.slice(k, k + g).some((x) => ctx.institutionAdjectives.has(x) || res.nisba(x))) continue;
      // (ل + a noun only right after the adjectives: الجمعية المغربية لحقوق الإنسان, not المنتخب
      // المصري المباراة النهائية لبطولة …)
      if (!/^لل/.test(keys[k + g]) && !keys.slice(k, k + g).every((x) => ctx.institutionAdjectives.has(x) || res.nisba(x) || /(ي|يه)$/.test(x))) continue;
      // (ل + a verbal noun is a purpose: المحكمة الدستورية لتفسير …)
      // (… unless it is the body's mission on a definite noun: المركز الوطني لتنمية الحياة الفطرية،
      // الهيئة العامة لاستثمار إعادة الإعمار)
      if (!/^لل/.test(keys[k + g]) && masdarShape(keys[k + g].slice(1)) && !(ctx.bodyMissions.has(keys[k + g].slice(1)) && keys.slice(k + g + 1, Math.min(j, k + g + 4)).some((x) => definite(x)))) continue;
    }
    // either-heads before ordinary words name nothing (سوق العمل، بنك الاستثمار); a nationality or
    // an unknown word makes a name (وكالة الأنباء القطرية)
    if (head.position === 'either' && !keys.slice(k, j).some((x) => res.nisba(x) || ctx.institutionAdjectives.has(x) || !res.isCommonWord(x.replace(/^ال/, '')) && !res.isCommonWord(x))) continue;
    if (mode === 'institution' && !byCommon && !definiteHead && head.position === 'inside') {
      // ordinary institution heads (لجنة، مركز، إدارة، قوات): only with a name word that is not a or a verbal noun (مركز توزيع، لجنة تحقيق)
      // common word or a verbal noun (مركز توزيع، لجنة تحقيق), or a definite noun closed by a
      // naming adjective (حكومة الاستقرار الوطني)
      // (… or a verbal noun of the body's mission and what it acts on: هيئة تنظيم قطاع الطاقة،
      // وكالة تنمية الأطلس الكبير، هيئة تشجيع الاستثمار)
      // (… or a state service: إدارة الجمارك، دائرة الأحوال المدنية)
      // (… or, after سلطة, the sector an authority is named after: سلطة المياه، سلطة الطيران المدني)
      const service = stateServiceAt(ctx, k) || (headKey === AUTHORITY ? stateServiceAt(ctx, k, ctx.authorityFields) : 0);
      const named = (j - k >= 2 && definite(keys[k]) && (ctx.namingAdjectives.has(keys[j - 1]) || ctx.institutionAdjectives.has(keys[j - 1]))) || (j - k >= 2 && ctx.bodyMissions.has(keys[k])) || (service > 0 && j >= k + service);
      // (… nor the plural of one: صندوق تعويضات)
      if (!named && !keys.slice(k, j).some((x) => !res.isCommonWord(x) && !res.nisba(x) && !/^لل/.test(x) && !masdarShape(x) && !(x.endsWith('ات') && masdarShape(x.slice(0, -2))))) continue;
    }
    // a body inside another (هيئة الدفاع، مجلس الإدارة) names nothing
    // (unless an institutional adjective names it: هيئة الدفاع المدني)
    const namedBody = j - k > 1 && (ctx.institutionAdjectives.has(keys[k + 1]) || ctx.nationalAdjectives.has(keys[k + 1]));
    if (!namedBody && (ctx.genericBodies.has(`${headKey} ${keys[k]}`) || ctx.genericBodies.has(`ال${headKey} ${keys[k]}`))) continue;
    // a name made only of head nouns (مؤسسة الشركة: the company's founder) names nothing
    if (keys.slice(k, j).every((x) => res.isHeadWord(x)) && !(j - k === 1 && definite(keys[k]) && ctx.mediaHeads.has(headKey))) continue;
    // a market is a place (سوق العطارين، سوق الحميدية) unless it trades money (سوق مسقط للأوراق المالية)
    // (a centre for conferences is made a place in namedEntity, whichever branch finds it)
    const kind: EntityType = headKey === MARKET && !keys.slice(k, j).some((x) => FINANCIAL.test(x)) ? 'LOC' : type;
    // a body named by one word that is the family name of a person the document names in full is
    // that person's (قوات الحلو after عبد العزيز الحلو, حكومة سلام after نواف سلام)
    if (kind === 'ORG' && j - k === 1 && !claimed[k] && familyNameOfNamed(ctx, out, keys[k], k)) {
      out.push(person(ctx, k, j));
      claimed[k] = 1;
      i = j - 1;
      continue;
    }
    // (a national company named by an ordinary noun and its nation keeps its head: شركة النفط
    // اليمنية، شركة الكهرباء الوطنية)
    const national = mode === 'brand' && j - k === 2 && definite(keys[k]) && nationalAdjective(ctx, k + 1, headKey.endsWith('ه'));
    if (!inside && !national) {
      out.push(namedEntity(ctx, k, j, kind));
      const after = dualSecond(ctx, head, j, kind, out);
      if (after > j) {
        i = after - 1;
        continue;
      }
    } else {
      const c = namedEntity(ctx, i, j, kind, undefined, h.reading.peeled);
      out.push(c);
    }
    i = j - 1;
  }
}

/**
 * Is `key` the last word of a name of two words or more that a person candidate found so far
 * (before or after position k) carries?
 */
function familyNameOfNamed(ctx: Ctx, out: readonly Candidate[], key: string, k: number): boolean {
  const { keys } = ctx.view;
  for (const c of out) {
    if (c.type !== 'PERSON' || c.j - c.i < 2 || c.i === k) continue;
    if (keys[c.j - 1] === key) return true;
  }
  return false;
}

/**
 * A zone or a city built as one, named by its head, a person's name and the zone's kind (منطقة
 * خليفة الاقتصادية، مدينة السادات الصناعية): the head belongs to the name. A zone named by a place
 * or another word keeps the place's own name (منطقة [جبل علي] الحرة، منطقة [أوكساغون] الصناعية),
 * and ordinary words name nothing (منطقة التجارة الحرة). The name is one to three words.
 */
function zonePatterns(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { tokens, keys, breakAfter } = ctx.view;
  const { res } = ctx;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!(ctx.masks[i] & STARTS.placeHeads) || claimed[i] || !isWord(ctx, i)) continue;
    const head = ZONE_HEAD.exec(keys[i]);
    if (!head) continue;
    let j = i + 1;
    let named = false;
    while (j < tokens.length && j - i <= 3 && isWord(ctx, j) && !breakAfter[j - 1] && !ctx.zoneKinds.has(keys[j])) {
      const known = gazAt(ctx, j, false);
      if (known && oneLine(ctx.view, known.i, known.j)) {
        if (known.values.some((v) => v.type === 'PERSON')) named = true;
        j = known.j;
        continue;
      }
      const key = keys[j];
      if (res.isStopword(key) || res.isCueWord(key) || claimed[j]) break;
      if (givenAt(ctx, j)) named = true;
      j++;
    }
    if (!named || j === i + 1 || j >= tokens.length || breakAfter[j - 1] || !isWord(ctx, j) || !ctx.zoneKinds.has(keys[j])) continue;
    // (a known place alone is named as itself: منطقة [أوكساغون] الصناعية)
    const place = gazAt(ctx, i + 1, false);
    if (place && place.j === j && place.values.some((v) => v.type === 'GPE' || v.type === 'LOC')) continue;
    out.push(namedEntity(ctx, i, j + 1, 'LOC', undefined, head[1].length));
    for (let m = i; m <= j; m++) claimed[m] = 1;
    i = j;
  }
}

/** heads of zones and planned cities (keys, with proclitics): منطقة، مدينة */
const ZONE_HEAD = /^([وفبل]*)(منطقه|مدينه)$/;

/** startsMask of every token, and all of them OR-ed. */
export function tokenMasks(view: TokenView, res: EntityResources): { masks: Uint32Array; any: number } {
  const { tokens, types, keys } = view;
  const n = tokens.length;
  const masks = new Uint32Array(n);
  const l = lists(res);
  const seconds = res.gazetteer.phrases.secondKeys();
  let any = 0;
  for (let k = 0; k < n; k++) {
    const rec = types[k];
    let m = startsMask(view, k, res);
    if (rec.key) {
      // (per word type, once: the bits the passes are triggered by)
      let bits = rec.patternBits;
      if (bits < 0) {
        bits = 0;
        const key = rec.key;
        if (rec.gazSingle) bits |= STARTS.gazSingle;
        if (seconds.has(key)) bits |= STARTS.gazSecond;
        if (l.possessiveTitles.has(key)) bits |= STARTS.possessiveTitle;
        if (l.namingWords.has(key)) bits |= STARTS.naming;
        if (key === SPORTING) bits |= STARTS.sporting;
        if (key.endsWith(DIRECTORATE) && key.length - DIRECTORATE.length <= 2 && /^[وفبل]*$/.test(key.slice(0, key.length - DIRECTORATE.length))) bits |= STARTS.directorate;
        rec.patternBits = bits;
      }
      m |= bits;
    }
    const t = tokens[k];
    if (t.kind === 'word') {
      m |= STARTS.word;
      // (written with ة: a feminine noun, not "his": مدربة)
      if (m & STARTS.possessiveTitle && t.text.endsWith('ة')) m &= ~STARTS.possessiveTitle;
    } else {
      m &= ~STARTS.possessiveTitle;
      if (!rec.key) {
        // (punctuation has no word type: its key is its text)
        if (res.isQuoteMark(t.text)) m |= STARTS.quoteMark;
        if (seconds.has(keys[k])) m |= STARTS.gazSecond;
      }
    }
    any |= masks[k] = m;
  }
  return { masks, any };
}

/**
 * Mentions found by patterns. `gazetteer` is the gazetteer's candidates for the same view (lists
 * of known places are continued from them); without them no place list is continued.
 */
export function findPatternMentions(view: TokenView, res: EntityResources, { masks, any } = tokenMasks(view, res), gazetteer: readonly Candidate[] = []): Candidate[] {
  const n = view.tokens.length;
  const ctx = contextFor(res);
  ctx.view = view;
  ctx.masks = masks;
  ctx.any = any;
  ctx.afterCue = -1;
  const out: Candidate[] = [];
  const claimed = new Uint8Array(n);
  hyphenatedGivenNames(ctx, out, claimed);
  if (any & STARTS.sport) clubPatterns(ctx, out, claimed);
  if (any & STARTS.sporting) sportingClubPatterns(ctx, out, claimed);
  if (any & STARTS.naming) namingPatterns(ctx, out, claimed);
  if (any & STARTS.titles) titlePatterns(ctx, out, claimed);
  if (any & STARTS.possessiveTitle) possessiveTitlePatterns(ctx, out, claimed);
  dualTitlePatterns(ctx, out, claimed);
  pluralPlaceLists(ctx, out, claimed);
  if (any & STARTS.gazetteer) placeListItems(ctx, out, claimed, gazetteer);
  extentPatterns(ctx, out, claimed);
  nationalServicePatterns(ctx, out, claimed);
  if (any & STARTS.orgHeads) courtPatterns(ctx, out, claimed);
  if (any & STARTS.kunya) kunyaPatterns(ctx, out, claimed);
  archaeologicalSites(ctx, out, claimed);
  acronymNamedBodies(ctx, out, claimed);
  clubSuffixPatterns(ctx, out, claimed);
  if (any & STARTS.givenNames) givenNamePatterns(ctx, out, claimed);
  if (any & STARTS.cue) cueNamePatterns(ctx, out, claimed);
  if (any & (STARTS.nisbaDefinite | STARTS.nisbaDefiniteF)) nisbaNamePatterns(ctx, out, claimed);
  if (any & STARTS.kana) kanaQadPatterns(ctx, out, claimed);
  if (any & STARTS.nationalHead) nationalInstitutionPatterns(ctx, out, claimed);
  if (any & STARTS.placeHeads) zonePatterns(ctx, out, claimed);
  if (any & STARTS.directorate) directoratePatterns(ctx, out, claimed);
  if (any & (STARTS.orgHeads | STARTS.placeHeads | STARTS.definiteOrgHead)) headPatterns(ctx, out, claimed);
  if (any & STARTS.nisbaDefiniteF) placeBeforeNationality(ctx, out, claimed);
  if (any & STARTS.gazetteer) datelineOutlets(ctx, out, claimed);
  creditOutlets(ctx, out, claimed);
  mediaSuffixOutlets(ctx, out, claimed);
  bylinePersons(ctx, out, claimed);
  if ((any & (STARTS.nisbaDefiniteF | STARTS.quoteMark)) === (STARTS.nisbaDefiniteF | STARTS.quoteMark)) quotedOutlets(ctx, out, claimed);
  if ((any & (STARTS.cue | STARTS.quoteMark)) === (STARTS.cue | STARTS.quoteMark)) toldOutlets(ctx, out, claimed);
  if (any & STARTS.quoteMark) ownedQuotedBodies(ctx, out, claimed);
  if (any & STARTS.quoteMark) exampleQuotedBodies(ctx, out, claimed);
  if (res.sharedSurnames.size > 0) sharedSurnamePatterns(ctx, out, claimed);
  // (the context outlives the document: let it go)
  ctx.view = NO_VIEW;
  ctx.masks = NO_MASKS;
  return out;
}

/**
 * An East Asian family name and a given name of two syllables joined by a hyphen, written tight
 * (كيم دو-هيون، ولي جون-هو، وانغ جيا-هاو): a person. Ordinary words never take such a given name
 * (a hyphen between words joins definite adjectives: العربي-الإسرائيلي).
 */
function hyphenatedGivenNames(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { keys, tokens, breakAfter } = ctx.view;
  const family = ctx.res.eastAsianFamily;
  for (let d = 2; d + 1 < tokens.length; d++) {
    const dash = tokens[d];
    if (dash.text !== '-' || dash.start !== tokens[d - 1].end || tokens[d + 1].start !== dash.end) continue;
    const i = d - 2;
    if (breakAfter[i] || claimed[i] || claimed[i + 1] || claimed[d + 1] || !isWord(ctx, i) || !isWord(ctx, i + 1) || !isWord(ctx, d + 1)) continue;
    const syllable = (x: string) => x.length >= 2 && x.length <= 6 && !x.startsWith('ال');
    if (!syllable(keys[i + 1]) || !syllable(keys[d + 1])) continue;
    const peeled = family.has(keys[i]) ? 0 : keys[i].length > 2 && keys[i][0] === 'و' && family.has(keys[i].slice(1)) ? 1 : -1;
    if (peeled < 0) continue;
    out.push(person(ctx, i, d + 2, undefined, peeled));
    for (let m = i; m < d + 2; m++) claimed[m] = 1;
  }
}

/**
 * A national service of two words and the country's nationality (خفر السواحل الموريتانية، حرس
 * الحدود الأردني، والدفاع المدني السوري): one body. Proclitics of the first word stay outside.
 */
function nationalServicePatterns(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { keys, tokens, breakAfter } = ctx.view;
  const { res } = ctx;
  for (let i = 0; i + 2 < tokens.length; i++) {
    // (one set lookup for most words: the service's second word)
    const second = keys[i + 1];
    if (!ctx.nationalServiceSeconds.has(second)) continue;
    if (claimed[i] || claimed[i + 1] || claimed[i + 2] || breakAfter[i] || breakAfter[i + 1] || !isWord(ctx, i) || !isWord(ctx, i + 2)) continue;
    let peeled = -1;
    for (let p = 0; p <= 2 && peeled < 0; p++) {
      if (p > 0 && !/^[وفبل]+$/.test(keys[i].slice(0, p))) break;
      const first = keys[i].slice(p);
      if (ctx.nationalServiceFirsts.has(first) && ctx.nationalServices.has(`${first} ${second}`)) peeled = p;
    }
    if (peeled < 0) continue;
    const nis = keys[i + 2];
    if (!nis.startsWith('ال') || !COUNTRY_IDS.has(res.nisba(nis)?.ref ?? '')) {
      // (alone it is the service in general, and no name: وقال خفر السواحل إن)
      claimed[i] = claimed[i + 1] = 1;
      continue;
    }
    out.push(namedEntity(ctx, i, i + 3, 'ORG', undefined, peeled));
    for (let m = i; m < i + 3; m++) claimed[m] = 1;
    i += 2;
  }
}

/**
 * A court named by its kind and its town (محكمة بداية إربد، لمحكمة صلح جزاء عمان، محكمة جنايات
 * القاهرة): محكمة, one to three words of COURT_KINDS, then a known place — one body, to the place's
 * end. Proclitics of محكمة stay outside.
 */
function courtPatterns(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { keys, tokens, breakAfter } = ctx.view;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const key = keys[i];
    if (!key.endsWith(COURT) || claimed[i] || breakAfter[i]) continue;
    const peeled = key.length - COURT.length;
    if (peeled > 2 || (peeled > 0 && !/^[وف]?[بل]?$/.test(key.slice(0, peeled)))) continue;
    // the longest kind (صلح جزاء before صلح)
    let e = -1;
    for (let w = 3; w >= 1 && e < 0; w--) {
      if (i + w + 1 >= tokens.length) continue;
      let ok = true;
      for (let m = i + 1; m <= i + w; m++) if (!isWord(ctx, m) || claimed[m] || (m < i + w && breakAfter[m])) ok = false;
      if (ok && ctx.courtKinds.has(keys.slice(i + 1, i + w + 1).join(' '))) e = i + w + 1;
    }
    if (e < 0 || breakAfter[e - 1] || claimed[e]) continue;
    const place = gazAt(ctx, e, false);
    if (!place || !place.values.some((v) => v.type === 'GPE' || v.type === 'LOC')) continue;
    // (… and the court's adjectives after the place: محكمة استئناف القاهرة الاقتصادية)
    let end = place.j;
    while (end < tokens.length && end - place.j < 2 && isWord(ctx, end) && !breakAfter[end - 1] && definite(keys[end]) && /(ي|يه)$/.test(keys[end]) && !ctx.res.isStopword(keys[end])) end++;
    out.push(namedEntity(ctx, i, end, 'ORG', undefined, peeled));
    for (let m = i; m < end; m++) claimed[m] = 1;
    i = end - 1;
  }
}

/** ids of the countries, which adjectives of nationality refer to */
const COUNTRY_IDS: ReadonlySet<string> = new Set(COUNTRIES.map((c) => c.id));

/**
 * A name nobody listed, after a preposition of place and before a definite feminine adjective of
 * a country (معسكر في ماربيا الإسبانية، وصلوا إلى أغاديز النيجرية): an indefinite noun takes no
 * definite adjective, so the word is a proper name — a town of that country. Not an ordinary word
 * (ترجمة إلى الإنجليزية has no word between; في مادة الفرنسية has a noun), a given name or a
 * known name, nor a word shaped like a plural or a verbal noun, nor one in ة or with a pronoun
 * (في مادة الفرنسية، من زيارته الفرنسية); not before العربية (the language).
 */
function placeBeforeNationality(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { keys, tokens, breakAfter } = ctx.view;
  const { res } = ctx;
  for (let j = 2; j < tokens.length; j++) {
    if (!(ctx.masks[j] & STARTS.nisbaDefiniteF) || !keys[j].startsWith('ال')) continue;
    const i = j - 1;
    if (claimed[i] || claimed[j] || breakAfter[i] || breakAfter[i - 1] || !isWord(ctx, i) || !isWord(ctx, i - 1)) continue;
    const ref = res.nisba(keys[j])?.ref;
    if (!ref || !COUNTRY_IDS.has(ref) || keys[j] === 'العربيه') continue;
    if (!PLACE_PREPOSITIONS.test(keys[i - 1])) continue;
    const key = keys[i];
    if (key.length < 3 || definite(key) || /^[وفبلك]/.test(key) && res.isCommonWord(key.slice(1))) continue;
    // (nor a broken plural مفاعيل: من مواليد السعودية)
    if (res.isCommonWord(key) || res.isStopword(key) || res.isCueWord(key) || givenAt(ctx, i) || gazAt(ctx, i) || masdarShape(key) || /(ات|ين|ون|ه)$/.test(key) || /^م.ا.ي.$/.test(key) || encliticOf(ctx, i)) continue;
    out.push(namedEntity(ctx, i, j, 'GPE'));
    claimed[i] = 1;
  }
}

/**
 * مديرية without the article (DIRECTORATE_FIELDS): with a field of the state it is a directorate,
 * adjectives included (مديرية المخابرات، مديرية الأمن العام); with a definite word that is no
 * ordinary word, a district whose name alone is the place (مديرية [الخوخة]).
 */
function directoratePatterns(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { tokens, keys, breakAfter } = ctx.view;
  const { res } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    // (one bit: مديرية with up to two proclitics — tokenMasks)
    if (!(ctx.masks[i] & STARTS.directorate) || !(ctx.masks[i] & STARTS.word) || claimed[i] || breakAfter[i]) continue;
    const pre = keys[i].length - DIRECTORATE.length;
    const k = i + 1;
    // a field without the article, in construct with a known place: مديرية صحة إدلب، مديرية تربية إربد
    if (isWord(ctx, k) && !claimed[k] && !definite(keys[k]) && ctx.directorateFields.has('ال' + keys[k]) && k + 1 < tokens.length && !breakAfter[k]) {
      const place = gazAt(ctx, k + 1, false);
      if (place && place.reading.peeled === 0 && place.values.every((v) => v.type === 'GPE' || v.type === 'LOC') && oneLine(ctx.view, place.i, place.j)) {
        out.push(namedEntity(ctx, i, place.j, 'ORG', undefined, pre));
        for (let m = i; m < place.j; m++) claimed[m] = 1;
        i = place.j - 1;
        continue;
      }
    }
    if (!isWord(ctx, k) || claimed[k] || !definite(keys[k]) || gazAt(ctx, k)) continue;
    // (a district named after a person: مديرية [الشيخ عثمان])
    if (ctx.honorifics.has(keys[k]) && k + 1 < tokens.length && !breakAfter[k]) {
      const gn = givenAt(ctx, k + 1);
      const name = parseName(ctx, k + 1, 3) ?? (gn && oneLine(ctx.view, k, gn.j) ? { j: gn.j, parts: 1 } : null);
      if (name) {
        out.push(namedEntity(ctx, k, name.j, 'LOC'));
        for (let m = i; m < name.j; m++) claimed[m] = 1;
        i = name.j - 1;
        continue;
      }
    }
    if (ctx.directorateFields.has(keys[k])) {
      let j = k + 1;
      while (j < tokens.length && j - k < 3 && isWord(ctx, j) && !breakAfter[j - 1] && definite(keys[j]) && /(ي|يه|عام|عامه)$/.test(keys[j]) && !res.nisba(keys[j])) j++;
      out.push(namedEntity(ctx, i, j, 'ORG', undefined, pre));
      for (let m = i; m < j; m++) claimed[m] = 1;
      i = j - 1;
    } else if (!res.isCommonWord(keys[k]) && !res.isStopword(keys[k]) && !masdarShape(keys[k].slice(2)) && !res.nisba(keys[k]) && !/(ين|ون|ات)$/.test(keys[k])) {
      out.push(namedEntity(ctx, k, k + 1, 'LOC'));
      claimed[k] = 1;
      i = k;
    }
  }
}

/** "complex; group" (key) */
const COMPLEX = 'مجمع';

/** adjectives of a company group (keys): public, state-owned, industrial, holding */
const GROUP_ADJECTIVE = /^(العمومي|الحكومي|الصناعي|القابض|الخاص)$/;

/** "directorate; district" (key) */
const DIRECTORATE = 'مديريه';

/**
 * A body's head with a possessive pronoun and a name in quotation marks (لفرعها «فوسبوكراع»،
 * شركتها "سواحل"، ذراعها «إنفيستكورب»): the quoted name is an organization.
 */
function ownedQuotedBodies(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { tokens, keys } = ctx.view;
  const { res } = ctx;
  for (let q = 1; q + 2 < tokens.length; q++) {
    if (!(ctx.masks[q] & STARTS.quoteMark) || tokens[q].kind !== 'punct' || claimed[q + 1] || ctx.view.breakAfter[q - 1]) continue;
    const h = q - 1;
    if (!isWord(ctx, h)) continue;
    const key = keys[h];
    const pron = /(هما|ها|هم|ه)$/.exec(key);
    if (!pron) continue;
    const body = key.slice(0, key.length - pron[1].length).replace(/ت$/, 'ه');
    // (with up to two proclitics: لفرعها، ولشركتها)
    if (![0, 1, 2].some((p) => (p === 0 || /^[وفبل]+$/.test(body.slice(0, p))) && OWNED_HEADS.test(body.slice(p)))) continue;
    const name = quotedName(ctx, q);
    if (!name || name.j - name.i > 4 || claimed[name.i]) continue;
    const known = gazAt(ctx, name.i);
    const entry = known && known.j === name.j ? known.values[0] : undefined;
    if (entry && entry.type !== 'ORG') continue;
    out.push(namedEntity(ctx, name.i, name.j, 'ORG', entry));
    for (let x = name.i; x < name.j; x++) claimed[x] = 1;
  }
}

/**
 * Companies, banks or papers given as examples in quotation marks (شركات كبرى مثل "فوري" و"فاليو"،
 * مصارف مثل «الأهلي» و«الراجحي»): each quoted name is an organization. The plural head must be
 * at most three words before مثل.
 */
function exampleQuotedBodies(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { tokens, keys } = ctx.view;
  for (let m = 1; m + 2 < tokens.length; m++) {
    if (keys[m] !== 'مثل' || ctx.view.breakAfter[m] || !ctx.res.isQuoteMark(tokens[m + 1].text)) continue;
    let headed = false;
    for (let b = m - 1; b >= 0 && b >= m - 3 && !ctx.view.breakAfter[b] && isWord(ctx, b); b--) {
      if (EXAMPLE_HEADS.test(keys[b].replace(/^[وفبل]?(ال)?/, ''))) headed = true;
    }
    if (!headed) continue;
    let q = m + 1;
    for (let n = 0; n < 6 && q < tokens.length; n++) {
      const name = quotedName(ctx, q);
      if (!name || name.j - name.i > 4) break;
      const known = gazAt(ctx, name.i);
      const entry = known && known.j === name.j ? known.values[0] : undefined;
      if (!claimed[name.i] && (!entry || entry.type === 'ORG')) {
        out.push(namedEntity(ctx, name.i, name.j, 'ORG', entry));
        for (let x = name.i; x < name.j; x++) claimed[x] = 1;
      }
      // the next name: after the closing mark, a comma or و (و"فاليو"، «الأهلي» و«الراجحي»)
      q = name.j + 1;
      if (q < tokens.length && (tokens[q].text === '،' || tokens[q].text === ',' || keys[q] === 'و' || keys[q] === 'او')) q++;
      if (q >= tokens.length || !ctx.res.isQuoteMark(tokens[q].text)) break;
    }
    m = q;
  }
}

/** plural heads of bodies given as examples (keys, the article and a proclitic removed) */
const EXAMPLE_HEADS = /^(شركات|مصارف|بنوك|صحف|وكالات|مجموعات|مؤسسات|موسسات|صناديق|احزاب)$/;

/** Heads of a body's own companies and units (keys, ة as ه): شركتها، فرعها، ذراعها، مجموعتها */
const OWNED_HEADS = /^(شركه|فرع|ذراع|مجموعه|وحده|مصنع|صندوق|وكاله)$/;

/**
 * A family name several listed people share (الحريري، بوش، المالكي), alone: a person. Which one
 * is left to linking — the person the document names in full — or the mention keeps an id of
 * its own.
 */
function sharedSurnamePatterns(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { keys } = ctx.view;
  const forms = ctx.res.sharedSurnames;
  const tails = ctx.view.tails;
  const bitmap = ctx.surnameTails;
  for (let i = 0; i < keys.length; i++) {
    // (the last two letters first: one array read turns almost every word away)
    if (bitmap[tails[i]] === 0) continue;
    const peeled = forms.get(keys[i]);
    if (peeled === undefined || claimed[i] || !isWord(ctx, i)) continue;
    // (the family name of a longer name is that name's: سعد الحريري)
    if (i > 0 && !ctx.view.breakAfter[i - 1] && isWord(ctx, i - 1) && (givenAt(ctx, i - 1) || claimed[i - 1])) continue;
    out.push(person(ctx, i, i + 1, undefined, peeled));
    claimed[i] = 1;
  }
}

/**
 * A plural place head in construct and its list of names (في مدن مثل غاو وتمبكتو، ولايات الحوض
 * الشرقي وكيدي ماغا ولبراكنة): known places, and one-word names that are no ordinary word, joined
 * by و or a comma; the list ends at the first word that is neither.
 */
function pluralPlaceLists(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { tokens, keys } = ctx.view;
  const { res } = ctx;
  const tails = ctx.view.tails;
  for (let h = 0; h + 1 < tokens.length; h++) {
    // (the last two letters first: one array read turns almost every word away)
    if (ctx.pluralHeadTails[tails[h]] === 0) continue;
    const type = ctx.pluralPlaceHeads.get(keys[h]);
    if (type === undefined || !isWord(ctx, h) || ctx.view.breakAfter[h]) continue;
    let k = h + 1;
    // (an adjective may stand before the link word: أحياء راقية مثل، مدن كبرى منها)
    if (k + 1 < tokens.length && isWord(ctx, k) && !definite(keys[k]) && !ctx.view.breakAfter[k] && ctx.pluralHeadLinks.has(keys[k + 1])) k++;
    if (ctx.pluralHeadLinks.has(keys[k]) && !ctx.view.breakAfter[k]) k++;
    const found: Candidate[] = [];
    for (let first = true; k < tokens.length; first = false) {
      if (!first) {
        // , or و before the next name
        if (tokens[k].text === '،' || tokens[k].text === ',') {
          if (ctx.view.breakAfter[k] || k + 1 >= tokens.length) break;
          k++;
        } else if (!keys[k].startsWith('و')) break;
      }
      if (!isWord(ctx, k) || claimed[k]) break;
      const peeled = !first && keys[k].startsWith('و') && tokens[k - 1].text !== '،' ? 1 : 0;
      const g = gazAt(ctx, k);
      if (g && g.values.some((v) => v.type === 'GPE' || v.type === 'LOC') && oneLine(ctx.view, g.i, g.j)) {
        k = g.j;
        // (a town that needs support has it from the list: أحياء قويزة والحرازات)
        const town = g.values.find((v) => (v.type === 'GPE' || v.type === 'LOC') && res.minorPlaces.has(v.id));
        found.push(town ? namedEntity(ctx, g.i, g.j, town.type, town, g.reading.peeled) : { i: -1, j: -1, peeled: 0, type, entityId: '', label: '', source: 'pattern' });
        if (k >= tokens.length || ctx.view.breakAfter[k - 1]) break;
        continue;
      }
      const key = keys[k].slice(peeled);
      // (after a comma only a known place goes on with the list: ، داعيا …، بدعم من …)
      if ((!first && !peeled) || hasPreposition(ctx, k)) break;
      if (key.length < 3 || res.isStopword(key) || res.isCommonWord(key) || res.isCueWord(key) || res.nisba(key) || res.isHeadWord(key) || res.isStateWord(key) || givenAt(ctx, k) || hasPronoun(ctx, k) || (definite(key) && res.isCommonWord(key.slice(2)))) break;
      // (a second word that is no ordinary word, verb or conjunct belongs to the name: دير مواس)
      const n = k + 1;
      // (an indefinite adjective after the word makes it a noun: ووجدة | وقفات احتجاجية)
      if (n < tokens.length && !ctx.view.breakAfter[k] && isWord(ctx, n) && !definite(keys[n]) && (keys[n].endsWith('يه') || res.nisba(keys[n]))) break;
      // (… and a definite noun after it, no adjective, makes it a noun in construct: مناطق الواحات
      // وشجر الأركان)
      if (n < tokens.length && !ctx.view.breakAfter[k] && isWord(ctx, n) && /^ال../.test(keys[n]) && !/(ي|يه)$/.test(keys[n]) && !res.nisba(keys[n]) && !gazAt(ctx, n)) break;
      const two = n < tokens.length && !ctx.view.breakAfter[k] && isWord(ctx, n) && !/^[وفيت]/.test(keys[n]) && keys[n].length >= 3 && !res.isStopword(keys[n]) && !res.isCommonWord(keys[n]) && !res.isCueWord(keys[n]) && !res.nisba(keys[n]) && !definite(keys[n]) && !hasPronoun(ctx, n);
      found.push(namedEntity(ctx, k, two ? n + 1 : n, type, undefined, peeled));
      k = two ? n + 1 : n;
      if (k >= tokens.length || ctx.view.breakAfter[k - 1]) break;
    }
    // (a list: at least two names, one of them known, or two unknown ones)
    if (found.length < 2) continue;
    for (const c of found) {
      if (c.i < 0) continue;
      out.push(c);
      claimed[c.i] = 1;
    }
    h = k - 1;
  }
}

/**
 * A name nobody listed that goes on a list of known places (ألماتي وطشقند وهانوي وتشيانغ ماي،
 * كراكوف البولندية وسالزبورغ النمساوية): joined by و as the third item or later, or the second
 * when both carry a nationality adjective, or before another known place (X وY وبيروت). It is
 * a place of the list's kind. Definite words, plurals, ordinary words, verbs, names of people
 * and words with a pronoun end the list.
 */
/**
 * Can token m, read as `key` (without a leading و), be a place nobody listed in a list of places?
 * Indefinite only: a definite word there is a noun of the sentence more often than a name —
 * والشتات، والخارج، والغرب — as are plurals, verbs, verbal nouns, words with a preposition or a
 * pronoun, ordinary words, heads, nationalities and given names.
 */
function unlistedItem(ctx: Ctx, m: number, key: string): boolean {
  const { res } = ctx;
  // (ك "like" is read off only before a known word: كاليكوت is a name)
  const rest = ctx.view.keys[m].slice(1);
  const preposition = hasPreposition(ctx, m) && !(ctx.view.keys[m].startsWith('ك') && !knownAfterPrepositionAt(ctx.view, m, res) && !res.isCommonWord(rest) && !(rest.startsWith('ال') && res.isCommonWord(rest.slice(2))) && !res.isStopword(rest));
  if (key.length < 3 || key.startsWith('ال') || /(ون|ات|يين)$/.test(key) || /^[يتن]...$/.test(key) || masdarShape(key) || preposition) return false;
  return !(res.isStopword(key) || res.isCommonWord(key) || res.isCommonWord(ctx.view.keys[m]) || res.isCueWord(key) || res.nisba(key) || res.isHeadWord(key) || res.isStateWord(key) || hasPronoun(ctx, m) || res.givenNames.matchAt([key], 0) || gazAt(ctx, m));
}

/**
 * The two ends of a stretch of land or coast, each with its direction (من الرأس الأبيض شمالاً إلى
 * كازامانس جنوباً، من الموصل شمالا إلى البصرة جنوبا): whatever stands between من and its
 * direction, and between إلى and its own, is a place — one to three words, known or not.
 */
function extentPatterns(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { tokens, keys, breakAfter } = ctx.view;
  const n = tokens.length;
  // the direction after one to three words from `a`, on the same line, or -1
  const directionAfter = (a: number): number => {
    for (let d = a + 1; d < n && d - a <= 3; d++) {
      if (breakAfter[d - 1] || !isWord(ctx, d - 1)) return -1;
      if (DIRECTION_ADVERB.test(keys[d])) return d;
    }
    return -1;
  };
  for (let i = 0; i + 5 < n; i++) {
    if (!FROM.has(keys[i]) || breakAfter[i]) continue;
    const d1 = directionAfter(i + 1);
    if (d1 < 0 || d1 + 2 >= n || breakAfter[d1] || !/^(الي|حتي)$/.test(keys[d1 + 1]) || breakAfter[d1 + 1]) continue;
    const d2 = directionAfter(d1 + 2);
    if (d2 < 0 || DIRECTION_ADVERB.exec(keys[d2])![1] === DIRECTION_ADVERB.exec(keys[d1])![1]) continue;
    for (const [a, b] of [[i + 1, d1], [d1 + 2, d2]] as const) {
      let free = true;
      for (let m = a; m < b; m++) if (claimed[m] || ctx.res.isStopword(keys[m]) || tokens[m].kind !== 'word') free = false;
      // (… with a word that is no ordinary one or adjective: من الحدود التركية شمالا is a border)
      const common = (x: string) => ctx.res.isCommonWord(x) || ctx.res.isCommonWord(x.replace(/^ال/, '')) || Boolean(ctx.res.nisba(x)) || ctx.res.isHeadWord(x.replace(/^ال/, '')) || /(ي|يه)$/.test(x);
      if (keys.slice(a, b).every(common)) free = false;
      // (a known place there is the gazetteer's to find)
      const known = gazAt(ctx, a, false);
      if (!free || (known && known.j === b)) continue;
      out.push(namedEntity(ctx, a, b, 'LOC'));
      for (let m = a; m < b; m++) claimed[m] = 1;
    }
    i = d2;
  }
}

/** "from" with و/ف (keys) */
const FROM: ReadonlySet<string> = new Set(['من', 'ومن', 'فمن']);
/** direction adverbs (keys): شمالا، جنوبا، شرقا، غربا */
const DIRECTION_ADVERB = /^(شمال|جنوب|شرق|غرب)ا$/;

/** prepositions of place and motion before a pair of places (keys): إلى، من، بين */
const PAIR_OPENERS = /^(الي|من|بين)$/;

/** words that open a list of places (keys): بينها، منها، مثل، ومنها … */
const LIST_OPENERS = /^[وف]?(بينها|منها|مثل|بينهما|ابرزها|اهمها|لاسيما|سيما|خاصه)$/;

function placeListItems(ctx: Ctx, out: Candidate[], claimed: Uint8Array, gazetteer: readonly Candidate[]): void {
  const { tokens, keys, breakAfter } = ctx.view;
  const { res } = ctx;
  const n = tokens.length;
  const placeAt = (m: number) => {
    const g = gazAt(ctx, m);
    return g && g.values.some((v) => v.type === 'GPE' || v.type === 'LOC') && oneLine(ctx.view, g.i, g.j) ? g : null;
  };
  const nisbaAt = (m: number) => m < n && isWord(ctx, m) && definite(keys[m]) && Boolean(res.nisba(keys[m]));
  let listEnd = -1;
  let count = 0;
  // (the known places in text order are the gazetteer's candidates: no second lookup)
  for (const g of gazetteer) {
    if ((g.type !== 'GPE' && g.type !== 'LOC') || g.i < listEnd || !oneLine(ctx.view, g.i, g.j)) continue;
    const i = g.i;
    const type = g.type;
    // (joined to the list before it by و or a comma)
    const joined = (i === listEnd && keys[i].startsWith('و')) || (listEnd >= 0 && i === listEnd + 1 && tokens[listEnd].text === '،' && !breakAfter[listEnd]);
    count = joined ? count + 1 : 1;
    // (… and the first item nobody listed before و + known places, after a word that opens a list:
    // بينها دورا وحلحول ويطا، مثل كسلا والقضارف)
    // (… or after a preposition of place, two items only, the known one closing the phrase: تبحر
    // إلى كاليكوت ومومباي.)
    const prepOpens = i >= 2 && PAIR_OPENERS.test(keys[i - 2]) && !g.needsSupport && g.type === 'GPE' && (g.j >= n || breakAfter[g.j - 1] === 1 || tokens[g.j].kind === 'punct');
    if (!joined && keys[i].startsWith('و') && g.peeled === 1 && i >= 2 && !breakAfter[i - 1] && !breakAfter[i - 2] && !claimed[i - 1] && isWord(ctx, i - 1) && (LIST_OPENERS.test(keys[i - 2]) || prepOpens)) {
      const placeAfter = prepOpens || (g.j < n && !breakAfter[g.j - 1] && keys[g.j].startsWith('و') && placeAt(g.j) !== null);
      if (placeAfter && !/^[وفبل]/.test(keys[i - 1]) && unlistedItem(ctx, i - 1, keys[i - 1])) {
        out.push(namedEntity(ctx, i - 1, i, type));
        claimed[i - 1] = 1;
        count = 2;
      }
    }
    let e = g.j;
    const nisba = !breakAfter[e - 1] && nisbaAt(e);
    if (nisba) e++;
    listEnd = e;
    // the next items: و + a word that is no known place (one or more: وعبرا ومغدوشة،)
    // (… and after one, a town that needs support has it from the list: وعبرا ومغدوشة)
    const items: [number, number, GazetteerEntry?][] = [];
    for (let s = e; items.length < 4; ) {
      if (s >= n || breakAfter[s - 1] || !isWord(ctx, s) || claimed[s] || !keys[s].startsWith('و')) break;
      const known = placeAt(s);
      if (known) {
        const town = items.length > 0 ? known.values.find((v) => (v.type === 'GPE' || v.type === 'LOC') && res.minorPlaces.has(v.id)) : undefined;
        if (!town || known.reading.peeled !== 1) break;
        items.push([s, known.j, town]);
        s = known.j;
        continue;
      }
      if (!unlistedItem(ctx, s, keys[s].slice(1))) break;
      // (a second word that is no ordinary word, verb or conjunct belongs to the name: تشيانغ ماي)
      const m = s + 1;
      const two = m < n && !breakAfter[s] && isWord(ctx, m) && !/^[وفيتب]/.test(keys[m]) && keys[m].length >= 3 && !res.isStopword(keys[m]) && !res.isCommonWord(keys[m]) && !res.isCueWord(keys[m]) && !res.nisba(keys[m]) && !definite(keys[m]) && !hasPronoun(ctx, m) && !gazAt(ctx, m);
      items.push([s, two ? m + 1 : m]);
      s = two ? m + 1 : m;
    }
    if (items.length === 0) continue;
    const end = items[items.length - 1][1];
    // the list must go on or end right after the name: punctuation or the line's end, و + a known
    // place, a nationality adjective like the item before, or a preposition and a known place
    // (وتشيانغ ماي في آسيا، ومالايا بماليزيا) — not a noun in construct (وريف حمص، وظهور القوى)
    const last = end >= n || breakAfter[end - 1];
    // (a city takes the feminine adjective, كراكوف البولندية; a club the masculine, الكويت الكويتي)
    const nisbaAfter = !last && nisba && nisbaAt(end) && keys[end].endsWith('ه') && keys[e - 1].endsWith('ه');
    const placeAfter = !last && keys[end].startsWith('و') && placeAt(end) !== null;
    const prepPlace = !last && (placeAt(end) !== null && hasPreposition(ctx, end) || (/^(في|الي|من)$/.test(keys[end]) && end + 1 < n && !breakAfter[end] && placeAt(end + 1) !== null));
    const closes = last || tokens[end].kind === 'punct' || nisbaAfter || placeAfter || prepPlace;
    if (!closes || !(count >= 2 || nisbaAfter || placeAfter)) continue;
    for (const [a, b, town] of items) out.push(namedEntity(ctx, a, b, town ? town.type : type, town, 1));
    for (let q = e; q < end; q++) claimed[q] = 1;
    count += items.length;
    listEnd = nisbaAfter ? end + 1 : end;
  }
}

/**
 * Football clubs named by a first word and their town (شباب قسنطينة، نجم مقرة، مولودية وهران), in
 * a football report (three sport words or more): the prefix without the article, then a known
 * town or an unknown word that is no ordinary word or given name.
 */
function clubPatterns(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { tokens, keys } = ctx.view;
  const { res } = ctx;
  let sport = 0;
  for (let k = 0; k < tokens.length && sport < 3; k++) if (ctx.masks[k] & STARTS.sport) sport++;
  if (sport < 3) return;
  for (let k = 0; k + 1 < tokens.length; k++) {
    // (one set lookup turns almost every word away: the prefixes with و/ب/ل written on)
    const peeled = ctx.clubPrefixes.get(keys[k]);
    if (peeled === undefined || !isWord(ctx, k) || claimed[k] || claimed[k + 1] || ctx.view.breakAfter[k] || !isWord(ctx, k + 1)) continue;
    const next = keys[k + 1];
    const g = gazAt(ctx, k + 1, false);
    const town = g !== null && g.j === k + 2 && g.values.some((v) => v.type === 'GPE');
    const unknown = g === null && !definite(next) && next.length >= 3 && !res.isCommonWord(next) && !res.isStopword(next) && !givenAt(ctx, k + 1) && !hasPronoun(ctx, k + 1) && !hasPreposition(ctx, k + 1) && !knownAfterPreposition(ctx, k + 1) && !res.nisba(next);
    if (!town && !unknown) continue;
    out.push(namedEntity(ctx, k, k + 2, 'ORG', undefined, peeled));
    claimed[k] = claimed[k + 1] = 1;
    k++;
  }
}

/**
 * A body's long name with its Latin acronym in parentheses after it (المركز الدولي لتسوية منازعات
 * الاستثمار (ICSID)، هيئة الإذاعة والتلفزيون المالية (ORTM)): the name runs from the earliest
 * organization head of the unbroken run of words before the parenthesis up to it. The acronym
 * itself is the body's short name (withAcronyms, recognize.ts).
 */
function acronymNamedBodies(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { tokens, keys, breakAfter } = ctx.view;
  const { res } = ctx;
  for (let p = 2; p + 2 < tokens.length; p++) {
    if (tokens[p].text !== '(' || tokens[p + 2].text !== ')' || tokens[p + 1].kind !== 'latin' || !/^[A-Z][A-Z&.-]{1,9}$/.test(tokens[p + 1].text)) continue;
    // the unbroken run of words before the parenthesis (at most eight)
    let r = p;
    while (r > 0 && p - r < 8 && !breakAfter[r - 1] && isWord(ctx, r - 1) && !claimed[r - 1] && !res.isStopword(keys[r - 1]) && !res.isCueWord(keys[r - 1])) r--;
    // the heads of the run; a head after an indefinite word that is no head starts the name anew
    // (الحكومة سحب رخصة | الشركة المالية للبحث … (SOREM)) — a head after a head is inside it
    // (هيئة الإذاعة والتلفزيون …); a generic body (الحكومة) names nothing
    let start = -1;
    let peeledAt = 0;
    for (let s = r; s <= p - 2; s++) {
      const written = res.orgHeads.matchAt(keys, s, readingsAt(ctx.view, s));
      const art = /^[وف]?[بل]?ال/.exec(keys[s]);
      const definiteHead = !written && art ? res.orgHeads.matchAt([keys[s].slice(art[0].length), ...keys.slice(s + 1, s + 3)], 0) : null;
      // (… or a head named only with its article: المديرية العامة لأشغال المياه (DSI))
      const h = written ?? definiteHead ?? (art && ctx.definiteOnlyHeads.has(keys[s].slice(art[0].length)) ? true : null);
      if (!h || res.isProductHead(keys[s]) || ctx.genericBodies.has(keys[s].replace(/^[وف]?[بل]?/, ''))) continue;
      const prev = s > r ? keys[s - 1] : '';
      if (start < 0 || (prev !== '' && !/^[وفبل]*ال/.test(prev) && !/^ل/.test(prev) && !res.isHeadWord(prev))) {
        start = s;
        peeledAt = written ? written.reading.peeled : art![0].length - 2;
      }
    }
    if (start >= 0) {
      out.push(namedEntity(ctx, start, p, 'ORG', undefined, peeledAt));
      for (let m = start; m < p; m++) claimed[m] = 1;
    }
  }
}

/**
 * An archaeological site: موقع, its name, then الأثري (موقع أوما الأثري، بموقع تل الضبعة الأثري): the
 * name is a place — موقع is not a website there. The head and the adjective stay outside.
 */
function archaeologicalSites(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { tokens, keys, breakAfter } = ctx.view;
  const { res } = ctx;
  for (let a = 2; a < tokens.length; a++) {
    if (keys[a] !== ARCHAEOLOGICAL) continue;
    // one or two name words after the head
    for (let i = a - 1; i >= Math.max(1, a - 2); i--) {
      if (!SITE.test(keys[i - 1]) || breakAfter[i - 1]) continue;
      let ok = true;
      for (let m = i; m < a; m++) if (claimed[m] || breakAfter[m] || !isWord(ctx, m) || res.isStopword(keys[m]) || (res.isCommonWord(keys[m]) && definite(keys[m]) && !gazAt(ctx, m, false))) ok = false;
      if (!ok) break;
      out.push(namedEntity(ctx, i, a, 'LOC', gazAt(ctx, i, false)?.j === a ? gazAt(ctx, i, false)!.values.find((v) => v.type === 'LOC' || v.type === 'GPE') : undefined));
      // (the head too: no website of that name)
      for (let m = i - 1; m <= a; m++) claimed[m] = 1;
      break;
    }
  }
}
/** (key) الأثري "archaeological" */
const ARCHAEOLOGICAL = 'الاثري';
/** (keys) موقع "site", with its proclitics */
const SITE = /^[وف]?[بل]?موقع$/;

/**
 * A club named in the English way: a word that is no ordinary word, then United, Hotspur …
 * (بوريرام يونايتد، وويستهام يونايتد): the two words are the club. A listed place or club before
 * the suffix is part of the name (نيوكاسل يونايتد).
 */
function clubSuffixPatterns(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { tokens, keys, breakAfter } = ctx.view;
  const { res } = ctx;
  for (let j = 1; j < tokens.length; j++) {
    if (!ctx.clubSuffixes.has(keys[j])) continue;
    const i = j - 1;
    if (breakAfter[i] || claimed[i] || claimed[j] || !isWord(ctx, i) || !isWord(ctx, j)) continue;
    const key = keys[i];
    // (و, ب or ل before a name that is not listed with it: وبوريرام يونايتد — وي is an English
    // W: ويستهام، ويغان)
    const peeled = /^[وبل]..../.test(key) && !key.startsWith('وي') && !gazAt(ctx, i, false) ? 1 : 0;
    const bare = key.slice(peeled);
    if (bare.length < 3 || definite(bare) || res.isStopword(bare) || res.isHeadWord(bare) || (res.isCommonWord(bare) && !gazAt(ctx, i))) continue;
    out.push(namedEntity(ctx, i, j + 1, 'ORG', undefined, peeled));
    claimed[i] = claimed[j] = 1;
  }
}

/**
 * Maghrebi club names: a definite word, الرياضي ("sporting"), then the club's town with ب or its
 * nisba (الأمل الرياضي بسيدي بوزيد، الاتحاد الرياضي بالمنستير، النجم الرياضي الساحلي، النادي
 * الرياضي الصفاقسي). The whole is the club; a listed club or town inside it is part of it.
 */
function sportingClubPatterns(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { tokens, keys, breakAfter } = ctx.view;
  const { res } = ctx;
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!(ctx.masks[k] & STARTS.sporting) || breakAfter[k - 1] || breakAfter[k] || !isWord(ctx, k - 1) || !isWord(ctx, k + 1)) continue;
    const first = keys[k - 1];
    const pre = /^([وفبل]*)ال/.exec(first);
    if (!pre || claimed[k - 1] || !ctx.sportingClubWords.has(first.slice(pre[1].length))) continue;
    let j = k + 1;
    const next = keys[j];
    if (/^بال?./.test(next) || /^ب./.test(next)) {
      // ب + the town: a listed place, or one or two words that are no ordinary words
      const place = gazAt(ctx, j);
      if (place && place.reading.prefix === 'ب' && place.values.some((v) => v.type === 'GPE' || v.type === 'LOC') && oneLine(ctx.view, place.i, place.j)) j = place.j;
      else if (!res.isCommonWord(next.slice(1)) && !res.isCommonWord(next) && !masdarShape(next.slice(1)) && next.length >= 4) j++;
      else continue;
    } else if (definite(next) && /ي$/.test(next) && !res.isStopword(next) && !res.isCommonWord(next)) {
      j++;
    } else continue;
    if (keys.slice(k - 1, j).some((_, n) => claimed[k - 1 + n])) continue;
    out.push(namedEntity(ctx, k - 1, j, 'ORG', undefined, pre[1].length));
    for (let m = k - 1; m < j; m++) claimed[m] = 1;
    k = j - 1;
  }
}

/**
 * A name given after a naming word (واسمها فوزية، يدعى سامي الحلبي، أسماه أسامة): a known given
 * name, alone or with more name parts, is a person.
 */
function namingPatterns(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { tokens, keys, breakAfter } = ctx.view;
  for (let k = 0; k + 1 < tokens.length; k++) {
    // (not a function word: أطلق اسمه على القاعة)
    if (!(ctx.masks[k] & STARTS.naming) || breakAfter[k] || claimed[k + 1] || !isWord(ctx, k + 1) || !givenAt(ctx, k + 1) || ctx.res.isStopword(keys[k + 1])) continue;
    const name = parseName(ctx, k + 1);
    const j = name ? name.j : givenAt(ctx, k + 1)!.j;
    if (j <= k + 1) continue;
    out.push(person(ctx, k + 1, j));
    for (let m = k + 1; m < j; m++) claimed[m] = 1;
    k = j - 1;
  }
}


/** heads that with ب mean "led by, chaired by, under" (keys): بقيادة، برئاسة، بإشراف، بزعامة */
const LED_BY = /^(قياده|رئاسه|رياسه|اشراف|زعامه)$/;

/** "sporting" (key), the word of Maghrebi club names */
const SPORTING = 'الرياضي';

/** reporting nouns a statement is given to an outlet with (في تصريح لـ«…»، في حديث لـ«…») (keys) */
const TOLD_NOUNS = /^(تصريح|تصريحات|حديث|مقابله|حوار|بيان)$/;

/** … and those it is given with مع (في مقابلة مع «…»، في اتصال هاتفي مع «…») (keys) */
const WITH_NOUNS = /^(مقابله|حوار|حديث|اتصال)$/;

/**
 * An outlet in quotation marks that someone spoke to (قال مسؤول لـ«الأخبار» إن …، في تصريح
 * لـ«عكاظ»): ل alone before the quoted name, a speech verb or a reporting noun shortly before it
 * in the sentence.
 */
function toldOutlets(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { tokens, keys } = ctx.view;
  for (let k = 1; k + 2 < tokens.length; k++) {
    // (… or with مع after an interview or a call: في مقابلة مع «الشرق»، في اتصال هاتفي مع «الراي»)
    const with_ = keys[k - 1] === 'مع';
    if (!(ctx.masks[k] & STARTS.quoteMark) || (keys[k - 1] !== 'ل' && !with_) || ctx.view.breakAfter[k - 1]) continue;
    const q = quotedName(ctx, k);
    if (!q || q.j - q.i > 3 || claimed[q.i]) continue;
    let told = false;
    if (with_) {
      let m = k - 2;
      if (m >= 0 && keys[m] === 'هاتفي') m--;
      told = m >= 0 && !ctx.view.breakAfter[m] && WITH_NOUNS.test(keys[m].replace(/^[وف]?(في|ف|و)?/, ''));
    } else {
      // (a headline speaker telling an outlet: المعايطة لـ«الغد»: «…»)
      told = q.j + 1 < tokens.length && tokens[q.j + 1].text === ':' && !ctx.view.breakAfter[q.j];
    }
    for (let m = k - 2; !with_ && m >= 0 && k - m <= 10 && !ctx.view.breakAfter[m] && !told; m--) {
      if (tokens[m].kind === 'punct' && tokens[m].text === '.') break;
      const key = keys[m].replace(/^[وف]/, '');
      told = ctx.res.isCueWord(keys[m]) || ctx.res.isCueWord(key) || TOLD_NOUNS.test(key.replace(/^(في|ف)/, ''));
    }
    if (!told) continue;
    const known = gazAt(ctx, q.i);
    // (a paper named like a place is the paper here: في تصريح لـ«الخبر»)
    out.push({ ...namedEntity(ctx, q.i, q.j, 'ORG', known && known.j === q.j && known.values[0].type === 'ORG' ? known.values[0] : undefined), retypes: true });
    for (let m = q.i; m < q.j; m++) claimed[m] = 1;
    k = q.j;
  }
}

/**
 * A newspaper named in quotation marks with its country's feminine adjective, after a
 * preposition (وفي «الرأي» الأردنية، كتب …؛ نقلا عن «الأهرام» المصرية): the adjective agrees with
 * the unsaid صحيفة. (After a noun the adjective is that noun's: عملية «درع الفرات» التركية.)
 */
function quotedOutlets(ctx: Ctx, out: Candidate[], claimed: Uint8Array): void {
  const { tokens, keys } = ctx.view;
  for (let k = 1; k + 3 < tokens.length; k++) {
    if (!(ctx.masks[k] & STARTS.quoteMark) || !isWord(ctx, k - 1) || ctx.view.breakAfter[k - 1]) continue;
    const prev = keys[k - 1];
    if (!ctx.res.isStopword(prev) && !ctx.res.isStopword(prev.replace(/^[وف]/, ''))) continue;
    const q = quotedName(ctx, k);
    if (!q || q.j - q.i > 3 || claimed[q.i]) continue;
    const adj = q.j + 1;
    if (adj >= tokens.length || ctx.view.breakAfter[q.j] || !(ctx.masks[adj] & STARTS.nisbaDefiniteF) || !keys[adj].startsWith('ال')) continue;
    const known = gazAt(ctx, q.i);
    out.push(namedEntity(ctx, q.i, q.j, 'ORG', known && known.j === q.j && known.values[0].type === 'ORG' ? known.values[0] : undefined));
    for (let m = q.i; m < q.j; m++) claimed[m] = 1;
    k = q.j;
  }
}
