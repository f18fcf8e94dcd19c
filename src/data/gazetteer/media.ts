/**
 * News media: agencies, newspapers, sites, television channels. Type ORG.
 *
 * Sources: Wikidata QIDs and English labels where the item is known with confidence
 * (source "wikidata"); otherwise a project id `np:<slug>` (source "authored"). Arabic
 * forms authored from Arabic news usage, including the agencies' Arabic abbreviations
 * (أ ف ب، واس، قنا، وام) and Latin names written in Arabic text (Axios, CNN).
 *
 * The generic descriptor before a brand stays outside the name (موقع "أكسيوس"،
 * صحيفة الغارديان، وكالة رويترز); it is inside when the rest is not a name on its own
 * (وكالة الأنباء القطرية). Several outlets carry names that are common words (الحياة،
 * النهار، الوطن، الشرق): see MEDIA_NOTES.
 */
import type { GazetteerEntry } from '../types.js';
import type { FormNote } from './index.js';

function outlet(id: string, ar: string, en: string, variants: string[] = []): GazetteerEntry {
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
const m = outlet;

const AGENCIES: GazetteerEntry[] = [
  m('np:reuters', 'رويترز', 'Reuters', ['رويتر', 'Reuters']),
  m('np:afp', 'فرانس برس', 'Agence France-Presse', ['وكالة الصحافة الفرنسية', 'وكالة فرانس برس', 'أ ف ب', 'أ.ف.ب', 'فرانس-برس', 'AFP']),
  m('np:ap', 'أسوشيتد برس', 'Associated Press', ['أسوشيتدبرس', 'أسوشييتد برس', 'أسوشيتيد برس', 'وكالة أسوشيتد برس', 'AP']),
  m('np:bloomberg', 'بلومبرغ', 'Bloomberg News', ['بلومبيرغ', 'بلومبرج', 'وكالة بلومبرغ', 'Bloomberg']),
  m('np:dpa', 'وكالة الأنباء الألمانية', 'Deutsche Presse-Agentur', ['د ب أ', 'د.ب.أ', 'DPA']),
  m('np:efe', 'وكالة الأنباء الإسبانية', 'Agencia EFE', ['إفي', 'EFE']),
  m('np:ansa', 'وكالة أنسا', 'ANSA', ['أنسا']),
  m('np:tass', 'تاس', 'TASS', ['وكالة تاس', 'إيتار تاس', 'TASS']),
  m('np:ria-novosti', 'ريا نوفوستي', 'RIA Novosti', ['نوفوستي']),
  m('np:interfax', 'إنترفاكس', 'Interfax', ['انترفاكس']),
  m('np:sputnik', 'سبوتنيك', 'Sputnik', ['سبوتنيك عربي']),
  m('np:xinhua', 'شينخوا', 'Xinhua News Agency', ['وكالة أنباء الصين الجديدة', 'شينخوا الصينية', 'Xinhua']),
  m('np:kyodo', 'كيودو', 'Kyodo News'),
  m('np:yonhap', 'يونهاب', 'Yonhap News Agency'),
  m('np:anadolu-agency', 'الأناضول', 'Anadolu Agency', ['وكالة الأناضول']),
  m('np:spa', 'وكالة الأنباء السعودية', 'Saudi Press Agency', ['واس']),
  m('np:qna', 'وكالة الأنباء القطرية', 'Qatar News Agency', ['قنا']),
  m('np:wam', 'وكالة أنباء الإمارات', 'Emirates News Agency', ['وام']),
  m('np:kuna', 'وكالة الأنباء الكويتية', 'Kuwait News Agency', ['كونا']),
  m('np:bna', 'وكالة أنباء البحرين', 'Bahrain News Agency'),
  m('np:ona', 'وكالة الأنباء العمانية', 'Oman News Agency'),
  m('np:petra', 'وكالة الأنباء الأردنية', 'Jordan News Agency', ['بترا']),
  m('np:sana', 'الوكالة العربية السورية للأنباء', 'Syrian Arab News Agency', ['سانا']),
  m('np:nna', 'الوكالة الوطنية للإعلام', 'National News Agency (Lebanon)'),
  m('np:ina', 'وكالة الأنباء العراقية', 'Iraqi News Agency', ['واع']),
  m('np:mena', 'وكالة أنباء الشرق الأوسط', 'Middle East News Agency', ['أ ش أ']),
  m('np:wafa', 'وكالة الأنباء والمعلومات الفلسطينية', 'WAFA', ['وفا']),
  m('np:suna', 'وكالة السودان للأنباء', 'Sudan News Agency', ['سونا']),
  m('np:aps', 'وكالة الأنباء الجزائرية', 'Algeria Press Service', ['واج']),
  m('np:tap', 'وكالة تونس أفريقيا للأنباء', 'Tunis Afrique Presse', ['وات']),
  m('np:map', 'وكالة المغرب العربي للأنباء', 'Maghreb Arab Press'),
  m('np:saba', 'وكالة الأنباء اليمنية', 'Saba News Agency', ['سبأ']),
  m('np:irna', 'وكالة الجمهورية الإسلامية للأنباء', 'Islamic Republic News Agency', ['إرنا', 'ارنا', 'IRNA']),
  m('np:tasnim', 'وكالة تسنيم', 'Tasnim News Agency', ['تسنيم']),
  m('np:fars', 'وكالة أنباء فارس', 'Fars News Agency', ['وكالة فارس']),
  m('np:mehr', 'وكالة مهر', 'Mehr News Agency', ['وكالة أنباء مهر']),
  m('np:isna', 'وكالة إيسنا', 'ISNA', ['إيسنا']),
];

const PRINT_AND_WEB: GazetteerEntry[] = [
  m('np:axios', 'أكسيوس', 'Axios', ['اكسيوس', 'أكسيوس الأمريكي', 'Axios']),
  m('np:politico', 'بوليتيكو', 'Politico', ['Politico']),
  m('np:wsj', 'وول ستريت جورنال', 'The Wall Street Journal', ['وول ستريت جورنال الأمريكية', 'ذا وول ستريت جورنال', 'WSJ']),
  m('np:nyt', 'نيويورك تايمز', 'The New York Times', ['ذا نيويورك تايمز', 'نيويورك تايمز الأمريكية']),
  m('np:washington-post', 'واشنطن بوست', 'The Washington Post', ['ذا واشنطن بوست']),
  m('np:guardian', 'الغارديان', 'The Guardian', ['غارديان', 'الجارديان', 'الغارديان البريطانية']),
  m('np:ft', 'فايننشال تايمز', 'Financial Times', ['فاينانشال تايمز', 'الفايننشال تايمز']),
  m('np:economist', 'الإيكونوميست', 'The Economist', ['إيكونوميست', 'ذي إيكونوميست']),
  m('np:the-times', 'التايمز', 'The Times', ['ذا تايمز']),
  m('np:telegraph', 'التلغراف', 'The Daily Telegraph', ['ديلي تلغراف', 'الديلي تلغراف', 'التليغراف']),
  m('np:independent', 'الإندبندنت', 'The Independent', ['إندبندنت', 'الإندبندنت البريطانية']),
  m('np:daily-mail', 'ديلي ميل', 'Daily Mail', ['الديلي ميل']),
  m('np:newsweek', 'نيوزويك', 'Newsweek'),
  m('np:foreign-policy', 'فورين بوليسي', 'Foreign Policy'),
  m('np:foreign-affairs', 'فورين أفيرز', 'Foreign Affairs'),
  m('np:the-atlantic', 'ذا أتلانتيك', 'The Atlantic'),
  m('np:the-hill', 'ذا هيل', 'The Hill'),
  m('np:le-monde', 'لوموند', 'Le Monde', ['لو موند']),
  m('np:le-figaro', 'لوفيغارو', 'Le Figaro', ['لو فيغارو']),
  m('np:der-spiegel', 'دير شبيغل', 'Der Spiegel', ['شبيغل']),
  m('np:haaretz', 'هآرتس', 'Haaretz', ['هارتس']),
  m('np:yedioth', 'يديعوت أحرونوت', 'Yedioth Ahronoth', ['يديعوت', 'يديعوت احرونوت']),
  m('np:maariv', 'معاريف', 'Maariv'),
  m('np:israel-hayom', 'يسرائيل هيوم', 'Israel Hayom', ['إسرائيل هيوم', 'إسرائيل اليوم']),
  m('np:times-of-israel', 'تايمز أوف إسرائيل', 'The Times of Israel'),
  m('np:jerusalem-post', 'جيروزاليم بوست', 'The Jerusalem Post'),
  m('np:ynet', 'واي نت', 'Ynet', ['Ynet']),
  m('np:globes', 'غلوبس', 'Globes'),
  m('np:middle-east-eye', 'ميدل إيست آي', 'Middle East Eye'),
  m('np:asharq-al-awsat', 'الشرق الأوسط', 'Asharq Al-Awsat', ['الشرق الأوسط اللندنية']),
  m('np:al-hayat', 'الحياة', 'Al-Hayat', ['الحياة اللندنية']),
  m('np:aleqtisadiah', 'الاقتصادية', 'Al Eqtisadiah', []),
  m('np:annahar', 'النهار', 'An-Nahar', ['النهار اللبنانية']),
  m('np:al-akhbar', 'الأخبار اللبنانية', 'Al Akhbar (Lebanon)'),
  m('np:al-quds-al-arabi', 'القدس العربي', 'Al-Quds Al-Arabi'),
  m('np:al-araby-al-jadeed', 'العربي الجديد', 'The New Arab'),
  m('np:arabi21', 'عربي 21', 'Arabi21', ['عربي21']),
  m('np:al-ahram', 'الأهرام', 'Al-Ahram', ['الأهرام المصرية', 'الاهرام']),
  m('np:youm7', 'اليوم السابع', 'Youm7'),
  m('np:al-masry-al-youm', 'المصري اليوم', 'Al-Masry Al-Youm'),
  m('np:shorouk', 'الشروق', 'Al-Shorouk', ['الشروق المصرية']),
  m('np:al-watan', 'الوطن', 'Al-Watan'),
  m('np:al-raya', 'الراية', 'Al-Raya', ['الراية القطرية']),
  m('np:al-sharq-qatar', 'الشرق القطرية', 'Al-Sharq (Qatar)'),
  m('np:the-peninsula', 'ذا بينينسولا', 'The Peninsula'),
  m('np:okaz', 'عكاظ', 'Okaz'),
  m('np:al-qabas', 'القبس', 'Al-Qabas', ['القبس الكويتية']),
  m('np:the-national', 'ذا ناشيونال', 'The National'),
  m('np:gulf-news', 'غلف نيوز', 'Gulf News'),
  m('np:arab-news', 'عرب نيوز', 'Arab News'),
  m('np:global-times', 'غلوبال تايمز', 'Global Times', ['جلوبال تايمز']),
  m('np:scmp', 'ساوث تشاينا مورنينغ بوست', 'South China Morning Post'),
  m('np:izvestia', 'إزفستيا', 'Izvestia'),
  m('np:kommersant', 'كوميرسانت', 'Kommersant'),
];

const BROADCAST: GazetteerEntry[] = [
  m('np:cnn', 'سي إن إن', 'CNN', ['سي ان ان', 'CNN']),
  m('np:bbc', 'بي بي سي', 'BBC', ['هيئة الإذاعة البريطانية', 'بي بي سي عربي', 'BBC']),
  m('np:al-jazeera', 'الجزيرة', 'Al Jazeera', ['الجزيرة نت', 'شبكة الجزيرة', 'Al Jazeera']),
  m('np:al-arabiya', 'العربية', 'Al Arabiya', ['العربية نت']),
  m('np:al-hadath', 'الحدث', 'Al Hadath'),
  m('np:sky-news-arabia', 'سكاي نيوز عربية', 'Sky News Arabia', ['سكاي نيوز عربي', 'سكاي نيوز']),
  m('np:france24', 'فرانس 24', 'France 24', ['فرانس24']),
  m('np:dw', 'دويتشه فيله', 'Deutsche Welle', ['دويتشه فيلله', 'DW']),
  m('np:euronews', 'يورونيوز', 'Euronews'),
  m('np:rt', 'روسيا اليوم', 'RT', ['آر تي', 'RT']),
  m('np:fox-news', 'فوكس نيوز', 'Fox News', ['فوكس نيوز الأمريكية']),
  m('np:nbc', 'إن بي سي', 'NBC News', ['إن.بي.سي', 'NBC']),
  m('np:cbs', 'سي بي إس', 'CBS News', ['CBS']),
  m('np:abc-us', 'إيه بي سي', 'ABC News', ['ABC']),
  m('np:cnbc', 'سي إن بي سي', 'CNBC', ['CNBC']),
  m('np:msnbc', 'إم إس إن بي سي', 'MSNBC'),
  m('np:voa', 'صوت أمريكا', 'Voice of America', ['إذاعة صوت أمريكا']),
  m('np:alhurra', 'الحرة', 'Alhurra'),
  m('np:al-mayadeen', 'الميادين', 'Al Mayadeen'),
  m('np:al-manar', 'المنار', 'Al-Manar'),
  m('np:mbc', 'إم بي سي', 'MBC Group', ['MBC']),
  m('np:kan', 'هيئة البث الإسرائيلية', 'Kan (Israeli Public Broadcasting Corporation)', ['هيئة البث الإسرائيلي']),
  m('np:channel-12', 'القناة 12 الإسرائيلية', 'Channel 12 (Israel)', ['القناة الـ12 الإسرائيلية', 'القناة الثانية عشرة الإسرائيلية']),
  m('np:channel-13', 'القناة 13 الإسرائيلية', 'Channel 13 (Israel)', ['القناة الـ13 الإسرائيلية']),
  m('np:i24news', 'آي 24 نيوز', 'i24NEWS', ['i24NEWS']),
  m('np:army-radio', 'إذاعة الجيش الإسرائيلي', 'Army Radio (Israel)'),
  m('np:cctv', 'التلفزيون المركزي الصيني', 'China Central Television', ['CCTV']),
  m('np:nhk', 'إن إتش كيه', 'NHK', ['NHK']),
  m('np:press-tv', 'برس تي في', 'Press TV'),
];

/** Every news-media entry. */
export const MEDIA: GazetteerEntry[] = [...AGENCIES, ...PRINT_AND_WEB, ...BROADCAST];

/** Media names that need care; see index.ts (FormNote). */
export const MEDIA_NOTES: readonly FormNote[] = [
  { form: 'الجزيرة', kind: 'common-word', ids: ['np:al-jazeera'], note: 'الجزيرة "the island; the peninsula"' },
  { form: 'العربية', kind: 'common-word', ids: ['np:al-arabiya'], note: 'العربية "Arabic; Arab (f.)"' },
  { form: 'الحدث', kind: 'common-word', ids: ['np:al-hadath'], note: 'الحدث "the event"' },
  { form: 'الحياة', kind: 'common-word', ids: ['np:al-hayat'], note: 'الحياة "life"' },
  { form: 'الاقتصادية', kind: 'common-word', ids: ['np:aleqtisadiah'], note: 'الاقتصادية "economic (f.)"' },
  { form: 'النهار', kind: 'common-word', ids: ['np:annahar'], note: 'النهار "daytime"' },
  { form: 'الوطن', kind: 'common-word', ids: ['np:al-watan'], note: 'الوطن "homeland"; several papers bear the name' },
  { form: 'الشروق', kind: 'common-word', ids: ['np:shorouk'], note: 'الشروق "sunrise"' },
  { form: 'الراية', kind: 'common-word', ids: ['np:al-raya'], note: 'الراية "the banner"' },
  { form: 'الأهرام', kind: 'common-word', ids: ['np:al-ahram'], note: 'الأهرام "the pyramids"' },
  { form: 'اليوم السابع', kind: 'common-word', ids: ['np:youm7'], note: '"the seventh day"' },
  { form: 'الميادين', kind: 'common-word', ids: ['np:al-mayadeen'], note: 'الميادين "the squares; the fields"' },
  { form: 'المنار', kind: 'common-word', ids: ['np:al-manar'], note: 'المنار "the lighthouse"' },
  { form: 'الحرة', kind: 'common-word', ids: ['np:alhurra'], note: 'الحرة "free (f.)" (المنطقة الحرة)' },
  { form: 'روسيا اليوم', kind: 'common-word', ids: ['np:rt'], note: 'also "Russia today" in running text' },
  { form: 'قنا', kind: 'common-word', ids: ['np:qna'], note: 'also the Egyptian city Qena; قنا "canals"' },
  { form: 'بترا', kind: 'context', ids: ['np:petra'], note: 'also the ancient city of Petra' },
  { form: 'وفا', kind: 'common-word', ids: ['np:wafa'], note: 'وفا/وفاء "loyalty"' },
  { form: 'تسنيم', kind: 'common-word', ids: ['np:tasnim'], note: 'also a given name' },
  { form: 'سبأ', kind: 'common-word', ids: ['np:saba'], note: 'also the ancient kingdom of Sheba' },
  { form: 'وات', kind: 'common-word', ids: ['np:tap'], note: 'short; also "watt"' },
  { form: 'واع', kind: 'common-word', ids: ['np:ina'], note: 'واع "aware"' },
  { form: 'الأناضول', kind: 'shared', ids: ['np:anadolu-agency', 'np:anatolia'], note: 'the agency and the region' },
  { form: 'الشرق الأوسط', kind: 'shared', ids: ['np:asharq-al-awsat', 'Q7204'], note: 'the newspaper and the region' },
  { form: 'بنا', kind: 'excluded', ids: ['np:bna'], note: 'بنا "with us" (a stopword)' },
  { form: 'ومع', kind: 'excluded', ids: ['np:map'], note: 'ومع "and with"' },
  { form: 'كان', kind: 'excluded', ids: ['np:kan'], note: 'كان "was" (a stopword)' },
  { form: 'العمانية', kind: 'excluded', ids: ['np:ona'], note: 'the nationality adjective' },
  { form: 'الشرق', kind: 'excluded', ids: ['np:al-sharq-qatar'], note: 'الشرق "the East"' },
  { form: 'البيان', kind: 'excluded', ids: [], note: 'the Emirati daily; البيان "the statement" is far too common in news' },
  { form: 'الخليج', kind: 'excluded', ids: [], note: 'the Emirati daily; الخليج "the Gulf"' },
  { form: 'الرياض', kind: 'excluded', ids: [], note: 'the Saudi daily; the form is the city' },
];
