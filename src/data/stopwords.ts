/**
 * Arabic stopwords: the maintained stopwords-iso Arabic list (480 entries, MIT), plus a few
 * function words frequent in news that it lacks (authored; each is a preposition, particle,
 * complementizer with a pronoun, or a time adverb). Entries are normalized with the same
 * normalizer as the tokens before use, so spelling variants match.
 */
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };

export const STOPWORDS_ISO_AR: readonly string[] = (stopwordsIso as Record<string, string[]>).ar;

/** authored: news function words missing from stopwords-iso's Arabic list */
export const EXTRA_STOPWORDS: readonly string[] = [
  'أمس', 'بأن', 'أنه', 'أنها', 'أنهم', 'إنه', 'إنها', 'إنهم', 'بأنه', 'بأنها', 'عبر', 'منه', 'منها',
  'لدى', 'وأن', 'وإن', 'كذلك', 'أيضا', 'وذلك', 'لذلك', 'فيما', 'بينما', 'إلا', 'وهو', 'وهي', 'التي',
  'الذين', 'اللذين', 'اللتين', 'اللواتي', 'عليها', 'عليهم', 'إليه', 'إليها', 'لهم', 'وفق', 'جراء',
  'لأن', 'لأنه', 'لأنها', 'لأنهم', 'لأننا', 'لكي', 'لقد', 'لكنه', 'لكنها', 'لكنهم', 'فقط', 'فيهم', 'داخل', 'ولكن',
  'لدي', 'لدينا', 'لديه', 'لديها', 'لديهم', 'لديك', 'لديكم',
  'بحسب', 'حسب', 'وفقا', 'طبقا', 'نقلا', 'بشأن', 'إزاء', 'حيال', 'لدى', 'وسط', 'بسبب',
  'بعدما', 'قبلما', 'حينما', 'ريثما', 'كلما', 'بفضل', 'إثر', 'عقب', 'قبيل', 'ابتداء',
  'إحدى', 'لذا', 'لمن', 'لأي', 'قرب', 'فوق', 'تحت', 'خارج', 'وراء', 'خلال', 'بصراحة', 'مصادفة', 'صدفة',
  'قبالة', 'بمحاذاة', 'بلا', 'بدون',
  // complementizers and prepositions with a pronoun of the first or second person
  'إنني', 'أنني', 'إنك', 'أنك', 'إنكم', 'أنكم', 'معي', 'معك', 'معكم', 'عني', 'عنك', 'عنكم',
  'رغم', 'برغم', 'بالرغم', 'آنذاك', 'حينذاك', 'وقتذاك', 'سواء',
];

/**
 * stopwords-iso entries that normalize onto a content word and are left out: آمينَ "amen" folds
 * onto أمين "secretary; trustee" — a title (أمين منطقة الباحة) and a given name.
 */
export const NOT_STOPWORDS: readonly string[] = ['آمينَ'];

export function createStopwordSet(norm: (s: string) => string, extra: Iterable<string> = []): Set<string> {
  const set = new Set<string>();
  const left = new Set(NOT_STOPWORDS);
  for (const list of [STOPWORDS_ISO_AR.filter((w) => !left.has(w)), EXTRA_STOPWORDS, [...extra]]) {
    for (const w of list) {
      const n = norm(w.trim());
      if (n) set.add(n);
    }
  }
  return set;
}
