/**
 * Small word lists the entity patterns use (src/entities/patterns.ts). Source: authored from
 * Arabic news usage.
 */
import type { OrgHead } from './heads.js';

/** Words that may follow a title before the name (الرئيس الأمريكي السابق دونالد ترامب). */
export const TITLE_MODIFIERS: readonly string[] = [
  'السابق', 'السابقة', 'الأسبق', 'الأسبقة', 'الحالي', 'الحالية', 'الجديد', 'الجديدة', 'المنتخب', 'المنتخبة',
  // (… and indefinite after a title in construct: لمدير عام سابق)
  'سابق', 'سابقة', 'حالي', 'حالية',
  'المكلف', 'المكلفة', 'المؤقت', 'المؤقتة', 'بالوكالة', 'بالإنابة', 'الراحل', 'الراحلة', 'الفخري', 'التنفيذي',
  'التنفيذية', 'الأعلى', 'العام', 'العامة', 'الأول', 'الأولى', 'الخاص', 'الخاصة', 'المساعد', 'المساعدة',
  'الإقليمي', 'الإقليمية', 'الجهوي', 'الجهوية', 'المحلي', 'المحلية', 'القبلي', 'القبلية', 'المقال', 'المستقيل', 'المعين', 'المعينة', 'المخلوع', 'الفلسطيني', 'الأممي', 'الأممية',
  // co-chairs and deputies (الرئيسة المشاركة للحزب، الأمين العام المناوب)
  'المشارك', 'المشاركة', 'المناوب', 'المناوبة', 'الدائم', 'الدائمة',
  // federal and state level (وزير الصحة الاتحادي، الوزير الولائي)
  'الاتحادي', 'الاتحادية', 'الولائي', 'الولائية',
  // the field of an expert, analyst or writer (الخبير الاقتصادي، المحلل العسكري، الكاتب الصحفي)
  'الاقتصادي', 'الاقتصادية', 'السياسي', 'السياسية', 'العسكري', 'العسكرية', 'الأمني', 'الأمنية', 'القانوني',
  'القانونية', 'الدستوري', 'الاستراتيجي', 'النفطي', 'المالي', 'المالية', 'الرياضي', 'الرياضية', 'الصحفي',
  'الصحفية', 'التربوي', 'البيئي', 'الطبي', 'النفسي', 'الاجتماعي', 'الفلكي', 'المصرفي', 'العقاري', 'التقني',
  'الإعلامي', 'الإعلامية', 'الثقافي', 'الثقافية', 'التجاري', 'التجارية',
  // a leader's kind of lead (القائد الأيديولوجي لحركة طالبان، المرشد الروحي، الأب الروحي)
  'الأيديولوجي', 'الآيديولوجي', 'الايديولوجي', 'الأيديولوجية', 'الروحي', 'الروحية', 'الفكري', 'الفكرية',
  // praise and standing after a title (الإعلامي البارز، المدرب المخضرم، البطل الصاعد، الفنانة الشهيرة)
  'البارز', 'البارزة', 'المخضرم', 'المخضرمة', 'الصاعد', 'الصاعدة', 'الشهير', 'الشهيرة', 'المعروف', 'المعروفة',
  'الشاب', 'الشابة', 'الموهوب', 'الموهوبة', 'القدير', 'القديرة', 'الكبير', 'الكبيرة', 'الدولي', 'الواعد', 'الواعدة',
  // a staff or retired officer's rank (الفريق الركن، اللواء المتقاعد، العقيد الطيار، العميد البحري)
  'الركن', 'المتقاعد', 'المتقاعدة', 'الطيار', 'البحري',
  // … and a doctorate, without the article, after a rank (العقيد دكتور عاطي بن عطية القرشي)
  'دكتور', 'دكتورة',
  // a player's position after لاعب (لاعب الوسط، لاعب الارتكاز) and a goalkeeper's حارس المرمى
  'الوسط', 'الارتكاز', 'المرمى', 'الدفاع', 'الهجوم', 'الاحتياط',
];

/**
 * Prepositions that join a title to the place or body it is posted to, before the name
 * (المبعوث الأممي إلى ليبيا …، سفير قطر لدى واشنطن …، مراسلنا في القاهرة …).
 */
export const TITLE_COMPLEMENT_PREPOSITIONS: readonly string[] = ['إلى', 'لدى', 'في'];

/**
 * Organization heads whose name may be made of ordinary words (حزب العدالة والتنمية، منظمة
 * الصحة العالمية، جامعة الدول العربية): after these, definite common words still belong to the
 * name. After other heads only an unknown word, a known name or a quoted name makes a name
 * (شركة سابك، قناة "الحدث") — "شركة الطيران" or "حركة المرور" name nothing.
 */
export const HEADS_NAMED_BY_COMMON_WORDS: readonly string[] = [
  'غرفة', 'نيابة', 'كتلة', 'تكتل', 'مهرجان', 'رئاسة', 'وزارة', 'حزب', 'منظمة', 'جمعية', 'نقابة', 'اتحاد', 'جامعة', 'لجنة', 'معهد', 'أكاديمية', 'مؤسسة', 'صندوق',
  'هيئة', 'مفوضية', 'محكمة', 'مجلس', 'بنك', 'مصرف', 'بورصة', 'رابطة', 'جبهة', 'تحالف', 'ائتلاف', 'كتائب',
  // (ديوان المحاسبة، ديوان الخدمة المدنية)
  'ديوان',
];

