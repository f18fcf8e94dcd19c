/**
 * Small word lists the entity patterns use (src/entities/patterns.ts). Source: authored from
 * Arabic news usage.
 */

/** Words that may follow a title before the name (الرئيس الأمريكي السابق دونالد ترامب). */
export const TITLE_MODIFIERS: readonly string[] = [
  'السابق', 'السابقة', 'الأسبق', 'الأسبقة', 'الحالي', 'الحالية', 'الجديد', 'الجديدة', 'المنتخب', 'المنتخبة',
  'المكلف', 'المكلفة', 'المؤقت', 'المؤقتة', 'بالوكالة', 'بالإنابة', 'الراحل', 'الراحلة', 'الفخري', 'التنفيذي',
  'التنفيذية', 'الأعلى', 'العام', 'العامة', 'الأول', 'الأولى', 'الخاص', 'الخاصة', 'المساعد', 'المساعدة',
  'الإقليمي', 'الإقليمية', 'المقال', 'المستقيل', 'المعين', 'المعينة', 'المخلوع', 'الفلسطيني', 'الأممي', 'الأممية',
];

/**
 * Organization heads whose name may be made of ordinary words (حزب العدالة والتنمية، منظمة
 * الصحة العالمية، جامعة الدول العربية): after these, definite common words still belong to the
 * name. After other heads only an unknown word, a known name or a quoted name makes a name
 * (شركة سابك، قناة "الحدث") — "شركة الطيران" or "حركة المرور" name nothing.
 */
export const HEADS_NAMED_BY_COMMON_WORDS: readonly string[] = [
  'وزارة', 'حزب', 'منظمة', 'جمعية', 'نقابة', 'اتحاد', 'جامعة', 'معهد', 'أكاديمية', 'مؤسسة', 'صندوق',
  'هيئة', 'مفوضية', 'محكمة', 'مجلس', 'بنك', 'مصرف', 'بورصة', 'رابطة', 'جبهة', 'تحالف', 'ائتلاف', 'كتائب',
];

/** Heads that introduce products and platforms, not organizations (تطبيق "تيك توك"، هاتف "آيفون"). */
export const HEADS_NOT_NAMING: readonly string[] = ['تطبيق', 'منصة', 'هاتف', 'برنامج'];
