/**
 * Organizations, type ORG: international bodies, government bodies, armed groups and
 * parties, companies, football clubs, central banks and stock exchanges. News media are
 * in media.ts.
 *
 * Sources: Wikidata QIDs and English labels where the item is known with confidence
 * (source "wikidata"); otherwise a project id `np:<slug>` (source "authored"). Arabic
 * labels and variants are authored from Arabic news usage. Ministries of foreign affairs
 * and defence are generated from a table of countries and their nationality adjectives
 * (وزارة الخارجية القطرية، الخارجية القطرية).
 *
 * A head noun that is part of the proper name is written in it (وزارة الخارجية القطرية،
 * حركة حماس، البيت الأبيض); a generic descriptor before a brand name is not (شركة أبل →
 * أبل). See heads.ts.
 */
import type { GazetteerEntry } from '../types.js';
import type { FormNote } from './index.js';

function org(id: string, ar: string, en: string, variants: string[] = []): GazetteerEntry {
  const entry: GazetteerEntry = {
    id,
    type: 'ORG',
    ar,
    en,
    source: id.startsWith('Q') ? 'wikidata (QID, English label); Arabic forms authored' : 'authored',
  };
  if (variants.length > 0) entry.variants = variants;
  return entry;
}
const o = org;

const INTERNATIONAL: GazetteerEntry[] = [
  o('Q1065', 'الأمم المتحدة', 'United Nations', ['منظمة الأمم المتحدة', 'هيئة الأمم المتحدة']),
  o('Q37470', 'مجلس الأمن الدولي', 'United Nations Security Council', ['مجلس الأمن', 'مجلس الأمن التابع للأمم المتحدة']),
  o('np:unga', 'الجمعية العامة للأمم المتحدة', 'United Nations General Assembly', ['الجمعية العامة']),
  o('np:unhrc', 'مجلس حقوق الإنسان', 'United Nations Human Rights Council', ['مجلس حقوق الإنسان التابع للأمم المتحدة', 'مجلس حقوق الإنسان الأممي']),
  o('Q7817', 'منظمة الصحة العالمية', 'World Health Organization', ['الصحة العالمية']),
  o('Q7804', 'صندوق النقد الدولي', 'International Monetary Fund', ['IMF']),
  o('Q7164', 'البنك الدولي', 'World Bank', ['مجموعة البنك الدولي']),
  o('Q7184', 'حلف شمال الأطلسي', 'NATO', ['الناتو', 'حلف الناتو', 'الحلف الأطلسي', 'حلف الأطلسي', 'NATO']),
  o('Q458', 'الاتحاد الأوروبي', 'European Union', ['الاتحاد الاوروبي', 'EU']),
  o('Q8880', 'المفوضية الأوروبية', 'European Commission'),
  o('Q8889', 'البرلمان الأوروبي', 'European Parliament'),
  o('np:european-council', 'المجلس الأوروبي', 'European Council'),
  o('Q7172', 'جامعة الدول العربية', 'Arab League', ['الجامعة العربية']),
  o('np:gcc', 'مجلس التعاون الخليجي', 'Gulf Cooperation Council', ['مجلس التعاون لدول الخليج العربية', 'مجلس التعاون']),
  o('Q7795', 'أوبك', 'OPEC', ['منظمة الدول المصدرة للنفط', 'منظمة أوبك', 'OPEC']),
  o('np:opec-plus', 'أوبك+', 'OPEC+', ['أوبك بلس', 'تحالف أوبك+', 'OPEC+']),
  o('np:iaea', 'الوكالة الدولية للطاقة الذرية', 'International Atomic Energy Agency', ['الطاقة الذرية', 'IAEA']),
  o('np:iea', 'وكالة الطاقة الدولية', 'International Energy Agency'),
  o('Q7159', 'الاتحاد الأفريقي', 'African Union', ['الاتحاد الإفريقي']),
  o('np:oic', 'منظمة التعاون الإسلامي', 'Organisation of Islamic Cooperation'),
  o('np:unicef', 'اليونيسف', 'UNICEF', ['منظمة الأمم المتحدة للطفولة', 'يونيسف', 'UNICEF']),
  o('np:unesco', 'اليونسكو', 'UNESCO', ['منظمة الأمم المتحدة للتربية والعلم والثقافة', 'يونسكو', 'UNESCO']),
  o('np:unrwa', 'الأونروا', 'UNRWA', ['وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين', 'وكالة غوث وتشغيل اللاجئين الفلسطينيين', 'أونروا', 'UNRWA']),
  o('np:unhcr', 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين', 'UNHCR', ['مفوضية اللاجئين', 'مفوضية الأمم المتحدة لشؤون اللاجئين', 'UNHCR']),
  o('np:ohchr', 'مفوضية الأمم المتحدة السامية لحقوق الإنسان', 'OHCHR', ['المفوضية السامية لحقوق الإنسان']),
  o('np:ocha', 'مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية', 'OCHA', ['أوتشا', 'OCHA']),
  o('np:wfp', 'برنامج الأغذية العالمي', 'World Food Programme', ['WFP']),
  o('np:iom', 'المنظمة الدولية للهجرة', 'International Organization for Migration', ['منظمة الهجرة الدولية', 'منظمة الهجرة']),
  o('np:fao', 'منظمة الأغذية والزراعة', 'Food and Agriculture Organization', ['الفاو', 'FAO']),
  o('np:undp', 'برنامج الأمم المتحدة الإنمائي', 'United Nations Development Programme'),
  o('np:wto', 'منظمة التجارة العالمية', 'World Trade Organization', ['WTO']),
  o('np:icc', 'المحكمة الجنائية الدولية', 'International Criminal Court', ['الجنائية الدولية', 'ICC']),
  o('np:icj', 'محكمة العدل الدولية', 'International Court of Justice', ['العدل الدولية', 'ICJ']),
  o('np:icrc', 'اللجنة الدولية للصليب الأحمر', 'International Committee of the Red Cross', ['الصليب الأحمر', 'الصليب الأحمر الدولي']),
  o('np:ifrc', 'الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر', 'IFRC'),
  o('np:qrcs', 'الهلال الأحمر القطري', 'Qatar Red Crescent Society'),
  o('np:prcs', 'الهلال الأحمر الفلسطيني', 'Palestine Red Crescent Society', ['جمعية الهلال الأحمر الفلسطيني']),
  o('np:amnesty', 'منظمة العفو الدولية', 'Amnesty International', ['العفو الدولية', 'أمنستي']),
  o('np:hrw', 'هيومن رايتس ووتش', 'Human Rights Watch', ['منظمة هيومن رايتس ووتش']),
  o('np:msf', 'أطباء بلا حدود', 'Médecins Sans Frontières', ['منظمة أطباء بلا حدود']),
  o('np:ghf', 'مؤسسة غزة الإنسانية', 'Gaza Humanitarian Foundation'),
  o('np:opcw', 'منظمة حظر الأسلحة الكيميائية', 'Organisation for the Prohibition of Chemical Weapons'),
  o('np:interpol', 'الإنتربول', 'Interpol', ['الشرطة الدولية', 'الانتربول']),
  o('np:g20', 'مجموعة العشرين', 'G20', ['G20']),
  o('np:g7', 'مجموعة السبع', 'G7', ['مجموعة الدول السبع', 'G7']),
  o('np:brics', 'بريكس', 'BRICS', ['مجموعة بريكس', 'BRICS']),
  o('np:sco', 'منظمة شنغهاي للتعاون', 'Shanghai Cooperation Organisation'),
  o('np:asean', 'آسيان', 'ASEAN', ['رابطة دول جنوب شرق آسيا']),
  o('np:fifa', 'الفيفا', 'FIFA', ['الاتحاد الدولي لكرة القدم', 'فيفا', 'FIFA']),
  o('np:uefa', 'الاتحاد الأوروبي لكرة القدم', 'UEFA', ['يويفا', 'اليويفا', 'UEFA']),
  o('np:afc', 'الاتحاد الآسيوي لكرة القدم', 'Asian Football Confederation'),
  o('np:caf', 'الاتحاد الأفريقي لكرة القدم', 'Confederation of African Football', ['كاف']),
  o('np:ioc', 'اللجنة الأولمبية الدولية', 'International Olympic Committee'),
  o('np:world-economic-forum', 'المنتدى الاقتصادي العالمي', 'World Economic Forum', ['منتدى دافوس']),
];

const GOVERNMENT: GazetteerEntry[] = [
  o('np:white-house', 'البيت الأبيض', 'White House'),
  o('np:kremlin', 'الكرملين', 'Kremlin'),
  o('np:pentagon', 'البنتاغون', 'Pentagon', ['البنتاجون', 'وزارة الدفاع الأمريكية', 'وزارة الدفاع الأميركية', 'وزارة الحرب الأمريكية', 'وزارة الحرب الأميركية']),
  o('np:elysee', 'الإليزيه', 'Élysée Palace', ['قصر الإليزيه']),
  o('np:downing-street', 'داونينغ ستريت', 'Downing Street'),
  o('np:us-congress', 'الكونغرس', 'United States Congress', ['الكونغرس الأمريكي', 'الكونغرس الأميركي', 'الكونجرس']),
  o('np:us-senate', 'مجلس الشيوخ الأمريكي', 'United States Senate', ['مجلس الشيوخ الأميركي']),
  o('np:us-house', 'مجلس النواب الأمريكي', 'United States House of Representatives', ['مجلس النواب الأميركي']),
  o('np:cia', 'وكالة المخابرات المركزية الأمريكية', 'Central Intelligence Agency', ['وكالة المخابرات المركزية', 'سي آي إيه', 'CIA']),
  o('np:fbi', 'مكتب التحقيقات الفيدرالي', 'Federal Bureau of Investigation', ['مكتب التحقيقات الفدرالي', 'إف بي آي', 'FBI']),
  o('np:us-treasury', 'وزارة الخزانة الأمريكية', 'United States Department of the Treasury', ['وزارة الخزانة الأميركية', 'الخزانة الأمريكية']),
  o('np:centcom', 'القيادة المركزية الأمريكية', 'United States Central Command', ['القيادة المركزية الأميركية', 'سنتكوم']),
  o('np:nasa', 'ناسا', 'NASA', ['وكالة ناسا', 'وكالة الفضاء الأمريكية', 'NASA']),
  o('np:us-army', 'الجيش الأمريكي', 'United States Armed Forces', ['الجيش الأميركي', 'القوات الأمريكية', 'القوات الأميركية']),
  o('np:knesset', 'الكنيست', 'Knesset', ['الكنيست الإسرائيلي']),
  o('np:idf', 'الجيش الإسرائيلي', 'Israel Defense Forces', ['جيش الاحتلال', 'جيش الاحتلال الإسرائيلي', 'جيش الدفاع الإسرائيلي']),
  o('np:mossad', 'الموساد', 'Mossad', ['جهاز الموساد']),
  o('np:shin-bet', 'الشاباك', 'Shin Bet', ['جهاز الشاباك', 'جهاز الأمن العام الإسرائيلي']),
  o('np:irgc', 'الحرس الثوري الإيراني', 'Islamic Revolutionary Guard Corps', ['الحرس الثوري', 'حرس الثورة']),
  o('np:quds-force', 'فيلق القدس', 'Quds Force'),
  o('np:russian-army', 'الجيش الروسي', 'Russian Armed Forces', ['القوات الروسية']),
  o('np:ukrainian-army', 'الجيش الأوكراني', 'Armed Forces of Ukraine', ['القوات الأوكرانية']),
  o('np:state-duma', 'مجلس الدوما', 'State Duma', ['الدوما']),
  o('np:amiri-diwan', 'الديوان الأميري', 'Amiri Diwan'),
  o('np:qatar-shura-council', 'مجلس الشورى القطري', 'Shura Council of Qatar'),
  o('np:qia', 'جهاز قطر للاستثمار', 'Qatar Investment Authority'),
  o('np:qatar-foundation', 'مؤسسة قطر', 'Qatar Foundation'),
  o('np:pif', 'صندوق الاستثمارات العامة', 'Public Investment Fund', ['صندوق الاستثمارات العامة السعودي']),
  o('np:suez-canal-authority', 'هيئة قناة السويس', 'Suez Canal Authority'),
  o('np:palestinian-authority', 'السلطة الفلسطينية', 'Palestinian National Authority', ['السلطة الوطنية الفلسطينية']),
  o('np:plo', 'منظمة التحرير الفلسطينية', 'Palestine Liberation Organization', ['منظمة التحرير']),
  o('np:lebanese-army', 'الجيش اللبناني', 'Lebanese Armed Forces'),
  o('np:sudanese-army', 'الجيش السوداني', 'Sudanese Armed Forces', ['القوات المسلحة السودانية']),
  o('np:syrian-army', 'الجيش السوري', 'Syrian Army'),
  o('np:egyptian-army', 'الجيش المصري', 'Egyptian Armed Forces', ['القوات المسلحة المصرية']),
  o('np:pakistan-army', 'الجيش الباكستاني', 'Pakistan Army'),
  o('np:al-azhar', 'الأزهر الشريف', 'Al-Azhar', ['مشيخة الأزهر']),
];

/** Foreign and defence ministries, generated from country, nationality adjective (with variants). */
interface MinistryRow {
  /** ISO alpha-2 of the country */
  code: string;
  /** the country's short Arabic name, for "وزارة خارجية قطر" */
  country: string;
  /** nationality adjectives, masculine singular: قطري، أمريكي … */
  nisba: string[];
  en: string;
  defence?: boolean;
}

const MINISTRY_ROWS: MinistryRow[] = [
  { code: 'qa', country: 'قطر', nisba: ['قطري'], en: 'Qatar', defence: true },
  { code: 'sa', country: 'السعودية', nisba: ['سعودي'], en: 'Saudi Arabia', defence: true },
  { code: 'ae', country: 'الإمارات', nisba: ['إماراتي'], en: 'United Arab Emirates', defence: true },
  { code: 'eg', country: 'مصر', nisba: ['مصري'], en: 'Egypt', defence: true },
  { code: 'jo', country: 'الأردن', nisba: ['أردني'], en: 'Jordan' },
  { code: 'kw', country: 'الكويت', nisba: ['كويتي'], en: 'Kuwait' },
  { code: 'bh', country: 'البحرين', nisba: ['بحريني'], en: 'Bahrain' },
  { code: 'om', country: 'عمان', nisba: ['عماني'], en: 'Oman' },
  { code: 'iq', country: 'العراق', nisba: ['عراقي'], en: 'Iraq', defence: true },
  { code: 'sy', country: 'سوريا', nisba: ['سوري'], en: 'Syria', defence: true },
  { code: 'lb', country: 'لبنان', nisba: ['لبناني'], en: 'Lebanon' },
  { code: 'ps', country: 'فلسطين', nisba: ['فلسطيني'], en: 'Palestine' },
  { code: 'ye', country: 'اليمن', nisba: ['يمني'], en: 'Yemen' },
  { code: 'sd', country: 'السودان', nisba: ['سوداني'], en: 'Sudan' },
  { code: 'ly', country: 'ليبيا', nisba: ['ليبي'], en: 'Libya' },
  { code: 'tn', country: 'تونس', nisba: ['تونسي'], en: 'Tunisia' },
  { code: 'dz', country: 'الجزائر', nisba: ['جزائري'], en: 'Algeria' },
  { code: 'ma', country: 'المغرب', nisba: ['مغربي'], en: 'Morocco' },
  { code: 'tr', country: 'تركيا', nisba: ['تركي'], en: 'Turkey', defence: true },
  { code: 'ir', country: 'إيران', nisba: ['إيراني'], en: 'Iran', defence: true },
  { code: 'il', country: 'إسرائيل', nisba: ['إسرائيلي'], en: 'Israel', defence: true },
  { code: 'ru', country: 'روسيا', nisba: ['روسي'], en: 'Russia', defence: true },
  { code: 'ua', country: 'أوكرانيا', nisba: ['أوكراني'], en: 'Ukraine', defence: true },
  { code: 'cn', country: 'الصين', nisba: ['صيني'], en: 'China', defence: true },
  { code: 'fr', country: 'فرنسا', nisba: ['فرنسي'], en: 'France', defence: true },
  { code: 'gb', country: 'بريطانيا', nisba: ['بريطاني'], en: 'United Kingdom', defence: true },
  { code: 'de', country: 'ألمانيا', nisba: ['ألماني'], en: 'Germany', defence: true },
  { code: 'us', country: 'الولايات المتحدة', nisba: ['أمريكي', 'أميركي'], en: 'United States' },
  { code: 'pk', country: 'باكستان', nisba: ['باكستاني'], en: 'Pakistan', defence: true },
  { code: 'in', country: 'الهند', nisba: ['هندي'], en: 'India', defence: true },
  { code: 'jp', country: 'اليابان', nisba: ['ياباني'], en: 'Japan' },
];

/** Feminine definite form of a nisba: قطري → القطرية. */
function feminineDefinite(nisba: string): string {
  return `ال${nisba}ة`;
}

function ministries(): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  const kinds = [
    { key: 'mofa', word: 'الخارجية', construct: 'خارجية', en: 'Ministry of Foreign Affairs' },
    { key: 'mod', word: 'الدفاع', construct: 'دفاع', en: 'Ministry of Defence' },
  ];
  for (const row of MINISTRY_ROWS) {
    for (const kind of kinds) {
      if (kind.key === 'mod' && !row.defence) continue;
      const adjectives = row.nisba.map(feminineDefinite);
      const [first, ...rest] = adjectives;
      const variants = [
        ...rest.map((a) => `وزارة ${kind.word} ${a}`),
        ...adjectives.map((a) => `${kind.word} ${a}`),
        `وزارة ${kind.construct} ${row.country}`,
      ];
      const en = row.code === 'us' && kind.key === 'mofa' ? 'United States Department of State' : `${kind.en} (${row.en})`;
      out.push({
        id: `np:${kind.key}-${row.code}`,
        type: 'ORG',
        ar: `وزارة ${kind.word} ${first}`,
        en,
        variants: [...new Set(variants)],
        source: 'authored (generated: ministry + nationality adjective)',
      });
    }
  }
  return out;
}

