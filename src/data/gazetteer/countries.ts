/**
 * Countries and territories (ISO 3166-1), type GPE.
 *
 * Sources:
 * - names: `i18n-iso-countries` (Arabic and English locales), read at module load;
 * - ids: Wikidata QIDs of the country items (table below, keyed by ISO alpha-2);
 * - extra forms: authored from Arabic news usage (short and long forms, common
 *   spellings the library lacks), in the same table.
 *
 * A few library names are not usable as they stand (they equal common Arabic words, or
 * carry parenthesised qualifiers no text writes); they are dropped or replaced and listed in
 * `COUNTRY_NAME_EXCLUSIONS` with the reason, so a matcher can still consult them with context.
 */
import countries from 'i18n-iso-countries/index.js';
import arLocale from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import enLocale from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { GazetteerEntry } from '../types.js';

countries.registerLocale(arLocale);
countries.registerLocale(enLocale);

interface CountryExtra {
  /** Wikidata QID; absent where no item is known with confidence (then id = np:iso-xx) */
  qid?: string;
  /** preferred Arabic label when the library's is not the usual news form */
  ar?: string;
  /** preferred English label when the library's official name is not the usual one */
  en?: string;
  /** forms used in Arabic news that the library lacks (authored) */
  variants?: string[];
}

/** Why a library name is not used as a matchable form. */
export interface CountryNameExclusion {
  /** ISO 3166-1 alpha-2 */
  code: string;
  /** the library's Arabic form that is dropped */
  form: string;
  reason: string;
}

/**
 * Library forms that are not matchable names. Each country keeps an entry; where its only
 * library form is excluded, the label comes from the table below instead.
 */
export const COUNTRY_NAME_EXCLUSIONS: readonly CountryNameExclusion[] = [
  { code: 'ML', form: 'مالي', reason: 'common word: مالي "financial; my money" (دعم مالي) — added back as a variant matched only with support (form note in places.ts)' },
  { code: 'BJ', form: 'بنين', reason: 'common word: بنين "sons, boys" (مدرسة بنين)' },
  { code: 'MF', form: 'سانت مارتن (الجزء الفرنسي)', reason: 'parenthesised qualifier; replaced by سان مارتن' },
  { code: 'SX', form: 'سانت مارتن (الجزء الهولندي)', reason: 'parenthesised qualifier; replaced by سينت مارتن' },
];

/**
 * Per-country data keyed by ISO alpha-2: Wikidata QID and authored forms.
 * Arab states and countries frequent in Arabic news get their short and long forms.
 */
