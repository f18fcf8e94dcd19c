/**
 * Compiled lexicons for the quote stage, built once per normalizer: cue verbs (with class,
 * preposition, form and agreement), complementizers, attribution phrases, anonymous-source
 * words, nominal heads, speaker-phrase stops, reporting nouns and quotation-mark families.
 */
import type { CueClass } from '../document.js';
import { CUES, RELAY_LEMMAS, SPEECH_ACTS, SPEECH_ACTS_BEFORE_ABOUT, CONVICTING_SUBJECTS, CONVICTING_VERBS } from '../data/cues.js';
import {
  ATTRIBUTION_PHRASES,
  COMPLEMENTIZERS,
  ANON_NOUNS,
  ANON_QUALIFIERS,
  ANON_PHRASES,
  GENERIC_GROUPS,
  NOMINAL_HEADS,
  SPEAKER_STOPS,
  TIME_WORDS,
  RELATIVE_NOUNS,
  REPORTING_NOUNS,
  SOURCE_DATA_NOUNS,
  HONORIFIC_PRONOUNS,
  SPOKESPERSON_FORMS,
  type AttributionPhrase,
  type NominalHead,
} from '../data/attribution.js';
import { QUOTE_PAIRS } from '../data/quotemarks.js';
import {
  PASSIVE_CUE_FORMS,
  QUOTE_LEAD_INS,
  CUE_ADVERBS,
  DATELINE_DASHES,
  CONTENT_OPENERS,
  EMPHATIC_PRONOUNS,
  RELAY_PHRASES,
  OBJECT_FIRST_LEMMAS,
  BACKGROUND_OPENERS,
  CLAUSE_CONNECTORS,
  SPEAKING_PLACE_HEADS,
  SPEAKER_AFFILIATION_PREPS,
  NAME_INTRODUCERS,
  CREDIT_WORDS,
  NP_QUANTIFIERS,
  MASDAR_CUES,
  CLAUSE_BREAKERS,
  PARTICIPLE_LIKE_ADVERBS,
  APPEAL_VERBS,
} from '../data/quote-patterns.js';
import { PhraseIndex } from '../entities/phrases.js';
import type { EntityResources } from '../entities/resources.js';

/** Agreement of a verb or participle with its subject: masculine, feminine, plural (human), unknown. */
export type Agreement = 'm' | 'f' | 'pl' | '?';

export interface CueInfo {
  lemma: string;
  class: CueClass;
  /** preposition before أن (أشار إلى أن) */
  prep?: string;
  /** finite verb, participle continuing a clause, or verbal noun (بالقول) */
  form: 'finite' | 'participle' | 'masdar';
  agreement: Agreement;
  /** passive (قيل، أفيد): there is no subject to look for */
  passive: boolean;
  /** نقل / روى: "نقل X عن Y أن": Y said it, X relayed it */
  relay: boolean;
  /** وصف / اتهم: the first noun phrase after the verb is its object (وصف الرئيس بأنه …) */
  objectFirst: boolean;
}

/** A cue found on one token: the lexicon entry, the proclitic (و/ف) and an attached object pronoun (نفاه، وصفها). */
export interface CueMatch {
  info: CueInfo;
  prefix: string;
  enclitic: string;
}

