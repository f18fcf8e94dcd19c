/**
 * Word lists for attributing quotations in Arabic news: attribution phrases, complementizers,
 * anonymous-source nouns and phrases, generic speaker groups, back-referring nominal heads,
 * speaker-phrase stops and reporting nouns.
 *
 * Forms are written plainly; the matcher normalizes both sides (أإآ→ا، ؤ→و، ئ→ي، ى→ي, harakat
 * and tatweel removed). Multi-word forms are separated by single spaces and match token by token.
 * A final word "لـ" stands for the preposition لـ, either standing alone (وفقا لـ "رويترز") or
 * attached to the next word (وفقا للوزارة).
 */

// ─────────────────────────────── attribution phrases ───────────────────────────────

export interface AttributionPhrase {
  form: string;
  en: string;
  /**
   * 'source': the phrase is followed by the source of the content (بحسب الوزارة، نقلا عن مسؤول);
   * 'manner': the phrase only marks wording of an already known speaker (على حد قوله، حسب تعبيره)
   * and names no new source.
   */
  kind: 'source' | 'manner';
}

/** Possessive pronoun suffixes for the manner phrases, with English possessives. */
const POSSESSIVES: ReadonlyArray<readonly [string, string]> = [
  ['ه', 'his'],
  ['ها', 'her'],
  ['هم', 'their'],
  ['هما', 'their (two)'],
  ['هن', 'their (f.)'],
];

/** Heads of the "in X's words" phrases and the nouns they take. */
const WORDING_HEADS: ReadonlyArray<readonly [string, string]> = [
  ['على حد', 'in'],
  ['حسب', 'according to'],
  ['بحسب', 'according to'],
];
const WORDING_NOUNS: ReadonlyArray<readonly [string, string]> = [
  ['قول', 'words'],
  ['تعبير', 'expression'],
  ['وصف', 'description'],
  ['زعم', 'claim'],
];

/**
 * "In his words" phrases. With a pronoun they are manner phrases (على حد تعبيره); without one
 * they are followed by the source (على حد تعبير الوزير) and are source phrases.
 * Source: authored from Arabic news usage.
 */
function wordingPhrases(): AttributionPhrase[] {
  const out: AttributionPhrase[] = [];
  for (const [head, headEn] of WORDING_HEADS) {
    for (const [noun, nounEn] of WORDING_NOUNS) {
      out.push({ form: `${head} ${noun}`, en: `${headEn} the ${nounEn} of`, kind: 'source' });
      for (const [suffix, possEn] of POSSESSIVES) {
        out.push({ form: `${head} ${noun}${suffix}`, en: `${headEn} ${possEn} ${nounEn}`, kind: 'manner' });
      }
    }
  }
  return out;
}

/**
 * Phrases that attribute content to a source without a speech verb, and phrases that mark the
 * wording of a known speaker. A matcher should prefer the longest phrase (حسب تعبيره over حسب).
 * Source: authored from Arabic news usage.
 */
export const ATTRIBUTION_PHRASES: readonly AttributionPhrase[] = [
  { form: 'بحسب', en: 'according to', kind: 'source' },
  { form: 'حسب', en: 'according to', kind: 'source' },
  { form: 'وفقا لـ', en: 'according to', kind: 'source' },
  { form: 'وفق', en: 'according to', kind: 'source' },
  { form: 'طبقا لـ', en: 'according to', kind: 'source' },
  { form: 'نقلا عن', en: 'quoting', kind: 'source' },
  { form: 'على لسان', en: 'in the words of (voiced by)', kind: 'source' },
  { form: 'استنادا إلى', en: 'based on', kind: 'source' },
  { form: 'بناء على', en: 'based on', kind: 'source' },
  { form: 'على ذمة', en: 'on the (unverified) authority of', kind: 'source' },
  { form: 'كما جاء في', en: 'as stated in', kind: 'source' },
  { form: 'كما ورد في', en: 'as stated in', kind: 'source' },
  { form: 'بحسب رواية', en: "according to the account of", kind: 'source' },
  { form: 'وفق رواية', en: "according to the account of", kind: 'source' },
  // followed by a cue clause: حسبما أفادت الوكالة، بحسب ما ذكر الموقع
  { form: 'حسبما', en: 'according to what', kind: 'source' },
  { form: 'بحسب ما', en: 'according to what', kind: 'source' },
  { form: 'حسب ما', en: 'according to what', kind: 'source' },
  { form: 'وفق ما', en: 'according to what', kind: 'source' },
  { form: 'وفقا لما', en: 'according to what', kind: 'source' },
  { form: 'طبقا لما', en: 'according to what', kind: 'source' },
  ...wordingPhrases(),
];