const EXTRA: Record<string, CountryExtra> = {
  AD: { qid: 'Q228' },
  AE: {
    qid: 'Q878',
    ar: 'الإمارات',
    en: 'United Arab Emirates',
    variants: ['الإمارات العربية المتحدة', 'دولة الإمارات', 'دولة الإمارات العربية المتحدة', 'الامارات'],
  },
  AF: { qid: 'Q889', variants: ['جمهورية أفغانستان الإسلامية'] },
  AG: { qid: 'Q781' },
  AI: { qid: 'Q25228' },
  AL: { qid: 'Q222' },
  AM: { qid: 'Q399', variants: ['أرمينيا'] },
  AO: { qid: 'Q916' },
  AQ: { qid: 'Q51', variants: ['أنتاركتيكا', 'القارة القطبية الجنوبية'] },
  AR: { qid: 'Q414', variants: ['الارجنتين'] },
  AS: { qid: 'Q16641' },
  AT: { qid: 'Q40' },
  AU: { qid: 'Q408', variants: ['استراليا'] },
  AW: { qid: 'Q21203' },
  AX: { qid: 'Q5689' },
  AZ: { qid: 'Q227' },
  BA: { qid: 'Q225', variants: ['البوسنة'] },
  BB: { qid: 'Q244' },
  BD: { qid: 'Q902', variants: ['بنجلاديش', 'بنغلادش'] },
  BE: { qid: 'Q31' },
  BF: { qid: 'Q965', variants: ['بوركينا'] },
  BG: { qid: 'Q219' },
  BH: { qid: 'Q398', variants: ['مملكة البحرين'] },
  BI: { qid: 'Q967' },
  BJ: { qid: 'Q962', ar: 'جمهورية بنين', en: 'Benin' },
  BL: { qid: 'Q25362' },
  BM: { qid: 'Q23635' },
  BN: { qid: 'Q921', en: 'Brunei', variants: ['بروناي دار السلام'] },
  BO: { qid: 'Q750' },
  BQ: { qid: 'Q27561' },
  BR: { qid: 'Q155' },
  BS: { qid: 'Q778', variants: ['جزر البهاما'] },
  BT: { qid: 'Q917' },
  BV: { qid: 'Q23408' },
  BW: { qid: 'Q963' },
  BY: { qid: 'Q184', ar: 'بيلاروسيا', variants: ['روسيا البيضاء', 'بيلاروس'] },
  BZ: { qid: 'Q242' },
  CA: { qid: 'Q16' },
  CC: { qid: 'Q36004' },
  CD: {
    qid: 'Q974',
    variants: ['الكونغو الديمقراطية', 'الكونغو الديموقراطية', 'جمهورية الكونغو الديموقراطية'],
  },
  CF: { qid: 'Q929', variants: ['أفريقيا الوسطى', 'إفريقيا الوسطى'] },
  // "الكونغو" alone is given to the Republic of the Congo; the DRC is written with its qualifier.
  CG: { qid: 'Q971', en: 'Republic of the Congo', variants: ['الكونغو', 'الكونغو برازافيل'] },
  CH: { qid: 'Q39' },
  CI: { qid: 'Q1008', en: 'Ivory Coast', variants: ['كوت ديفوار'] },
  CK: { qid: 'Q26988' },
  CL: { qid: 'Q298', variants: ['شيلي'] },
  CM: { qid: 'Q1009' },
  CN: { qid: 'Q148', en: 'China', variants: ['جمهورية الصين الشعبية', 'الصين الشعبية'] },
  CO: { qid: 'Q739' },
  CR: { qid: 'Q800', variants: ['كوستا ريكا'] },
  CU: { qid: 'Q241' },
  CV: { qid: 'Q1011', variants: ['كاب فيردي'] },
  CW: { qid: 'Q25279' },
  CX: { qid: 'Q31063' },
  CY: { qid: 'Q229' },
  CZ: { qid: 'Q213', en: 'Czech Republic', variants: ['التشيك', 'تشيكيا'] },
  DE: { qid: 'Q183', variants: ['المانيا'] },
  DJ: { qid: 'Q977' },
  DK: { qid: 'Q35' },
  DM: { qid: 'Q784' },
  DO: { qid: 'Q786', variants: ['الدومينيكان'] },
  DZ: { qid: 'Q262', variants: ['الجمهورية الجزائرية'] },
  EC: { qid: 'Q736' },
  EE: { qid: 'Q191' },
  EG: { qid: 'Q79', variants: ['جمهورية مصر العربية'] },
  EH: { qid: 'Q6250' },
  ER: { qid: 'Q986', variants: ['أريتريا'] },
  ES: { qid: 'Q29', variants: ['اسبانيا'] },
  ET: { qid: 'Q115', variants: ['أثيوبيا'] },
  FI: { qid: 'Q33' },
  FJ: { qid: 'Q712' },
  FK: { qid: 'Q9648', variants: ['جزر مالفيناس'] },
  FM: { qid: 'Q702', en: 'Micronesia', variants: ['ميكرونيسيا'] },
  FO: { qid: 'Q4628' },
  FR: { qid: 'Q142' },
  GA: { qid: 'Q1000' },
  GB: {
    qid: 'Q145',
    ar: 'بريطانيا',
    en: 'United Kingdom',
    variants: ['المملكة المتحدة', 'بريطانيا العظمى', 'المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية'],
  },
  GD: { qid: 'Q769' },
  // also the US state of Georgia (جورجيا), which has no entry of its own
  GE: { qid: 'Q230' },
  GF: { qid: 'Q3769' },
  GG: { qid: 'Q25230' },
  GH: { qid: 'Q117' },
  GI: { qid: 'Q1410' },
  GL: { qid: 'Q223', ar: 'غرينلاند', variants: ['جرينلاند', 'غرينلند', 'جزيرة غرينلاند'] },
  GM: { qid: 'Q1005', en: 'The Gambia' },
  GN: { qid: 'Q1006', variants: ['غينيا كوناكري'] },
  GP: { qid: 'Q17012' },
  GQ: { qid: 'Q983' },
  GR: { qid: 'Q41' },
  GS: { qid: 'Q35086' },
  GT: { qid: 'Q774' },
  GU: { qid: 'Q16635' },
  GW: { qid: 'Q1007' },
  GY: { qid: 'Q734', variants: ['غويانا', 'جويانا', 'جيانا'] },
  HK: { qid: 'Q8646', variants: ['هونج كونج', 'هونغ كونغ'] },
  HM: { qid: 'Q131198' },
  HN: { qid: 'Q783' },
  HR: { qid: 'Q224' },
  HT: { qid: 'Q790' },
  HU: { qid: 'Q28', variants: ['هنغاريا', 'هنجاريا'] },
  ID: { qid: 'Q252', variants: ['اندونيسيا'] },
  IE: { qid: 'Q27', variants: ['إيرلندا', 'جمهورية أيرلندا'] },
  IL: { qid: 'Q801', variants: ['اسرائيل', 'دولة إسرائيل'] },
  IM: { qid: 'Q9676' },
  IN: { qid: 'Q668' },
  IO: { qid: 'Q43448' },
  IQ: { qid: 'Q796', variants: ['جمهورية العراق'] },
  IR: { qid: 'Q794', en: 'Iran', variants: ['ايران', 'الجمهورية الإسلامية الإيرانية', 'الجمهورية الإسلامية في إيران'] },
  IS: { qid: 'Q189', variants: ['أيسلندا', 'إيسلندا'] },
  IT: { qid: 'Q38', variants: ['ايطاليا'] },
  JE: { qid: 'Q785' },
  JM: { qid: 'Q766' },
  JO: { qid: 'Q810', variants: ['المملكة الأردنية الهاشمية', 'المملكة الأردنية'] },
  JP: { qid: 'Q17' },
  KE: { qid: 'Q114' },
  KG: { qid: 'Q813', variants: ['قرغيزستان', 'قيرغيزيا'] },
  KH: { qid: 'Q424' },
  KI: { qid: 'Q710' },
  // "القمر" alone is not used: it is the common word "the moon".
  KM: { qid: 'Q970', variants: ['جمهورية القمر المتحدة'] },
  KN: { qid: 'Q763' },
  KP: {
    qid: 'Q423',
    variants: ['كوريا الديمقراطية', 'جمهورية كوريا الديمقراطية الشعبية'],
  },
  KR: { qid: 'Q884', variants: ['جمهورية كوريا'] },
  KW: { qid: 'Q817', variants: ['دولة الكويت'] },
  KY: { qid: 'Q5785' },
  KZ: { qid: 'Q232' },
  LA: { qid: 'Q819', en: 'Laos' },
  LB: { qid: 'Q822', variants: ['الجمهورية اللبنانية'] },
  LC: { qid: 'Q760' },
  LI: { qid: 'Q347' },
  LK: { qid: 'Q854', variants: ['سري لانكا'] },
  LR: { qid: 'Q1014' },
  LS: { qid: 'Q1013' },
  LT: { qid: 'Q37' },
  LU: { qid: 'Q32', variants: ['لوكسمبورج'] },
  LV: { qid: 'Q211' },
  LY: { qid: 'Q1016', variants: ['دولة ليبيا'] },
  MA: { qid: 'Q1028', variants: ['المملكة المغربية'] },
  MC: { qid: 'Q235' },
  MD: { qid: 'Q217', en: 'Moldova', variants: ['مولدافيا'] },
  ME: { qid: 'Q236', variants: ['مونتينيغرو'] },
  MF: { qid: 'Q126125', ar: 'سان مارتن', en: 'Saint Martin' },
  MG: { qid: 'Q1019' },
  MH: { qid: 'Q709' },
  MK: { qid: 'Q221', en: 'North Macedonia', variants: ['مقدونيا'] },
  ML: { qid: 'Q912', ar: 'جمهورية مالي', en: 'Mali', variants: ['مالي'] },
  MM: { qid: 'Q836', ar: 'ميانمار', en: 'Myanmar', variants: ['بورما'] },
  MN: { qid: 'Q711' },
  MO: { qid: 'Q14773', variants: ['ماكاو'] },
  MP: { qid: 'Q16644' },
  MQ: { qid: 'Q17054' },
  MR: { qid: 'Q1025', variants: ['موريتانيا'] },
  MS: { qid: 'Q13353' },
  MT: { qid: 'Q233' },
  MU: { qid: 'Q1027' },
  MV: { qid: 'Q826', variants: ['المالديف'] },
  MW: { qid: 'Q1020' },
  MX: { qid: 'Q96' },
  MY: { qid: 'Q833' },
  MZ: { qid: 'Q1029' },
  NA: { qid: 'Q1030' },
  NC: { qid: 'Q33788' },
  NE: { qid: 'Q1032' },
  NF: { qid: 'Q31057' },
  NG: { qid: 'Q1033' },
  NI: { qid: 'Q811' },
  NL: { qid: 'Q55', en: 'Netherlands' },
  NO: { qid: 'Q20' },
  NP: { qid: 'Q837' },
  NR: { qid: 'Q697' },
  NU: { qid: 'Q34020' },
  NZ: { qid: 'Q664', variants: ['نيوزلندا'] },
  // عمان: shared written form with the Jordanian capital عمّان (see places.ts and SHARED_FORMS)
  OM: { qid: 'Q842', ar: 'سلطنة عمان', variants: ['عمان', 'عُمان'] },
  PA: { qid: 'Q804' },
  PE: { qid: 'Q419' },
  PF: { qid: 'Q30971' },
  PG: { qid: 'Q691' },
  PH: { qid: 'Q928', variants: ['الفليبين'] },
  PK: { qid: 'Q843', variants: ['جمهورية باكستان الإسلامية'] },
  PL: { qid: 'Q36' },
  PM: { qid: 'Q34617' },
  PN: { qid: 'Q35672' },
  PR: { qid: 'Q1183', variants: ['بورتو ريكو'] },
  PS: { qid: 'Q219060', en: 'Palestine', variants: ['دولة فلسطين'] },
  PT: { qid: 'Q45' },
  PW: { qid: 'Q695' },
  PY: { qid: 'Q733' },
  QA: { qid: 'Q846', variants: ['دولة قطر'] },
  RE: { qid: 'Q17070', ar: 'ريونيون', en: 'Réunion', variants: ['لا ريونيون'] },
  RO: { qid: 'Q218' },
  RS: { qid: 'Q403' },
  RU: { qid: 'Q159', en: 'Russia', variants: ['روسيا الاتحادية', 'الاتحاد الروسي'] },
  RW: { qid: 'Q1037' },
  SA: {
    qid: 'Q851',
    en: 'Saudi Arabia',
    variants: ['المملكة العربية السعودية', 'المملكة السعودية', 'السعوديه'],
  },
  SB: { qid: 'Q685' },
  SC: { qid: 'Q1042' },
  SD: { qid: 'Q1049', variants: ['جمهورية السودان'] },
  SE: { qid: 'Q34' },
  SG: { qid: 'Q334' },
  SH: { qid: 'Q192184', variants: ['سانت هيلينا'] },
  SI: { qid: 'Q215' },
  SJ: { qid: 'Q842829' },
  SK: { qid: 'Q214' },
  SL: { qid: 'Q1044', variants: ['سيراليون'] },
  SM: { qid: 'Q238' },
  SN: { qid: 'Q1041' },
  SO: { qid: 'Q1045' },
  SR: { qid: 'Q730' },
  SS: { qid: 'Q958', variants: ['دولة جنوب السودان'] },
  ST: { qid: 'Q1039' },
  SV: { qid: 'Q792' },
  SX: { qid: 'Q26273', ar: 'سينت مارتن', en: 'Sint Maarten' },
  SY: { qid: 'Q858', en: 'Syria', variants: ['سورية', 'الجمهورية العربية السورية'] },
  SZ: { qid: 'Q1050', ar: 'إسواتيني', en: 'Eswatini', variants: ['سوازيلاند', 'اسواتيني'] },
  TC: { qid: 'Q18221' },
  TD: { qid: 'Q657' },
  TF: { qid: 'Q129003' },
  TG: { qid: 'Q945' },
  TH: { qid: 'Q869', variants: ['تايلند'] },
  TJ: { qid: 'Q863' },
  TK: { qid: 'Q36823' },
  TL: { qid: 'Q574', variants: ['تيمور ليشتي'] },
  TM: { qid: 'Q874', variants: ['تركمنستان'] },
  TN: { qid: 'Q948', variants: ['الجمهورية التونسية'] },
  TO: { qid: 'Q678' },
  TR: { qid: 'Q43', en: 'Turkey', variants: ['تركيّا', 'الجمهورية التركية'] },
  TT: { qid: 'Q754' },
  TV: { qid: 'Q672' },
  TW: { qid: 'Q865', en: 'Taiwan' },
  TZ: { qid: 'Q924', en: 'Tanzania', variants: ['تنزانيا'] },
  UA: { qid: 'Q212', variants: ['اوكرانيا'] },
  UG: { qid: 'Q1036' },
  UM: { qid: 'Q16645' },
  US: {
    qid: 'Q30',
    en: 'United States',
    variants: ['الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا', 'امريكا'],
  },
  UY: { qid: 'Q77', variants: ['أوروغواي', 'الأوروجواي'] },
  UZ: { qid: 'Q265' },
  VA: { qid: 'Q237', variants: ['دولة الفاتيكان', 'الكرسي الرسولي'] },
  VC: { qid: 'Q757' },
  VE: { qid: 'Q717' },
  VG: { qid: 'Q25305' },
  VI: { qid: 'Q11703' },
  VN: { qid: 'Q881', variants: ['فيتنام', 'فييتنام'] },
  VU: { qid: 'Q686' },
  WF: { qid: 'Q35555' },
  WS: { qid: 'Q683' },
  XK: { qid: 'Q1246' },
  YE: { qid: 'Q805', variants: ['الجمهورية اليمنية'] },
  YT: { qid: 'Q17063' },
  ZA: { qid: 'Q258', variants: ['جنوب إفريقيا', 'جنوب افريقيا'] },
  ZM: { qid: 'Q953' },
  ZW: { qid: 'Q954' },
};