const PARTIES_AND_ARMED_GROUPS: GazetteerEntry[] = [
  // حماس is also the common noun "enthusiasm" (بحماس); see ORGANIZATION_NOTES.
  o('np:hamas', 'حركة حماس', 'Hamas', ['حماس', 'حركة المقاومة الإسلامية', 'حركة المقاومة الإسلامية حماس']),
  o('np:qassam-brigades', 'كتائب القسام', 'Al-Qassam Brigades', ['كتائب عز الدين القسام', 'القسام']),
  o('np:hezbollah', 'حزب الله', 'Hezbollah', ['حزب الله اللبناني']),
  o('np:houthis', 'جماعة الحوثي', 'Houthis', ['الحوثيون', 'الحوثيين', 'جماعة أنصار الله', 'أنصار الله', 'جماعة الحوثيين']),
  // فتح alone is the common verb/noun "opened; opening": only the form with its head.
  o('np:fatah', 'حركة فتح', 'Fatah', ['حركة التحرير الوطني الفلسطيني']),
  o('np:pij', 'حركة الجهاد الإسلامي', 'Palestinian Islamic Jihad', ['الجهاد الإسلامي', 'حركة الجهاد الإسلامي في فلسطين']),
  o('np:al-quds-brigades', 'سرايا القدس', 'Al-Quds Brigades'),
  o('np:pflp', 'الجبهة الشعبية لتحرير فلسطين', 'Popular Front for the Liberation of Palestine', ['الجبهة الشعبية']),
  o('np:taliban', 'حركة طالبان', 'Taliban', ['طالبان']),
  o('np:isis', 'تنظيم الدولة الإسلامية', 'Islamic State', ['داعش', 'تنظيم داعش', 'تنظيم الدولة', 'الدولة الإسلامية في العراق والشام']),
  // القاعدة alone is the common noun "the base; the rule".
  o('np:al-qaeda', 'تنظيم القاعدة', 'al-Qaeda'),
  o('np:rsf', 'قوات الدعم السريع', 'Rapid Support Forces', ['الدعم السريع']),
  o('np:hts', 'هيئة تحرير الشام', 'Hayat Tahrir al-Sham', ['تحرير الشام']),
  o('np:sdf', 'قوات سوريا الديمقراطية', 'Syrian Democratic Forces', ['قسد']),
  o('np:pkk', 'حزب العمال الكردستاني', 'Kurdistan Workers\' Party', ['العمال الكردستاني', 'بي كي كي']),
  o('np:muslim-brotherhood', 'جماعة الإخوان المسلمين', 'Muslim Brotherhood', ['الإخوان المسلمين', 'الإخوان المسلمون', 'الإخوان']),
  o('np:al-shabaab', 'حركة الشباب', 'Al-Shabaab', ['حركة الشباب المجاهدين', 'حركة الشباب الصومالية']),
  o('np:boko-haram', 'بوكو حرام', 'Boko Haram', ['جماعة بوكو حرام']),
  o('np:wagner', 'مجموعة فاغنر', 'Wagner Group', ['فاغنر', 'فاجنر']),
  o('np:pmf', 'الحشد الشعبي', 'Popular Mobilization Forces', ['هيئة الحشد الشعبي']),
  o('np:kataib-hezbollah', 'كتائب حزب الله', 'Kata\'ib Hezbollah', ['كتائب حزب الله العراقية']),
  o('np:amal-movement', 'حركة أمل', 'Amal Movement'),
  o('np:fpm', 'التيار الوطني الحر', 'Free Patriotic Movement'),
  o('np:lebanese-forces', 'القوات اللبنانية', 'Lebanese Forces', ['حزب القوات اللبنانية']),
  o('np:polisario', 'جبهة البوليساريو', 'Polisario Front', ['البوليساريو']),
  o('np:stc', 'المجلس الانتقالي الجنوبي', 'Southern Transitional Council', ['الانتقالي الجنوبي']),
  o('np:lna', 'الجيش الوطني الليبي', 'Libyan National Army'),
  o('np:likud', 'حزب الليكود', 'Likud', ['الليكود']),
  o('np:us-republican-party', 'الحزب الجمهوري', 'Republican Party', ['الحزب الجمهوري الأمريكي', 'الجمهوريون']),
  o('np:us-democratic-party', 'الحزب الديمقراطي', 'Democratic Party', ['الحزب الديمقراطي الأمريكي', 'الديمقراطيون']),
  o('np:uk-labour', 'حزب العمال البريطاني', 'Labour Party (UK)', ['حزب العمال']),
  o('np:uk-conservatives', 'حزب المحافظين البريطاني', 'Conservative Party (UK)', ['حزب المحافظين']),
  o('np:akp', 'حزب العدالة والتنمية', 'Justice and Development Party (Turkey)', ['العدالة والتنمية']),
  o('np:chp', 'حزب الشعب الجمهوري', 'Republican People\'s Party (Turkey)'),
  o('np:cpc', 'الحزب الشيوعي الصيني', 'Chinese Communist Party'),
  o('np:baath', 'حزب البعث', 'Ba\'ath Party', ['حزب البعث العربي الاشتراكي']),
  o('np:afd', 'حزب البديل من أجل ألمانيا', 'Alternative for Germany', ['البديل من أجل ألمانيا']),
];