export interface QuoteResources {
  ent: EntityResources;
  /** the cue a token's match key stands for, if any */
  cue: (key: string) => CueMatch | null;
  /** the cue a word written with a shadda is (وبيّن), by its key */
  shaddaCue: (key: string) => CueMatch | null;
  /** complementizer key → whether a pronoun is attached (أنها) */
  complementizers: ReadonlyMap<string, { pronoun: boolean }>;
  attribution: PhraseIndex<AttributionPhrase>;
  anonNouns: ReadonlySet<string>;
  anonQualifiers: PhraseIndex<true>;
  anonPhrases: PhraseIndex<true>;
  /** concealment phrases only (لم يكشف عن هويته), without "بحسب المصادر"-style attributions */
  concealment: PhraseIndex<true>;
  genericGroups: PhraseIndex<true>;
  nominalHeads: PhraseIndex<NominalHead>;
  spokesperson: ReadonlySet<string>;
  /** place heads whose named place speaks as its administration (بلدية، محافظة، ولاية) */
  speakingPlaceHeads: ReadonlySet<string>;
  stopTokens: PhraseIndex<true>;
  stopPunct: ReadonlySet<string>;
  reportingNouns: PhraseIndex<true>;
  /** figures and studies between an attribution phrase and its source (تقديرات، بيانات) */
  sourceDataNouns: PhraseIndex<true>;
  /** أمس، اليوم … (keys) */
  timeWords: ReadonlySet<string>;
  /** شقيق، والدة … (keys): relatives who speak for a person */
  relativeNouns: ReadonlySet<string>;
  /** انتقد، رحب … (keys, also with و/ف): evaluation verbs whose subject spoke */
  speechActs: ReadonlySet<string>;
  /** speech acts only before عن (keys, with و/ف): عبر عن */
  speechActsBeforeAbout: ReadonlySet<string>;
  /** دعا، طالب، حث، ناشد (keys, with و/ف): verbs whose object is appealed to */
  appealVerbs: ReadonlySet<string>;
  /** أدان and its forms (keys, with و/ف): "convicted" after a court */
  convictingVerbs: ReadonlySet<string>;
  /** courts and judges (keys, with ال where written so): المحكمة، القاضي */
  convictingSubjects: PhraseIndex<true>;
  /** honorifics with a pronoun (معاليها، سموه): key → gender */
  honorificPronouns: ReadonlyMap<string, 'm' | 'f'>;
  leadIns: PhraseIndex<true>;
  cueAdverbs: PhraseIndex<true>;
  dashes: ReadonlySet<string>;
  contentOpeners: ReadonlySet<string>;
  /** emphatic pronouns after a definite noun (المسؤول ذاته) */
  emphatics: ReadonlySet<string>;
  relayPhrases: PhraseIndex<true>;
  backgroundOpeners: PhraseIndex<true>;
  connectors: PhraseIndex<true>;
  affiliationPreps: ReadonlySet<string>;
  nameIntroducers: PhraseIndex<true>;
  /** المصدر، إعداد … (keys): a credit line before a colon */
  creditWords: ReadonlySet<string>;
  clauseBreakers: PhraseIndex<true>;
  adverbs: ReadonlySet<string>;
  quantifiers: ReadonlySet<string>;
  /** quotation mark → family id (marks of one family pair with each other) */
  markFamily: ReadonlyMap<string, number>;
  /** marks that only open (« ‹ „) or only close (» ›); others are placed by context */
  fixedDirection: ReadonlyMap<string, 'open' | 'close'>;
}

/**
 * Agreement of a written finite form with its subject, from its shape: -وا/-ون plural, -ت/-تا
 * feminine past, ت- feminine present (تتـ- for verbs whose past starts with ت), ي- masculine,
 * أ-/ن- first person (unknown).
 */
export function finiteAgreement(form: string, lemma: string): Agreement {
  if (/وا$/.test(form) || (/^[يت]/.test(form) && /ون$/.test(form))) return 'pl';
  if (/^[يت]/.test(form) && /ان$/.test(form)) return 'pl';
  if (form !== lemma && /(تا|ت)$/.test(form)) return 'f';
  if (form.length > 2 && /^[ان]/.test(form) && !/^[ان]/.test(lemma)) return '?'; // أقول، نقول (keys are normalized: أ → ا)
  if (/^ت/.test(form) && (!/^ت/.test(lemma) || /^تت/.test(form))) return 'f';
  if (/^ي.+ن$/.test(form) && !/ين$/.test(form)) return 'f';
  if (/ا$/.test(form) && form !== lemma) return 'pl';
  return 'm';
}

export function participleAgreement(form: string): Agreement {
  // (forms come as match keys, with ة folded to ه)
  if (/(ة|ه|تين|ات)$/.test(form)) return 'f';
  if (/(ين|ون)$/.test(form)) return 'pl';
  return 'm';
}

/** Quotation-mark families (marks that pair with each other) from QUOTE_PAIRS, by union-find. */
function markFamilies(): { family: Map<string, number>; fixed: Map<string, 'open' | 'close'> } {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const r = find(p);
    parent.set(x, r);
    return r;
  };
  const opens = new Set<string>();
  const closes = new Set<string>();
  for (const { open, close } of QUOTE_PAIRS) {
    parent.set(find(open), find(close));
    opens.add(open);
    closes.add(close);
  }
  const ids = new Map<string, number>();
  const family = new Map<string, number>();
  const fixed = new Map<string, 'open' | 'close'>();
  for (const m of new Set([...opens, ...closes])) {
    const root = find(m);
    if (!ids.has(root)) ids.set(root, ids.size);
    family.set(m, ids.get(root)!);
    if (opens.has(m) && !closes.has(m)) fixed.set(m, 'open');
    if (closes.has(m) && !opens.has(m)) fixed.set(m, 'close');
  }
  return { family, fixed };
}

