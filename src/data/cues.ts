/**
 * Speech and report cues of Arabic news: the verbs that introduce quoted or reported content.
 *
 * Source: authored from Modern Standard Arabic grammar — the regular conjugation paradigms of
 * the verb forms (sound, hollow, defective, doubled and hamzated verbs; forms I–X) as set out
 * in the standard reference grammars — and from the usage of reporting verbs in Arabic news
 * writing. No external list was copied.
 *
 * Conventions:
 * - Forms are written plainly, without harakat and without the clitics و/ف (the matcher peels
 *   those). The matcher normalizes both sides (أإآ→ا، ؤ→و، ئ→ي، ى→ي, harakat and tatweel
 *   removed), so one spelling per form is listed; unvocalized passives (ذُكر، نُقل، أُعلن) are
 *   written like the active and so appear once.
 * - `forms` holds the finite verb: past 3rd person (m/f singular, dual, plural), 1st person
 *   where news uses it (قلت، قلنا), present 3rd person, and the passive where news uses it
 *   (قيل، يقال، أفيد، يشار). `participles` are the accusative active participles used as a
 *   continuation after a clause (، مؤكدا أن …). `masdars` are verbal nouns with a pronoun used as
 *   cues (نقلت عنه قوله إن …).
 * - `prep` is the preposition the verb takes before أن (أشار إلى أن، شدد على أن، حذر من أن).
 *   For كشف and أعرب/عبّر the preposition is usual but news also writes the bare verb before أن
 *   (كشف أن), so a matcher should accept the verb with or without it. For the relay verbs
 *   (RELAY_LEMMAS) عن introduces the original source instead: نقلت الوكالة عن مسؤول قوله إن …
 * - Forms that would be read far more often as another word are left out (CUE_EXCLUSIONS);
 *   forms that are kept although they also spell another word are listed in CUE_HOMOGRAPHS,
 *   so the matcher can ask for stronger evidence (a following speaker, complementizer or colon).
 *
 * Classes (CueClass): statement = neutral saying; assertion = emphatic affirming or pledging;
 * denial = denying or rejecting; allegation = claiming or accusing; report = reporting or
 * disclosing information (typical of media and agencies); warning = warning or threatening;
 * expectation = predicting or estimating; characterization = evaluating, describing or
 * holding an opinion.
 */
import type { CueEntry } from './types.js';

