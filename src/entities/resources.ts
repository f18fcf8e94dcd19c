/**
 * Compiled lexicons for the entity stage, built once per normalizer and shared by every
 * document: the gazetteer index, titles, nationality adjectives, heads, given names,
 * common words. All keys are match keys (normalized, ة folded).
 */
import type { GazetteerEntry, NisbaEntry, TitleEntry } from '../data/types.js';
import { CLUB_IDS, COUNTRIES, GAZETTEER, FORM_NOTES, MEDIA, MINOR_PLACE_IDS, WORD_SPELLINGS, WORLD_TOWN_IDS } from '../data/gazetteer/index.js';
import { NISBA, NISBA_IRREGULAR } from '../data/nisba.js';
import { TITLES, PORTFOLIOS } from '../data/titles.js';
import { ORG_HEADS, PLACE_HEADS, NAME_PARTICLES, type OrgHead, type PlaceHead } from '../data/heads.js';
import { GIVEN_NAMES, AMBIGUOUS_GIVEN_NAMES, FOREIGN_GIVEN_NAMES, FEMALE_GIVEN_NAMES, NOT_GIVEN_NAMES_AS_WRITTEN, VERB_GIVEN_NAMES } from '../data/given-names.js';
import { COMMON_WORDS } from '../data/common-words.js';
import { EAST_ASIAN_FAMILY_NAMES } from '../data/east-asian-names.js';
import { NO_SPLIT } from '../data/clitics.js';
import { CUES } from '../data/cues.js';
import { STATE_WORDS, STOPWORDS_INSIDE_NAMES, SPORT_WORDS, KUNYA_PARTICLES, MEDIUM_WORDS, COMPETITION_HEADS, NATIONAL_INSTITUTION_HEADS, DESCRIPTORS_BEFORE_PLACES, DESCRIPTORS_BEFORE_ORGANIZATIONS, PLACE_NAME_PREFIXES, PLACE_EPITHETS, WESTERN_NAME_PARTICLES, DEFINITE_ONLY_ORG_HEADS, MONTH_NAMES, AFTER_MONTH_WORDS, STATE_MEDIA_HEADS, HEADS_NOT_NAMING, CLUB_ROLE_NOUNS } from '../data/entity-patterns.js';
import { PLATFORM_IDS } from '../data/gazetteer/organizations.js';
import { OPENING_MARKS, CLOSING_MARKS, SYMMETRIC_MARKS } from '../data/quotemarks.js';
import { memoize } from '../util/memo.js';
import { GazetteerIndex } from './gazetteer.js';
import { PhraseIndex, matchKey } from './phrases.js';

/** كان / كانت, bare and with و/ف (their subject before قد is a name). */
const KANA = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'فكان', 'فكانت']);

/**
 * Bits of TokenType.starts: the phrase indexes a word (or one of its proclitic readings) starts.
 * The token masks are a Uint16Array: all sixteen bits are taken, a new one needs a wider array.
 */
