/**
 * Head nouns of organization and place names, and the particles of Arabic name chains.
 *
 * Source: authored from Arabic news usage, following the project's annotation conventions:
 * a head that is part of the proper name is inside the entity span ([[وزارة الخارجية
 * القطرية]]، [[حركة حماس]]، [[مطار حمد الدولي]]); a generic descriptor before a brand
 * or a place name is outside (موقع "[[أكسيوس]]"، صحيفة [[الغارديان]]، وكالة [[رويترز]]،
 * ولاية [[كاليفورنيا]]، مدينة [[حلب]]).
 *
 * Forms are written bare (وزارة); the matcher also accepts them with the article
 * (البرلمان، المجلس) and in the construct state, as they appear.
 */
import type { EntityType } from '../document.js';

/**
 * - `inside`: the head is part of the name (وزارة الخارجية، حركة حماس، جامعة قطر);
 * - `outside`: a descriptor before a brand or place name (صحيفة الغارديان، مدينة حلب);
 * - `either`: inside when what follows is not a name on its own (وكالة الأنباء القطرية,
 *   قناة السويس), outside before a brand (وكالة رويترز، قناة الجزيرة).
 */
export type HeadPosition = 'inside' | 'outside' | 'either';

export interface OrgHead {
  form: string;
  position: HeadPosition;
  en: string;
}

export interface PlaceHead {
  form: string;
  type: Extract<EntityType, 'GPE' | 'LOC'>;
  position: HeadPosition;
  en: string;
  /** a dual construct (محافظتي إربد والمفرق): two names follow, joined by و */
  dual?: boolean;
}

