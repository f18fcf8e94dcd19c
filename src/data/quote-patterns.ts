/**
 * Small word lists the quote stage uses beside the cue and attribution lexicons
 * (src/data/cues.ts, src/data/attribution.ts). Source: authored from Arabic news usage.
 */

/**
 * Cue forms that are passive: they report content without a subject to look for (قيل إن، أفيد
 * بأن). Passives written like their active forms without diacritics (ذُكر/ذكر، نُقل/نقل، أُعلن/أعلن)
 * are not listed: the matcher cannot tell them apart.
 */
export const PASSIVE_CUE_FORMS: readonly string[] = ['قيل', 'يقال', 'أفيد', 'يفاد', 'أشيع', 'يشاع'];

/** Words between a quotation and the cue after it (quote-first order: «…»، هكذا علّق الوزير). */
export const QUOTE_LEAD_INS: readonly string[] = ['هكذا', 'بهذه الكلمات', 'بهذه العبارة', 'بهذه العبارات', 'بهذه الجملة', 'بهذا'];

/** Words that may stand between a cue verb and its speaker without ending the speaker phrase search (قال أيضا الوزير). */
export const CUE_ADVERBS: readonly string[] = ['أيضا', 'كذلك', 'بدوره', 'بدورها', 'بدورهم', 'من جهته', 'من جهتها', 'من جانبه', 'من جانبها'];

/** Dashes that mark a dateline or byline before a colon (دبي - وكالات:). */
export const DATELINE_DASHES: readonly string[] = ['-', '–', '—', '/'];

/**
 * Particles that may open the content after a complementizer-less lead (وبحسب المصادر، فإن …)
 * and are not part of it.
 */
export const CONTENT_OPENERS: readonly string[] = ['فإن', 'فان', 'فإنه', 'فإنها', 'فإنهم', 'فقد'];

/**
 * Emphatic pronouns after a definite noun that make it a back-reference to someone just named
 * (المسؤول ذاته، المتحدث نفسه، المصدر ذاته): part of the speaker phrase.
 */
export const EMPHATIC_PRONOUNS: readonly string[] = ['ذاته', 'ذاتها', 'ذاتهم', 'نفسه', 'نفسها', 'نفسهم', 'أنفسهم'];

/** Attribution phrases that relay a source's words (the source said it; the subject passed it on). */
export const RELAY_PHRASES: readonly string[] = ['نقلا عن', 'على لسان'];

/**
 * Cue lemmas whose first noun phrase is the object, not the speaker, when no pronoun is attached:
 * "وصف الرئيس الأوكراني بأنه …" (described the Ukrainian president as …), "اتهم الحكومة بأنها …".
 */
export const OBJECT_FIRST_LEMMAS: readonly string[] = ['وصف', 'اتهم'];

/** Openers of background sentences, not reported speech (يذكر أن …، يشار إلى أن …). */
export const BACKGROUND_OPENERS: readonly string[] = [
  'يذكر أن', 'يذكر ان', 'ويذكر أن', 'يشار إلى أن', 'ويشار إلى أن', 'والجدير بالذكر أن', 'الجدير بالذكر أن',
  'ومن المعروف أن', 'من المعروف أن', 'يجدر بالذكر أن', 'ويجدر بالذكر أن',
];

/** Connectors that may stand between a comma and the next clause's cue (، لكنه أكد … / ، غير أنه شدد …). */
export const CLAUSE_CONNECTORS: readonly string[] = [
  'لكن', 'لكنه', 'لكنها', 'لكنهم', 'ولكن', 'غير', 'أنه', 'أنها', 'إلا', 'كما', 'فيما', 'بينما', 'ثم', 'فقد', 'وقد',
  'وهو', 'وهي', 'ما', 'وهو ما', 'وهي ما', 'الأمر الذي', 'وهذا ما', 'في حين', 'حين', 'إذ', 'حيث',
];

/** Prepositions that attach an organization or place to a speaker (مسؤول في وزارة الخارجية، محللون لدى بنك …). */
export const SPEAKER_AFFILIATION_PREPS: readonly string[] = ['في', 'من', 'لدى', 'ب'];

/**
 * Words that open a credit line, not speech (المصدر: الجزيرة + وكالات، إعداد: …، ترجمة: …): before
 * a colon at the start of a short line. Source: authored (Arabic news sites' credit lines).
 */
export const CREDIT_WORDS: readonly string[] = ['المصدر', 'المصادر', 'مصدر', 'إعداد', 'تحرير', 'ترجمة', 'تصوير', 'متابعة'];