const COMPANIES: GazetteerEntry[] = [
  o('np:saudi-aramco', 'أرامكو', 'Saudi Aramco', ['أرامكو السعودية', 'ارامكو']),
  o('np:sabic', 'سابك', 'SABIC', ['الشركة السعودية للصناعات الأساسية']),
  o('np:qatarenergy', 'قطر للطاقة', 'QatarEnergy'),
  o('np:adnoc', 'أدنوك', 'ADNOC', ['شركة بترول أبوظبي الوطنية']),
  o('np:mubadala', 'مبادلة', 'Mubadala Investment Company'),
  o('np:emaar', 'إعمار', 'Emaar Properties', ['إعمار العقارية']),
  o('np:qnb', 'بنك قطر الوطني', 'Qatar National Bank', ['QNB']),
  o('np:al-rajhi-bank', 'مصرف الراجحي', 'Al Rajhi Bank'),
  o('np:egyptair', 'مصر للطيران', 'EgyptAir'),
  // القطرية alone is the nationality adjective; only the full forms are names.
  o('np:qatar-airways', 'الخطوط الجوية القطرية', 'Qatar Airways', ['القطرية للطيران', 'Qatar Airways']),
  o('np:emirates-airline', 'طيران الإمارات', 'Emirates'),
  o('np:etihad', 'الاتحاد للطيران', 'Etihad Airways'),
  o('np:saudia', 'الخطوط الجوية العربية السعودية', 'Saudia', ['الخطوط السعودية']),
  o('np:turkish-airlines', 'الخطوط الجوية التركية', 'Turkish Airlines'),
  o('np:apple', 'أبل', 'Apple Inc.', ['آبل', 'ابل', 'Apple']),
  o('np:google', 'غوغل', 'Google', ['جوجل', 'Google']),
  o('np:alphabet', 'ألفابت', 'Alphabet Inc.'),
  o('np:microsoft', 'مايكروسوفت', 'Microsoft', ['ميكروسوفت', 'Microsoft']),
  o('np:openai', 'أوبن إيه آي', 'OpenAI', ['أوبن أيه آي', 'OpenAI']),
  o('np:anthropic', 'أنثروبيك', 'Anthropic', ['Anthropic']),
  o('np:deepseek', 'ديب سيك', 'DeepSeek', ['ديبسيك', 'DeepSeek']),
  o('np:meta', 'ميتا', 'Meta Platforms', ['Meta']),
  o('np:facebook', 'فيسبوك', 'Facebook', ['فيس بوك', 'Facebook']),
  o('np:instagram', 'إنستغرام', 'Instagram', ['انستغرام', 'إنستجرام', 'Instagram']),
  o('np:whatsapp', 'واتساب', 'WhatsApp', ['واتس آب', 'WhatsApp']),
  o('np:x-twitter', 'إكس', 'X (Twitter)', ['تويتر', 'Twitter']),
  o('np:tiktok', 'تيك توك', 'TikTok', ['تيك-توك', 'TikTok']),
  o('np:bytedance', 'بايت دانس', 'ByteDance'),
  o('np:youtube', 'يوتيوب', 'YouTube', ['YouTube']),
  o('np:telegram', 'تلغرام', 'Telegram', ['تيليغرام', 'تليجرام', 'Telegram']),
  o('np:tesla', 'تسلا', 'Tesla, Inc.', ['Tesla']),
  o('np:spacex', 'سبيس إكس', 'SpaceX', ['SpaceX']),
  o('np:starlink', 'ستارلينك', 'Starlink', ['Starlink']),
  o('np:amazon', 'أمازون', 'Amazon', ['Amazon']),
  o('np:nvidia', 'إنفيديا', 'Nvidia', ['انفيديا', 'نفيديا', 'Nvidia']),
  o('np:intel', 'إنتل', 'Intel', ['Intel']),
  o('np:ibm', 'آي بي إم', 'IBM', ['IBM']),
  o('np:netflix', 'نتفليكس', 'Netflix', ['Netflix']),
  o('np:uber', 'أوبر', 'Uber', ['Uber']),
  o('np:samsung', 'سامسونغ', 'Samsung', ['سامسونج', 'Samsung']),
  o('np:huawei', 'هواوي', 'Huawei', ['Huawei']),
  o('np:xiaomi', 'شاومي', 'Xiaomi', ['Xiaomi']),
  o('np:alibaba', 'علي بابا', 'Alibaba Group', ['Alibaba']),
  o('np:tsmc', 'تي إس إم سي', 'TSMC', ['TSMC']),
  o('np:boeing', 'بوينغ', 'Boeing', ['بوينج', 'Boeing']),
  o('np:airbus', 'إيرباص', 'Airbus', ['ايرباص', 'Airbus']),
  o('np:lockheed-martin', 'لوكهيد مارتن', 'Lockheed Martin'),
  o('np:raytheon', 'رايثيون', 'Raytheon'),
  o('np:toyota', 'تويوتا', 'Toyota'),
  o('np:volkswagen', 'فولكس فاغن', 'Volkswagen', ['فولكسفاغن', 'فولكس واجن']),
  o('np:exxonmobil', 'إكسون موبيل', 'ExxonMobil', ['اكسون موبيل', 'ExxonMobil']),
  o('np:chevron', 'شيفرون', 'Chevron'),
  o('np:totalenergies', 'توتال إنرجيز', 'TotalEnergies', ['توتال']),
  o('np:bp', 'بي بي', 'BP'),
  o('np:gazprom', 'غازبروم', 'Gazprom'),
  o('np:blackrock', 'بلاك روك', 'BlackRock'),
  o('np:goldman-sachs', 'غولدمان ساكس', 'Goldman Sachs', ['جولدمان ساكس']),
  o('np:jpmorgan', 'جي بي مورغان', 'JPMorgan Chase', ['جيه بي مورغان']),
  o('np:hsbc', 'إتش إس بي سي', 'HSBC', ['HSBC']),
  o('np:disney', 'ديزني', 'The Walt Disney Company'),
];