// ─────────────────────────────── complementizers ───────────────────────────────

/** Pronoun suffixes a complementizer carries (إنه، أنها، بأنهم …). */
const COMPLEMENTIZER_PRONOUNS = ['ه', 'ها', 'هم', 'هن', 'هما', 'نا', 'ني', 'ي'] as const;

/**
 * Complementizers that open reported content: إنّ (after قال), أنّ (after most other verbs),
 * بأنّ, وأنّ (a further clause of the same report), bare and with attached pronouns
 * (إنه، إنها، إننا، إني، إنني، أنه، بأنهم …). إنّا is left out (archaic; إنا also spells "we").
 * Source: authored from Arabic grammar (إنّ وأخواتها; attached pronouns).
 */
export const COMPLEMENTIZERS: readonly string[] = (() => {
  const out: string[] = [];
  for (const base of ['إن', 'أن', 'بأن', 'وأن']) {
    out.push(base);
    for (const p of COMPLEMENTIZER_PRONOUNS) out.push(base + p);
  }
  return out;
})();

// ─────────────────────────────── anonymous sources ───────────────────────────────

/**
 * Nouns that make an anonymous source when no name follows: مصدر مطلع، مسؤولون أمريكيون،
 * دبلوماسي غربي، أوساط مقربة من الحكومة.
 * Not here: متحدث/ناطق — "المتحدث باسم X" identifies the speaker through X (named); see
 * SPOKESPERSON_FORMS. مراقبون is a generic group (GENERIC_GROUPS), not an anonymous source.
 * دبلوماسية is left out: it mostly means "diplomacy" or the adjective "diplomatic".
 * Source: authored from Arabic news usage.
 */
export const ANON_NOUNS: readonly string[] = [
  'مصدر', 'مصدران', 'مصدرين', 'مصادر',
  'مسؤول', 'مسؤولة', 'مسؤولان', 'مسؤولون', 'مسؤولين', 'مسؤولو', 'مسؤولي',
  // (the Egyptian spelling with ئ, which folds apart from ؤ)
  'مسئول', 'مسئولة', 'مسئولان', 'مسئولون', 'مسئولين', 'مسئولو', 'مسئولي',
  'دبلوماسي', 'دبلوماسيان', 'دبلوماسيون', 'دبلوماسيين',
  'شخص', 'أشخاص', 'شخصية',
  'مطلعون', 'مطلعين', 'مقربون', 'مقربين',
  'أوساط', 'دوائر', 'جهة', 'جهات',
  'ضابط', 'ضباط', 'عضو', 'أعضاء',
  'قيادي', 'قياديون', 'قياديين',
  'موظف', 'موظفون', 'موظفين',
  // (a banker familiar with the deal: وقال مصرفي في مسقط مطلع على تفاصيل الصفقة إن …)
  'مصرفي', 'مصرفيون', 'مصرفيين',
  // accusative after إن/أن/لكن (غير أن مصدرا حزبيا أكد …)
  'مصدرا', 'مسؤولا', 'دبلوماسيا', 'شخصا', 'ضابطا', 'عضوا', 'قياديا', 'موظفا',
  // a professional who spoke on condition of anonymity (لكن مهندسا يعمل في الحقل طلب عدم الكشف عن اسمه قال …)
  'مهندس', 'مهندسا', 'مهندسون', 'مهندسين',
];

/**
 * Qualifiers after an anonymous noun that keep it anonymous: مصدر مطلع، مسؤول رفيع المستوى،
 * مصادر مقربة من الرئاسة، مسؤولون أمنيون، دبلوماسي غربي، مصدر مسؤول.
 * Forms with "من" (مقرب من) take the following noun phrase. Nationality adjectives in general
 * (قطري، مصري …) qualify too; only the regional and most frequent ones are listed here, the rest
 * come from the gazetteer's nationality adjectives.
 * Source: authored from Arabic news usage.
 */