/**
 * What moves or flows, after حركة "movement, traffic" (حركة الملاحة العالمية، حركة الرياح
 * السطحية، حركة البيع والشراء): the phrase names no movement, whatever adjective follows. Written
 * without the article (it is matched with or without it). Source: authored from news usage.
 */
export const FLOW_NOUNS: readonly string[] = [
  'ملاحة', 'مرور', 'سير', 'تجارة', 'رياح', 'طيران', 'بيع', 'شراء', 'أسواق', 'سوق', 'نقل', 'شحن', 'تداول',
  'تداولات', 'أسهم', 'سفن', 'قطارات', 'حافلات', 'عبور', 'نزوح', 'مسافرين', 'ركاب', 'حجاج', 'معتمرين', 'زوار',
  'سياح', 'سياحة', 'بضائع', 'أموال', 'رؤوس', 'أسعار', 'مؤشر', 'مؤشرات', 'استيراد', 'تصدير', 'صادرات',
  'واردات', 'حاويات', 'إقلاع', 'هبوط',
];

/**
 * A head and a common word that name a body inside another one, not an organization
 * (هيئة الدفاع "the defence team", مجلس الإدارة "the board").
 */
export const GENERIC_BODIES: readonly string[] = [
  'هيئة الدفاع', 'هيئة المحكمة', 'هيئة التدريس', 'هيئة المحلفين', 'لجنة التحكيم', 'مجلس الإدارة', 'مجلس الأمناء',
  // (a federation's or club's disciplinary committee, a committee of mediators between two sides)
  'لجنة الانضباط', 'لجنة الوساطة',
  // (in construct before the body they belong to: مجلس أمناء مؤسسة …، مجلس إدارة شركة …)
  'مجلس أمناء', 'مجلس إدارة',
  'غرفة العمليات', 'غرفة النجدة', 'غرفة الأخبار', 'غرفة التحكم', 'غرفة الطوارئ', 'غرفة العناية',
  'غرفة الملابس', 'غرفة الانتظار', 'غرفة النوم', 'غرفة الاجتماعات',
  'الجهاز الفني', 'الجهاز الطبي',
  // a caretaker government and a sovereign wealth fund are kinds, not names
  'حكومة تصريف', 'صندوق الثروة', 'صناديق الثروة',
  // traffic, not movements (حركة العبور في قناة السويس)
  'حركة العبور', 'حركة المرور', 'حركة الملاحة', 'حركة السفن', 'حركة الطيران', 'حركة التجارة', 'حركة النقل',
  'حركة السير', 'حركة الشحن', 'حركة المسافرين', 'حركة البيع', 'حركة الشراء', 'حركة التداول', 'حركة الأسواق',
  'حركة القوافل', 'حركة الشاحنات', 'حركة البضائع', 'حركة الأشخاص', 'حركة المهنيين', 'حركة العمالة', 'حركة الأموال',
  'حركة النزوح', 'حركة الأسعار',
  // fields of study, not departments (ماجستير في إدارة الأعمال)
  'إدارة الأعمال',
];

/**
 * Words that end Persian and Turkish family names written apart (عباس نوري زاده، علي أكبر
 * ولايتي بور، حسن أوغلو): a name part even though زاده reads as زاد + ه.
 */
export const FAMILY_NAME_SUFFIXES: readonly string[] = ['زاده', 'بور', 'أوغلو', 'اوغلو', 'فر', 'نيا'];

/**
 * Given names that are also nouns of office in construct (مساعد "assistant", أمين "keeper,
 * mayor"): before a title or an honorific they name the assistant of that person, not a person
 * (وأوضح مساعد أمين العاصمة، أكد مساعد سمو رئيس الهيئة). Source: authored (Saudi and Gulf usage).
 */
export const OFFICE_GIVEN_NAMES: readonly string[] = ['مساعد', 'أمين'];

/**
 * Honorific titles that are also common family names (ربيع الحاج، حسين الشيخ، طارق السيد، عمر
 * الملا، إبراهيم السلطان): after a given name and before no other name they close the name instead of opening
 * a title. Source: authored (Levantine, Egyptian, Gulf and Iraqi naming).
 */
export const TITLES_ALSO_FAMILY_NAMES: readonly string[] = ['الحاج', 'الشيخ', 'السيد', 'الملا', 'السلطان'];

/** Heads of newspapers and channels, which may be named by one ordinary word (صحيفة الخليج، قناة المسيرة). */
export const MEDIA_HEADS: readonly string[] = ['صحيفة', 'جريدة', 'مجلة', 'قناة', 'إذاعة'];

/**
 * Heads that name only a name in quotation marks (قائمة "نهضة ديالى" — قائمة الرابحين is a list;
 * طيران "ناس" — طيران مسير is a flight; يومية «الصباح» — رحلات يومية are daily flights).
 */
export const HEADS_NAMING_ONLY_QUOTED: readonly string[] = ['قائمة', 'طيران', 'يومية', 'أسبوعية'];