/** Head nouns of organization names. */
export const ORG_HEADS: readonly OrgHead[] = [
  // government and public bodies: part of the name
  { form: 'وزارة', position: 'inside', en: 'ministry' },
  { form: 'مجلس', position: 'inside', en: 'council' },
  { form: 'هيئة', position: 'inside', en: 'authority; commission' },
  { form: 'برلمان', position: 'inside', en: 'parliament' },
  { form: 'محكمة', position: 'inside', en: 'court' },
  { form: 'نيابة', position: 'inside', en: 'prosecution office' },
  { form: 'لجنة', position: 'inside', en: 'committee' },
  { form: 'سلطة', position: 'inside', en: 'authority' },
  { form: 'ديوان', position: 'inside', en: 'court; bureau' },
  { form: 'مكتب', position: 'inside', en: 'office' },
  { form: 'مكتبة', position: 'inside', en: 'library' },
  { form: 'إدارة', position: 'inside', en: 'administration; department' },
  // (only before a state service: مصلحة الجمارك — otherwise "interest", في مصلحة المواطن)
  { form: 'مصلحة', position: 'inside', en: 'public service (Egypt, Libya)' },
  { form: 'دائرة', position: 'inside', en: 'department' },
  { form: 'جهاز', position: 'inside', en: 'agency; service' },
  { form: 'مفوضية', position: 'inside', en: 'commission' },
  { form: 'بعثة', position: 'inside', en: 'mission' },
  { form: 'سفارة', position: 'inside', en: 'embassy' },
  { form: 'قنصلية', position: 'inside', en: 'consulate' },
  { form: 'أمانة', position: 'inside', en: 'secretariat' },
  { form: 'رئاسة', position: 'inside', en: 'presidency' },
  { form: 'حكومة', position: 'inside', en: 'government' },
  { form: 'جيش', position: 'inside', en: 'army' },
  { form: 'قوات', position: 'inside', en: 'forces' },
  { form: 'الحرس', position: 'inside', en: 'guard' },
  { form: 'شرطة', position: 'inside', en: 'police' },
  { form: 'قيادة', position: 'inside', en: 'command' },
  { form: 'فيلق', position: 'inside', en: 'corps' },
  // movements, parties, armed groups: part of the name
  { form: 'حركة', position: 'inside', en: 'movement' },
  { form: 'حزب', position: 'inside', en: 'party' },
  { form: 'كتلة', position: 'inside', en: 'parliamentary bloc' },
  { form: 'تكتل', position: 'inside', en: 'parliamentary bloc' },
  { form: 'تجمع', position: 'inside', en: 'rally; grouping (تجمع المهنيين السودانيين، التجمع الوطني للأحرار)' },
  { form: 'تنسيقية', position: 'inside', en: 'coordination committee' },
  { form: 'حراك', position: 'inside', en: 'movement (of protest)' },
  { form: 'جماعة', position: 'inside', en: 'group' },
  { form: 'تنظيم', position: 'inside', en: 'organization (militant)' },
  { form: 'جبهة', position: 'inside', en: 'front' },
  { form: 'تحالف', position: 'inside', en: 'alliance; coalition' },
  { form: 'ائتلاف', position: 'inside', en: 'coalition' },
  { form: 'قائمة', position: 'outside', en: 'electoral list (قائمة "نهضة ديالى")' },
  { form: 'تيار', position: 'inside', en: 'current; movement' },
  { form: 'كتائب', position: 'inside', en: 'brigades' },
  { form: 'سرايا', position: 'inside', en: 'companies (militia)' },
  { form: 'ميليشيا', position: 'inside', en: 'militia' },
  // international and civil bodies: part of the name
  { form: 'منظمة', position: 'inside', en: 'organization' },
  { form: 'اتحاد', position: 'inside', en: 'union; federation' },
  { form: 'جامعة', position: 'inside', en: 'university; league' },
  { form: 'جمعية', position: 'inside', en: 'association' },
  { form: 'مؤسسة', position: 'inside', en: 'foundation; institution' },
  { form: 'رابطة', position: 'inside', en: 'league; association' },
  { form: 'نقابة', position: 'inside', en: 'syndicate; union' },
  { form: 'مركز', position: 'inside', en: 'center' },
  { form: 'معهد', position: 'inside', en: 'institute' },
  { form: 'مرصد', position: 'inside', en: 'observatory; monitor (المرصد السوري لحقوق الإنسان، المرصد الوطني للفلاحة)' },
  { form: 'مندوبية', position: 'inside', en: 'delegation; commissariat (المندوبية السامية للتخطيط)' },
  { form: 'فيدرالية', position: 'inside', en: 'federation (Maghreb usage: الفيدرالية الوطنية لجمعيات آباء التلاميذ)' },
  { form: 'كونفدرالية', position: 'inside', en: 'confederation (الكونفدرالية الديمقراطية للشغل)' },
  { form: 'عصبة', position: 'inside', en: 'league (العصبة الوطنية لكرة القدم الاحترافية)' },
  { form: 'أكاديمية', position: 'inside', en: 'academy' },
  { form: 'صندوق', position: 'inside', en: 'fund' },
  { form: 'برنامج', position: 'inside', en: 'programme' },
  { form: 'مهرجان', position: 'inside', en: 'festival' },
  { form: 'وكالة', position: 'either', en: 'agency' },
  { form: 'مجموعة', position: 'either', en: 'group' },
  { form: 'منتخب', position: 'inside', en: 'national team' },
  // finance
  { form: 'بنك', position: 'either', en: 'bank' },
  { form: 'مصرف', position: 'either', en: 'bank' },
  { form: 'بورصة', position: 'inside', en: 'stock exchange' },
  { form: 'غرفة', position: 'inside', en: 'chamber (of commerce)' },
  { form: 'سوق', position: 'either', en: 'market; exchange' },
  // descriptors before a brand name: outside
  { form: 'شركة', position: 'outside', en: 'company' },
  { form: 'طيران', position: 'inside', en: 'airline — only before a known country or city (طيران جنوب أفريقيا) or a name in quotation marks' },
  { form: 'كونسورتيوم', position: 'outside', en: 'consortium' },
  { form: 'تعاونية', position: 'outside', en: 'cooperative (Maghreb usage: تعاونية "تيفاوين" لإنتاج زيت الأركان)' },
  { form: 'صحيفة', position: 'outside', en: 'newspaper' },
  { form: 'جريدة', position: 'outside', en: 'newspaper' },
  { form: 'مجلة', position: 'outside', en: 'magazine' },
  { form: 'يومية', position: 'outside', en: 'daily (Maghrebi usage: يومية «الصباح») — only before a name in quotation marks' },
  { form: 'أسبوعية', position: 'outside', en: 'weekly (أسبوعية «تيل كيل») — only before a name in quotation marks' },
  { form: 'موقع', position: 'outside', en: 'website' },
  { form: 'قناة', position: 'outside', en: 'channel' },
  { form: 'شبكة', position: 'either', en: 'network' },
  { form: 'إذاعة', position: 'either', en: 'radio' },
  { form: 'تلفزيون', position: 'either', en: 'television' },
  { form: 'منصة', position: 'outside', en: 'platform' },
  { form: 'تطبيق', position: 'outside', en: 'app' },
  { form: 'نادي', position: 'outside', en: 'club' },
  { form: 'فريق', position: 'outside', en: 'team' },
  { form: 'مصنع', position: 'outside', en: 'factory; maker' },
  { form: 'دار', position: 'either', en: 'house (دار الإفتاء; a publisher: دار "الساقي")' },
  { form: 'اتحادية', position: 'inside', en: 'federation (Maghreb usage: الاتحادية الوطنية للصيد)' },
];