/** Words before a quotation that make it a title or name, not speech (ندوة بعنوان "…"، حملة تحت شعار "…"). */
export const NAME_INTRODUCERS: readonly string[] = [
  'بعنوان', 'عنوانه', 'عنوانها', 'تحت عنوان', 'شعار', 'بشعار', 'تحت شعار', 'باسم', 'المسمى', 'المسماة', 'اسم',
  'وسم', 'هاشتاغ', 'ملف', 'عملية', 'مبادرة', 'مشروع', 'برنامج', 'كتاب', 'رواية', 'فيلم', 'مسلسل', 'أغنية', 'ديوان',
  // events and campaigns with a title (معرض «حبر وضوء: ألف عام من المخطوطات»، حملة «حقي بعلاوتي»)
  'معرض', 'مهرجان', 'ملتقى', 'منتدى', 'حملة', 'مسابقة',
  // national plans and visions (رؤية "كويت جديدة 2035"، استراتيجية «مصر 2030»، خطة "…")
  'رؤية', 'استراتيجية', 'إستراتيجية', 'خطة', 'منصة', 'تطبيق',
];

/** Quantifiers that may open a speaker phrase before its head (ثلاثة مسؤولين، أحد المسؤولين، عدد من الخبراء). */
export const NP_QUANTIFIERS: readonly string[] = [
  'أحد', 'إحدى', 'بعض', 'عدد', 'عددا', 'عدة', 'كبار', 'اثنان', 'اثنين', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية',
  'تسعة', 'عشرة', 'مئات', 'عشرات', 'آلاف', 'جميع', 'معظم', 'غالبية', 'أغلب',
];

/**
 * Verbal nouns used as cues with the article or بـ (اكتفى باول بالقول: "…"، مكتفيا بالتأكيد على أن …):
 * the speaker is the subject of the clause they stand in.
 */
export const MASDAR_CUES: readonly { form: string; lemma: string }[] = [
  { form: 'بالقول', lemma: 'قال' },
  { form: 'القول', lemma: 'قال' },
  { form: 'بالتأكيد', lemma: 'أكد' },
  { form: 'بالإشارة', lemma: 'أشار' },
  { form: 'بالتحذير', lemma: 'حذر' },
  { form: 'بالتشديد', lemma: 'شدد' },
  { form: 'بالإعلان', lemma: 'أعلن' },
  { form: 'بالتلميح', lemma: 'ألمح' },
];

/**
 * Words after a comma that open an adverbial or new clause, ending reported content (…، وذلك خلال
 * لقاء …); also the speaker's appeals with و (…، ودعت السلطات إلى …، وطالب بـ …), which are not
 * speech cues themselves.
 */
export const CLAUSE_BREAKERS: readonly string[] = [
  'وذلك', 'فيما', 'بينما', 'في حين', 'في وقت', 'وسط', 'في ظل', 'في إشارة إلى', 'في إشارة',
  // the writer's aside (، علما أن …)
  'علما', 'علما بأن',
  'ودعا', 'ودعت', 'ودعوا', 'وطالب', 'وطالبت', 'وطالبوا', 'وحث', 'وحثت', 'وناشد', 'وناشدت', 'وأعرب', 'وأعربت',
];

/**
 * Verbs of appeal, whose object is the one appealed to (دعت الغرفة الحكومة إلى …، طالب الحزب
 * الوزير بـ …، حثت المنظمة الدول على …): a participle after the clause continues their subject,
 * not the object. Past and present forms, without و/ف. Source: authored from Arabic news usage.
 */
export const APPEAL_VERBS: readonly string[] = [
  'دعا', 'دعت', 'دعوا', 'يدعو', 'تدعو', 'طالب', 'طالبت', 'طالبوا', 'يطالب', 'تطالب', 'حث', 'حثت', 'يحث', 'تحث',
  'ناشد', 'ناشدت', 'يناشد', 'تناشد',
];

/**
 * Adverbs shaped like circumstantial participles (مؤخرا، مجددا): after a comma they continue a
 * clause, where a participle (داعيا، مطالبا، معربا) opens a new one.
 */
export const PARTICIPLE_LIKE_ADVERBS: readonly string[] = [
  'مؤخرا', 'مجددا', 'مسبقا', 'معا', 'مثلا', 'مبدئيا', 'مطلقا', 'مباشرة', 'مجانا', 'مرارا', 'ماضيا', 'حاليا',
  'سابقا', 'لاحقا', 'تماما', 'أيضا', 'غالبا', 'دائما', 'قريبا', 'عادة',
];

/**
 * Place heads whose place speaks as its administration (قالت بلدية القدس …، أعلنت محافظة
 * القدس …، قالت ولاية كاليفورنيا …): with a named place after them they are a speaker.
 * Source: authored from Arabic news usage.
 */
export const SPEAKING_PLACE_HEADS: readonly string[] = ['بلدية', 'محافظة', 'ولاية', 'أمانة', 'إمارة'];