export const ANON_QUALIFIERS: readonly string[] = [
  'مطلع', 'مطلعة', 'مطلعون', 'مطلعين',
  'عليم', 'عليمة',
  'رفيع', 'رفيعة', 'رفيع المستوى', 'رفيعة المستوى', 'رفيعو المستوى', 'رفيعي المستوى',
  'كبير', 'كبيرة', 'كبار',
  'بارز', 'بارزة', 'بارزون', 'بارزين',
  'مقرب من', 'مقربة من', 'مقربون من', 'مقربين من', 'قريب من', 'قريبة من',
  'مسؤول', 'مسؤولة',
  'رسمي', 'رسمية',
  'موثوق', 'موثوقة', 'موثوق بها', 'موثوق به',
  'متطابقة', 'خاصة', 'مجهول', 'مجهولة',
  'سابق', 'سابقة', 'سابقون', 'سابقين',
  'أمني', 'أمنية', 'أمنيون', 'أمنيين',
  'عسكري', 'عسكرية', 'عسكريون', 'عسكريين',
  'حكومي', 'حكومية', 'حكوميون', 'حكوميين',
  'دبلوماسي', 'دبلوماسية', 'دبلوماسيون', 'دبلوماسيين',
  'سياسي', 'سياسية', 'سياسيون', 'سياسيين',
  'استخباراتي', 'استخباراتية',
  'طبي', 'طبية', 'ميداني', 'ميدانية',
  'محلي', 'محلية', 'محليون', 'محليين',
  'إقليمي', 'إقليمية', 'دولي', 'دولية',
  'غربي', 'غربية', 'غربيون', 'غربيين',
  'عربي', 'عربية', 'عرب',
  'أوروبي', 'أوروبية', 'أوروبيون', 'أوروبيين',
  'خليجي', 'خليجية',
  'أمريكي', 'أمريكية', 'أمريكيون', 'أمريكيين',
  'أميركي', 'أميركية', 'أميركيون', 'أميركيين',
  'إسرائيلي', 'إسرائيلية', 'إسرائيليون', 'إسرائيليين',
  'حزبي', 'حزبية', 'حزبيون', 'حزبيين',
  // accusative forms (غير أن مصدرا مطلعا أكد …)
  'مطلعا', 'رفيعا', 'رفيع المستوى', 'كبيرا', 'بارزا', 'مسؤولا', 'رسميا', 'موثوقا', 'أمنيا', 'عسكريا', 'حكوميا',
  'دبلوماسيا', 'سياسيا', 'حزبيا', 'محليا', 'غربيا', 'عربيا', 'أوروبيا', 'خليجيا', 'أمريكيا', 'أميركيا', 'إسرائيليا',
  'مقربا من', 'قريبا من',
];

/**
 * Spokesperson nouns. Followed by "باسم X" they identify the speaker through X (named: the
 * spokesperson of a named organization); without باسم they behave like a title.
 * Source: authored from Arabic news usage.
 */
export const SPOKESPERSON_FORMS: readonly string[] = [
  'متحدث', 'متحدثة', 'المتحدث', 'المتحدثة', 'ناطق', 'ناطقة', 'الناطق', 'الناطقة',
];

/** Person variants of the concealment phrases: [masculine singular, feminine singular, plural]. */
const CONCEAL_HOWIYA = ['هويته', 'هويتها', 'هويتهم'] as const;
const CONCEAL_ISM = ['اسمه', 'اسمها', 'أسمائهم'] as const;

/**
 * Verb parts of concealment phrases that agree with the source, as [m. sg, f. sg, pl],
 * and the objects they take ({h} = هويته…, {n} = اسمه…).
 */
const CONCEAL_AGREEING: ReadonlyArray<readonly [readonly [string, string, string], readonly string[]]> = [
  [['لم يكشف', 'لم تكشف', 'لم يكشفوا'], ['عن {h}', 'عن {n}']],
  [['طلب', 'طلبت', 'طلبوا'], ['عدم الكشف عن {h}', 'عدم الكشف عن {n}', 'عدم ذكر {n}', 'عدم نشر {n}']],
  [['رفض', 'رفضت', 'رفضوا'], ['ذكر {n}', 'الكشف عن {h}', 'الكشف عن {n}', 'الإفصاح عن {h}', 'الإفصاح عن {n}']],
  [['فضل', 'فضلت', 'فضلوا'], ['عدم الكشف عن {h}', 'عدم الكشف عن {n}', 'عدم ذكر {n}']],
  [['مشترطا', 'مشترطة', 'مشترطين'], ['عدم الكشف عن {h}', 'عدم الكشف عن {n}', 'عدم ذكر {n}']],
  [['طالبا', 'طالبة', 'طالبين'], ['عدم الكشف عن {h}', 'عدم ذكر {n}']],
  [['لم يرغب في', 'لم ترغب في', 'لم يرغبوا في'], ['الكشف عن {h}', 'الكشف عن {n}', 'ذكر {n}']],
];