/**
 * Organization heads that, with the article, are not a body but the thing itself: السوق
 * المركزية لصغار الصيادين is a market place (بنك، وكالة، مجموعة with the article are bodies:
 * الوكالة الفرنسية للتنمية).
 */
export const HEADS_NOT_NAMING_DEFINITE: readonly string[] = ['سوق'];

/**
 * Facility heads that take the name of a person (مستشفى الأميرة بسمة، استاد جاسم بن حمد، قصر
 * سلوى، شارع عبد الخالق ثروت، مدرسة خالد بن الوليد): a person's name after them is the
 * facility's. Source: authored from Arabic news usage.
 */
export const FACILITY_HEADS_NAMED_AFTER_PEOPLE: readonly string[] = [
  'مستشفى', 'استاد', 'ملعب', 'قصر', 'قاعة', 'صالة', 'شارع', 'مدرسة', 'جامع', 'مسجد', 'مدينة', 'ميدان', 'جسر', 'مطار',
];

/**
 * Institution heads that take the name of a person (جامعة القاضي عياض، جامعة سيدي محمد بن عبد الله،
 * كلية عبد الله السالم، مؤسسة محمد بن راشد): a person's name after them is the body's.
 * Source: authored from Arabic news usage.
 */
export const BODY_HEADS_NAMED_AFTER_PEOPLE: readonly string[] = ['جامعة', 'كلية', 'معهد', 'أكاديمية', 'مؤسسة'];

/**
 * Organization heads only with the article, an institutional adjective and a field (المديرية
 * العامة للدفاع المدني، المديرية الجهوية للصحة): without the article مديرية is a district in
 * Yemen (مديرية الخوخة), a place. Source: authored from Arabic news usage.
 */
export const DEFINITE_ONLY_ORG_HEADS: readonly OrgHead[] = [
  { form: 'مديرية', position: 'inside', en: 'directorate' },
  // (a museum named by its nationality is the institution: المتحف العراقي، المتحف المصري — with a
  // name, متحف is a place's head: متحف اللوفر)
  { form: 'متحف', position: 'inside', en: 'museum, as an institution' },
];

/**
 * The fields of a state directorate named without the article (مديرية المخابرات، مديرية الأمن
 * العام، مديرية التوجيه): مديرية and one of these is an organization; مديرية and a definite word
 * that is no ordinary word is a district (مديرية الخوخة، مديرية الجوبة), the name alone a place.
 * Source: authored from Levantine, Iraqi and Yemeni news usage.
 */
export const DIRECTORATE_FIELDS: readonly string[] = [
  'المخابرات', 'الأمن', 'التوجيه', 'الدفاع', 'الصحة', 'التربية', 'الزراعة', 'المالية', 'الشرطة', 'المرور', 'الجمارك',
  'الأحوال', 'الشؤون', 'الشئون', 'الإعلام', 'التخطيط', 'الأوقاف', 'الآثار', 'السياحة', 'البلديات', 'الإطفاء', 'الهجرة', 'الجوازات',
];

/**
 * Heads of events: a title in quotation marks after them names the event, not an organization
 * (مهرجان «ضوء الطين»، معرض "ألوان"). Established events with a place and an adjective
 * (مهرجان القاهرة السينمائي الدولي) are bodies and found as such. Source: authored.
 */
export const EVENT_HEADS: readonly string[] = ['مهرجان', 'معرض', 'ملتقى', 'منتدى', 'مؤتمر'];

/**
 * Plural place heads in construct with a list of names (مدن مثل غاو وتمبكتو، ولايات الحوض الشرقي
 * وكيدي ماغا، قرى الطيبة والعوجا): every name of the list is a place, known or not. Source:
 * authored (MSA usage).
 */
export const PLURAL_PLACE_HEADS: readonly { form: string; type: 'GPE' | 'LOC' }[] = [
  { form: 'مدن', type: 'GPE' },
  { form: 'بلدات', type: 'GPE' },
  { form: 'قرى', type: 'GPE' },
  { form: 'ولايات', type: 'GPE' },
  { form: 'محافظات', type: 'GPE' },
  { form: 'أقاليم', type: 'GPE' },
  { form: 'مقاطعات', type: 'GPE' },
  { form: 'مناطق', type: 'LOC' },
  { form: 'مخيمات', type: 'LOC' },
  { form: 'أحياء', type: 'LOC' },
  { form: 'ضواحي', type: 'LOC' },
];

/** Words between a plural place head and its list (مدن مثل …، قرى منها …). */
export const PLURAL_HEAD_LINKS: readonly string[] = ['مثل', 'منها', 'بينها', 'أبرزها', 'كـ'];

/**
 * First words of football club names before a town (شباب قسنطينة، نجم مقرة، مولودية وهران، وفاق
 * سطيف، شبيبة القبائل، اتحاد بسكرة): read as a club only in a football report, before a known
 * place or an unknown word. Source: authored (Maghreb and Gulf club naming).
 */
/**
 * Adjectives of region, scope or kind that describe a speaker noun after a cue, as a nationality
 * does (وقال دبلوماسي غربي، مسؤول أمني، مصدر حكومي): the noun before one is no name.
 * Source: authored from Arabic news usage.
 */