export const CUES: CueEntry[] = [
  // ───────────────────────────── statement ─────────────────────────────
  {
    lemma: 'قال',
    class: 'statement',
    en: 'say',
    forms: [
      'قال', 'قالت', 'قالا', 'قالتا', 'قالوا', 'قلن', 'قلت', 'قلنا',
      'يقول', 'تقول', 'يقولان', 'تقولان', 'يقولون', 'يقلن', 'أقول', 'نقول',
      'قيل', 'يقال',
    ],
    participles: ['قائلا', 'قائلة', 'قائلين', 'قائلتين', 'قائلات'],
    masdars: ['قوله', 'قولها', 'قولهم', 'قولهما', 'قولهن'],
  },
  {
    lemma: 'أضاف',
    class: 'statement',
    en: 'add',
    forms: [
      'أضاف', 'أضافت', 'أضافا', 'أضافتا', 'أضافوا', 'أضفن',
      'يضيف', 'تضيف', 'يضيفان', 'يضيفون', 'يضفن',
    ],
    participles: ['مضيفا', 'مضيفة', 'مضيفين', 'مضيفتين', 'مضيفات'],
  },
  {
    lemma: 'تابع',
    class: 'statement',
    en: 'go on, continue',
    // past only: the present (يتابع) means "follow, monitor" in news
    forms: ['تابع', 'تابعت', 'تابعا', 'تابعتا', 'تابعوا', 'تابعن'],
    // (the masculine accusative only: متابعة is mostly the noun "follow-up")
    participles: ['متابعا'],
  },
  {
    lemma: 'أوضح',
    class: 'statement',
    en: 'explain, clarify',
    forms: [
      'أوضح', 'أوضحت', 'أوضحا', 'أوضحتا', 'أوضحوا', 'أوضحن', 'أوضحنا',
      'يوضح', 'توضح', 'يوضحان', 'يوضحون', 'يوضحن',
    ],
    participles: ['موضحا', 'موضحة', 'موضحين', 'موضحتين', 'موضحات'],
  },
  {
    lemma: 'صرح',
    class: 'statement',
    en: 'state, declare',
    forms: [
      'صرح', 'صرحت', 'صرحا', 'صرحتا', 'صرحوا', 'صرحن', 'صرحنا',
      'يصرح', 'تصرح', 'يصرحان', 'يصرحون', 'يصرحن',
    ],
    participles: ['مصرحا', 'مصرحة', 'مصرحين'],
  },
  {
    lemma: 'أردف',
    class: 'statement',
    en: 'add, go on',
    forms: ['أردف', 'أردفت', 'أردفا', 'أردفتا', 'أردفوا', 'أردفن', 'يردف', 'تردف', 'يردفون'],
  },
  {
    lemma: 'استطرد',
    class: 'statement',
    en: 'go on, digress',
    forms: [
      'استطرد', 'استطردت', 'استطردا', 'استطردتا', 'استطردوا', 'استطردن',
      'يستطرد', 'تستطرد', 'يستطردون',
    ],
    participles: ['مستطردا', 'مستطردة'],
  },
  {
    lemma: 'استدرك',
    class: 'statement',
    en: 'add (a qualification)',
    forms: [
      'استدرك', 'استدركت', 'استدركا', 'استدركتا', 'استدركوا', 'استدركن',
      'يستدرك', 'تستدرك', 'يستدركون',
    ],
    participles: ['مستدركا', 'مستدركة', 'مستدركين'],
  },
  {
    lemma: 'علق',
    class: 'statement',
    en: 'comment',
    forms: [
      'علق', 'علقت', 'علقا', 'علقتا', 'علقوا', 'علقن', 'علقنا',
      'يعلق', 'تعلق', 'يعلقان', 'يعلقون', 'يعلقن',
    ],
    participles: ['معلقا', 'معلقة', 'معلقين'],
  },
  {
    lemma: 'لخص',
    class: 'statement',
    en: 'sum up',
    // mostly after a quotation and a lead-in: «…»، بهذه الكلمات لخّص المفوض العام …
    forms: ['لخص', 'لخصت', 'لخصوا', 'يلخص', 'تلخص', 'يلخصون'],
  },
  {
    lemma: 'رد',
    class: 'statement',
    en: 'reply, respond',
    // doubled verb ردّ; the dual ردا is left out (ردا على = "in response to")
    forms: ['رد', 'ردت', 'ردتا', 'ردوا', 'رددن', 'رددنا', 'يرد', 'ترد', 'يردان', 'يردون', 'يرددن'],
  },
  {
    lemma: 'أجاب',
    class: 'statement',
    en: 'answer',
    forms: ['أجاب', 'أجابت', 'أجابا', 'أجابتا', 'أجابوا', 'أجبن', 'يجيب', 'تجيب', 'يجيبون'],
    participles: ['مجيبا', 'مجيبة'],
  },
  {
    lemma: 'لفت',
    class: 'statement',
    en: 'point out, draw attention',
    prep: 'إلى',
    forms: ['لفت', 'لفتت', 'لفتا', 'لفتتا', 'لفتوا', 'لفتن', 'يلفت', 'تلفت', 'يلفتون'],
    participles: ['لافتا', 'لافتة', 'لافتين'],
  },
  {
    lemma: 'نوه',
    class: 'statement',
    en: 'note, point out',
    prep: 'إلى',
    forms: ['نوه', 'نوهت', 'نوها', 'نوهتا', 'نوهوا', 'نوهن', 'ينوه', 'تنوه', 'ينوهون'],
    participles: ['منوها', 'منوهة', 'منوهين'],
  },
  {
    lemma: 'أبرز',
    class: 'statement',
    en: 'highlight, stress (Maghreb news: أبرز المتحدث أن …)',
    // the masculine past and the present are left out: أبرز is mostly the superlative "most
    // prominent" (أبرز المشاريع), يبرز/تبرز mostly "stands out"
    forms: ['أبرزت', 'أبرزتا', 'أبرزوا'],
    participles: ['مبرزا', 'مبرزة', 'مبرزين', 'مبرزتين', 'مبرزات'],
  },
  {
    lemma: 'سجل',
    class: 'statement',
    en: 'note, observe (سجّل أن …)',
    // the bare past سجل/سجلت is mostly "recorded, registered" (سجلت الأسعار ارتفاعا): only
    // written with its shadda, the plural and the participles
    forms: ['سجلوا'],
    participles: ['مسجلا', 'مسجلين'],
    shaddaForms: ['سجّل', 'سجّلت'],
  },
  {
    lemma: 'لاحظ',
    class: 'statement',
    en: 'observe, remark',
    forms: ['لاحظ', 'لاحظت', 'لاحظا', 'لاحظوا', 'يلاحظ', 'تلاحظ', 'يلاحظون'],
    participles: ['ملاحظا', 'ملاحظين'],
  },
  {
    lemma: 'شرح',
    class: 'statement',
    en: 'explain',
    forms: ['شرح', 'شرحت', 'شرحوا'],
    participles: ['شارحا', 'شارحة'],
  },
  {
    lemma: 'أشار',
    class: 'statement',
    en: 'point out, indicate',
    prep: 'إلى',
    forms: [
      'أشار', 'أشارت', 'أشارا', 'أشارتا', 'أشاروا', 'أشرن', 'أشرنا',
      'يشير', 'تشير', 'يشيران', 'يشيرون', 'يشرن',
      'أشير', 'يشار',
    ],
    participles: ['مشيرا', 'مشيرة', 'مشيرين', 'مشيرتين', 'مشيرات'],
    masdars: ['إشارته', 'إشارتها', 'إشارتهم'],
  },
  {
    lemma: 'بين',
    class: 'statement',
    en: 'show, make clear',
    // بيّن: the bare past بين (= "between") and تبين (= "it turned out") are excluded
    forms: ['بينت', 'بينتا', 'بينوا', 'يبين', 'يبينان', 'يبينون'],
    participles: ['مبينا', 'مبينة', 'مبينين'],
    shaddaForms: ['بيّن'],
  },
  {
    lemma: 'تحدث',
    class: 'statement',
    en: 'speak, talk',
    forms: [
      'تحدث', 'تحدثت', 'تحدثتا', 'تحدثوا', 'تحدثن', 'تحدثنا',
      'يتحدث', 'تتحدث', 'يتحدثان', 'يتحدثون', 'يتحدثن',
    ],
  },
  {
    lemma: 'أعرب',
    class: 'statement',
    en: 'express',
    prep: 'عن',
    forms: [
      'أعرب', 'أعربت', 'أعربا', 'أعربتا', 'أعربوا', 'أعربن', 'أعربنا',
      'يعرب', 'تعرب', 'يعربان', 'يعربون',
    ],
    participles: ['معربا', 'معربة', 'معربين'],
  },
  {
    lemma: 'عبر',
    class: 'statement',
    en: 'express',
    prep: 'عن',
    // عبّر: the bare past عبر (= "via, across") is excluded
    forms: ['عبرت', 'عبرتا', 'عبروا', 'عبرن', 'عبرنا', 'يعبر', 'تعبر', 'يعبرون', 'يعبرن'],
    participles: ['معبرا', 'معبرة', 'معبرين'],
  },
  {
    lemma: 'أبلغ',
    class: 'statement',
    en: 'inform, tell',
    // past only: the present يبلغ/تبلغ reads as "reaches, amounts to"
    forms: ['أبلغ', 'أبلغت', 'أبلغا', 'أبلغتا', 'أبلغوا', 'أبلغن', 'أبلغنا'],
  },
  {
    lemma: 'أخبر',
    class: 'statement',
    en: 'tell, inform',
    forms: ['أخبر', 'أخبرت', 'أخبرا', 'أخبرتا', 'أخبروا', 'أخبرن', 'يخبر', 'تخبر', 'يخبرون'],
  },
  {
    lemma: 'ألمح',
    class: 'statement',
    en: 'hint, allude',
    prep: 'إلى',
    forms: ['ألمح', 'ألمحت', 'ألمحا', 'ألمحتا', 'ألمحوا', 'ألمحن', 'يلمح', 'تلمح', 'يلمحون'],
    participles: ['ملمحا', 'ملمحة', 'ملمحين'],
  },
  {
    lemma: 'تساءل',
    class: 'statement',
    en: 'wonder, ask',
    forms: [
      'تساءل', 'تساءلت', 'تساءلا', 'تساءلتا', 'تساءلوا', 'تساءلن',
      'يتساءل', 'تتساءل', 'يتساءلون',
    ],
    participles: ['متسائلا', 'متسائلة', 'متسائلين'],
  },
  {
    lemma: 'اعترف',
    class: 'statement',
    en: 'admit, acknowledge',
    forms: [
      'اعترف', 'اعترفت', 'اعترفا', 'اعترفتا', 'اعترفوا', 'اعترفن', 'اعترفنا',
      'يعترف', 'تعترف', 'يعترفون', 'يعترفن', 'نعترف',
    ],
    participles: ['معترفا', 'معترفة', 'معترفين'],
  },
  {
    lemma: 'أقر',
    class: 'statement',
    en: 'acknowledge, concede',
    forms: ['أقر', 'أقرت', 'أقروا', 'أقررن', 'يقر', 'تقر', 'يقرون'],
  },
  {
    lemma: 'كتب',
    class: 'statement',
    en: 'write (a post or article)',
    forms: ['كتب', 'كتبت', 'كتبتا', 'كتبوا', 'كتبن', 'يكتب', 'تكتب', 'يكتبون'],
  },
  {
    lemma: 'غرد',
    class: 'statement',
    en: 'tweet, post',
    forms: ['غرد', 'غردت', 'غردوا', 'غردن', 'يغرد', 'تغرد', 'يغردون'],
  },
  {
    lemma: 'اختتم',
    class: 'statement',
    en: 'conclude',
    forms: ['اختتم', 'اختتمت', 'اختتموا', 'يختتم', 'تختتم'],
    participles: ['مختتما', 'مختتمة'],
  },

  // ───────────────────────────── assertion ─────────────────────────────
  {
    lemma: 'أكد',
    class: 'assertion',
    en: 'confirm, stress',
    forms: [
      'أكد', 'أكدت', 'أكدا', 'أكدتا', 'أكدوا', 'أكدن', 'أكدنا',
      'يؤكد', 'تؤكد', 'يؤكدان', 'يؤكدون', 'يؤكدن', 'أؤكد', 'نؤكد',
    ],
    participles: ['مؤكدا', 'مؤكدة', 'مؤكدين', 'مؤكدتين', 'مؤكدات'],
    masdars: ['تأكيده', 'تأكيدها', 'تأكيدهم', 'تأكيدهما'],
  },
  {
    lemma: 'شدد',
    class: 'assertion',
    en: 'stress, insist',
    prep: 'على',
    forms: [
      'شدد', 'شددت', 'شددا', 'شددتا', 'شددوا', 'شددن', 'شددنا',
      'يشدد', 'تشدد', 'يشددان', 'يشددون', 'يشددن', 'نشدد',
    ],
    participles: ['مشددا', 'مشددة', 'مشددين', 'مشددتين', 'مشددات'],
    masdars: ['تشديده', 'تشديدها', 'تشديدهم'],
  },
  {
    lemma: 'جزم',
    class: 'assertion',
    en: 'assert categorically',
    // the dual جزما is left out (جزما = "categorically")
    forms: ['جزم', 'جزمت', 'جزمتا', 'جزموا', 'جزمن', 'يجزم', 'تجزم', 'يجزمون'],
    participles: ['جازما', 'جازمة'],
  },
  {
    lemma: 'أصر',
    class: 'assertion',
    en: 'insist',
    prep: 'على',
    forms: ['أصر', 'أصرت', 'أصرا', 'أصرتا', 'أصروا', 'أصررن', 'يصر', 'تصر', 'يصران', 'يصرون', 'يصررن'],
    participles: ['مصرا', 'مصرة', 'مصرين'],
  },
  {
    lemma: 'تعهد',
    class: 'assertion',
    en: 'pledge',
    forms: [
      'تعهد', 'تعهدت', 'تعهدتا', 'تعهدوا', 'تعهدن', 'تعهدنا',
      'يتعهد', 'تتعهد', 'يتعهدون', 'نتعهد',
    ],
  },
  {
    lemma: 'وعد',
    class: 'assertion',
    en: 'promise',
    // past only: the present يعد/تعد reads far more often as يُعدّ "is considered"
    forms: ['وعد', 'وعدت', 'وعدتا', 'وعدوا', 'وعدن', 'وعدنا'],
  },
  {
    lemma: 'أقسم',
    class: 'assertion',
    en: 'swear',
    // past only: the present يقسم reads as "divides"
    forms: ['أقسم', 'أقسمت', 'أقسموا', 'أقسمن'],
  },

  // ───────────────────────────── denial ─────────────────────────────
  {
    lemma: 'نفى',
    class: 'denial',
    en: 'deny',
    forms: [
      'نفى', 'نفت', 'نفتا', 'نفوا', 'نفين', 'نفينا',
      'ينفي', 'تنفي', 'ينفيان', 'تنفيان', 'ينفون', 'ينفين', 'ننفي',
    ],
    participles: ['نافيا', 'نافية', 'نافين'],
    masdars: ['نفيه', 'نفيها', 'نفيهم'],
  },
  {
    lemma: 'أنكر',
    class: 'denial',
    en: 'deny, disavow',
    forms: ['أنكر', 'أنكرت', 'أنكرا', 'أنكرتا', 'أنكروا', 'أنكرن', 'ينكر', 'تنكر', 'ينكرون'],
  },
  {
    lemma: 'كذب',
    class: 'denial',
    en: 'deny, refute (belie)',
    forms: ['كذب', 'كذبت', 'كذبتا', 'كذبوا', 'كذبن', 'يكذب', 'تكذب', 'يكذبون'],
  },
  {
    lemma: 'رفض',
    class: 'denial',
    en: 'reject, refuse',
    forms: [
      'رفض', 'رفضت', 'رفضتا', 'رفضوا', 'رفضن', 'رفضنا',
      'يرفض', 'ترفض', 'يرفضان', 'يرفضون', 'يرفضن', 'نرفض',
    ],
    participles: ['رافضا', 'رافضة', 'رافضين'],
  },
  {
    lemma: 'دحض',
    class: 'denial',
    en: 'refute',
    forms: ['دحض', 'دحضت', 'دحضوا', 'يدحض', 'تدحض'],
  },
  {
    lemma: 'فند',
    class: 'denial',
    en: 'rebut',
    forms: ['فند', 'فندت', 'فندوا', 'يفند', 'تفند', 'يفندون'],
    participles: ['مفندا', 'مفندة'],
  },

  // ───────────────────────────── allegation ─────────────────────────────
  {
    lemma: 'زعم',
    class: 'allegation',
    en: 'claim, allege',
    forms: [
      'زعم', 'زعمت', 'زعما', 'زعمتا', 'زعموا', 'زعمن',
      'يزعم', 'تزعم', 'يزعمان', 'يزعمون', 'يزعمن',
    ],
    participles: ['زاعما', 'زاعمة', 'زاعمين'],
    masdars: ['زعمه', 'زعمها', 'زعمهم'],
  },
  {
    lemma: 'ادعى',
    class: 'allegation',
    en: 'claim',
    // يدعون is left out: it reads as "they call for" (دعا)
    forms: ['ادعى', 'ادعت', 'ادعيا', 'ادعتا', 'ادعوا', 'ادعين', 'يدعي', 'تدعي', 'يدعيان', 'يدعين'],
    participles: ['مدعيا', 'مدعية'],
    masdars: ['ادعائه', 'ادعائها', 'ادعائهم'],
  },
  {
    lemma: 'اتهم',
    class: 'allegation',
    en: 'accuse',
    forms: [
      'اتهم', 'اتهمت', 'اتهما', 'اتهمتا', 'اتهموا', 'اتهمن', 'اتهمنا',
      'يتهم', 'تتهم', 'يتهمان', 'يتهمون', 'يتهمن',
    ],
    participles: ['متهما', 'متهمة', 'متهمين'],
  },

  // ───────────────────────────── report ─────────────────────────────
  {
    lemma: 'أفاد',
    class: 'report',
    en: 'report, state',
    forms: [
      'أفاد', 'أفادت', 'أفادا', 'أفادتا', 'أفادوا', 'أفدن',
      'يفيد', 'تفيد', 'يفيدان', 'يفيدون', 'يفدن',
      'أفيد', 'يفاد',
    ],
  },
  {
    lemma: 'ذكر',
    class: 'report',
    en: 'mention, report',
    forms: [
      'ذكر', 'ذكرت', 'ذكرتا', 'ذكروا', 'ذكرن', 'ذكرنا',
      'يذكر', 'تذكر', 'يذكران', 'يذكرون', 'يذكرن',
    ],
    // ذكّر "remind": the participle after a clause (، مذكّرا بأن …); مذكرة is mostly "memorandum"
    participles: ['مذكرا', 'مذكرين'],
  },
  {
    lemma: 'نقل',
    class: 'report',
    en: 'relay, quote',
    prep: 'عن',
    // the dual نقلا is left out: نقلا عن is an attribution phrase (attribution.ts)
    forms: ['نقل', 'نقلت', 'نقلتا', 'نقلوا', 'نقلن', 'ينقل', 'تنقل', 'ينقلون', 'ينقلن'],
    // (the participle relays only with عن and its source: …، ناقلة عن ثلاثة مسؤولين أن …)
    participles: ['ناقلا', 'ناقلة'],
  },
  {
    lemma: 'كشف',
    class: 'report',
    en: 'reveal, disclose',
    prep: 'عن',
    forms: [
      'كشف', 'كشفت', 'كشفا', 'كشفتا', 'كشفوا', 'كشفن',
      'يكشف', 'تكشف', 'يكشفان', 'يكشفون', 'يكشفن',
    ],
    participles: ['كاشفا', 'كاشفة', 'كاشفين'],
  },
  {
    // "أظهرت دراسة / أظهر مسح أن …": a study or survey shows; the bare present يظهر ("appears") is left out
    lemma: 'أظهر',
    class: 'report',
    en: 'show',
    forms: ['أظهر', 'أظهرت', 'أظهرا', 'أظهرتا', 'أظهروا', 'تظهر'],
    participles: ['مظهرا', 'مظهرة'],
  },
  {
    // "خلصت الدراسة إلى أن …": concluded
    lemma: 'خلص',
    class: 'report',
    en: 'conclude',
    prep: 'إلى',
    forms: ['خلص', 'خلصت', 'خلصا', 'خلصتا', 'خلصوا', 'تخلص', 'يخلص'],
  },
  {
    lemma: 'تلا',
    class: 'statement',
    en: 'read out (a statement)',
    // تلا المدير بيانا جاء فيه: «…»
    forms: ['تلا', 'تلت', 'تلوا', 'يتلو', 'تتلو'],
  },
  {
    lemma: 'أعلن',
    class: 'report',
    en: 'announce',
    // أعلنا is both the dual and the 1st person plural; the feminine plurals (أعلنّ، يعلنّ)
    // are written like أعلن and يعلن
    forms: ['أعلن', 'أعلنت', 'أعلنا', 'أعلنتا', 'أعلنوا', 'يعلن', 'تعلن', 'يعلنان', 'يعلنون', 'نعلن'],
    participles: ['معلنا', 'معلنة', 'معلنين'],
    masdars: ['إعلانه', 'إعلانها', 'إعلانهم'],
  },
  {
    lemma: 'أورد',
    class: 'report',
    en: 'report, cite',
    forms: ['أورد', 'أوردت', 'أوردا', 'أوردتا', 'أوردوا', 'أوردن', 'يورد', 'تورد', 'يوردون'],
  },
  {
    lemma: 'روى',
    class: 'report',
    en: 'recount, narrate',
    prep: 'عن',
    // the dual رويا is left out (رؤيا "vision" normalizes to the same letters)
    forms: ['روى', 'روت', 'روتا', 'رووا', 'روين', 'يروي', 'تروي', 'يرويان', 'يروون', 'يروين'],
  },
  {
    lemma: 'سرب',
    class: 'report',
    en: 'leak',
    // سرّب: the bare past سرب (= "flock, squadron") and تسرب (= "leak(ed out)") are excluded
    forms: ['سربت', 'سربتا', 'سربوا', 'سربن', 'يسرب', 'يسربون'],
  },
  {
    lemma: 'أذاع',
    class: 'report',
    en: 'broadcast, make public',
    forms: ['أذاع', 'أذاعت', 'أذاعوا', 'يذيع', 'تذيع'],
  },
  {
    lemma: 'أفصح',
    class: 'report',
    en: 'disclose',
    prep: 'عن',
    forms: ['أفصح', 'أفصحت', 'أفصحوا', 'أفصحن', 'يفصح', 'تفصح', 'يفصحون'],
    participles: ['مفصحا', 'مفصحة'],
  },

  // ───────────────────────────── warning ─────────────────────────────
  {
    lemma: 'حذر',
    class: 'warning',
    en: 'warn',
    prep: 'من',
    // the dual حذرا is left out (حذرا = "cautiously, caution")
    forms: [
      'حذر', 'حذرت', 'حذرتا', 'حذروا', 'حذرن', 'حذرنا',
      'يحذر', 'تحذر', 'يحذران', 'يحذرون', 'يحذرن', 'نحذر',
    ],
    participles: ['محذرا', 'محذرة', 'محذرين', 'محذرتين', 'محذرات'],
    masdars: ['تحذيره', 'تحذيرها', 'تحذيرهم'],
  },
  {
    lemma: 'نبه',
    class: 'warning',
    en: 'alert, caution',
    prep: 'إلى',
    forms: ['نبه', 'نبهت', 'نبها', 'نبهتا', 'نبهوا', 'نبهن', 'ينبه', 'تنبه', 'ينبهون'],
    participles: ['منبها', 'منبهة', 'منبهين'],
  },
  {
    lemma: 'أنذر',
    class: 'warning',
    en: 'warn, give notice',
    forms: ['أنذر', 'أنذرت', 'أنذروا', 'ينذر', 'تنذر', 'ينذرون'],
  },
  {
    lemma: 'هدد',
    class: 'warning',
    en: 'threaten',
    forms: ['هدد', 'هددت', 'هددا', 'هددتا', 'هددوا', 'هددن', 'يهدد', 'تهدد', 'يهددون'],
    participles: ['مهددا', 'مهددة', 'مهددين'],
  },
  {
    lemma: 'توعد',
    class: 'warning',
    en: 'threaten, vow',
    forms: ['توعد', 'توعدت', 'توعدوا', 'توعدن', 'يتوعد', 'تتوعد', 'يتوعدون'],
    participles: ['متوعدا', 'متوعدة', 'متوعدين'],
  },

  // ───────────────────────────── expectation ─────────────────────────────
  {
    lemma: 'توقع',
    class: 'expectation',
    en: 'expect, predict',
    // the dual توقعا is left out (توقعا لـ = "in anticipation of")
    forms: [
      'توقع', 'توقعت', 'توقعتا', 'توقعوا', 'توقعن', 'توقعنا',
      'يتوقع', 'تتوقع', 'يتوقعان', 'يتوقعون', 'يتوقعن', 'نتوقع', 'أتوقع',
    ],
    participles: ['متوقعا', 'متوقعة', 'متوقعين'],
  },
  {
    lemma: 'رجح',
    class: 'expectation',
    en: 'consider likely',
    forms: ['رجح', 'رجحت', 'رجحا', 'رجحتا', 'رجحوا', 'رجحن', 'يرجح', 'ترجح', 'يرجحون'],
    participles: ['مرجحا', 'مرجحة', 'مرجحين'],
  },
  {
    lemma: 'تنبأ',
    class: 'expectation',
    en: 'predict',
    // the plural is spelled both تنبأوا and تنبؤوا (they normalize differently)
    forms: ['تنبأ', 'تنبأت', 'تنبأوا', 'تنبؤوا', 'تنبأن', 'يتنبأ', 'تتنبأ', 'يتنبأون', 'يتنبؤون'],
    participles: ['متنبئا', 'متنبئة'],
  },
  {
    lemma: 'استبعد',
    class: 'expectation',
    en: 'consider unlikely, rule out',
    forms: [
      'استبعد', 'استبعدت', 'استبعدا', 'استبعدتا', 'استبعدوا', 'استبعدن',
      'يستبعد', 'تستبعد', 'يستبعدون', 'يستبعدن',
    ],
    participles: ['مستبعدا', 'مستبعدة', 'مستبعدين'],
  },
  {
    lemma: 'قدر',
    class: 'expectation',
    en: 'estimate',
    // the dual قدرا is left out (قدرا = "an amount")
    forms: ['قدر', 'قدرت', 'قدروا', 'قدرن', 'يقدر', 'تقدر', 'يقدرون'],
  },
  {
    lemma: 'تكهن',
    class: 'expectation',
    en: 'speculate',
    forms: ['تكهن', 'تكهنت', 'تكهنوا', 'يتكهن', 'تتكهن', 'يتكهنون'],
  },

  // ───────────────────────────── characterization ─────────────────────────────
  {
    lemma: 'وصف',
    class: 'characterization',
    en: 'describe (as)',
    // usually "وصف X بأنه …" or "وصف X بـ…"; the dual وصفا is left out (وصفا = "a description")
    forms: [
      'وصف', 'وصفت', 'وصفتا', 'وصفوا', 'وصفن', 'وصفنا',
      'يصف', 'تصف', 'يصفان', 'يصفون', 'يصفن', 'يوصف',
    ],
    participles: ['واصفا', 'واصفة', 'واصفين'],
    masdars: ['وصفه', 'وصفها', 'وصفهم'],
  },
  {
    lemma: 'اعتبر',
    class: 'characterization',
    en: 'consider, deem',
    forms: [
      'اعتبر', 'اعتبرت', 'اعتبرا', 'اعتبرتا', 'اعتبروا', 'اعتبرن', 'اعتبرنا',
      'يعتبر', 'تعتبر', 'يعتبران', 'يعتبرون', 'يعتبرن', 'نعتبر',
    ],
    participles: ['معتبرا', 'معتبرة', 'معتبرين', 'معتبرتين', 'معتبرات'],
  },
  {
    lemma: 'رأى',
    class: 'characterization',
    en: 'hold the view, see',
    // the dual رأيا is left out (رأيا = "an opinion")
    forms: [
      'رأى', 'رأت', 'رأتا', 'رأوا', 'رأين', 'رأينا',
      'يرى', 'ترى', 'يريان', 'يرون', 'يرين', 'نرى', 'أرى',
    ],
  },
  {
    lemma: 'عد',
    class: 'characterization',
    en: 'regard, count as',
    // عدّ: past only; the present يعد/تعد is left out (see وعد)
    forms: ['عد', 'عدت', 'عدوا'],
  },
  {
    lemma: 'اعتقد',
    class: 'characterization',
    en: 'believe',
    // the 1st person أعتقد is written like the past اعتقد once hamza is folded
    forms: [
      'اعتقد', 'اعتقدت', 'اعتقدا', 'اعتقدتا', 'اعتقدوا', 'اعتقدن', 'اعتقدنا',
      'يعتقد', 'تعتقد', 'يعتقدون', 'يعتقدن', 'نعتقد',
    ],
  },
];

