/**
 * Nationality and relational adjectives (nisba), masculine singular base form, tied to a
 * gazetteer entry: قطري → Qatar. The matcher inflects them (ال، ة، ون/ين، ات، ان/ين).
 *
 * Source: authored from Arabic usage; country refs resolved through the ISO table of
 * gazetteer/countries.ts (i18n-iso-countries + Wikidata QIDs), other refs are ids of
 * gazetteer entries (the EU, the GCC, the UN, NATO, regions).
 */
import { COUNTRY_BY_ISO2 } from './gazetteer/countries.js';
import type { NisbaEntry } from './types.js';

function country(code: string): string {
  const entry = COUNTRY_BY_ISO2.get(code);
  if (!entry) throw new Error(`nisba: unknown country code ${code}`);
  return entry.id;
}

/** [base forms, ref, English adjective] — the first base is the usual spelling. */
type Row = [string[], string, string];

const ROWS: Row[] = [
  // Gulf and Arabian Peninsula
  [['قطري'], country('QA'), 'Qatari'],
  [['سعودي'], country('SA'), 'Saudi'],
  [['إماراتي'], country('AE'), 'Emirati'],
  [['كويتي'], country('KW'), 'Kuwaiti'],
  [['بحريني'], country('BH'), 'Bahraini'],
  [['عماني', 'عُماني'], country('OM'), 'Omani'],
  [['يمني'], country('YE'), 'Yemeni'],
  // Levant, Iraq
  [['فلسطيني'], country('PS'), 'Palestinian'],
  [['إسرائيلي', 'اسرائيلي'], country('IL'), 'Israeli'],
  [['أردني'], country('JO'), 'Jordanian'],
  [['لبناني'], country('LB'), 'Lebanese'],
  [['سوري'], country('SY'), 'Syrian'],
  [['عراقي'], country('IQ'), 'Iraqi'],
  // Africa
  [['مصري'], country('EG'), 'Egyptian'],
  [['سوداني'], country('SD'), 'Sudanese'],
  [['ليبي'], country('LY'), 'Libyan'],
  [['تونسي'], country('TN'), 'Tunisian'],
  [['جزائري'], country('DZ'), 'Algerian'],
  [['مغربي'], country('MA'), 'Moroccan'],
  [['موريتاني'], country('MR'), 'Mauritanian'],
  [['صومالي'], country('SO'), 'Somali'],
  [['إثيوبي', 'أثيوبي'], country('ET'), 'Ethiopian'],
  [['إريتري'], country('ER'), 'Eritrean'],
  [['تشادي'], country('TD'), 'Chadian'],
  [['نيجيري'], country('NG'), 'Nigerian'],
  [['سنغالي'], country('SN'), 'Senegalese'],
  [['كيني'], country('KE'), 'Kenyan'],
  [['أوغندي'], country('UG'), 'Ugandan'],
  [['رواندي'], country('RW'), 'Rwandan'],
  [['كونغولي'], country('CD'), 'Congolese'],
  [['كاميروني'], country('CM'), 'Cameroonian'],
  [['غاني'], country('GH'), 'Ghanaian'],
  [['إيفواري'], country('CI'), 'Ivorian'],
  [['غيني'], country('GN'), 'Guinean'],
  [['بوركيني', 'بوركينابي'], country('BF'), 'Burkinabe'],
  [['نيجري'], country('NE'), 'Nigerien'],
  [['توغولي'], country('TG'), 'Togolese'],
  [['بنيني'], country('BJ'), 'Beninese'],
  [['ليبيري'], country('LR'), 'Liberian'],
  [['غامبي'], country('GM'), 'Gambian'],
  [['غابوني', 'جابوني'], country('GA'), 'Gabonese'],
  [['تنزاني'], country('TZ'), 'Tanzanian'],
  [['موزمبيقي'], country('MZ'), 'Mozambican'],
  [['أنغولي'], country('AO'), 'Angolan'],
  [['زامبي'], country('ZM'), 'Zambian'],
  [['مدغشقري'], country('MG'), 'Malagasy'],
  [['ناميبي'], country('NA'), 'Namibian'],
  // Middle East, Asia
  [['إيراني', 'ايراني'], country('IR'), 'Iranian'],
  [['تركي'], country('TR'), 'Turkish'],
  [['أفغاني'], country('AF'), 'Afghan'],
  [['باكستاني'], country('PK'), 'Pakistani'],
  [['هندي'], country('IN'), 'Indian'],
  [['بنغلاديشي'], country('BD'), 'Bangladeshi'],
  [['صيني'], country('CN'), 'Chinese'],
  [['ياباني'], country('JP'), 'Japanese'],
  [['تايواني'], country('TW'), 'Taiwanese'],
  [['إندونيسي'], country('ID'), 'Indonesian'],
  [['ماليزي'], country('MY'), 'Malaysian'],
  [['فلبيني'], country('PH'), 'Filipino'],
  [['تايلاندي'], country('TH'), 'Thai'],
  [['فيتنامي'], country('VN'), 'Vietnamese'],
  [['أذربيجاني'], country('AZ'), 'Azerbaijani'],
  [['أرميني', 'أرمني'], country('AM'), 'Armenian'],
  [['كازاخي', 'كازاخستاني'], country('KZ'), 'Kazakh'],
  [['أوزبكي', 'أوزبكستاني'], country('UZ'), 'Uzbek'],
  [['طاجيكي', 'طاجيكستاني'], country('TJ'), 'Tajik'],
  [['قرغيزي', 'قيرغيزي'], country('KG'), 'Kyrgyz'],
  [['تركماني', 'تركمانستاني'], country('TM'), 'Turkmen'],
  [['كوري'], country('KR'), 'Korean'],
  [['منغولي'], country('MN'), 'Mongolian'],
  [['نيبالي'], country('NP'), 'Nepali'],
  [['سريلانكي'], country('LK'), 'Sri Lankan'],
  [['ميانماري'], country('MM'), 'Burmese'],
  [['كمبودي'], country('KH'), 'Cambodian'],
  [['سنغافوري'], country('SG'), 'Singaporean'],
  [['جورجي'], country('GE'), 'Georgian'],
  // Europe
  [['روسي'], country('RU'), 'Russian'],
  [['أوكراني'], country('UA'), 'Ukrainian'],
  [['بيلاروسي'], country('BY'), 'Belarusian'],
  [['فرنسي'], country('FR'), 'French'],
  [['بريطاني'], country('GB'), 'British'],
  [['ألماني'], country('DE'), 'German'],
  [['إيطالي'], country('IT'), 'Italian'],
  [['إسباني'], country('ES'), 'Spanish'],
  [['برتغالي'], country('PT'), 'Portuguese'],
  [['هولندي'], country('NL'), 'Dutch'],
  [['بلجيكي'], country('BE'), 'Belgian'],
  [['سويسري'], country('CH'), 'Swiss'],
  [['نمساوي'], country('AT'), 'Austrian'],
  [['سويدي'], country('SE'), 'Swedish'],
  [['نرويجي'], country('NO'), 'Norwegian'],
  [['دنماركي'], country('DK'), 'Danish'],
  [['فنلندي'], country('FI'), 'Finnish'],
  [['بولندي'], country('PL'), 'Polish'],
  // مجري: after ى→ي folding also مجرى "course, stream" (مجرى التحقيق)
  [['مجري'], country('HU'), 'Hungarian'],
  [['يوناني'], country('GR'), 'Greek'],
  [['قبرصي'], country('CY'), 'Cypriot'],
  [['روماني'], country('RO'), 'Romanian'],
  [['بلغاري'], country('BG'), 'Bulgarian'],
  [['صربي'], country('RS'), 'Serbian'],
  [['كرواتي'], country('HR'), 'Croatian'],
  [['ألباني'], country('AL'), 'Albanian'],
  [['تشيكي'], country('CZ'), 'Czech'],
  [['سلوفاكي'], country('SK'), 'Slovak'],
  [['سلوفيني'], country('SI'), 'Slovenian'],
  [['بوسني'], country('BA'), 'Bosnian'],
  [['مقدوني'], country('MK'), 'Macedonian'],
  [['ليتواني'], country('LT'), 'Lithuanian'],
  [['لاتفي'], country('LV'), 'Latvian'],
  [['إستوني'], country('EE'), 'Estonian'],
  [['مولدوفي'], country('MD'), 'Moldovan'],
  [['آيسلندي', 'أيسلندي'], country('IS'), 'Icelandic'],
  [['مالطي'], country('MT'), 'Maltese'],
  [['مونتينيغري', 'مونتنيغري'], country('ME'), 'Montenegrin'],
  [['أيرلندي', 'إيرلندي'], country('IE'), 'Irish'],
  [['إنجليزي', 'إنكليزي'], 'np:england', 'English'],
  [['اسكتلندي', 'إسكتلندي'], 'np:scotland', 'Scottish'],
  // Americas, Oceania
  [['أمريكي', 'أميركي', 'امريكي'], country('US'), 'American'],
  [['كندي'], country('CA'), 'Canadian'],
  [['مكسيكي'], country('MX'), 'Mexican'],
  [['برازيلي'], country('BR'), 'Brazilian'],
  [['أرجنتيني'], country('AR'), 'Argentine'],
  [['فنزويلي'], country('VE'), 'Venezuelan'],
  [['كوبي'], country('CU'), 'Cuban'],
  [['كولومبي'], country('CO'), 'Colombian'],
  [['أسترالي'], country('AU'), 'Australian'],
  [['نيوزيلندي'], country('NZ'), 'New Zealander'],
  [['بيروفي'], country('PE'), 'Peruvian'],
  [['إكوادوري'], country('EC'), 'Ecuadorian'],
  [['بوليفي'], country('BO'), 'Bolivian'],
  [['أوروغوياني', 'أوروجوياني', 'أوروغواياني'], country('UY'), 'Uruguayan'],
  [['باراغوياني', 'باراجوياني'], country('PY'), 'Paraguayan'],
  [['كوستاريكي'], country('CR'), 'Costa Rican'],
  [['بنمي'], country('PA'), 'Panamanian'],
  [['غواتيمالي'], country('GT'), 'Guatemalan'],
  [['هندوراسي'], country('HN'), 'Honduran'],
  [['سلفادوري'], country('SV'), 'Salvadoran'],
  [['نيكاراغوي', 'نيكاراجوي'], country('NI'), 'Nicaraguan'],
  [['دومينيكاني'], country('DO'), 'Dominican'],
  [['جامايكي'], country('JM'), 'Jamaican'],
  // Bodies and regions
  [['أوروبي'], 'Q458', 'European'],
  [['خليجي'], 'np:gcc', 'Gulf (GCC)'],
  [['أممي'], 'Q1065', 'UN'],
  [['أطلسي'], 'Q7184', 'NATO (Atlantic)'],
  [['عربي'], 'np:arab-world', 'Arab'],
  [['أفريقي', 'إفريقي'], 'Q15', 'African'],
  [['آسيوي'], 'Q48', 'Asian'],
  [['كردي', 'كردستاني'], 'np:kurdistan', 'Kurdish'],
  [['مقدسي'], 'Q1218', 'Jerusalemite'],
  [['غزي', 'غزاوي'], 'Q39760', 'Gazan'],
];