/**
 * Concealment phrases whose head does not agree with the source; used with every person
 * (لم يُكشف عن هويتها — the passive is written like the active لم يكشف and is covered by the
 * agreeing list for the masculine; here it is added for the other persons).
 */
const CONCEAL_FIXED: readonly string[] = [
  // the bare noun phrases, whatever verb governs them (طالبا عدم كشف هويته، مفضلا عدم الكشف عن اسمه)
  'عدم الكشف عن {h}',
  'عدم الكشف عن {n}',
  'عدم كشف {h}',
  'عدم كشف {n}',
  'عدم ذكر {n}',
  'عدم نشر {n}',
  'عدم الإفصاح عن {h}',
  'عدم الإفصاح عن {n}',
  'لم يكشف عن {h}',
  'لم يذكر {n}',
  'شريطة عدم الكشف عن {h}',
  'شريطة عدم ذكر {n}',
  'شرط عدم الكشف عن {h}',
  'شرط عدم ذكر {n}',
  'دون الكشف عن {h}',
  'دون ذكر {n}',
];

/**
 * Phrases that mark a source as deliberately unnamed. Beyond the concealment phrases, the
 * "not authorized to speak" formulas and "according to the sources" are included.
 * Source: authored from Arabic news usage.
 */
export const ANON_PHRASES: readonly string[] = (() => {
  const out = new Set<string>();
  const fill = (pattern: string, i: number) =>
    pattern.replace('{h}', CONCEAL_HOWIYA[i]).replace('{n}', CONCEAL_ISM[i]);
  for (const [verbs, objects] of CONCEAL_AGREEING) {
    for (let i = 0; i < 3; i++) {
      for (const obj of objects) out.add(`${verbs[i]} ${fill(obj, i)}`);
    }
  }
  for (const pattern of CONCEAL_FIXED) {
    for (let i = 0; i < 3; i++) out.add(fill(pattern, i));
  }
  for (const phrase of [
    'غير مخول بالحديث', 'غير مخولة بالحديث', 'غير مخولين بالحديث',
    'غير مخول بالتصريح', 'غير مخولة بالتصريح', 'غير مخولين بالتصريح',
    'بحسب المصادر', 'حسب المصادر', 'وفقا للمصادر',
  ]) {
    out.add(phrase);
  }
  return [...out];
})();

// ─────────────────────────────── generic groups ───────────────────────────────

/**
 * Speakers that are neither named nor anonymous sources: groups of people or unspecified
 * media (شهود عيان، سكان، ناشطون، محللون، وسائل إعلام). Quotes from them are left without a
 * named/anonymous source type.
 * Source: authored from Arabic news usage.
 */
export const GENERIC_GROUPS: readonly string[] = [
  'شهود عيان', 'شاهد عيان', 'شهود', 'شاهد',
  'سكان', 'أهالي', 'مواطنون', 'مواطنين', 'السكان', 'الأهالي',
  // owners, families, traders and farmers as a group (أصحاب المولدات، عائلات مقدسية، تجار السوق)
  'أصحاب', 'عائلات', 'أسر', 'تجار', 'التجار', 'مزارعون', 'مزارعين', 'المزارعون',
  // relatives as a group (أمهات المختطفين، آباء الطلاب، أبناء الجالية)
  'أمهات', 'آباء', 'أبناء', 'زوجات', 'أرامل',
  // critics and fans (ورأى نقاد أن …، وقال مشجع رجاوي خمسيني: …)
  'نقاد', 'النقاد', 'مشجع', 'مشجعة', 'مشجعون', 'مشجعين',
  'ناشط', 'ناشطون', 'ناشطين', 'نشطاء',
  'مراقبون', 'مراقبين', 'محللون', 'محللين', 'خبراء',
  'متظاهرون', 'متظاهرين', 'محتجون', 'محتجين',
  'مغردون', 'مغردين', 'مدونون', 'مدونين',
  'البعض', 'كثيرون', 'آخرون',
  'وسائل إعلام', 'وسائل الإعلام',
  // farmers, and the sound plurals above in construct, with ـو for ـون (مزارعو الشرقية، مشجعو الفريق)
  'فلاحون', 'فلاحين', 'الفلاحون', 'فلاحو', 'مزارعو', 'مواطنو', 'مشجعو', 'ناشطو', 'مراقبو', 'محللو',
  'متظاهرو', 'محتجو', 'مغردو', 'مدونو',
];