/**
 * Lemmas whose `prep` (عن) introduces the original source rather than the content:
 * "نقلت الوكالة عن مسؤول قوله إن …" — the subject relays (Quote.via), the عن-phrase names the
 * speaker. Source: Arabic news usage of نقل عن / روى عن.
 */
export const RELAY_LEMMAS: ReadonlySet<string> = new Set(['نقل', 'روى']);

/**
 * Forms deliberately NOT listed as cues, with the reading that makes them unreliable.
 * Source: authored; homographs of unvocalized Arabic script.
 */
export const CUE_EXCLUSIONS: Readonly<Record<string, string>> = {
  أبرز: 'past of أبرز "highlighted", but mostly the superlative "most prominent" (أبرز المشاريع)',
  سجل: 'سجّل "noted", but mostly سجل "recorded, registered" and the noun "record" (written with its shadda it is the cue)',
  بين: 'past of بيّن, but overwhelmingly the preposition "between"',
  تبين: 'تبيّن "it turned out", not a speech verb',
  عبر: 'past of عبّر, but overwhelmingly the preposition "via, across"',
  سرب: 'past of سرّب, but also "flock, squadron"',
  تسرب: '"leak(ed out)" (intransitive), mostly a noun',
  بلغ: 'بلّغ "inform", but overwhelmingly بلغ "reached, amounted to"',
  يبلغ: 'present of أبلغ, but overwhelmingly "reaches, amounts to"',
  تبلغ: 'present of أبلغ, but overwhelmingly "reaches, amounts to"',
  يعد: 'present of وعد/عدّ, but overwhelmingly يُعدّ "is considered" or يُعدّ "prepares"',
  تعد: 'present of وعد/عدّ, but overwhelmingly تُعدّ "is considered"',
  يعدون: 'present of وعد/عدّ, but also يُعدّون "they prepare"',
  يدعون: 'present of ادّعى, but mostly يدعون "they call for" (دعا)',
  يتابع: 'present of تابع, but means "follows, monitors"',
  تتابع: 'present of تابع, but means "follows, monitors"',
  يقل: 'jussive of قال, but mostly يقلّ "is less" (لا يقل عن)',
  يقسم: 'present of أقسم, but mostly "divides"',
  ردا: 'dual of ردّ, but mostly ردًا على "in response to"',
  حذرا: 'dual of حذّر, but mostly "cautiously, caution"',
  رأيا: 'dual of رأى, but mostly "an opinion"',
  رويا: 'dual of روى, but normalizes like رؤيا "vision"',
  نقلا: 'dual of نقل, but mostly the attribution phrase نقلا عن',
  قدرا: 'dual of قدّر, but mostly "an amount"',
  وعدا: 'dual of وعد, but mostly "a promise"',
  رفضا: 'dual of رفض, but mostly رفضًا لـ "in rejection of"',
  نفيا: 'dual of نفى, but mostly the adverbial نفيًا "in denial"',
  وصفا: 'dual of وصف, but mostly "a description"',
  جزما: 'dual of جزم, but mostly "categorically"',
  توقعا: 'dual of توقّع, but mostly توقعًا لـ "in anticipation of"',
  تعهدا: 'dual of تعهّد, but mostly "a pledge"',
  ذكرا: 'dual of ذكر, but mostly "a mention"',
  بينا: 'dual of بيّن, but mostly بيّنًا "clear"',
  كتبا: 'dual of كتب, but mostly "books"',
  تحدثا: 'dual of تحدث, but also the adverbial تحدّثًا',
  مفيدا: 'participle of أفاد, but mostly "useful"',
  مبلغا: 'participle of أبلغ, but mostly "an amount"',
  مقرا: 'participle of أقرّ, but mostly "headquarters"',
  متعهدا: 'participle of تعهّد, but mostly "contractor"',
  واعدا: 'participle of وعد, but mostly "promising"',
  متحدثا: 'participle of تحدث, but mostly متحدثًا باسم "as spokesperson for"',
};