export const SPEAKER_ADJECTIVES: readonly string[] = ['غربي', 'عربي', 'أجنبي', 'أوروبي', 'آسيوي', 'إفريقي', 'دولي', 'محلي', 'رسمي', 'حكومي', 'أمني', 'عسكري'];

/**
 * Last words of English club names (United, Hotspur, Albion, Wanderers, Rovers): one word before
 * one of them is a club's name (بوريرام يونايتد، نيوكاسل يونايتد، برايتون آند هوف ألبيون).
 * Source: authored from English-language club names as Arabic sport news writes them.
 */
export const CLUB_NAME_SUFFIXES: readonly string[] = ['يونايتد', 'هوتسبير', 'ألبيون', 'واندررز', 'روفرز'];

/**
 * First words of Maghrebi club names with الرياضي ("sporting") after them (الأمل الرياضي بسيدي بوزيد،
 * النجم الرياضي الساحلي، الاتحاد الرياضي بالمنستير، النادي الرياضي الصفاقسي، الترجي الرياضي
 * التونسي، الفتح الرياضي، الوداد الرياضي، الرجاء الرياضي). Source: authored from the names of
 * Tunisian, Algerian and Moroccan clubs.
 */
export const SPORTING_CLUB_WORDS: readonly string[] = [
  'الأمل', 'النجم', 'الاتحاد', 'النادي', 'الملعب', 'الترجي', 'الشبيبة', 'المستقبل', 'الهلال', 'الشباب',
  'الأولمبي', 'الوداد', 'الرجاء', 'الفتح', 'النصر', 'الجيش', 'الدفاع', 'الكوكب', 'الوفاق', 'المولودية',
  'الاتفاق', 'الجمعية', 'الفيصلي', 'الحسنية', 'النهضة', 'الرائد', 'القلعة', 'السلام',
];

export const CLUB_NAME_PREFIXES: readonly string[] = ['شباب', 'نجم', 'مولودية', 'شبيبة', 'وفاق', 'أهلي', 'اتحاد', 'أولمبي', 'مستقبل', 'رائد', 'جمعية'];

/**
 * Superlatives, which make the indefinite noun after them a kind, not a name (أكبر تجمع
 * للصيادين، أول مركز للأبحاث، أهم شركة في القطاع). Source: authored (MSA grammar).
 */
export const SUPERLATIVES: readonly string[] = ['أكبر', 'أصغر', 'أول', 'آخر', 'أحدث', 'أهم', 'أقدم', 'أكثر', 'أبرز', 'أضخم', 'أعلى', 'أقوى', 'أفضل', 'أسوأ', 'أوسع', 'أغنى'];

/** Heads that introduce products and platforms, not organizations (تطبيق "تيك توك"، هاتف "آيفون"، تذكرة "جوردان باس"). */
/**
 * Goods and services that name a utility or state company after شركة, with its place or region
 * (شركة مياه اليرموك، شركة نفط الشمال، شركة كهرباء لبنان، شركة غاز البصرة). Source: authored.
 */
export const UTILITY_GOODS: readonly string[] = ['مياه', 'كهرباء', 'نفط', 'غاز', 'اتصالات', 'موانئ', 'مصافي', 'أسمدة', 'فوسفات', 'إسمنت', 'اسمنت'];

export const HEADS_NOT_NAMING: readonly string[] = ['تطبيق', 'منصة', 'هاتف', 'برنامج', 'تذكرة', 'بطاقة'];

/**
 * Words for a state that stand outside a country's name when what follows names it on its own:
 * دولة [[قطر]]، سلطنة [[عمان]] — but جمهورية مصر العربية and المملكة العربية السعودية are names whole.
 */
export const STATE_WORDS: readonly string[] = ['دولة', 'جمهورية', 'مملكة', 'سلطنة', 'إمارة', 'ولاية', 'إقليم'];

/** Party and political adjectives that may follow a title (السيناتور الديمقراطي كريس مورفي). */
export const TITLE_AFFILIATIONS: readonly string[] = [
  'الديمقراطي', 'الديمقراطية', 'الجمهوري', 'الجمهورية', 'المحافظ', 'العمالي', 'الليبرالي', 'الاشتراكي',
  'المستقل', 'المستقلة', 'المعارض', 'المعارضة', 'الإصلاحي', 'الإصلاحية', 'اليميني', 'اليسارية', 'اليساري',
];

/**
 * First words of multi-word place names (تل الياسمين، خان يونس، حوش السيد علي، بيت لحم،
 * دير البلح، كفر قاسم، عين الحلوة، رأس الخيمة): after a place head, a name that starts with one
 * of these runs on for up to three words.
 */
export const PLACE_NAME_PREFIXES: readonly string[] = [
  'تل', 'خان', 'حوش', 'بيت', 'دير', 'كفر', 'عين', 'بئر', 'رأس', 'جبل', 'وادي', 'بني', 'أبو', 'أم',
  'قلعة', 'سيدي', 'عرب', 'مرج', 'بنت', 'تلة', 'برج', 'جسر', 'سوق', 'شط', 'عين', 'نهر', 'ميت', 'كوم',
  // (Romance saints' names: مدينة سان مورتيز، شارع سان دومينيك، جزيرة سانتا كروز)
  'سان', 'سانت', 'سانتا',
];