/** Nationality and relational adjectives, one entry per written base form. */
export const NISBA: NisbaEntry[] = ROWS.flatMap(([bases, ref, en]) => bases.map((base) => ({ base, ref, en })));

/** A plural or other form the regular inflection of a nisba does not produce. */
export interface IrregularNisbaForm {
  /** the written form, without the article */
  form: string;
  /** the NisbaEntry base it belongs to */
  base: string;
}

/**
 * Broken plurals of nationality adjectives (authored from Arabic usage): الأتراك، الروس،
 * العرب … The matcher adds the article as for any word.
 */
export const NISBA_IRREGULAR: readonly IrregularNisbaForm[] = [
  { form: 'أتراك', base: 'تركي' },
  { form: 'روس', base: 'روسي' },
  { form: 'عرب', base: 'عربي' },
  { form: 'أكراد', base: 'كردي' },
  { form: 'ألمان', base: 'ألماني' },
  { form: 'إنجليز', base: 'إنجليزي' },
  { form: 'إنكليز', base: 'إنكليزي' },
  { form: 'إسبان', base: 'إسباني' },
  { form: 'طليان', base: 'إيطالي' },
  { form: 'أفغان', base: 'أفغاني' },
  { form: 'هنود', base: 'هندي' },
  { form: 'أمريكان', base: 'أمريكي' },
  { form: 'أميركان', base: 'أميركي' },
  { form: 'أوزبك', base: 'أوزبكي' },
  { form: 'أرمن', base: 'أرمني' },
];