/** Head nouns of place names. */
export const PLACE_HEADS: readonly PlaceHead[] = [
  // administrative units: descriptor before the name
  { form: 'مدينة', type: 'GPE', position: 'outside', en: 'city' },
  { form: 'محافظة', type: 'GPE', position: 'outside', en: 'governorate; province' },
  { form: 'ولاية', type: 'GPE', position: 'outside', en: 'state; province' },
  { form: 'إمارة', type: 'GPE', position: 'outside', en: 'emirate' },
  { form: 'مقاطعة', type: 'GPE', position: 'outside', en: 'province; county' },
  { form: 'بلدة', type: 'GPE', position: 'outside', en: 'town' },
  { form: 'قرية', type: 'GPE', position: 'outside', en: 'village' },
  { form: 'مستوطنة', type: 'GPE', position: 'outside', en: 'settlement (مستوطنة ياكير)' },
  { form: 'بلدية', type: 'GPE', position: 'outside', en: 'municipality (رئيس بلدية الخيام: the town is the name)' },
  { form: 'قضاء', type: 'GPE', position: 'outside', en: 'district' },
  // (an Iraqi or Syrian sub-district; also "side, aspect": known places or foreign-looking names only)
  { form: 'ناحية', type: 'GPE', position: 'outside', en: 'sub-district' },
  { form: 'إقليم', type: 'GPE', position: 'either', en: 'region; province' },
  { form: 'منطقة', type: 'LOC', position: 'either', en: 'area; region' },
  { form: 'جهة', type: 'GPE', position: 'outside', en: 'region (Morocco: جهة سوس ماسة); elsewhere "side, party" — known places only' },
  // duals in construct: two names follow (محافظتي إربد والمفرق، مخيمي الزعتري والأزرق)
  { form: 'مدينتي', type: 'GPE', position: 'outside', en: 'the two cities of', dual: true },
  { form: 'محافظتي', type: 'GPE', position: 'outside', en: 'the two governorates of', dual: true },
  { form: 'ولايتي', type: 'GPE', position: 'outside', en: 'the two states of', dual: true },
  { form: 'بلدتي', type: 'GPE', position: 'outside', en: 'the two towns of', dual: true },
  { form: 'قريتي', type: 'GPE', position: 'outside', en: 'the two villages of', dual: true },
  { form: 'مخيمي', type: 'LOC', position: 'outside', en: 'the two camps of', dual: true },
  { form: 'مستوطنتي', type: 'GPE', position: 'outside', en: 'the two settlements of', dual: true },
  // geography: part of the name
  { form: 'جزيرة', type: 'LOC', position: 'inside', en: 'island' },
  { form: 'جزر', type: 'LOC', position: 'inside', en: 'islands' },
  { form: 'شبه جزيرة', type: 'LOC', position: 'inside', en: 'peninsula' },
  { form: 'بحر', type: 'LOC', position: 'inside', en: 'sea' },
  { form: 'بحيرة', type: 'LOC', position: 'inside', en: 'lake' },
  { form: 'نهر', type: 'LOC', position: 'inside', en: 'river' },
  { form: 'خليج', type: 'LOC', position: 'inside', en: 'gulf; bay' },
  { form: 'مضيق', type: 'LOC', position: 'inside', en: 'strait' },
  { form: 'محيط', type: 'LOC', position: 'inside', en: 'ocean' },
  { form: 'جبل', type: 'LOC', position: 'inside', en: 'mountain' },
  { form: 'جبال', type: 'LOC', position: 'inside', en: 'mountains' },
  { form: 'هضبة', type: 'LOC', position: 'inside', en: 'plateau; heights' },
  { form: 'وادي', type: 'LOC', position: 'inside', en: 'valley' },
  { form: 'سهل', type: 'LOC', position: 'inside', en: 'plain' },
  { form: 'صحراء', type: 'LOC', position: 'inside', en: 'desert' },
  { form: 'قطاع', type: 'LOC', position: 'inside', en: 'strip; sector' },
  // facilities and sites: part of the name
  { form: 'مطار', type: 'LOC', position: 'inside', en: 'airport' },
  { form: 'ميناء', type: 'LOC', position: 'inside', en: 'port' },
  { form: 'مرفأ', type: 'LOC', position: 'inside', en: 'port' },
  { form: 'قاعدة', type: 'LOC', position: 'inside', en: 'base' },
  { form: 'معبر', type: 'LOC', position: 'inside', en: 'crossing' },
  { form: 'مركز حدود', type: 'LOC', position: 'outside', en: 'border post (مركز حدود جابر)' },
  { form: 'منفذ', type: 'LOC', position: 'inside', en: 'border crossing (Gulf usage: منفذ الوديعة), part of the name like معبر' },
  { form: 'محور', type: 'LOC', position: 'inside', en: 'corridor; axis' },
  { form: 'ممر', type: 'LOC', position: 'inside', en: 'corridor; passage' },
  { form: 'قناة', type: 'LOC', position: 'inside', en: 'canal' },
  { form: 'سد', type: 'LOC', position: 'inside', en: 'dam' },
  { form: 'فلج', type: 'LOC', position: 'inside', en: 'falaj, an Omani irrigation channel (فلج دارس)' },
  { form: 'مخيم', type: 'LOC', position: 'inside', en: 'camp' },
  { form: 'حي', type: 'LOC', position: 'inside', en: 'neighbourhood' },
  { form: 'شارع', type: 'LOC', position: 'inside', en: 'street' },
  { form: 'طريق', type: 'LOC', position: 'inside', en: 'road — only before a ruler\'s or notable\'s name (طريق الملك عبدالله); otherwise "way, via" (عن طريق)' },
  { form: 'ميدان', type: 'LOC', position: 'inside', en: 'square' },
  { form: 'ساحة', type: 'LOC', position: 'inside', en: 'square' },
  { form: 'مستشفى', type: 'LOC', position: 'inside', en: 'hospital' },
  { form: 'مجمع', type: 'LOC', position: 'inside', en: 'complex' },
  { form: 'مركب', type: 'LOC', position: 'inside', en: 'complex (Maghreb usage: مركب محمد السادس)' },
  { form: 'مسجد', type: 'LOC', position: 'inside', en: 'mosque' },
  { form: 'جامع', type: 'LOC', position: 'inside', en: 'mosque' },
  { form: 'كنيسة', type: 'LOC', position: 'inside', en: 'church' },
  { form: 'قصر', type: 'LOC', position: 'inside', en: 'palace' },
  { form: 'برج', type: 'LOC', position: 'inside', en: 'tower' },
  { form: 'ملعب', type: 'LOC', position: 'inside', en: 'stadium' },
  { form: 'حلبة', type: 'LOC', position: 'inside', en: 'racing circuit (حلبة البحرين الدولية، حلبة ياس)' },
  { form: 'مسرح', type: 'LOC', position: 'inside', en: 'theatre' },
  { form: 'قاعة', type: 'LOC', position: 'inside', en: 'hall' },
  { form: 'صالة', type: 'LOC', position: 'inside', en: 'sports hall, arena (صالة الشيخ سعد العبدالله)' },
  { form: 'متحف', type: 'LOC', position: 'inside', en: 'museum' },
  { form: 'حديقة', type: 'LOC', position: 'inside', en: 'park; garden' },
  { form: 'استاد', type: 'LOC', position: 'inside', en: 'stadium' },
  { form: 'محطة', type: 'LOC', position: 'inside', en: 'station; plant' },
  { form: 'منشأة', type: 'LOC', position: 'inside', en: 'facility' },
  { form: 'مفاعل', type: 'LOC', position: 'inside', en: 'reactor' },
  { form: 'سجن', type: 'LOC', position: 'inside', en: 'prison' },
  { form: 'ثكنة', type: 'LOC', position: 'inside', en: 'barracks (ثكنة الحلو)' },
  { form: 'خان', type: 'LOC', position: 'inside', en: 'caravanserai, an old covered market (خان الخليلي، خان الحرير)' },
  { form: 'منتجع', type: 'LOC', position: 'inside', en: 'resort' },
  { form: 'حقل', type: 'LOC', position: 'inside', en: 'oil or gas field (حقل الشرارة، حقل ظهر)' },
  { form: 'مصفاة', type: 'LOC', position: 'inside', en: 'refinery' },
];