// ─────────────────────────────── nominal back-references ───────────────────────────────

export interface NominalHead {
  /** the definite nominal as written: الوزارة، الموقع، الرئيس */
  form: string;
  refersTo: 'PERSON' | 'ORG' | 'GPE';
  /** the head it stands for: the noun that starts the name (وزارة), or the title (الرئيس) */
  head: string;
}

/**
 * Definite nominals that, as the subject of a cue, refer back to an earlier named speaker:
 * "… قالت وزارة الخارجية القطرية … وأضافت الوزارة" → الوزارة = the ministry named before.
 * Adjectives may follow (الموقع الأمريكي، الوزير القطري). For ORG and GPE the head is the
 * indefinite noun that opens the name (وزارة → وزارة الخارجية القطرية); for PERSON it is the
 * title as written before a name (الرئيس → الرئيس دونالد ترامب). المسؤول and المصدر refer back
 * to an official or a source mentioned before, and take its source type (an unnamed مسؤول
 * stays anonymous). البيان and other documents are not speakers (see REPORTING_NOUNS).
 * Source: authored from Arabic news usage.
 */
export const NOMINAL_HEADS: readonly NominalHead[] = [
  // organizations
  { form: 'الوزارة', refersTo: 'ORG', head: 'وزارة' },
  { form: 'الخارجية', refersTo: 'ORG', head: 'وزارة الخارجية' },
  { form: 'الداخلية', refersTo: 'ORG', head: 'وزارة الداخلية' },
  { form: 'الموقع', refersTo: 'ORG', head: 'موقع' },
  { form: 'الصحيفة', refersTo: 'ORG', head: 'صحيفة' },
  { form: 'الجريدة', refersTo: 'ORG', head: 'جريدة' },
  { form: 'المجلة', refersTo: 'ORG', head: 'مجلة' },
  { form: 'الوكالة', refersTo: 'ORG', head: 'وكالة' },
  { form: 'القناة', refersTo: 'ORG', head: 'قناة' },
  { form: 'الشبكة', refersTo: 'ORG', head: 'شبكة' },
  { form: 'الإذاعة', refersTo: 'ORG', head: 'إذاعة' },
  { form: 'الحركة', refersTo: 'ORG', head: 'حركة' },
  { form: 'الحزب', refersTo: 'ORG', head: 'حزب' },
  { form: 'الجماعة', refersTo: 'ORG', head: 'جماعة' },
  { form: 'الجبهة', refersTo: 'ORG', head: 'جبهة' },
  { form: 'التحالف', refersTo: 'ORG', head: 'تحالف' },
  { form: 'الائتلاف', refersTo: 'ORG', head: 'ائتلاف' },
  { form: 'المنظمة', refersTo: 'ORG', head: 'منظمة' },
  { form: 'الهيئة', refersTo: 'ORG', head: 'هيئة' },
  { form: 'اللجنة', refersTo: 'ORG', head: 'لجنة' },
  { form: 'المجلس', refersTo: 'ORG', head: 'مجلس' },
  { form: 'المفوضية', refersTo: 'ORG', head: 'مفوضية' },
  { form: 'البعثة', refersTo: 'ORG', head: 'بعثة' },
  { form: 'السفارة', refersTo: 'ORG', head: 'سفارة' },
  { form: 'القنصلية', refersTo: 'ORG', head: 'قنصلية' },
  { form: 'الشركة', refersTo: 'ORG', head: 'شركة' },
  { form: 'المؤسسة', refersTo: 'ORG', head: 'مؤسسة' },
  { form: 'البنك', refersTo: 'ORG', head: 'بنك' },
  { form: 'المصرف', refersTo: 'ORG', head: 'مصرف' },
  { form: 'الصندوق', refersTo: 'ORG', head: 'صندوق' },
  { form: 'الاتحاد', refersTo: 'ORG', head: 'اتحاد' },
  { form: 'النادي', refersTo: 'ORG', head: 'نادي' },
  { form: 'الجامعة', refersTo: 'ORG', head: 'جامعة' },
  { form: 'المحكمة', refersTo: 'ORG', head: 'محكمة' },
  { form: 'النيابة', refersTo: 'ORG', head: 'نيابة' },
  { form: 'الشرطة', refersTo: 'ORG', head: 'شرطة' },
  { form: 'الجيش', refersTo: 'ORG', head: 'جيش' },
  { form: 'الحكومة', refersTo: 'ORG', head: 'حكومة' },
  { form: 'الرئاسة', refersTo: 'ORG', head: 'رئاسة' },
  { form: 'الإدارة', refersTo: 'ORG', head: 'إدارة' },
  { form: 'البرلمان', refersTo: 'ORG', head: 'برلمان' },
  { form: 'المكتب', refersTo: 'ORG', head: 'مكتب' },
  // states
  { form: 'الدولة', refersTo: 'GPE', head: 'دولة' },
  { form: 'المملكة', refersTo: 'GPE', head: 'مملكة' },
  { form: 'الإمارة', refersTo: 'GPE', head: 'إمارة' },
  { form: 'السلطنة', refersTo: 'GPE', head: 'سلطنة' },
  { form: 'الجمهورية', refersTo: 'GPE', head: 'جمهورية' },
  // people
  { form: 'الرئيس', refersTo: 'PERSON', head: 'الرئيس' },
  { form: 'الرئيسة', refersTo: 'PERSON', head: 'الرئيسة' },
  { form: 'رئيس الوزراء', refersTo: 'PERSON', head: 'رئيس الوزراء' },
  { form: 'رئيسة الوزراء', refersTo: 'PERSON', head: 'رئيسة الوزراء' },
  { form: 'رئيس الحكومة', refersTo: 'PERSON', head: 'رئيس الحكومة' },
  { form: 'الوزير', refersTo: 'PERSON', head: 'الوزير' },
  { form: 'الوزيرة', refersTo: 'PERSON', head: 'الوزيرة' },
  { form: 'المتحدث', refersTo: 'PERSON', head: 'المتحدث' },
  { form: 'المتحدثة', refersTo: 'PERSON', head: 'المتحدثة' },
  { form: 'الناطق', refersTo: 'PERSON', head: 'الناطق' },
  { form: 'الناطقة', refersTo: 'PERSON', head: 'الناطقة' },
  { form: 'المبعوث', refersTo: 'PERSON', head: 'المبعوث' },
  { form: 'المبعوثة', refersTo: 'PERSON', head: 'المبعوثة' },
  { form: 'السفير', refersTo: 'PERSON', head: 'السفير' },
  { form: 'السفيرة', refersTo: 'PERSON', head: 'السفيرة' },
  { form: 'المندوب', refersTo: 'PERSON', head: 'المندوب' },
  { form: 'المندوبة', refersTo: 'PERSON', head: 'المندوبة' },
  { form: 'المسؤول', refersTo: 'PERSON', head: 'المسؤول' },
  { form: 'المسؤولة', refersTo: 'PERSON', head: 'المسؤولة' },
  { form: 'المصدر', refersTo: 'PERSON', head: 'المصدر' },
  { form: 'الدبلوماسي', refersTo: 'PERSON', head: 'الدبلوماسي' },
  { form: 'الأمين العام', refersTo: 'PERSON', head: 'الأمين العام' },
  { form: 'المدير', refersTo: 'PERSON', head: 'المدير' },
  { form: 'المديرة', refersTo: 'PERSON', head: 'المديرة' },
  { form: 'المفوض', refersTo: 'PERSON', head: 'المفوض' },
  { form: 'المفوضة', refersTo: 'PERSON', head: 'المفوضة' },
  { form: 'المستشار', refersTo: 'PERSON', head: 'المستشار' },
  { form: 'المستشارة', refersTo: 'PERSON', head: 'المستشارة' },
  { form: 'النائب', refersTo: 'PERSON', head: 'النائب' },
  { form: 'النائبة', refersTo: 'PERSON', head: 'النائبة' },
  { form: 'القائد', refersTo: 'PERSON', head: 'القائد' },
  { form: 'الزعيم', refersTo: 'PERSON', head: 'الزعيم' },
  { form: 'الملك', refersTo: 'PERSON', head: 'الملك' },
  { form: 'الملكة', refersTo: 'PERSON', head: 'الملكة' },
  { form: 'الأمير', refersTo: 'PERSON', head: 'الأمير' },
  { form: 'الأميرة', refersTo: 'PERSON', head: 'الأميرة' },
  { form: 'الشيخ', refersTo: 'PERSON', head: 'الشيخ' },
  { form: 'الجنرال', refersTo: 'PERSON', head: 'الجنرال' },
  { form: 'القاضي', refersTo: 'PERSON', head: 'القاضي' },
  { form: 'المحامي', refersTo: 'PERSON', head: 'المحامي' },
  { form: 'المحامية', refersTo: 'PERSON', head: 'المحامية' },
  { form: 'الطبيب', refersTo: 'PERSON', head: 'الطبيب' },
  { form: 'الطبيبة', refersTo: 'PERSON', head: 'الطبيبة' },
  { form: 'الباحث', refersTo: 'PERSON', head: 'الباحث' },
  { form: 'الباحثة', refersTo: 'PERSON', head: 'الباحثة' },
  { form: 'الخبير', refersTo: 'PERSON', head: 'الخبير' },
  { form: 'الخبيرة', refersTo: 'PERSON', head: 'الخبيرة' },
  { form: 'الكاتب', refersTo: 'PERSON', head: 'الكاتب' },
  { form: 'الكاتبة', refersTo: 'PERSON', head: 'الكاتبة' },
  { form: 'الفنان', refersTo: 'PERSON', head: 'الفنان' },
  { form: 'الفنانة', refersTo: 'PERSON', head: 'الفنانة' },
  { form: 'المدرب', refersTo: 'PERSON', head: 'المدرب' },
  { form: 'المدربة', refersTo: 'PERSON', head: 'المدربة' },
  { form: 'اللاعب', refersTo: 'PERSON', head: 'اللاعب' },
  { form: 'اللاعبة', refersTo: 'PERSON', head: 'اللاعبة' },
  { form: 'النجم', refersTo: 'PERSON', head: 'النجم' },
  { form: 'النجمة', refersTo: 'PERSON', head: 'النجمة' },
];

