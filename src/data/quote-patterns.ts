/**
 * Small word lists the quote stage uses beside the cue and attribution lexicons
 * (src/data/cues.ts, src/data/attribution.ts). Source: authored from Arabic news usage.
 */

/** Cue forms that are passive: they report content without a subject to look for (قيل إن، أفيد بأن). */
export const PASSIVE_CUE_FORMS: readonly string[] = ['قيل', 'يقال', 'أفيد', 'يفاد', 'أشيع', 'يشاع', 'أُعلن', 'ذُكر', 'نُقل'];

/** Words between a quotation and the cue after it (quote-first order: «…»، هكذا علّق الوزير). */
export const QUOTE_LEAD_INS: readonly string[] = ['هكذا', 'بهذه الكلمات', 'بهذه العبارة', 'بهذا'];

/** Words that may stand between a cue verb and its speaker without ending the speaker phrase search (قال أيضا الوزير). */
export const CUE_ADVERBS: readonly string[] = ['أيضا', 'كذلك', 'بدوره', 'بدورها', 'بدورهم', 'من جهته', 'من جهتها', 'من جانبه', 'من جانبها'];

/** Dashes that mark a dateline or byline before a colon (دبي - وكالات:). */
export const DATELINE_DASHES: readonly string[] = ['-', '–', '—', '/'];

/**
 * Particles that may open the content after a complementizer-less lead (وبحسب المصادر، فإن …)
 * and are not part of it.
 */
export const CONTENT_OPENERS: readonly string[] = ['فإن', 'فان', 'فإنه', 'فإنها', 'فإنهم', 'فقد'];