const EXCLUDED = new Set(COUNTRY_NAME_EXCLUSIONS.map((e) => `${e.code}\u0000${e.form}`));

function buildCountries(): { list: GazetteerEntry[]; byIso: Map<string, GazetteerEntry> } {
  const arNames = countries.getNames('ar', { select: 'all' });
  const enNames = countries.getNames('en', { select: 'official' });
  const list: GazetteerEntry[] = [];
  const byIso = new Map<string, GazetteerEntry>();
  for (const code of Object.keys(countries.getAlpha2Codes()).sort()) {
    const extra = EXTRA[code] ?? {};
    const libraryForms = (arNames[code] ?? []).filter((f) => !EXCLUDED.has(`${code}\u0000${f}`));
    const ar = extra.ar ?? libraryForms[0];
    if (!ar) throw new Error(`countries: no usable Arabic name for ${code}`);
    const seen = new Set([ar]);
    const variants: string[] = [];
    for (const f of [...libraryForms, ...(extra.variants ?? [])]) {
      if (!seen.has(f)) {
        seen.add(f);
        variants.push(f);
      }
    }
    const entry: GazetteerEntry = {
      id: extra.qid ?? `np:iso-${code.toLowerCase()}`,
      type: 'GPE',
      ar,
      en: extra.en ?? enNames[code] ?? code,
      source: extra.qid
        ? 'i18n-iso-countries (ar, en locales); wikidata QID; authored variants'
        : 'i18n-iso-countries (ar, en locales); authored variants',
    };
    if (variants.length > 0) entry.variants = variants;
    list.push(entry);
    byIso.set(code, entry);
  }
  return { list, byIso };
}

const built = buildCountries();

/** Every ISO 3166-1 country and territory, type GPE. */
export const COUNTRIES: GazetteerEntry[] = built.list;

/** The country entry for an ISO 3166-1 alpha-2 code (upper case). */
export const COUNTRY_BY_ISO2: ReadonlyMap<string, GazetteerEntry> = built.byIso;