/** Honorifics that may stand inside an institution's name (جامعة الملك سعود، مطار الملك خالد الدولي). */
export const NAME_HONORIFICS: readonly string[] = ['الملك', 'الأمير', 'الشيخ', 'السلطان', 'الإمام', 'الرئيس', 'الملكة', 'الأميرة', 'الشيخة'];

/**
 * Entries of the stopword list that are parts of names, so they must not stop a name match:
 * stopwords-iso's Arabic list carries للامم (للأمم المتحدة), لوكالة, برس (فرانس برس) and بن.
 */
export const STOPWORDS_INSIDE_NAMES: readonly string[] = ['للأمم', 'لوكالة', 'برس', 'بن'];

/** Parts of the day that are also given names (صباح، ضحى): before a weekday or a date they are time. */
export const DAY_PARTS: readonly string[] = ['صباح', 'مساء', 'ظهر', 'فجر', 'ليلة', 'عصر', 'ضحى', 'صبيحة'];

/** A speech word and the word after it as a fixed phrase, not a speaker's name (رد فعل "reaction"). */
export const CUE_COMPOUNDS: readonly string[] = ['رد فعل', 'ردة فعل', 'ردود فعل', 'ردود الفعل', 'رد الفعل'];

/**
 * Adjectives that close the name of a government, council or front made of ordinary words
 * (حكومة الاستقرار الوطني، حكومة الوحدة الوطنية، المجلس العسكري الانتقالي، قوات الحشد الشعبي).
 */
export const NAMING_ADJECTIVES: readonly string[] = ['الوطني', 'الوطنية', 'الانتقالي', 'الانتقالية', 'الشعبي', 'الشعبية'];

/**
 * Adjectives that make a definite head an institution's name when a "for" phrase follows
 * (المركز الوطني للأمن السيبراني، الهيئة العامة للإحصاء، المجلس الأعلى للقضاء); other adjectives
 * do not (الجهاز الفني للفريق). Nationality adjectives count too.
 */
export const INSTITUTION_ADJECTIVES: readonly string[] = [
  'الوطني', 'الوطنية', 'الدولي', 'الدولية', 'العالمي', 'العالمية', 'الأعلى', 'العليا', 'العام', 'العامة',
  'الاتحادي', 'الاتحادية', 'الإقليمي', 'الإقليمية', 'الجهوي', 'الجهوية', 'الملكي', 'الملكية', 'الأهلي', 'الأهلية', 'المركزي', 'المركزية',
  'المستقل', 'المستقلة', 'القضائي', 'القضائية', 'التشريعي', 'التشريعية', 'الدستوري', 'الدستورية', 'المتخصص',
  'المتخصصة', 'الاستشاري', 'الاستشارية', 'القومي', 'القومية', 'الاجتماعي', 'الاجتماعية', 'الاقتصادي', 'الاقتصادية',
  'الإسلامي', 'الإسلامية',
  // "higher, high" and "holding" (المعهد العالي للسينما، المندوبية السامية للتخطيط، الشركة القابضة …)
  'العالي', 'العالية', 'السامي', 'السامية', 'القابض', 'القابضة',
  // councils and chambers of a town, province or region (المجلس البلدي لمدينة صور، الغرفة
  // الفلاحية لجهة …، المجلس الولائي، المجلس الجماعي) — not التجاري، الصناعي: المركز التجاري،
  // المنطقة الصناعية are places
  'البلدي', 'البلدية', 'الفلاحي', 'الفلاحية', 'الولائي', 'الولائية', 'الجماعي', 'الجماعية',
];

/**
 * Verbal nouns of a body's mission: after a head and its adjectives, ل + one of them and what it
 * acts on belong to the name (الهيئة العامة لاستثمار …، الوكالة الوطنية لإحياء التراث، وكالة تنمية
 * الأطلس الكبير) — other verbal nouns there are a purpose (المحكمة الدستورية لتفسير …). Source:
 * authored from Arab public bodies' names.
 */
export const BODY_MISSIONS: readonly string[] = [
  'تنظيم', 'تنمية', 'تشجيع', 'تطوير', 'ترويج', 'حماية', 'تنشيط', 'استثمار', 'مكافحة', 'إحياء', 'رعاية', 'دعم', 'ضبط',
];

/**
 * Place heads that name only with their article (المحيط الهادئ، المحيط الأطلسي): without it they
 * are "the surroundings of" (في محيط المستشفى، في محيط الخرطوم). Source: authored.
 */
export const PLACE_HEADS_DEFINITE_ONLY: readonly string[] = ['محيط'];

/** Place heads that name only with a known place after them (قطاع غزة — not قطاع التأمين). */
export const PLACE_HEADS_KNOWN_ONLY: readonly string[] = ['سهل', 'قطاع', 'منطقة', 'حي', 'ناحية', 'محور', 'ممر', 'محطة', 'ساحة', 'مجمع', 'قاعة', 'صالة', 'جهة'];

/**
 * A team's people before its name (مدرب الكويت، مهاجم الكويت، جماهير الكويت): in a document that
 * names a club after its town (نادي الكويت), the town's name after one of these is the club.
 * Without such a mention the name stays the place (مدرب عُمان is the national team's coach).
 * Source: authored from Arabic sport news usage.
 */