export const STARTS = {
  gazetteer: 1,
  titles: 2,
  orgHeads: 4,
  placeHeads: 8,
  givenNames: 16,
  /** the unpeeled word starts a title */
  titleBare: 32,
  /** the unpeeled word starts a given name */
  givenBare: 64,
  /** the unpeeled word is a definite organization head (المركز، الهيئة) */
  definiteOrgHead: 128,
  /** the unpeeled word is a cue verb form */
  cue: 256,
  /** the unpeeled word is a sport word (a football report) */
  sport: 512,
  /** the unpeeled word is كان / كانت (with و/ف) */
  kana: 1024,
  /** the unpeeled word is a kunya particle أبو / أبي / أبا (with و/ف) */
  kunya: 2048,
  /** the unpeeled word is a definite masculine nationality adjective (الروسي، والبرازيلي) */
  nisbaDefinite: 4096,
  /** the unpeeled word is a national institution head (الجيش، والشرطة، للجيش) */
  nationalHead: 8192,
  /** the unpeeled word is a definite feminine nationality adjective (الأمريكية، والروسية) */
  nisbaDefiniteF: 16384,
  /** the unpeeled word is an ordinary word or a stopword (isCommonWord), as one bit test */
  common: 32768,
  // the bits below are set per document by the pattern stage's token masks (patterns.ts
  // tokenMasks), not by startsOf: a pass tests one bit of a compact array instead of reading
  // the token and looking its key up in a set
  /** some reading of the word is a gazetteer name of one word */
  gazSingle: 1 << 16,
  /** the token (its key) is the second word of some gazetteer name */
  gazSecond: 1 << 17,
  /** a one-word title with a possessive pronoun, not ending in ة (مدربه، زميلتها) */
  possessiveTitle: 1 << 18,
  /** a verb of naming (سمي، يدعى …) */
  naming: 1 << 19,
  /** the word الرياضي */
  sporting: 1 << 20,
  /** an Arabic word token */
  word: 1 << 21,
  /** a quotation mark */
  quoteMark: 1 << 22,
  /** مديرية without the article, with up to two proclitics (بمديرية، ولمديرية) */
  directorate: 1 << 23,
} as const;

export interface NisbaInfo {
  ref: string;
  en: string;
  base: string;
}

export interface EntityResources {
  key: (norm: string) => string;
  gazetteer: GazetteerIndex;
  /** forms (space-joined keys) that are also common words: a bare match needs support */
  ambiguousForms: ReadonlySet<string>;
  /** common-word forms that a preposition of place before them supports (FormNote.afterPreposition) */
  prepositionSupported: ReadonlySet<string>;
  /** words whose first letter is never a proclitic (data/clitics.ts NO_SPLIT: بنما ≠ ب + نما) */
  unsplit: ReadonlySet<string>;
  /** ids of towns and quarters whose one-word forms need support (data/gazetteer/places.ts) */
  minorPlaces: ReadonlySet<string>;
  /** East Asian family names (keys) before a hyphenated given name (كيم دو-هيون) */
  eastAsianFamily: ReadonlySet<string>;
  /** the countries' ids */
  countries: ReadonlySet<string>;
  /** the world's towns outside the Arab countries (WORLD_TOWN_IDS) */
  worldTowns: ReadonlySet<string>;
  /** the football clubs' ids (CLUB_IDS) */
  clubs: ReadonlySet<string>;
  /** their weak forms (keys, words joined by a space): one word, or a kunya and a given name (أم قيس) */
  weakPlaceForms: ReadonlySet<string>;
  /** one-word names written as ordinary words (WORD_SPELLINGS: the written form, without diacritics) */
  wordSpellings: ReadonlySet<string>;
  /** … and their match keys, the quick test before the written form is looked at */
  wordSpellingKeys: ReadonlySet<string>;
  /** forms that name a club only in a football report (التعاون، الاتفاق) */
  sportOnlyForms: ReadonlySet<string>;
  /** forms deliberately not listed on an entry, by entry id (the agency's acronym بنا "with us") */
  excludedFormsById: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * family names of several listed people (form notes of kind `people`): the key, also with a
   * proclitic (والحريري), → the proclitic's length
   */
  sharedSurnames: ReadonlyMap<string, number>;
  /** month names (keys) and the relative time words after a month (keys) */
  monthNames: ReadonlySet<string>;
  afterMonth: ReadonlySet<string>;
  titles: PhraseIndex<TitleEntry>;
  orgHeads: PhraseIndex<OrgHead>;
  placeHeads: PhraseIndex<PlaceHead>;
  givenNames: PhraseIndex<string>;
  ambiguousGiven: ReadonlySet<string>;
  /** given names of other languages (keys): after one, a word shaped like an Arabic participle is a family name (باولو فاريا) */
  foreignGiven: ReadonlySet<string>;
  /** written words that fold onto a given name but are none (آمين) */
  notGivenAsWritten: ReadonlySet<string>;
  /** given names that are also past verbs (keys) */
  verbGiven: ReadonlySet<string>;
  /** female given names (match keys) */
  femaleGiven: ReadonlySet<string>;
  portfolios: PhraseIndex<string>;
  particles: ReadonlySet<string>;
  /** particles inside European names (دي، دوس، فان) */
  westernParticles: ReadonlySet<string>;
  nisba: (key: string) => NisbaInfo | undefined;
  isCommonWord: (key: string) => boolean;
  isStopword: (key: string) => boolean;
  isCueWord: (key: string) => boolean;
  isHeadWord: (key: string) => boolean;
  isTitleEnd: (key: string) => boolean;
  isQuoteMark: (text: string) => boolean;
  /** تطبيق، منصة، هاتف، برنامج (with or without ال, و/ف, ب/ل): heads that name products, not bodies */
  isProductHead: (key: string) => boolean;
  /** دولة، جمهورية، مملكة … before a country name */
  isStateWord: (key: string) => boolean;
  /** a team's people before its name (CLUB_ROLE_NOUNS: مدرب، مهاجم، جماهير), with و/ف */
  isClubRole: (key: string) => boolean;
  /** a word of football reports (SPORT_WORDS) */
  isSportWord: (key: string) => boolean;
  /** ids of social platforms (a medium, not an entity, after على / عبر / منصة …) */
  platformIds: ReadonlySet<string>;
  /** ids of news outlets (agencies, papers, channels, sites) */
  mediaIds: ReadonlySet<string>;
  /** a word that makes a following platform the medium (على، عبر، منصة، حسابه …) */
  isMediumWord: (key: string) => boolean;
  /** a competition word (بطولة، كأس …), with or without و/ف/ب/ل */
  isCompetitionWord: (key: string) => boolean;
  /** which indexes (STARTS bits) a reading key starts; `peeled`: the key is a proclitic reading */
  startsOf: (key: string, peeled: boolean) => number;
  /** descriptors that stay outside a place's or an organization's name (جنوب، قطاع، حركة …; keys) */
  placeDescriptors: ReadonlySet<string>;
  /** first words of multi-word place names (عين، تل، بئر، أبو …): a name's, not an ordinary word, before another word */
  placeNamePrefixes: ReadonlySet<string>;
  orgDescriptors: ReadonlySet<string>;
  /** epithets after a place's name (المكرمة، المنورة …; keys) */
  placeEpithets: ReadonlySet<string>;
}