/** The role of a particle inside a name chain. */
export type ParticleRole = 'patronymic' | 'kunya' | 'theophoric' | 'family' | 'article' | 'other';

export interface NameParticle {
  form: string;
  role: ParticleRole;
  en: string;
}

/**
 * Particles that link the parts of an Arabic name chain (محمد بن عبدالرحمن آل ثاني،
 * أبو محمد الجولاني، عبد الفتاح السيسي، محمد ولد الغزواني). Source: authored from Arabic usage.
 */
export const NAME_PARTICLES: readonly NameParticle[] = [
  { form: 'بن', role: 'patronymic', en: 'son of' },
  { form: 'ابن', role: 'patronymic', en: 'son of' },
  { form: 'بنت', role: 'patronymic', en: 'daughter of' },
  { form: 'ولد', role: 'patronymic', en: 'son of (Mauritanian usage)' },
  { form: 'بو', role: 'kunya', en: 'father of (Gulf and Maghreb spelling: بوعزيزي)' },
  { form: 'أبو', role: 'kunya', en: 'father of' },
  { form: 'أبي', role: 'kunya', en: 'father of (genitive)' },
  { form: 'أبا', role: 'kunya', en: 'father of (accusative)' },
  { form: 'أم', role: 'kunya', en: 'mother of' },
  { form: 'عبد', role: 'theophoric', en: 'servant of (عبد الله، عبد الرحمن)' },
  { form: 'آل', role: 'family', en: 'family of (آل ثاني، آل سعود)' },
  { form: 'أيت', role: 'family', en: 'sons of (Amazigh family names: فاطمة أيت الحاج)' },
  { form: 'آيت', role: 'family', en: 'sons of (Amazigh family names, other spelling)' },
  { form: 'ذو', role: 'other', en: 'possessor of' },
  { form: 'ال', role: 'article', en: 'definite article of a family name or nisba (السيسي)' },
  { form: 'الدين', role: 'other', en: 'of the faith (compound names: صلاح الدين، نور الدين)' },
  { form: 'الله', role: 'other', en: 'God (compound names: نصر الله، عطا الله)' },
];