export const CLUB_ROLE_NOUNS: readonly string[] = [
  'مدرب', 'مدربا', 'مهاجم', 'مدافع', 'حارس', 'لاعب', 'لاعبو', 'لاعبي', 'قائد', 'هداف', 'جماهير', 'جمهور', 'مشجعو',
  'مشجعي', 'أنصار', 'نجم', 'نجوم', 'صفوف',
];

/**
 * Words of football reports: in a document with several of them, a form shared by a city and
 * its club (ليفربول، برشلونة، العين) names the club.
 */
export const SPORT_WORDS: readonly string[] = [
  'مباراة', 'المباراة', 'الدوري', 'هدف', 'هدفا', 'الهدف', 'أهداف', 'الأهداف', 'مدرب', 'المدرب', 'لاعب', 'اللاعب',
  'لاعبي', 'اللاعبين', 'الشوط', 'ملعب', 'الملعب', 'بطولة', 'البطولة', 'كأس', 'التعادل', 'الفوز', 'الهزيمة',
  'الجولة', 'الموسم', 'المنتخب', 'ركلة', 'ضربة جزاء', 'الحارس', 'المهاجم', 'تسجيل', 'سجل', 'نقطة', 'نقاط',
];

/**
 * Military ranks and roles that are also ordinary words (الفريق "the team", اللواء "the
 * brigade", العميد "the dean", المحافظة "the governorate"): a name after them must start with a
 * given name or a known person.
 */
export const AMBIGUOUS_TITLES: readonly string[] = ['الفريق', 'اللواء', 'العميد', 'الأمير', 'المدير', 'الرائد', 'النقيب', 'المحافظة'];

/**
 * Function words written with a final ى whose folded form (ى → ي) is also a given name or a
 * name-like word: على / علي. Written with ى they are never a name.
 * Source: authored (MSA spelling).
 */
export const MAQSURA_FUNCTION_WORDS: readonly string[] = ['على', 'إلى', 'الى', 'حتى', 'لدى', 'سوى', 'متى', 'مدى'];

/**
 * Given names that fold onto a function word (علي → على، آنا → أنا، إيان → أيان، آلان → الآن) and are names when written
 * so — with ي, with the madda — and another name part stands beside them (أم علي الشامي،
 * محمد علي السعدي، آنا بيلوفا). هلا is written as the particle itself ("why not"), which news
 * prose hardly uses: a name beside a family name (هلا عيتاني). Source: authored (MSA spelling).
 */
export const NAMES_FOLDING_ONTO_FUNCTION_WORDS: readonly string[] = ['علي', 'آنا', 'إيان', 'آلان', 'ألان', 'هلا'];

/**
 * Particles inside European and Latin American names, before the family name (صوفي دي يونغ،
 * ويسلي دوس سانتوس، رود فان نيستلروي، دومينيك دو فيلبان، أورسولا فون دير لاين). لا/لو/دير
 * follow another particle (جان مارك دو لا سابليير). Source: authored (transliteration usage).
 */
export const WESTERN_NAME_PARTICLES: readonly string[] = ['دي', 'دو', 'دا', 'دوس', 'داس', 'ديل', 'دل', 'فان', 'فون', 'ديلا', 'دولا'];
export const WESTERN_SECOND_PARTICLES: readonly string[] = ['لا', 'لو', 'دير', 'دن', 'دي', 'ده'];

/**
 * Kunya particles that start a name before a given name (أبو بكر، أبي أيوب). أم (also "or")
 * and بو (Gulf/Maghreb spelling, usually written joined) are left out. Source: authored.
 */
export const KUNYA_PARTICLES: readonly string[] = ['أبو', 'أبي', 'أبا'];

/**
 * Words before a social platform that make it the medium, not the company (على فيسبوك، عبر
 * إكس، منصة تيك توك، حسابه على …). Source: authored from Arabic news usage.
 */
export const MEDIUM_WORDS: readonly string[] = [
  'على', 'عبر', 'في', 'خلال', 'منصة', 'منصات', 'تطبيق', 'تطبيقات', 'موقع', 'مواقع', 'شبكة', 'حساب', 'حسابه', 'حسابها',
  'حسابات', 'صفحة', 'صفحته', 'صفحتها', 'قناة', 'قناته', 'قناتها', 'مجموعة', 'مجموعات', 'تغريدة', 'منشور',
  // duals in construct (عبر منصتي "فيسبوك" و"إكس")
  'منصتي', 'تطبيقي', 'موقعي', 'حسابي', 'صفحتي',
];

/**
 * Words for competitions: a place named right after them is part of the competition's name
 * (بطولة قطر المفتوحة، جائزة البحرين الكبرى، كأس آسيا), and competitions are not entities.
 * Source: authored from Arabic sport news usage.
 */
export const COMPETITION_HEADS: readonly string[] = [
  'بطولة', 'كأس', 'دوري', 'جائزة', 'سباق', 'رالي', 'ماراثون', 'ألعاب', 'أولمبياد', 'طواف', 'دورة',
  // (دوري أبطال آسيا، كأس أبطال أفريقيا)
  'أبطال',
];