const CLUBS: GazetteerEntry[] = [
  // الهلال "the crescent", النصر "victory", الأهلي "national/popular", السد "the dam",
  // الرجاء "hope" are also common words: see ORGANIZATION_NOTES; the matcher decides.
  o('np:al-hilal', 'الهلال', 'Al Hilal SFC', ['الهلال السعودي']),
  o('np:al-nassr', 'النصر', 'Al Nassr FC', ['النصر السعودي']),
  o('np:al-ittihad-jeddah', 'اتحاد جدة', 'Al-Ittihad Club (Jeddah)', ['الاتحاد السعودي']),
  o('np:al-ahli-saudi', 'الأهلي السعودي', 'Al-Ahli Saudi FC', ['أهلي جدة']),
  o('np:al-ahly', 'الأهلي', 'Al Ahly SC', ['الأهلي المصري']),
  o('np:zamalek', 'الزمالك', 'Zamalek SC'),
  o('np:pyramids-fc', 'بيراميدز', 'Pyramids FC'),
  o('np:al-sadd', 'السد', 'Al Sadd SC', ['السد القطري']),
  o('np:al-duhail', 'الدحيل', 'Al-Duhail SC'),
  o('np:al-rayyan-sc', 'الريان', 'Al-Rayyan SC', ['الريان القطري']),
  o('np:al-gharafa', 'الغرافة', 'Al-Gharafa SC'),
  o('np:wydad', 'الوداد', 'Wydad AC', ['الوداد البيضاوي']),
  o('np:raja', 'الرجاء', 'Raja CA', ['الرجاء البيضاوي']),
  o('np:esperance', 'الترجي', 'Espérance de Tunis', ['الترجي التونسي', 'الترجي الرياضي']),
  o('Q8682', 'ريال مدريد', 'Real Madrid CF', ['الريال']),
  o('Q7156', 'برشلونة', 'FC Barcelona', ['البارسا', 'برشلونة الإسباني']),
  o('np:atletico-madrid', 'أتلتيكو مدريد', 'Atlético Madrid', ['أتليتيكو مدريد']),
  o('np:man-city', 'مانشستر سيتي', 'Manchester City FC', ['مان سيتي']),
  o('np:man-united', 'مانشستر يونايتد', 'Manchester United FC', ['مان يونايتد']),
  o('np:liverpool-fc', 'ليفربول', 'Liverpool FC'),
  o('np:chelsea-fc', 'تشيلسي', 'Chelsea FC'),
  o('np:arsenal-fc', 'أرسنال', 'Arsenal FC', ['آرسنال']),
  o('np:tottenham', 'توتنهام', 'Tottenham Hotspur', ['توتنهام هوتسبير']),
  o('np:psg', 'باريس سان جيرمان', 'Paris Saint-Germain', ['باريس سان جرمان', 'PSG']),
  o('np:bayern-munich', 'بايرن ميونخ', 'FC Bayern Munich', ['بايرن ميونيخ', 'البايرن']),
  o('np:dortmund', 'بوروسيا دورتموند', 'Borussia Dortmund', ['دورتموند']),
  o('np:juventus', 'يوفنتوس', 'Juventus FC', ['اليوفي']),
  o('np:ac-milan', 'ميلان', 'AC Milan', ['إيه سي ميلان']),
  o('np:inter-milan', 'إنتر ميلان', 'Inter Milan', ['الإنتر']),
  o('np:inter-miami', 'إنتر ميامي', 'Inter Miami CF'),
];