export function buildQuoteResources(ent: EntityResources): QuoteResources {
  const norm = ent.gazetteer.phrases.norm;
  const k = (s: string) => ent.key(norm(s));
  const passive = new Set(PASSIVE_CUE_FORMS.map(k));
  const objectFirst = new Set(OBJECT_FIRST_LEMMAS);
  const cueForms = new Map<string, CueInfo>();
  for (const c of CUES) {
    const relay = RELAY_LEMMAS.has(c.lemma);
    const base = { lemma: c.lemma, class: c.class, prep: c.prep, relay, objectFirst: objectFirst.has(c.lemma) };
    for (const f of c.forms) {
      const p = passive.has(k(f));
      if (!cueForms.has(k(f))) cueForms.set(k(f), { ...base, form: 'finite', agreement: p ? '?' : finiteAgreement(k(f), k(c.lemma)), passive: p });
    }
    for (const f of c.participles ?? []) {
      if (!cueForms.has(k(f))) cueForms.set(k(f), { ...base, form: 'participle', agreement: participleAgreement(k(f)), passive: false });
    }
  }
  // verbal nouns with a pronoun (نقلت الوكالة عن مسؤول قوله إن …): they end the phrase before them —
  // except where the same letters read as the verb with its object (وصفها = وصف + ها)
  for (const c of CUES) {
    for (const f of c.masdars ?? []) {
      const key = k(f);
      const verbReading = ['هما', 'هم', 'هن', 'ها', 'ه'].some((e) => key.endsWith(e) && cueForms.get(key.slice(0, -e.length))?.form === 'finite');
      if (!cueForms.has(key) && !verbReading) cueForms.set(key, { lemma: c.lemma, class: c.class, prep: c.prep, relay: false, objectFirst: false, form: 'masdar', agreement: '?', passive: false });
    }
  }
  for (const m of MASDAR_CUES) {
    const c = CUES.find((x) => x.lemma === m.lemma);
    if (c && !cueForms.has(k(m.form))) {
      cueForms.set(k(m.form), { lemma: c.lemma, class: c.class, prep: c.prep, relay: false, objectFirst: false, form: 'masdar', agreement: '?', passive: false });
    }
  }
  // forms that are cues only as written with a shadda (وبيّن), by their bare key
  const shaddaForms = new Map<string, CueInfo>();
  for (const c of CUES) {
    for (const f of c.shaddaForms ?? []) {
      const base = { lemma: c.lemma, class: c.class, prep: c.prep, relay: RELAY_LEMMAS.has(c.lemma), objectFirst: objectFirst.has(c.lemma) };
      shaddaForms.set(k(f), { ...base, form: 'finite', agreement: finiteAgreement(k(f), k(c.lemma)), passive: false });
    }
  }
  const shaddaCue = (key: string): CueMatch | null => {
    for (const prefix of ['', 'و', 'ف']) {
      if (prefix && !key.startsWith(prefix)) continue;
      const info = shaddaForms.get(key.slice(prefix.length));
      if (info) return { info, prefix, enclitic: '' };
    }
    return null;
  };
  const ENCLITICS = ['هما', 'هم', 'هن', 'ها', 'ه'];
  const lookup = (key: string): CueMatch | null => {
    for (const prefix of ['', 'و', 'ف']) {
      if (prefix && !key.startsWith(prefix)) continue;
      const rest = key.slice(prefix.length);
      if (rest.length < 2) continue;
      const direct = cueForms.get(rest);
      if (direct) return { info: direct, prefix, enclitic: '' };
      for (const e of ENCLITICS) {
        if (rest.length - e.length < 3 || !rest.endsWith(e)) continue;
        const stem = rest.slice(0, -e.length);
        // a finite verb with its object pronoun (نفاه، وصفها، اعتبرهم); -ت before the pronoun is kept (نفته)
        // نفاه، رواه: the final ى of the verb is written ا before the pronoun
        const info = cueForms.get(stem) ?? cueForms.get(stem.replace(/ا$/, 'ي'));
        if (info && info.form === 'finite' && !info.passive) return { info, prefix, enclitic: e };
      }
    }
    return null;
  };
  // callers cache the answer per word type (TokenType.cue)
  const cue = lookup;
  const complementizers = new Map<string, { pronoun: boolean }>();
  for (const c of COMPLEMENTIZERS) {
    const bare = /^(و|ب)?[إأ]ن$/.test(c);
    const key = k(c);
    if (!complementizers.has(key) || bare) complementizers.set(key, { pronoun: !bare });
  }
  const attribution = new PhraseIndex<AttributionPhrase>(norm);
  // "وفقا لـ": the preposition is usually attached to the next word (وفقا للوزارة)
  for (const a of ATTRIBUTION_PHRASES) attribution.add(a.form.replace(/\s+لـ$/, ''), a);
  const set = (xs: readonly string[]) => new Set(xs.map(k));
  const phrases = (xs: readonly string[]) => {
    const p = new PhraseIndex<true>(norm);
    for (const x of xs) p.add(x, true);
    return p;
  };
  const nominalHeads = new PhraseIndex<NominalHead>(norm);
  for (const n of NOMINAL_HEADS) nominalHeads.add(n.form, n);
  const { family, fixed } = markFamilies();
  return {
    ent,
    cue,
    shaddaCue,
    complementizers,
    attribution,
    anonNouns: set(ANON_NOUNS),
    anonQualifiers: phrases(ANON_QUALIFIERS),
    anonPhrases: phrases(ANON_PHRASES),
    concealment: phrases(ANON_PHRASES.filter((p) => !attribution.matchAt(attribution.keysOf(p), 0))),
    genericGroups: phrases(GENERIC_GROUPS),
    nominalHeads,
    spokesperson: set(SPOKESPERSON_FORMS),
    speakingPlaceHeads: set([...SPEAKING_PLACE_HEADS, ...SPEAKING_PLACE_HEADS.map((h) => 'ال' + h)]),
    // "لـ" is written with a tatweel; standing alone it normalizes to ل
    stopTokens: phrases(SPEAKER_STOPS.tokens.map((t) => (t === 'لـ' ? 'ل' : t))),
    stopPunct: new Set(SPEAKER_STOPS.punct),
    reportingNouns: phrases([...REPORTING_NOUNS, ...REPORTING_NOUNS.map((r) => 'ال' + r)]),
    sourceDataNouns: phrases(SOURCE_DATA_NOUNS),
    timeWords: new Set(TIME_WORDS.map((x) => ent.key(ent.gazetteer.phrases.norm(x)))),
    relativeNouns: new Set(RELATIVE_NOUNS.map((x) => ent.key(ent.gazetteer.phrases.norm(x)))),
    speechActs: new Set(SPEECH_ACTS.flatMap((x) => ['', 'و', 'ف'].map((p) => p + ent.key(ent.gazetteer.phrases.norm(x))))),
    speechActsBeforeAbout: new Set(SPEECH_ACTS_BEFORE_ABOUT.flatMap((x) => ['', 'و', 'ف'].map((p) => p + ent.key(ent.gazetteer.phrases.norm(x))))),
    convictingVerbs: new Set(CONVICTING_VERBS.flatMap((x) => ['', 'و', 'ف'].map((p) => p + ent.key(ent.gazetteer.phrases.norm(x))))),
    convictingSubjects: phrases(CONVICTING_SUBJECTS),
    appealVerbs: new Set(APPEAL_VERBS.flatMap((x) => ['', 'و', 'ف'].map((p) => p + ent.key(ent.gazetteer.phrases.norm(x))))),
    honorificPronouns: new Map(HONORIFIC_PRONOUNS.map(([f, g]) => [k(f), g] as const)),
    leadIns: phrases(QUOTE_LEAD_INS),
    cueAdverbs: phrases(CUE_ADVERBS),
    dashes: new Set(DATELINE_DASHES),
    contentOpeners: set(CONTENT_OPENERS),
    emphatics: set(EMPHATIC_PRONOUNS),
    relayPhrases: phrases(RELAY_PHRASES),
    backgroundOpeners: phrases(BACKGROUND_OPENERS),
    connectors: phrases(CLAUSE_CONNECTORS),
    affiliationPreps: set(SPEAKER_AFFILIATION_PREPS),
    nameIntroducers: phrases(NAME_INTRODUCERS),
    creditWords: set(CREDIT_WORDS),
    clauseBreakers: phrases(CLAUSE_BREAKERS),
    adverbs: set(PARTICIPLE_LIKE_ADVERBS),
    quantifiers: set(NP_QUANTIFIERS),
    markFamily: family,
    fixedDirection: fixed,
  };
}