/**
 * National institutions named by a head and a nationality adjective (الجيش السوداني، الجيش
 * البولندي، السفارة الأمريكية، الرئاسة الفلسطينية): an organization. Source: authored; see
 * eval/GUIDELINES.md.
 */
export const NATIONAL_INSTITUTION_HEADS: readonly string[] = [
  'الجيش', 'البحرية', 'الشرطة', 'البرلمان', 'الدرك', 'الحرس', 'المركزي', 'السفارة', 'القنصلية', 'الرئاسة',
  'المخابرات', 'الاستخبارات', 'القوات',
  // a country's airline (الخطوط الإثيوبية، الخطوط الجوية الرواندية، الطيران العماني) — and its air force
  'الخطوط', 'الطيران',
];

/**
 * Adjectives that may stand between a national institution's head and its nationality (القوات
 * المسلحة المالية، المخابرات الجوية السورية، المخابرات العامة المصرية). Source: authored.
 */
/**
 * Nationality adjectives that are also ordinary words and name a country only after a national
 * institution's head (الجيش المالي "the Malian army"; elsewhere المالي is "financial"). Source:
 * authored.
 */
export const NISBAS_AFTER_INSTITUTIONS_ONLY: readonly string[] = ['المالي', 'المالية'];
/** … and the heads they name a country after: armed and security forces (الجيش المالي، القوات المسلحة المالية). */
export const ARMED_INSTITUTION_HEADS: readonly string[] = ['الجيش', 'القوات', 'الدرك', 'الحرس', 'المخابرات', 'الاستخبارات'];

/**
 * Kinds of zones and planned cities that close their names (منطقة خليفة الاقتصادية، مدينة السادات
 * الصناعية، منطقة جبل علي الحرة). Source: authored.
 */
export const ZONE_KINDS: readonly string[] = ['الاقتصادية', 'الصناعية', 'الحرة', 'اللوجستية', 'التقنية', 'الرقمية', 'الطبية'];

/**
 * Words that give a name (واسمها فوزية، يدعى سامي، المدعو …، أسماه أسامة); ى is written so and
 * folds to ي. Source: authored (MSA usage).
 */
export const NAMING_WORDS: readonly string[] = ['اسمه', 'اسمها', 'يدعى', 'تدعى', 'المدعو', 'المدعوة', 'أسماه', 'سماه', 'أسمته', 'سمته'];

/**
 * Services of two words that a country's nationality names (خفر السواحل الموريتانية، حرس الحدود
 * الأردني). Alone they are the service in general. Source: authored.
 */
/**
 * State services whose name, after an institution head, makes the head a body (إدارة الجمارك،
 * مصلحة الضرائب، دائرة الأحوال المدنية، مصلحة الطب الشرعي): ordinary words otherwise, they name
 * one service of the state there. A phrase of two words is matched whole. مصلحة ("interest")
 * heads a body only with one of these. المرور is left out: شرطة المرور is a branch, no body.
 * Source: authored (Arabic news usage: Egyptian, Libyan, Moroccan and Levantine administrations).
 */
export const STATE_SERVICE_FIELDS: readonly string[] = [
  'الجمارك', 'الضرائب', 'الجوازات', 'الهجرة والجوازات', 'الأحوال المدنية', 'الطب الشرعي', 'السجون', 'الأرصاد',
  'الإحصاء', 'الإحصاءات', 'الدفاع المدني', 'الأمن العام', 'الأمن الوطني', 'الشهر العقاري', 'التسجيل العقاري',
];

/**
 * Sectors a state authority (سلطة) is named after in Palestine, Jordan, Iraq and Oman (سلطة
 * المياه، سلطة الطاقة، سلطة جودة البيئة، سلطة الطيران المدني). سلطة alone is "power;
 * authority" (سلطة القانون، سلطة الاحتلال), so it heads a body before a name word or one of these.
 * Source: authored (the authorities' own names in Arabic news).
 */
export const AUTHORITY_FIELDS: readonly string[] = [
  'المياه', 'الطاقة', 'الأراضي', 'البيئة', 'جودة البيئة', 'النقد', 'الطيران المدني', 'الموانئ', 'المعابر',
  'الاتصالات', 'تنظيم الاتصالات', 'الكهرباء', 'الطاقة الذرية', 'الإسكان',
];

/**
 * Kinds of court that, between محكمة and a place, name one court (محكمة بداية إربد، محكمة صلح
 * جزاء عمان، محكمة استئناف عمّان، محكمة جنايات القاهرة، محكمة جنح الدقي). Source: authored (the
 * court systems of Jordan, Palestine, Egypt, Iraq and Syria as news names them).
 */
export const COURT_KINDS: readonly string[] = [
  'بداية', 'صلح', 'صلح جزاء', 'صلح حقوق', 'بداية جزاء', 'استئناف', 'جنايات', 'جنح', 'جنح مستأنف', 'جنايات مستأنف',
  'أمن الدولة', 'أمن الدولة العليا', 'الجنايات الكبرى', 'تمييز', 'أحداث', 'الأحداث', 'الأسرة', 'شرعية', 'عمالية',
];

export const NATIONAL_SERVICES: readonly string[] = ['خفر السواحل', 'حرس السواحل', 'حرس الحدود', 'الدفاع المدني', 'الحماية المدنية'];