const FINANCE: GazetteerEntry[] = [
  o('np:federal-reserve', 'الاحتياطي الفيدرالي', 'Federal Reserve', ['مجلس الاحتياطي الفيدرالي', 'الاحتياطي الفدرالي', 'البنك المركزي الأمريكي', 'الفيدرالي الأمريكي', 'الفيدرالي', 'الفدرالي']),
  o('np:ecb', 'البنك المركزي الأوروبي', 'European Central Bank', ['المركزي الأوروبي']),
  o('np:bank-of-england', 'بنك إنجلترا', 'Bank of England', ['بنك إنكلترا']),
  o('np:bank-of-japan', 'بنك اليابان', 'Bank of Japan'),
  o('np:pboc', 'بنك الشعب الصيني', 'People\'s Bank of China', ['البنك المركزي الصيني']),
  o('np:bank-of-russia', 'البنك المركزي الروسي', 'Bank of Russia'),
  o('np:qcb', 'مصرف قطر المركزي', 'Qatar Central Bank'),
  o('np:sama', 'البنك المركزي السعودي', 'Saudi Central Bank', ['ساما', 'مؤسسة النقد العربي السعودي']),
  o('np:cbe', 'البنك المركزي المصري', 'Central Bank of Egypt', ['المركزي المصري']),
  o('np:cbuae', 'مصرف الإمارات العربية المتحدة المركزي', 'Central Bank of the UAE', ['المصرف المركزي الإماراتي']),
  o('np:cbrt', 'البنك المركزي التركي', 'Central Bank of the Republic of Turkey'),
  o('np:banque-du-liban', 'مصرف لبنان', 'Banque du Liban', ['مصرف لبنان المركزي']),
  o('np:nyse', 'بورصة نيويورك', 'New York Stock Exchange', ['NYSE']),
  o('np:nasdaq', 'ناسداك', 'Nasdaq', ['بورصة ناسداك', 'Nasdaq']),
  o('np:lse', 'بورصة لندن', 'London Stock Exchange'),
  o('np:qse', 'بورصة قطر', 'Qatar Stock Exchange'),
  o('np:tadawul', 'السوق المالية السعودية', 'Saudi Exchange', ['تداول', 'السوق المالية السعودية تداول']),
  o('np:dfm', 'سوق دبي المالي', 'Dubai Financial Market'),
  o('np:adx', 'سوق أبوظبي للأوراق المالية', 'Abu Dhabi Securities Exchange'),
  o('np:egx', 'البورصة المصرية', 'Egyptian Exchange'),
];