/**
 * Forms that ARE listed as cues but also spell another common word. A matcher should accept
 * them only with supporting context (a speaker, a complementizer, a colon or quotation marks).
 * Keys are written forms present in CUES (forms, participles or masdars).
 * Source: authored; homographs of unvocalized Arabic script.
 */
export const CUE_HOMOGRAPHS: Readonly<Record<string, string>> = {
  ناقلا: 'also "carrier"',
  ناقلة: 'also "tanker, carrier" (ناقلة نفط)',
  قلت: 'also قلّت "decreased"',
  ذكر: 'also the nouns "male", "mention"',
  يذكر: 'يُذكر أن "it is worth noting that" introduces background, not a quote',
  رد: 'also the noun "reply" (في رد على)',
  يرد: 'also يَرِد "occurs, is mentioned" (ورد)',
  ترد: 'also تَرِد "arrive" (ترد أنباء)',
  علق: 'also علّق "suspended"',
  علقت: 'also "suspended"',
  معلقا: 'also "suspended, pending"',
  معلقة: 'also "suspended, pending"',
  تابع: 'also the noun/adjective "affiliated (to)" (تابع لـ)',
  كذب: 'also كَذَب "lied" and the noun "lie"',
  حذر: 'also the noun "caution"',
  قدر: 'also the nouns "fate", "amount"',
  يقدر: 'also يُقدَّر "is estimated (at)"',
  تقدر: 'also "can" (تقدر على) and تُقدَّر "is estimated"',
  رأى: 'normalizes like رأي "opinion"',
  رأينا: 'also "our opinion"',
  يرى: 'also "sees" (physically)',
  لافتا: 'also "remarkable" (بشكل لافت)',
  لافتة: 'also "banner, sign"',
  مضيفة: 'also "hostess, flight attendant"',
  مشددة: 'also "strict, tight" (حراسة مشددة)',
  معتبرة: 'also "considerable"',
  متوقعا: 'also "expected"',
  متوقعة: 'also "expected"',
  مرجحا: 'also "likely"',
  مستبعدا: 'also "unlikely, excluded"',
  مهددا: 'also "threatened, endangered"',
  مهددة: 'also "threatened, endangered"',
  متهما: 'also "accused, defendant"',
  متهمة: 'also "accused, defendant"',
  متهمين: 'also "accused, defendants"',
  مدعيا: 'also "plaintiff; prosecutor" (المدعي العام)',
  معبرا: 'also "border crossing" (معبر)',
  منبها: 'also "alarm, stimulant"',
  معلنة: 'also "declared, announced" (غير معلنة)',
  عد: 'also the imperative "count!"; a token وعد must be tried whole before peeling و',
  عدت: 'also عُدت "I returned"',
  وعد: 'also the noun "promise"; begins with و, so try the whole token before peeling',
  وصف: 'also the noun "description"; begins with و, so try the whole token before peeling',
  وصفه: 'also "his description"',
  عبرت: 'also "crossed"',
  عبروا: 'also "crossed"',
  يعبر: 'also "crosses"',
  تعبر: 'also "crosses"',
  كتب: 'also the noun "books"',
  أقر: 'also "approved, passed (a law)"',
  يقر: 'also "approves, passes (a law)"',
  هدد: 'also non-speech "endangered" (خطر يهدد …)',
  يهدد: 'also non-speech "endangers"',
  رفض: 'also the noun "refusal"; in "رفض ذكر اسمه" it belongs to a concealment phrase (ANON_PHRASES)',
  نفى: 'normalizes like the noun نفي "denial; exile"',
  كشف: 'also the noun "list, disclosure" (كشف حساب)',
  نقل: 'also "transported" and the noun "transport"',
  نقلت: 'also "transported"',
  تنبه: 'also تنبّه "became aware"',
  يعرب: 'also the personal name يعرب',
  يعتبر: 'also يُعتبر "is considered" (copular, not speech)',
  تعتبر: 'also تُعتبر "is considered" (copular, not speech)',
  توقع: 'also the noun "expectation"',
  تحدث: 'usually "spoke about" a topic (تحدث عن), not a content clause',
  تلا: 'also "followed" (تلا ذلك …); a cue only with a content after it',
};