// ─────────────────────────────── speaker-phrase stops ───────────────────────────────

export interface SpeakerStops {
  /** word tokens (compared on the normalized token); multi-word stops match token by token */
  tokens: readonly string[];
  /** punctuation tokens (one mark each, compared as is) */
  punct: readonly string[];
}

/**
 * What ends the speaker noun phrase after a cue verb ("قال وزير الخارجية القطري | في بيان").
 * Tokens: prepositions that open an adjunct (في، خلال، على، إلى، عن، لـ standing alone — a
 * token with an attached لـ such as "لرويترز" also ends it, which the matcher sees from the
 * token's proclitics), the complementizers (and every form in COMPLEMENTIZERS), time words,
 * attribution words and sentence adverbs. "من" is NOT a stop: it stays inside speaker phrases
 * (مصدر من داخل الحكومة); "من خلال" is. Cue participles (مؤكدا، مضيفة …) also end a speaker
 * phrase; they are in CUES.
 * Punct: every quotation mark (quotemarks.ts) and sentence or clause punctuation.
 * Source: authored from Arabic grammar and news usage.
 */
/**
 * Relatives who speak for a person in the news (شقيق الضحية، والدة الطالب، زوجة المعتقل): a
 * speaker identified by the relation, a named source. Source: authored from Arabic news usage.
 */