const UNIVERSITIES: GazetteerEntry[] = [
  o('np:qatar-university', 'جامعة قطر', 'Qatar University'),
  o('np:harvard', 'جامعة هارفارد', 'Harvard University', ['هارفارد']),
  o('np:columbia-university', 'جامعة كولومبيا', 'Columbia University'),
  o('np:cairo-university', 'جامعة القاهرة', 'Cairo University'),
  o('np:aub', 'الجامعة الأمريكية في بيروت', 'American University of Beirut'),
];

/** Every organization entry except news media. */
export const ORGANIZATIONS: GazetteerEntry[] = [
  ...INTERNATIONAL,
  ...GOVERNMENT,
  ...ministries(),
  ...PARTIES_AND_ARMED_GROUPS,
  ...COMPANIES,
  ...CLUBS,
  ...FINANCE,
  ...UNIVERSITIES,
];

/** Organization names that need care; see index.ts (FormNote). */
export const ORGANIZATION_NOTES: readonly FormNote[] = [
  { form: 'حماس', kind: 'common-word', ids: ['np:hamas'], note: 'حماس "enthusiasm" (بحماس)' },
  { form: 'فتح', kind: 'excluded', ids: ['np:fatah'], note: 'فتح "opened; opening"' },
  { form: 'القاعدة', kind: 'excluded', ids: ['np:al-qaeda'], note: 'القاعدة "the base; the rule"' },
  { form: 'القطرية', kind: 'excluded', ids: ['np:qatar-airways'], note: 'the nationality adjective' },
  { form: 'الهلال', kind: 'common-word', ids: ['np:al-hilal'], note: 'الهلال "the crescent"' },
  { form: 'النصر', kind: 'common-word', ids: ['np:al-nassr'], note: 'النصر "victory"' },
  { form: 'الأهلي', kind: 'common-word', ids: ['np:al-ahly'], note: 'الأهلي "national; civil"; also Saudi and Qatari clubs of that name' },
  { form: 'السد', kind: 'common-word', ids: ['np:al-sadd'], note: 'السد "the dam"' },
  { form: 'الرجاء', kind: 'common-word', ids: ['np:raja'], note: 'الرجاء "hope; please"' },
  { form: 'الوداد', kind: 'common-word', ids: ['np:wydad'], note: 'الوداد "affection"' },
  { form: 'الترجي', kind: 'common-word', ids: ['np:esperance'], note: 'rare as a common word' },
  { form: 'الريال', kind: 'common-word', ids: ['Q8682'], note: 'الريال "the riyal" (currency)' },
  { form: 'الإخوان', kind: 'common-word', ids: ['np:muslim-brotherhood'], note: 'الإخوان "the brothers"' },
  { form: 'الجمهوريون', kind: 'context', ids: ['np:us-republican-party'], note: 'plural noun "the Republicans", used for the US party' },
  { form: 'الديمقراطيون', kind: 'context', ids: ['np:us-democratic-party'], note: 'plural noun "the Democrats", used for the US party' },
  { form: 'الحزب الديمقراطي', kind: 'context', ids: ['np:us-democratic-party'], note: 'also parties of that name elsewhere' },
  { form: 'حزب العدالة والتنمية', kind: 'context', ids: ['np:akp'], note: 'also the Moroccan PJD' },
  { form: 'الفيدرالي', kind: 'context', ids: ['np:federal-reserve'], note: 'the adjective "federal"; alone in economic news it names the Fed' },
  { form: 'تداول', kind: 'common-word', ids: ['np:tadawul'], note: 'تداول "circulation; trading"' },
  { form: 'إكس', kind: 'common-word', ids: ['np:x-twitter'], note: 'the letter X' },
  { form: 'أمازون', kind: 'context', ids: ['np:amazon'], note: 'also the Amazon river and forest (الأمازون)' },
  { form: 'ميلان', kind: 'context', ids: ['np:ac-milan'], note: 'the city is ميلانو' },
  { form: 'حزب العمال', kind: 'context', ids: ['np:uk-labour'], note: 'also other Labour/Workers parties' },
  { form: 'الدعم السريع', kind: 'common-word', ids: ['np:rsf'], note: 'also the phrase "rapid support"' },
  { form: 'الجمعية العامة', kind: 'context', ids: ['np:unga'], note: 'also general assemblies of companies and associations' },
  { form: 'مجلس الأمن', kind: 'context', ids: ['Q37470'], note: 'also national security councils (مجلس الأمن القومي)' },
  { form: 'الطاقة الذرية', kind: 'common-word', ids: ['np:iaea'], note: 'also "atomic energy"' },
  { form: 'الصحة العالمية', kind: 'common-word', ids: ['Q7817'], note: 'also "global health"' },
  { form: 'الصليب الأحمر', kind: 'context', ids: ['np:icrc'], note: 'also national Red Cross societies' },
];