/**
 * Verbs of evaluation that take a noun, not a content clause (انتقد الغارة، رحب بالضيف، أشاد
 * بالجهود): they are not cues, but a subject that did this spoke, so a participle after the clause
 * (، واصفا إياها …، مؤكدا أن …) continues that subject. Past and present forms, without و/ف.
 * Source: authored from Arabic news usage.
 */
export const SPEECH_ACTS: readonly string[] = [
  'انتقد', 'انتقدت', 'ينتقد', 'تنتقد', 'رحب', 'رحبت', 'يرحب', 'ترحب', 'أشاد', 'أشادت', 'يشيد', 'تشيد',
  'ندد', 'نددت', 'يندد', 'تندد', 'أدان', 'أدانت', 'يدين', 'تدين', 'دان', 'دانت', 'هاجم', 'هاجمت', 'يهاجم', 'تهاجم',
  'شكر', 'شكرت', 'يشكر', 'تشكر', 'امتدح', 'امتدحت', 'استنكر', 'استنكرت', 'يستنكر', 'تستنكر', 'هنأ', 'هنأت',
  // (bare عبر is also the preposition "via", عبر شراكات: it is a speech act only before عن —
  // SPEECH_ACTS_BEFORE_ABOUT)
  'عبرت', 'أعرب', 'أعربت',
];

/**
 * Subjects for which أدان is "convicted", not "condemned" (أدانت المحكمة المتهم): courts and
 * judges. Source: authored from Arabic news usage.
 */
export const CONVICTING_SUBJECTS: readonly string[] = ['المحكمة', 'محكمة', 'القاضي', 'القاضية', 'القضاء', 'هيئة المحلفين'];

/** The forms of أدان/دان among the speech acts ("condemned"; "convicted" after a court). */
export const CONVICTING_VERBS: readonly string[] = ['أدان', 'أدانت', 'يدين', 'تدين', 'دان', 'دانت'];

/** Speech acts that are one only before عن (عبّر عن "expressed"; عبر alone is "via"). */
export const SPEECH_ACTS_BEFORE_ABOUT: readonly string[] = ['عبر'];