export const RELATIVE_NOUNS: readonly string[] = [
  'شقيق', 'شقيقة', 'أشقاء', 'والد', 'والدة', 'والدا', 'أب', 'أم', 'ابن', 'ابنة', 'نجل', 'نجلة', 'زوج', 'زوجة',
  'أرملة', 'عم', 'عمة', 'خال', 'خالة', 'جد', 'جدة', 'حفيد', 'حفيدة', 'أسرة', 'عائلة', 'ذوو', 'ذوي', 'أقارب',
  // … and those who act for a party (محامي الضحايا، محامية المتهمة، وكيل الأسرة)
  'محامي', 'محامية', 'محامو', 'محاميا', 'وكيل', 'وكيلة',
];

/**
 * Time adverbs that may close a speaker or source phrase (وفقا لبيان صادر عن البنك المركزي أمس، …).
 * Source: authored from Arabic news usage.
 */
export const TIME_WORDS: readonly string[] = [
  'اليوم', 'أمس', 'غدا', 'الليلة', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد',
  'صباحا', 'ظهرا', 'عصرا', 'مساء', 'ليلا', 'مؤخرا',
];

export const SPEAKER_STOPS: SpeakerStops = {
  tokens: [
    // prepositions and prepositional phrases
    'في', 'خلال', 'من خلال', 'على', 'إلى', 'عن', 'لـ', 'أمام', 'عبر', 'لدى', 'أثناء', 'ضمن',
    // complementizers (إن and أن normalize alike: one entry covers both)
    'أن', 'بأن', 'وأن',
    // time
    ...TIME_WORDS,
    'يوم', 'الأسبوع', 'الشهر', 'صباح', 'ظهر', 'فجر', 'ليلة', 'منتصف', 'أواخر', 'أوائل',
    // (مطلع alone is "informed": مصدر مطلع)
    'مطلع الشهر', 'مطلع العام', 'مطلع الأسبوع', 'مطلع الحالي',
    'بعد', 'قبل', 'عقب', 'إثر', 'حين', 'عندما', 'بينما', 'فيما', 'حيث',
    'سابقا',
    // attribution words
    'حسب', 'بحسب', 'وفقا', 'وفق', 'طبقا', 'نقلا',
    // sentence adverbs
    'أيضا', 'كذلك', 'مجددا', 'بدوره', 'بدورها', 'بدورهم',
  ],
  punct: [
    '،', ',', '؛', ';', ':', '.', '۔', '؟', '?', '!',
    '(', ')', '[', ']', '-', '–', '—', '…',
    '"', "'", '«', '»', '“', '”', '„', '‘', '’', '‹', '›', '\uFD3F', '\uFD3E',
  ],
};