export const NATIONAL_INSTITUTION_KINDS: readonly string[] = ['المسلحة', 'الجوية', 'العامة', 'العسكرية', 'البحرية', 'البرية'];

/**
 * A country's state broadcaster named by its medium and nationality (التلفزيون المصري، الإذاعة
 * الوطنية التشادية، التلفزيون الرسمي الإيراني): the medium, up to two of the state adjectives
 * below, then a nationality. The medium with a state adjective alone (التلفزيون الرسمي) names
 * nobody. Source: authored (Arabic news usage).
 */
export const STATE_MEDIA_HEADS: readonly string[] = ['التلفزيون', 'التليفزيون', 'الإذاعة', 'التلفزة'];
export const STATE_MEDIA_ADJECTIVES: readonly string[] = [
  'الرسمي', 'الرسمية', 'الوطني', 'الوطنية', 'الحكومي', 'الحكومية', 'العمومي', 'العمومية', 'المحلي', 'المحلية',
];

/**
 * Adjectives that name a national institution like a nationality does (الدرك الملكي، الحرس
 * المدني، الحرس الثوري، الحرس الوطني).
 */
export const NATIONAL_INSTITUTION_ADJECTIVES: readonly string[] = ['الملكي', 'الملكية', 'المدني', 'الثوري', 'الوطني', 'الجمهوري'];

/**
 * Descriptor nouns before a place's name that stay outside the mention: the mention is the name
 * proper and the descriptor is kept as an attribute (جنوب [لبنان]، قطاع [غزة]، نهر [النيل]،
 * مطار [هيثرو]). This is the convention of standard Arabic NER annotation (only the name is
 * tagged, as a title stays outside a person's name); the list is the project's own selection of
 * direction words and geographic and facility nouns. A descriptor is dropped only when what
 * follows is itself a name (جبل طارق and جنوب أفريقيا are names of states and stay whole).
 */
export const DESCRIPTORS_BEFORE_PLACES: readonly string[] = [
  // directions
  'جنوب', 'شمال', 'شرق', 'غرب', 'جنوبي', 'شمالي', 'شرقي', 'غربي', 'وسط',
  // geography
  'نهر', 'قطاع', 'جزيرة', 'جزر', 'شبه', 'بحيرة', 'خليج', 'صحراء', 'هضبة', 'سهل', 'منطقة', 'إقليم',
  'دول', 'بلدان',
  // facilities and sites
  'ميناء', 'مرفأ', 'مطار', 'مخيم', 'سجن', 'قاعدة', 'شارع', 'حي', 'ساحة', 'ميدان', 'استاد', 'منتجع', 'مسجد', 'سوق',
  'منشأة', 'مفاعل', 'محطة',
];

/**
 * Descriptor nouns before an organization's name that stay outside the mention when what
 * follows is a known organization (نادي [الهلال]، وكالة [رويترز]، قناة [الجزيرة]).
 * Heads that are part of an institution's name (وزارة، حزب، جامعة، مجلس، منظمة) are not here.
 */
export const DESCRIPTORS_BEFORE_ORGANIZATIONS: readonly string[] = [
  'شركة', 'نادي', 'فريق', 'صحيفة', 'جريدة', 'مجلة', 'قناة', 'وكالة', 'مجموعة',
];

/**
 * Honorific epithets after a place's name that stay outside the mention (مكة [المكرمة]، المدينة
 * [المنورة]، القدس [الشريف]، الصين [الشعبية]) — and the occupied (القدس [المحتلة]، الجولان
 * [المحتل]) —, like a trailing nationality adjective after a newspaper's name.
 */
export const PLACE_EPITHETS: readonly string[] = ['المكرمة', 'المنورة', 'الشريف', 'الشعبية', 'المحتلة', 'المحتل'];

/**
 * Month names of the Gregorian calendar as written in the Mashriq and the Maghreb: before a
 * slash and the Syriac month (أبريل/نيسان) the second name is a month too, not Nissan.
 * Source: authored (MSA and Maghreb usage).
 */
export const MONTH_NAMES: readonly string[] = [
  'يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
  'جانفي', 'فيفري', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت',
];

/** Relative time words after a month name (نيسان الماضي، تموز المقبل). Source: authored. */
export const AFTER_MONTH_WORDS: readonly string[] = ['الماضي', 'المقبل', 'القادم', 'الجاري', 'الحالي', 'المنصرم'];

/**
 * Blessings written after a name (الملك عبدالله رحمه الله، عثمان بن عفان رضي الله عنه، الأمير
 * سلمان حفظه الله، محمد صلى الله عليه وسلم): a name ends before them. Written forms without
 * harakat (رحمه "may He have mercy on him", not the given name رحمة), each before الله.
 * Source: authored from Arabic usage.
 */
export const BLESSINGS_BEFORE_GOD: readonly string[] = [
  'رحمه', 'رحمها', 'رحمهم', 'رحمهما', 'رضي', 'رضوان', 'حفظه', 'حفظها', 'حفظهم', 'حفظهما', 'يحفظه', 'يحفظها',
  'أيده', 'طيب', 'قدس', 'صلى', 'غفر', 'تغمده', 'تغمدها',
];