/** Inflections of a nisba base (قطري): ة، ون، ين، ات، ان، يين … with and without ال. */
export function nisbaForms(base: string): string[] {
  const stems = [base, base + 'ة', base + 'ون', base + 'ين', base + 'ات', base + 'ان', base + 'تان', base + 'تين'];
  // -ي bases also take يون/يين (plural with doubled ya in spelling: القطريين is already base+ين)
  return [...stems, ...stems.map((s) => 'ال' + s)];
}

/** first words of a kunya or patronymic (keys) */
const KUNYA_FIRST = new Set(['أبو', 'ابو', 'أم', 'ام', 'ابن', 'إبن', 'بن', 'بنت']);

export function buildEntityResources(
  norm: (s: string) => string,
  stopwords: ReadonlySet<string>,
  extraEntries: readonly GazetteerEntry[] = [],
): EntityResources {
  const key = memoize((n: string) => matchKey(n));
  const k = (s: string) => key(norm(s));

  const gazetteer = new GazetteerIndex([...GAZETTEER, ...extraEntries], norm);

  const ambiguousForms = new Set<string>();
  const prepositionSupported = new Set<string>();
  const sportOnlyForms = new Set<string>();
  const excludedFormsById = new Map<string, Set<string>>();
  const sharedSurnames = new Map<string, number>();
  for (const n of FORM_NOTES) {
    if (n.kind === 'common-word') ambiguousForms.add(gazetteer.phrases.keysOf(n.form).join(' '));
    if (n.kind === 'common-word' && n.afterPreposition) prepositionSupported.add(gazetteer.phrases.keysOf(n.form).join(' '));
    if (n.kind === 'sport-only') sportOnlyForms.add(gazetteer.phrases.keysOf(n.form).join(' '));
    if (n.kind === 'excluded') {
      for (const id of n.ids) {
        const forms = excludedFormsById.get(id) ?? new Set<string>();
        forms.add(gazetteer.phrases.keysOf(n.form).join(' '));
        excludedFormsById.set(id, forms);
      }
    }
    if (n.kind === 'people') {
      const f = k(n.form);
      sharedSurnames.set(f, 0);
      for (const p of ['و', 'ف', 'ب', 'ل']) sharedSurnames.set(p + f, 1);
    }
  }

  const titles = new PhraseIndex<TitleEntry>(norm);
  for (const t of TITLES) titles.add(t.form, t);

  // heads name something in the construct state (وزارة الصحة، مدينة حلب); with the article
  // (الوزارة، المدينة) they refer back or describe, so only the bare forms are indexed
  const orgHeads = new PhraseIndex<OrgHead>(norm);
  for (const h of ORG_HEADS) orgHeads.add(h.form, h);
  const placeHeads = new PhraseIndex<PlaceHead>(norm);
  for (const h of PLACE_HEADS) placeHeads.add(h.form, h);
  const givenNames = new PhraseIndex<string>(norm);
  for (const g of GIVEN_NAMES) givenNames.add(g, g);
  // an عبد compound is also written joined (عبد الحليم / عبدالحليم): both spellings match
  for (const g of GIVEN_NAMES) if (g.startsWith('عبد ')) givenNames.add(g.replace(' ', ''), g);
  const ambiguousGiven = new Set(AMBIGUOUS_GIVEN_NAMES.map(k));
  const foreignGiven = new Set(FOREIGN_GIVEN_NAMES.map(k));
  const femaleGiven = new Set(FEMALE_GIVEN_NAMES.map(k));
  const portfolios = new PhraseIndex<string>(norm);
  for (const p of PORTFOLIOS) portfolios.add(p.form, p.en);

  const particles = new Set(NAME_PARTICLES.filter((p) => p.role !== 'article' && p.role !== 'other').map((p) => k(p.form)));

  const nisbaMap = new Map<string, NisbaInfo>();
  const addNisba = (e: NisbaEntry, base: string) => {
    for (const f of nisbaForms(base)) if (!nisbaMap.has(k(f))) nisbaMap.set(k(f), { ref: e.ref, en: e.en, base: e.base });
  };
  for (const e of NISBA) addNisba(e, e.base);
  for (const irr of NISBA_IRREGULAR) {
    const e = NISBA.find((n) => n.base === irr.base);
    if (e) for (const f of [irr.form, 'ال' + irr.form]) nisbaMap.set(k(f), { ref: e.ref, en: e.en, base: e.base });
  }

  const common = new Set<string>();
  for (const w of COMMON_WORDS) common.add(k(w));
  const stop = new Set<string>();
  for (const w of stopwords) stop.add(key(w));
  for (const w of STOPWORDS_INSIDE_NAMES) stop.delete(k(w));
  const cueWords = new Set<string>();
  for (const c of CUES) for (const f of [...c.forms, ...(c.participles ?? []), ...(c.masdars ?? [])]) cueWords.add(k(f));

  const headWords = new Set<string>();
  for (const h of [...ORG_HEADS, ...PLACE_HEADS]) {
    headWords.add(k(h.form));
    headWords.add(k('ال' + h.form.replace(/^ال/, '')));
  }
  const productHeads = new Set(HEADS_NOT_NAMING.map(k));
  const titleEnds = new Set<string>();
  for (const t of TITLES) {
    const ks = titles.keysOf(t.form);
    titleEnds.add(ks[ks.length - 1]);
  }
  const marks = new Set([...OPENING_MARKS, ...CLOSING_MARKS, ...SYMMETRIC_MARKS]);

  const stateWords = new Set(STATE_WORDS.map(k));
  const sportWords = new Set(SPORT_WORDS.map(k));
  const clubRoles = new Set(CLUB_ROLE_NOUNS.map(k));
  const mediumWords = new Set(MEDIUM_WORDS.map(k));
  const competitionWords = new Set(COMPETITION_HEADS.map(k));
  const kunya = new Set(KUNYA_PARTICLES.map(k).flatMap((x) => [x, 'و' + x, 'ف' + x]));
  const isCueWord = (x: string) => cueWords.has(x) || (x.length > 3 && (x[0] === 'و' || x[0] === 'ف') && cueWords.has(x.slice(1)));
  // every key that starts something, with its STARTS bits, in one map: a word type's mask is then
  // one lookup per reading (computed once per type, but new types keep coming on a large corpus)
  const bitsByKey = new Map<string, number>();
  const addBits = (x: string, bits: number) => bitsByKey.set(x, (bitsByKey.get(x) ?? 0) | bits);
  for (const x of gazetteer.phrases.firstKeys()) addBits(x, STARTS.gazetteer);
  for (const x of titles.firstKeys()) addBits(x, STARTS.titles | STARTS.titleBare);
  for (const x of orgHeads.firstKeys()) {
    addBits(x, STARTS.orgHeads);
    // (with a conjunction or preposition before the article: والوكالة، بالهيئة، للمركز)
    for (const p of ['', 'و', 'ف', 'ب', 'وب', 'فب']) addBits(p + 'ال' + x, STARTS.definiteOrgHead);
    for (const p of ['', 'و', 'ف']) addBits(p + 'لل' + x, STARTS.definiteOrgHead);
  }
  for (const x of DEFINITE_ONLY_ORG_HEADS.map((h) => k(h.form))) {
    for (const p of ['', 'و', 'ف', 'ب', 'وب', 'فب']) addBits(p + 'ال' + x, STARTS.definiteOrgHead);
    for (const p of ['', 'و', 'ف']) addBits(p + 'لل' + x, STARTS.definiteOrgHead);
  }
  for (const x of placeHeads.firstKeys()) addBits(x, STARTS.placeHeads);
  for (const x of givenNames.firstKeys()) addBits(x, STARTS.givenNames | STARTS.givenBare);
  for (const x of cueWords) {
    addBits(x, STARTS.cue);
    if (x.length >= 3) for (const c of ['و', 'ف']) addBits(c + x, STARTS.cue);
  }
  for (const x of sportWords) addBits(x, STARTS.sport);
  for (const x of KANA) addBits(x, STARTS.kana);
  for (const x of kunya) addBits(x, STARTS.kunya);
  for (const x of nisbaMap.keys()) if (x.startsWith('ال') && x.endsWith('ي')) for (const c of ['', 'و', 'ف']) addBits(c + x, STARTS.nisbaDefinite);
  for (const x of nisbaMap.keys()) if (x.startsWith('ال') && x.endsWith('يه')) for (const c of ['', 'و', 'ف']) addBits(c + x, STARTS.nisbaDefiniteF);
  // a national institution head with up to two proclitics (والجيش، بالجيش); ل + ال drops the alef (للجيش)
  for (const x of [...NATIONAL_INSTITUTION_HEADS, ...STATE_MEDIA_HEADS].map(k)) {
    for (const p of ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل', 'بل', 'لل', 'وو', 'فف']) addBits(p + x, STARTS.nationalHead);
    for (const p of ['', 'و', 'ف']) addBits(p + 'ل' + x.slice(1), STARTS.nationalHead);
  }
  // bits that only the word as written (no proclitic peeled) may carry
  for (const x of common) addBits(x, STARTS.common);
  for (const x of stop) addBits(x, STARTS.common);
  const PEELED_MASK = ~(STARTS.common | STARTS.titleBare | STARTS.givenBare | STARTS.definiteOrgHead | STARTS.cue | STARTS.sport | STARTS.kana | STARTS.kunya | STARTS.nisbaDefinite | STARTS.nationalHead | STARTS.nisbaDefiniteF);
  const startsOf = (x: string, peeled: boolean): number => {
    const m = bitsByKey.get(x) ?? 0;
    return peeled ? m & PEELED_MASK : m;
  };
  // a town's one-word form, or a kunya and a given name (أبو سليم، أم قيس): read only with support
  const weakPlaceForms = new Set<string>();
  for (const e of GAZETTEER) {
    if (!MINOR_PLACE_IDS.has(e.id)) continue;
    for (const f of [e.ar, ...(e.variants ?? [])]) {
      const ks = gazetteer.phrases.keysOf(f);
      if (ks.length === 1 || (ks.length === 2 && KUNYA_FIRST.has(ks[0]) && givenNames.matchAt(ks, 1) !== null)) weakPlaceForms.add(ks.join(' '));
    }
  }
  return {
    key,
    gazetteer,
    ambiguousForms,
    prepositionSupported,
    unsplit: new Set(NO_SPLIT.map(k)),
    minorPlaces: MINOR_PLACE_IDS,
    clubs: CLUB_IDS,
    worldTowns: WORLD_TOWN_IDS,
    countries: new Set(COUNTRIES.map((e) => e.id)),
    eastAsianFamily: new Set(EAST_ASIAN_FAMILY_NAMES.map(k)),
    weakPlaceForms,
    wordSpellings: new Set(WORD_SPELLINGS.map((w) => w.written)),
    wordSpellingKeys: new Set(WORD_SPELLINGS.map((w) => gazetteer.phrases.keysOf(w.written).join(' '))),
    sportOnlyForms,
    excludedFormsById,
    sharedSurnames,
    monthNames: new Set(MONTH_NAMES.map(k)),
    afterMonth: new Set(AFTER_MONTH_WORDS.map(k)),
    titles,
    orgHeads,
    placeHeads,
    givenNames,
    ambiguousGiven,
    foreignGiven,
    notGivenAsWritten: new Set(NOT_GIVEN_NAMES_AS_WRITTEN),
    verbGiven: new Set(VERB_GIVEN_NAMES.map(k)),
    femaleGiven,
    portfolios,
    particles,
    westernParticles: new Set(WESTERN_NAME_PARTICLES.map(k)),
    nisba: (x) => nisbaMap.get(x),
    isCommonWord: (x) => common.has(x) || stop.has(x),
    isStopword: (x) => stop.has(x),
    isCueWord,
    isHeadWord: (x) => headWords.has(x),
    isTitleEnd: (x) => titleEnds.has(x),
    isQuoteMark: (t) => marks.has(t),
    isProductHead: (x) => productHeads.has(x) || productHeads.has(x.replace(/^[وف]?[بلك]?(ال)?/, '')),
    isStateWord: (x) => stateWords.has(x),
    isSportWord: (x) => sportWords.has(x),
    isClubRole: (x) => clubRoles.has(x) || ((x[0] === 'و' || x[0] === 'ف') && clubRoles.has(x.slice(1))),
    platformIds: new Set(PLATFORM_IDS),
    mediaIds: new Set(MEDIA.map((e) => e.id)),
    isCompetitionWord: (x) => competitionWords.has(x) || (/^[وفبل]/.test(x) && competitionWords.has(x.slice(1))),
    // (with و/ف, or a preposition: بموقع "فيسبوك"، لمنصة "إكس")
    isMediumWord: (x) => mediumWords.has(x) || ((x[0] === 'و' || x[0] === 'ف') && mediumWords.has(x.slice(1))) || (/^[وف]?[بل][^ل]/.test(x) && mediumWords.has(x.replace(/^[وف]?[بل]/, ''))),
    startsOf,
    placeDescriptors: new Set(DESCRIPTORS_BEFORE_PLACES.map(k)),
    placeNamePrefixes: new Set(PLACE_NAME_PREFIXES.map(k)),
    orgDescriptors: new Set(DESCRIPTORS_BEFORE_ORGANIZATIONS.map(k)),
    placeEpithets: new Set(PLACE_EPITHETS.map(k)),
  };
}