// ─────────────────────────────── reporting nouns ───────────────────────────────

/**
 * Nouns for the document or occasion that carries reported content ("في بيان"، "في مقابلة مع"،
 * "في تغريدة على منصة إكس"). They are not speakers themselves; in "وفقا لتقرير" or "بحسب بيان"
 * the source is the document's author. Listed without the article (the matcher peels ال/بـ/لـ).
 * Source: authored from Arabic news usage.
 */
export const REPORTING_NOUNS: readonly string[] = [
  'بيان', 'بلاغ', 'تقرير', 'تقارير',
  'تصريح', 'تصريحات', 'مقابلة', 'حوار', 'حديث',
  'تغريدة', 'تغريدات', 'تدوينة', 'منشور', 'منشورات',
  'رسالة', 'مؤتمر صحفي', 'مؤتمر صحافي', 'كلمة', 'خطاب',
  'إحاطة', 'إفادة', 'شهادة', 'مداخلة',
  'مقال', 'افتتاحية', 'وثيقة', 'مذكرة',
  'تسجيل مصور', 'تسجيل صوتي', 'مقطع فيديو',
  'اتصال هاتفي', 'مكالمة هاتفية',
];

/**
 * Nouns for figures and studies that stand between an attribution phrase and its source
 * (وفقا لتقديرات صندوق النقد الدولي، بحسب بيانات الهيئة): the source is what follows them. Used
 * only after attribution phrases, where they never speak themselves.
 * Source: authored from Arabic news usage.
 */
export const SOURCE_DATA_NOUNS: readonly string[] = [
  'تقديرات', 'تقدير', 'بيانات', 'أرقام', 'إحصاءات', 'إحصائيات', 'دراسة', 'استطلاع', 'توقعات', 'حسابات', 'معلومات',
  'نتائج',
];

/**
 * Honorifics with a pronoun that stand for a person named before (وأكدت معاليها أن …، وأضاف سموه):
 * [form, gender of the pronoun]. Source: authored from Gulf and Levant news usage.
 */
export const HONORIFIC_PRONOUNS: readonly [string, 'm' | 'f'][] = [
  ['معاليه', 'm'], ['معاليها', 'f'], ['سموه', 'm'], ['سموها', 'f'], ['سعادته', 'm'], ['سعادتها', 'f'],
  ['فخامته', 'm'], ['جلالته', 'm'], ['جلالتها', 'f'], ['سماحته', 'm'], ['دولته', 'm'], ['عطوفته', 'm'],
];
