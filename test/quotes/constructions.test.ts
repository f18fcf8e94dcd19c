/**
 * The quote stage, construction by construction, on sentences written for these tests.
 * Each case lists the quotes expected: kind, the start of the content, the speaker's text
 * (or null) and the source type.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

interface Want {
  kind: 'direct' | 'indirect';
  /** the content starts with this */
  content: string;
  /** the speaker mention's text contains this (null: no speaker) */
  speaker: string | null;
  type?: 'named' | 'anonymous' | 'unattributed';
  via?: string;
}

function check(text: string, want: Want[]) {
  const doc = analyze(text);
  const got = doc.quotes.map((q) => ({
    kind: q.kind,
    content: q.text,
    speaker: q.speaker?.text ?? null,
    type: q.speaker?.sourceType ?? 'unattributed',
    via: q.via?.text,
  }));
  const show = JSON.stringify(got, null, 1);
  expect(got.length, show).toBe(want.length);
  want.forEach((w, i) => {
    const g = got[i];
    expect(g.kind, show).toBe(w.kind);
    expect(g.content.startsWith(w.content), `content: ${show}`).toBe(true);
    if (w.speaker === null) expect(g.speaker, show).toBeNull();
    else expect(g.speaker ?? '', `speaker: ${show}`).toContain(w.speaker);
    if (w.type) expect(g.type, show).toBe(w.type);
    if (w.via) expect(g.via ?? '', show).toContain(w.via);
  });
}

describe('direct quotes', () => {
  it('cue, speaker and colon, every quotation mark style', () => {
    check('قال وزير المالية المصري: «الاقتصاد يتعافى بثبات».', [{ kind: 'direct', content: 'الاقتصاد يتعافى', speaker: 'وزير المالية', type: 'named' }]);
    check('وقالت المتحدثة باسم المفوضية: “نحتاج إلى تمويل عاجل”.', [{ kind: 'direct', content: 'نحتاج إلى', speaker: 'المتحدثة باسم المفوضية' }]);
    check('وقال المدرب: ”قدمنا مباراة كبيرة“.', [{ kind: 'direct', content: 'قدمنا مباراة', speaker: 'المدرب' }]);
    check('وقال المدير: "سنفتح فرعا جديدا في الرياض".', [{ kind: 'direct', content: 'سنفتح فرعا', speaker: 'المدير' }]);
    check('وقال اللاعب: ‹لن نستسلم أبدا›.', [{ kind: 'direct', content: 'لن نستسلم', speaker: 'اللاعب' }]);
  });

  it('a direct quote right after the speaker, without a colon', () => {
    check('وقال رئيس البلدية سليم الهواري "لن نترك أي حي بلا كهرباء هذا الشتاء".', [
      { kind: 'direct', content: 'لن نترك', speaker: 'رئيس البلدية', type: 'named' },
    ]);
  });

  it('a colon after the speaker and an addressee (لـ«…»), and an adjunct before the colon', () => {
    check('وقال الخبير الاقتصادي أحمد النجار لـ«الأهرام»: «التضخم سيتراجع تدريجيا».', [
      { kind: 'direct', content: 'التضخم سيتراجع', speaker: 'الخبير الاقتصادي أحمد النجار' },
    ]);
    check('وقال مدرب الفريق في المؤتمر الصحفي عقب المباراة: «اللاعبون قاتلوا حتى النهاية».', [
      { kind: 'direct', content: 'اللاعبون قاتلوا', speaker: 'مدرب الفريق' },
    ]);
  });

  it('quote-first order', () => {
    check('«لا تراجع عن الإصلاحات»، قالت الوزيرة.', [{ kind: 'direct', content: 'لا تراجع', speaker: 'الوزيرة' }]);
    check('"هذه أسوأ أزمة نشهدها منذ عقود"، هكذا علّق المتحدث باسم البلدية على الفيضانات.', [
      { kind: 'direct', content: 'هذه أسوأ', speaker: 'المتحدث باسم البلدية' },
    ]);
  });

  it('headlines: a speaker and a colon, a denial with its object, a dateline that is not a quote', () => {
    check('الوزير: لا تراجع عن الإصلاحات', [{ kind: 'direct', content: 'لا تراجع', speaker: 'الوزير' }]);
    check('مصر تنفي تقرير "رويترز": احتياطياتنا في أمان', [{ kind: 'direct', content: 'احتياطياتنا', speaker: 'مصر' }]);
    check('دبي - وكالات: ارتفعت أسعار الذهب اليوم إلى مستوى قياسي.', []);
    // a place and the outlet after a colon is a dateline too; a place speaking is a headline quote
    check('لندن: «الشرق الأوسط»\n\nتلقى الفريق خسارته الثالثة.', []);
    check('طهران: لن نتفاوض تحت الضغط', [{ kind: 'direct', content: 'لن نتفاوض', speaker: 'طهران', type: 'named' }]);
    check('موقف الحكومة: ترقب حذر للأسواق', []);
    // a quoted name that opens the quoted line is part of it
    check('مصادر: «نوفا» تدرس العودة إلى السوق المصرية', [{ kind: 'direct', content: '«نوفا» تدرس', speaker: 'مصادر', type: 'anonymous' }]);
    check('وقال الوزير: «نعم»، ثم غادر القاعة.', [{ kind: 'direct', content: 'نعم', speaker: 'الوزير' }]);
  });

  it('وأضاف: and a long quotation standing alone continue the last speaker', () => {
    check('وقال وزير الصحة خالد عبد الغفار إن الوضع تحت السيطرة. وأضاف: «نتابع الحالات ساعة بساعة».', [
      { kind: 'indirect', content: 'الوضع تحت', speaker: 'خالد عبد الغفار' },
      { kind: 'direct', content: 'نتابع الحالات', speaker: 'خالد عبد الغفار' },
    ]);
    check('وقالت الوزيرة إن الخطة جاهزة.\n«سنبدأ التنفيذ الأسبوع المقبل في كل المحافظات دون استثناء».', [
      { kind: 'indirect', content: 'الخطة جاهزة', speaker: 'الوزيرة' },
      { kind: 'direct', content: 'سنبدأ التنفيذ', speaker: 'الوزيرة' },
    ]);
  });

  it('names and terms in quotation marks are not speech', () => {
    check('نشر موقع "أكسيوس" تقريرا عن صفقة هاتف “آيفون” الجديدة مع شركة "سابك".', []);
    check('وشارك في ندوة بعنوان "الترجمة بوصفها جسرا بين الثقافات" عدد من الكتاب.', []);
    // (a national plan's or vision's name)
    check('وتندرج الخطوة ضمن رؤية "كويت جديدة 2035" لتنويع الاقتصاد.', []);
    // (an exhibition's or campaign's title, however long, even with a colon)
    check('وافتتح أمس في متحف الشارقة معرض «حبر وضوء: ألف عام من المخطوطات الإسلامية»، الذي يضم 200 مخطوطة.', []);
    check('وأطلق المعلمون حملة «حقي بعلاوتي ولن أتنازل عنها أبدا» على المنصات.', []);
  });

  it('a quotation never closed runs to the end of its paragraph; a stray closing mark swallows nothing', () => {
    const doc = analyze('وقال الوزير: «سنواصل العمل حتى النهاية\nفقرة جديدة بلا اقتباس.');
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0].text).toBe('سنواصل العمل حتى النهاية');
    expect(doc.diagnostics.map((d) => d.code)).toContain('unclosed-quote');
    const stray = analyze('وقالت الوزارة إن الادعاء باطل". وتابعت الجلسة أعمالها.');
    expect(stray.quotes).toHaveLength(1);
    expect(stray.quotes[0].text).toBe('الادعاء باطل');
    expect(stray.diagnostics.map((d) => d.code)).toContain('stray-closing-quote');
  });
});

describe('indirect speech', () => {
  it('cue + speaker + إن/أن/بأن, with pronouns on the complementizer', () => {
    check('قال رئيس الوزراء إن الحكومة ستخفض الضرائب.', [{ kind: 'indirect', content: 'الحكومة ستخفض', speaker: 'رئيس الوزراء' }]);
    check('وأكدت الشركة أنها ستطرح الهاتف في الأسواق العربية.', [{ kind: 'indirect', content: 'ستطرح', speaker: 'الشركة' }]);
    check('وأفاد شهود عيان بأن الانفجار وقع قرب السوق.', [{ kind: 'indirect', content: 'الانفجار وقع', speaker: 'شهود عيان', type: 'anonymous' }]);
    check('ويقول الخبراء إن الأسعار سترتفع.', [{ kind: 'indirect', content: 'الأسعار سترتفع', speaker: 'الخبراء' }]);
  });

  it('verbs with a preposition before أن', () => {
    check('وأشار المسؤول إلى أن المفاوضات متعثرة.', [{ kind: 'indirect', content: 'المفاوضات متعثرة', speaker: 'المسؤول' }]);
    check('وشدد الوزير على أن الأمن خط أحمر.', [{ kind: 'indirect', content: 'الأمن خط', speaker: 'الوزير' }]);
    check('وحذرت منظمة الصحة العالمية من أن الوباء قد ينتشر.', [{ kind: 'indirect', content: 'الوباء قد', speaker: 'منظمة الصحة العالمية' }]);
  });

  it('an adjunct between the speaker and the complementizer', () => {
    check('وقالت الوزارة في بيان صدر اليوم الأحد إن التحقيقات مستمرة.', [{ kind: 'indirect', content: 'التحقيقات مستمرة', speaker: 'الوزارة' }]);
  });

  it('elided subjects: the nearest agreeing subject, then the last speaker', () => {
    check('ولم يعلق نتنياهو على التقرير، لكنه أكد في كلمة أمام الكنيست أن العملية ستستمر.', [
      { kind: 'indirect', content: 'العملية ستستمر', speaker: 'نتنياهو' },
    ]);
    check('وقالت الوزيرة إن الميزانية أقرت. وأضافت أن الرواتب سترتفع.', [
      { kind: 'indirect', content: 'الميزانية', speaker: 'الوزيرة' },
      { kind: 'indirect', content: 'الرواتب', speaker: 'الوزيرة' },
    ]);
  });

  it('participial continuations take the subject they agree with', () => {
    check('وقالت الوزارة إن الادعاء باطل، مؤكدة أنها ستلاحق مروجيه.', [
      { kind: 'indirect', content: 'الادعاء باطل', speaker: 'الوزارة' },
      { kind: 'indirect', content: 'ستلاحق', speaker: 'الوزارة' },
    ]);
    check('ونقلت المصادر أن الرئيس الأمريكي دونالد ترامب انتقد الغارة، واصفًا إياها بأنها "متهورة".', [
      { kind: 'indirect', content: 'الرئيس الأمريكي', speaker: 'المصادر', type: 'anonymous' },
      { kind: 'indirect', content: '"متهورة"', speaker: 'دونالد ترامب', type: 'named' },
    ]);
    // the subject of the clause only acted (أجرى اتصالات): the participle continues the reporter
    check('وذكر مصدر مسؤول أن رئيس المخابرات أجرى اتصالات مكثفة مع الطرفين، لافتا إلى أن الجولة المقبلة قد تكون حاسمة.', [
      { kind: 'indirect', content: 'رئيس المخابرات أجرى', speaker: 'مصدر مسؤول', type: 'anonymous' },
      { kind: 'indirect', content: 'الجولة المقبلة', speaker: 'مصدر مسؤول', type: 'anonymous' },
    ]);
    check('وقال المدرب: «قدمنا شوطا ثانيا رائعا»، مضيفا: «الدوري لم ينته بعد».', [
      { kind: 'direct', content: 'قدمنا', speaker: 'المدرب' },
      { kind: 'direct', content: 'الدوري', speaker: 'المدرب' },
    ]);
  });

  it('a clause ends before the next cue (، لكنه شدد / ، وهو ما نفاه / ، كما ادعى)', () => {
    check('وأكد الوزير أن الحوار ممكن، غير أنه شدد على أن الشروط لم تتغير.', [
      { kind: 'indirect', content: 'الحوار ممكن', speaker: 'الوزير' },
      { kind: 'indirect', content: 'الشروط لم', speaker: 'الوزير' },
    ]);
    check('وادعى حساب مجهول أن المصنع أغلق، وهو ما نفاه متحدث باسم الشركة، مؤكدا أن "العمل مستمر".', [
      { kind: 'indirect', content: 'المصنع أغلق', speaker: 'حساب مجهول' },
      { kind: 'indirect', content: '"العمل مستمر"', speaker: 'متحدث باسم الشركة' },
    ]);
  });

  it('وصف: a named body opening the phrase is the subject, the rest the object', () => {
    check('ووصفت وزارة الخارجية الفلسطينية الاقتحام بأنه "حلقة جديدة في الحرب".', [
      { kind: 'indirect', content: '"حلقة جديدة', speaker: 'وزارة الخارجية الفلسطينية' },
    ]);
    // the phrase alone is the object (the speaker is the subject reported before)
    check('وقال الوزير إن الوضع صعب. ووصف الاقتحام بأنه "تصعيد خطير".', [
      { kind: 'indirect', content: 'الوضع صعب', speaker: 'الوزير' },
      { kind: 'indirect', content: '"تصعيد خطير"', speaker: 'الوزير' },
    ]);
  });

  it('an attribution to a document its author published names the author', () => {
    check('وباشرت الهيئة 148 قضية، وفقا لإحصاءات نشرتها نزاهة مطلع الشهر الجاري.', [
      { kind: 'indirect', content: 'وباشرت الهيئة', speaker: 'نزاهة' },
    ]);
    const a = analyze('وباشرت الهيئة 148 قضية، وفقا لإحصاءات نشرتها نزاهة مطلع الشهر الجاري.');
    expect(a.quotes[0].speaker?.text).toBe('نزاهة');
  });

  it('أمين is a title, not the stopword آمين', () => {
    check('وقال المحامي إن موكله بريء. وأكد أمين منطقة الباحة أن المشروع تأخر.', [
      { kind: 'indirect', content: 'موكله', speaker: 'المحامي' },
      { kind: 'indirect', content: 'المشروع تأخر', speaker: 'أمين منطقة الباحة' },
    ]);
  });

  it('a byline is not a quotation', () => {
    check('عنوان الخبر\n\nكتبت: نهى عبد الرازق\n\nاختتمت فعاليات المعرض. وكتب الناقد: "المعرض نجح".', [
      { kind: 'direct', content: 'المعرض نجح', speaker: 'الناقد' },
    ]);
  });

  it('the reporter\'s gloss and the speaker\'s own evaluation after a comma end the content', () => {
    const a = analyze('وقال رئيس المنظمة إن الأسئلة جاءت "في متناول المترشح"، لكنه انتقد ما وصفه بالضغط الكبير.');
    expect(a.quotes[0].text).toBe('الأسئلة جاءت "في متناول المترشح"');
    const b = analyze('وقال المستشار إن "المزايدة في ملف الهجرة لا تخدم سوى المتطرفين"، في إشارة إلى حزب البديل.');
    expect(b.quotes[0].text).toBe('"المزايدة في ملف الهجرة لا تخدم سوى المتطرفين"');
    // (a contrast inside what was reported stays in it)
    const c = analyze('وقال الوزير إن الاتفاق جيد، لكنه غير كاف لإنهاء الأزمة.');
    expect(c.quotes[0].text).toContain('لكنه غير كاف');
  });

  it('a passive participle after a comma describes the content and does not end it', () => {
    check('وقالت الشركة إن إيراداتها ارتفعت 11 بالمئة، مدفوعة بزيادة الطلب على منتجاتها.', [
      { kind: 'indirect', content: 'إيراداتها ارتفعت 11 بالمئة، مدفوعة بزيادة الطلب', speaker: 'الشركة' },
    ]);
  });

  it('an anonymous source in the accusative after غير أن / لكن is the speaker', () => {
    check('غير أن مصدرا حزبيا طلب عدم الكشف عن اسمه أكد للصحيفة أن القيادة غير مرتاحة.', [
      { kind: 'indirect', content: 'القيادة غير مرتاحة', speaker: 'مصدرا حزبيا', type: 'anonymous' },
    ]);
    check('لكن مصدرا مطلعا قال إن المحادثات متعثرة.', [{ kind: 'indirect', content: 'المحادثات متعثرة', speaker: 'مصدرا مطلعا', type: 'anonymous' }]);
  });

  it('an attribution phrase with a document, its issuer, a short name in parentheses and a time adverb', () => {
    check('ووفقا لبيان صادر عن البنك المركزي أمس، تراجع معدل التضخم إلى 12 بالمئة.', [
      { kind: 'indirect', content: 'تراجع معدل التضخم', speaker: 'البنك المركزي', type: 'named' },
    ]);
    check('وبحسب مكتب تنسيق الشؤون الإنسانية (أوتشا)، نزح نحو ألف شخص من المدينة.', [
      { kind: 'indirect', content: 'نزح نحو ألف شخص', speaker: 'مكتب تنسيق الشؤون الإنسانية', type: 'named' },
    ]);
    check('وارتفع إجمالي التعهدات إلى 20 مليار دولار، وفقا لبيان صادر عن الصندوق.', [
      { kind: 'indirect', content: 'وارتفع إجمالي التعهدات', speaker: 'الصندوق', type: 'named' },
    ]);
  });

  it('a relative of someone in the news speaks as a named source, also in a headline', () => {
    check('القبض على متهم بقتل شاب في شارع الهرم.. وشقيق الضحية: نريد القصاص العادل', [
      { kind: 'direct', content: 'نريد القصاص', speaker: 'شقيق الضحية', type: 'named' },
    ]);
    check('وقالت والدة الطالب إن ابنها تعرض للضرب.', [{ kind: 'indirect', content: 'ابنها تعرض', speaker: 'والدة الطالب', type: 'named' }]);
  });

  it('a contrast (فيما) and an appeal with و end reported content', () => {
    check('وأوضح الوزير أن ثلاثة من المصابين يعملون في مزرعة، فيما انتقلت العدوى إلى الآخرين في المستشفى.', [
      { kind: 'indirect', content: 'ثلاثة من المصابين يعملون في مزرعة', speaker: 'الوزير' },
    ]);
    check('وأكد الوزير أن الحوار ممكن، فيما قال المعارضون إن الشروط لم تتغير.', [
      { kind: 'indirect', content: 'الحوار ممكن', speaker: 'الوزير' },
      { kind: 'indirect', content: 'الشروط لم', speaker: 'المعارضون' },
    ]);
    check('واعتبرت الجمعية أن الحل الأمني لن يوقف العبور، ودعت السلطات إلى فتح تحقيق مستقل.', [
      { kind: 'indirect', content: 'الحل الأمني لن يوقف العبور', speaker: 'الجمعية' },
    ]);
    expect(analyze('واعتبرت الجمعية أن الحل الأمني لن يوقف العبور، ودعت السلطات إلى فتح تحقيق مستقل.').quotes[0].text).toBe('الحل الأمني لن يوقف العبور');
  });

  it('a verb with و that agrees with the reported subject and not the speaker continues the content', () => {
    check('وأضاف الوزير أن أنقرة تعارض أي تصعيد في المنطقة، وترى أن الطريق الوحيد هو التفاوض.', [
      { kind: 'indirect', content: 'أنقرة تعارض أي تصعيد في المنطقة، وترى أن الطريق', speaker: 'الوزير' },
    ]);
    // agreeing with the speaker, it is the speaker's next statement
    check('وأضاف الوزير أن أنقرة تعارض أي تصعيد، وأكد أن الطريق الوحيد هو التفاوض.', [
      { kind: 'indirect', content: 'أنقرة تعارض أي تصعيد', speaker: 'الوزير' },
      { kind: 'indirect', content: 'الطريق الوحيد', speaker: 'الوزير' },
    ]);
  });

  it('a feminine participle after a quote-first cue continues that cue\'s speaker, not an earlier one', () => {
    check('وحذر الحاكم فادي منصور من أن الفراغ سيؤخر الاتفاق.\n\n«العقدة ليست في الأسماء»، تقول أوساط سياسية مواكبة للاتصالات، مرجّحة أن يطول أمد الأزمة.', [
      { kind: 'indirect', content: 'الفراغ سيؤخر', speaker: 'فادي منصور' },
      { kind: 'direct', content: 'العقدة', speaker: 'أوساط سياسية', type: 'anonymous' },
      { kind: 'indirect', content: 'يطول أمد', speaker: 'أوساط سياسية', type: 'anonymous' },
    ]);
  });

  it('وجاء في البيان: what the statement just mentioned says is its issuer\'s', () => {
    check('وأعلنت وزارة الداخلية، في بيان نقلته الوكالة، أن الدوام سيعلق يومين. وجاء في البيان: «تهيب الوزارة بالجميع الالتزام بالتعليمات».', [
      { kind: 'indirect', content: 'الدوام سيعلق', speaker: 'وزارة الداخلية' },
      { kind: 'direct', content: 'تهيب الوزارة', speaker: 'وزارة الداخلية' },
    ]);
  });

  it('a verb form with a pronoun before a number is a measure, not a cue; a head with a name is a named source', () => {
    check('واتفق التحالف على تمديد خفض قدره 1.2 مليون برميل يوميا، في خطوة قال مندوبون حضروا الاجتماع إنها جاءت بعد مفاوضات شاقة.', [
      { kind: 'indirect', content: 'جاءت بعد', speaker: 'مندوبون', type: 'anonymous' },
    ]);
    check('أعلنت شركة مدار لابز أنها أغلقت جولة تمويل.', [{ kind: 'indirect', content: 'أغلقت جولة', speaker: 'شركة مدار لابز', type: 'named' }]);
  });

  it('a central bank by its short name speaks in a headline', () => {
    check('المركزي الأردني: أموال العملاء آمنة ولا تسريب لبياناتهم', [{ kind: 'direct', content: 'أموال العملاء', speaker: 'المركزي الأردني', type: 'named' }]);
  });

  it('a statement read out: تلا X بيانا جاء فيه: «…»', () => {
    check('وعقب الاجتماع، تلا المتحدث باسم الرئاسة بيانا جاء فيه: «إن الرئيسين اتفقا على مواصلة التشاور».', [
      { kind: 'direct', content: 'إن الرئيسين', speaker: 'المتحدث باسم الرئاسة' },
    ]);
    check('وتلا ذلك اجتماع للحكومة أقر الموازنة.', []);
  });

  it('a speaker whose name only starts like a preposition phrase (بنعلي)', () => {
    check('وكان اللاعب إلياس بنعلي قد تأهل. وكتب بنعلي على حسابه أن ما تحقق ليس سوى البداية.', [
      { kind: 'indirect', content: 'ما تحقق', speaker: 'بنعلي', type: 'named' },
    ]);
  });

  it('نقلت عنه قوله: the person the pronoun stands for', () => {
    check('وأفادت الهيئة بأن وزير الأمن إليعازر بن دافيد هدد بالانسحاب من الحكومة، ونقلت عنه قوله في اجتماع لكتلته: "صفقة كهذه هي استسلام".', [
      { kind: 'indirect', content: 'وزير الأمن', speaker: 'الهيئة' },
      { kind: 'direct', content: 'صفقة كهذه', speaker: 'إليعازر بن دافيد', type: 'named' },
    ]);
  });

  it('a form that is a cue only with its shadda (بيّن, not بين "between")', () => {
    check('وبيّن الوزير، في تصريح للصحفيين، أن الكتلة طلبت استجواب الوزيرة.', [{ kind: 'indirect', content: 'الكتلة طلبت', speaker: 'الوزير' }]);
    check('وقارن الوزير بين الخطتين أمام الصحفيين.', []);
  });

  it('a cue in a relative clause speaks for the body named before the comma', () => {
    check('وتضررت السفينة، وفقا لهيئة عمليات التجارة البحرية البريطانية، التي أشارت إلى أن الحادث وقع جنوب عدن.', [
      { kind: 'indirect', content: 'الحادث وقع', speaker: 'هيئة عمليات التجارة البحرية البريطانية', type: 'named' },
    ]);
  });

  it('a role with a complement, then the person, is the named speaker', () => {
    check('وقال عضو المكتب السياسي للحزب محمد سالم ولد الطالب، وهو نائب عن مدينة العيون: "الأغلبية منفتحة على كل المقترحات".', [
      { kind: 'direct', content: 'الأغلبية منفتحة', speaker: 'محمد سالم ولد الطالب', type: 'named' },
    ]);
  });

  it('quoted fragments inside reported speech are its fragments', () => {
    const doc = analyze('وأكدت الخارجية أن العلاقات بين البلدين "أقوى من أي وقت مضى".');
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0].kind).toBe('indirect');
    expect(doc.quotes[0].fragments).toHaveLength(1);
  });

  it('the object of وصف and اتهم is not the speaker', () => {
    check('وقال الرئيس إن الاتفاق تاريخي، بينما وصف المعارضة بأنها "عاجزة".', [
      { kind: 'indirect', content: 'الاتفاق تاريخي', speaker: 'الرئيس' },
      { kind: 'indirect', content: '"عاجزة"', speaker: 'الرئيس' },
    ]);
  });

  it('a relative clause or an adjunct between the speaker and إن', () => {
    check('وقال محافظ البنك المركزي، الذي يتولى منصبه منذ عام 2019، إن التضخم بلغ ذروته.', [
      { kind: 'indirect', content: 'التضخم بلغ', speaker: 'محافظ البنك المركزي' },
    ]);
    check('وأوضح رئيس الهيئة، في تصريحات صحفية على هامش المعرض، أن عدد الزوار تضاعف.', [
      { kind: 'indirect', content: 'عدد الزوار', speaker: 'رئيس الهيئة' },
    ]);
    check('وقال النائب محمود بدر لـ«اليوم السابع» إن القانون سيناقش الأسبوع المقبل.', [
      { kind: 'indirect', content: 'القانون سيناقش', speaker: 'محمود بدر' },
    ]);
  });

  it('a cue, an object phrase and a participle with a colon (وعلق المدرب على الخسارة قائلا: …)', () => {
    check('وعلق مدرب الأهلي على الخسارة قائلا: «ارتكبنا أخطاء لا تغتفر».', [
      { kind: 'direct', content: 'ارتكبنا', speaker: 'مدرب الأهلي' },
    ]);
  });

  it('passive cues have no speaker', () => {
    check('وقيل إن الاجتماع تأجل إلى الأسبوع المقبل.', [{ kind: 'indirect', content: 'الاجتماع تأجل', speaker: null }]);
  });

  it('background openers are not speech', () => {
    check('يذكر أن المدينة شهدت فيضانات مماثلة قبل عامين.', []);
  });
});

describe('attribution phrases and relayed speech', () => {
  it('بحسب and وفقا لـ opening or closing a clause', () => {
    check('وبحسب وزارة الصحة، فإن عدد الإصابات ارتفع إلى 900 حالة.', [{ kind: 'indirect', content: 'عدد الإصابات', speaker: 'وزارة الصحة' }]);
    check('وارتفع عدد الإصابات إلى 900 حالة، بحسب وزارة الصحة.', [{ kind: 'indirect', content: 'وارتفع عدد', speaker: 'وزارة الصحة' }]);
    check('ووفقا للمنظمة الدولية للهجرة، فر أكثر من مليون شخص من منازلهم.', [{ kind: 'indirect', content: 'فر أكثر', speaker: 'منظمة الدولية للهجرة' }]);
  });

  it('نقل X عن Y: Y said it, X relayed it', () => {
    check('ونقلت صحيفة الغارديان عن دبلوماسي غربي أن الاتفاق بات قريبا.', [
      { kind: 'indirect', content: 'الاتفاق بات', speaker: 'دبلوماسي غربي', type: 'anonymous', via: 'الغارديان' },
    ]);
    check('وذكرت وكالة "بلومبرغ"، نقلا عن أشخاص مطلعين على الخطط، أن الشركة تعتزم الاندماج.', [
      { kind: 'indirect', content: 'الشركة تعتزم', speaker: 'أشخاص مطلعين', type: 'anonymous', via: 'بلومبرغ' },
    ]);
  });

  it('بحسب inside a cue clause names the channel, not the speaker', () => {
    check('وأشار رئيس الوزراء، بحسب المصادر، إلى أن الهجوم لن يمر دون رد.', [
      { kind: 'indirect', content: 'الهجوم لن', speaker: 'رئيس الوزراء', type: 'named', via: 'المصادر' },
    ]);
  });
});

describe('wire and press formulas', () => {
  it('an addressee after the speaker stays outside; a concealment phrase makes it anonymous', () => {
    check('وقال مسؤول في وزارة الداخلية لوكالة فرانس برس طالبا عدم كشف هويته إن الهجوم أوقع عشرة قتلى.', [
      { kind: 'indirect', content: 'الهجوم أوقع', speaker: 'مسؤول في وزارة الداخلية', type: 'anonymous' },
    ]);
    check('وصرح مصدر عسكري لـ«سانا» بأن الدفاعات الجوية تصدت لصواريخ.', [{ kind: 'indirect', content: 'الدفاعات', speaker: 'مصدر عسكري', type: 'anonymous' }]);
  });

  it('نقل … عن X قوله إن: X said it', () => {
    check('ونقل التلفزيون الرسمي عن الرئيس قوله إن البلاد لن تركع.', [{ kind: 'indirect', content: 'البلاد لن', speaker: 'الرئيس', via: 'التلفزيون' }]);
  });

  it('a colon that ends a paragraph opens the quotation of the next one', () => {
    check('واستطرد الوزير قائلا:\n«ما تحقق مشروع قومي شارك فيه آلاف المهندسين والعمال».', [{ kind: 'direct', content: 'ما تحقق', speaker: 'الوزير' }]);
  });

  it('a study shows; a statement in a relative clause does not hide the complementizer', () => {
    check('أظهرت دراسة نشرتها مجلة «لانسيت» أن معدلات الإصابة ارتفعت.', [{ kind: 'indirect', content: 'معدلات الإصابة', speaker: 'دراسة' }]);
    check('وقالت المنظمة في بيان نشرته على موقعها إن خفض استهلاك السكر ينقذ الأرواح.', [{ kind: 'indirect', content: 'خفض استهلاك', speaker: 'المنظمة' }]);
  });

  it('a circumstantial participle ends the reported clause', () => {
    check('وقال رئيس المجلس إن القانون يأتي استجابة للتحولات، داعيا الأعضاء إلى الالتزام بالوقت.', [{ kind: 'indirect', content: 'القانون يأتي', speaker: 'رئيس المجلس' }]);
    const doc = analyze('وقال رئيس المجلس إن القانون يأتي استجابة للتحولات، داعيا الأعضاء إلى الالتزام بالوقت.');
    expect(doc.quotes[0].text.endsWith('للتحولات')).toBe(true);
    // the feminine participle too (داعية), but not a noun of that shape in apposition (عاصمة)
    const fem = analyze('وقالت الهيئة إن الأسعار ارتفعت، داعية المستهلكين إلى الترشيد.');
    expect(fem.quotes[0].text).toBe('الأسعار ارتفعت');
    // a verb with ها has the participle's shape but continues the clause (، قادها صندوق …)
    const verb = analyze('وأعلنت الشركة أنها أغلقت جولة تمويل، قادها صندوق محلي بمشاركة بنوك.');
    expect(verb.quotes[0].text).toBe('أغلقت جولة تمويل، قادها صندوق محلي بمشاركة بنوك');
    const noun = analyze('وقال الوزير إن الوفد وصل إلى الرباط، عاصمة المملكة.');
    expect(noun.quotes[0].text).toBe('الوفد وصل إلى الرباط، عاصمة المملكة');
  });
});

describe('source types', () => {
  it('anonymous sources: nouns, qualifiers and concealment phrases', () => {
    check('وقال مصدر مطلع إن القرار سيصدر غدا.', [{ kind: 'indirect', content: 'القرار', speaker: 'مصدر مطلع', type: 'anonymous' }]);
    check('وقال مسؤول أمريكي رفيع المستوى إن القوات ستنسحب.', [{ kind: 'indirect', content: 'القوات', speaker: 'مسؤول أمريكي', type: 'anonymous' }]);
    check('وأكد دبلوماسي أوروبي، فضل عدم ذكر اسمه، أن العواصم منقسمة.', [{ kind: 'indirect', content: 'العواصم منقسمة', speaker: 'دبلوماسي أوروبي', type: 'anonymous' }]);
    check('وقال ثلاثة مسؤولين مطلعين على المداولات إن الخطة جاهزة.', [{ kind: 'indirect', content: 'الخطة', speaker: 'مسؤولين', type: 'anonymous' }]);
  });

  it('named sources: people, organizations, titles, nominals that refer back', () => {
    check('وقال الرئيس الفرنسي إيمانويل ماكرون إن أوروبا موحدة.', [{ kind: 'indirect', content: 'أوروبا', speaker: 'ماكرون', type: 'named' }]);
    check('أعلنت وزارة الدفاع الروسية أن قواتها تقدمت. وقالت الوزارة إن الخسائر محدودة.', [
      { kind: 'indirect', content: 'قواتها', speaker: 'وزارة الدفاع الروسية', type: 'named' },
      { kind: 'indirect', content: 'الخسائر', speaker: 'الوزارة', type: 'named' },
    ]);
    check('وقال محللون في بنك غولدمان ساكس إن الطلب سيتباطأ.', [{ kind: 'indirect', content: 'الطلب', speaker: 'محللون', type: 'named' }]);
  });

  it('an attribution tail before a later quote of the same sentence; figures before the source', () => {
    check('ونما الناتج المحلي في البلاد بنسبة 2.8 بالمئة، وفقا لتقديرات صندوق النقد الدولي، في حين يتوقع اقتصاديون أن يتسارع النمو.', [
      { kind: 'indirect', content: 'ونما الناتج', speaker: 'صندوق النقد الدولي', type: 'named' },
      // an unnamed group (a plural of a nisba or participle) is not a named source
      { kind: 'indirect', content: 'يتسارع النمو', speaker: 'اقتصاديون', type: 'anonymous' },
    ]);
    const doc = analyze('وارتفعت الأسعار بنسبة 3 في المئة خلال الشهر، وفقا لبيانات البنك المركزي.');
    expect(doc.quotes[0].speaker?.text).toBe('البنك المركزي');
  });

  it('an official spokesperson speaks for a body, named even when the body is only described', () => {
    check('وهو ما نفاه متحدث باسم الجيش الروماني، مؤكدا أن "لا صحة لذلك".', [
      { kind: 'indirect', content: '"لا صحة لذلك"', speaker: 'متحدث باسم الجيش الروماني', type: 'named' },
    ]);
    // an unnamed official of a body stays anonymous
    check('وقال مسؤول في وزارة الخارجية إن الاجتماع انتهى.', [{ kind: 'indirect', content: 'الاجتماع', speaker: 'مسؤول في وزارة الخارجية', type: 'anonymous' }]);
  });

  it('a participle after a quote-first cue continues that cue\'s speaker, not a name in its complements', () => {
    check('«لن نقبل بأي تسوية ناقصة»، أضاف الوزير في مؤتمر صحفي مع نظيره الفرنسي جان نويل بارو، مشددا على أن الحوار مستمر.', [
      { kind: 'direct', content: 'لن نقبل', speaker: 'الوزير', type: 'named' },
      { kind: 'indirect', content: 'الحوار مستمر', speaker: 'الوزير', type: 'named' },
    ]);
  });

  it('speaker phrases: a verbal noun ends them, an accusative of manner is none, an honorific with a pronoun refers back', () => {
    check('ونقلت رويترز عن مسؤولين أمريكيين قولهم إن المحادثات ستستأنف.', [
      { kind: 'indirect', content: 'المحادثات', speaker: 'مسؤولين أمريكيين', type: 'anonymous', via: 'رويترز' },
    ]);
    const doc = analyze('ونقلت رويترز عن مسؤولين أمريكيين قولهم إن المحادثات ستستأنف.');
    expect(doc.quotes[0].speaker?.text).toBe('مسؤولين أمريكيين');
    check('وقال الوزير إن الأمر محسوم. وتابع ساخرا: "لن ينتظرنا أحد".', [
      { kind: 'indirect', content: 'الأمر محسوم', speaker: 'الوزير' },
      { kind: 'direct', content: 'لن ينتظرنا', speaker: 'الوزير' },
    ]);
    check('من جانبها، رفعت معالي سارة الأميري الشكر إلى الشيخ محمد بن زايد.\n\nوأكدت معاليها أن المعلمين ركيزة التعليم.', [
      { kind: 'indirect', content: 'المعلمين', speaker: 'سارة الأميري', type: 'named' },
    ]);
  });

  it('a document as the subject: its issuer speaks; a family name that is an adjective refers to the person', () => {
    check('وقال الوزير إن الاجتماع انتهى. وذكر بيان لمكتب رئيس الوزراء أن اللجنة ستقدم تقريرها.', [
      { kind: 'indirect', content: 'الاجتماع', speaker: 'الوزير' },
      { kind: 'indirect', content: 'اللجنة', speaker: 'مكتب رئيس الوزراء', type: 'named' },
    ]);
    check('وقال تقرير صادر عن وزارة الصحة إن الإصابات تراجعت.', [{ kind: 'indirect', content: 'الإصابات', speaker: 'وزارة الصحة', type: 'named' }]);
    const doc = analyze('أعلن رئيس الوزراء العراقي محمد شياع السوداني أن الحكومة ستطلق إصلاحات. وأوضح السوداني أن "الإصلاح ضرورة".');
    expect(doc.quotes[1].speaker?.entityId).toBe(doc.quotes[0].speaker?.entityId);
  });

  it('a role with a complement, then the name, before the content', () => {
    check('وفي الكويت، توقع كبير الاقتصاديين في بنك "الأفق" سامر الخطيب أن تتراجع الأسعار.', [
      { kind: 'indirect', content: 'تتراجع', speaker: 'سامر الخطيب', type: 'named' },
    ]);
    // after وصف the phrase is the object; the speaker is the subject before it
    check('وقال الوزير خالد العتيبي إن المحادثات مستمرة، بينما وصف رئيس الوفد الآخر يوسف الهاشمي بأنه "مفاوض صعب".', [
      { kind: 'indirect', content: 'المحادثات', speaker: 'خالد العتيبي', type: 'named' },
      { kind: 'indirect', content: '"مفاوض صعب"', speaker: 'خالد العتيبي', type: 'named' },
    ]);
  });
});

describe('reports inside reports', () => {
  it('"but he" + a speech verb after a reported speech act goes on with its speaker', () => {
    check('ونقلت الصحيفة عن مصدر مطلع أن المتهم الأول أقر بتلقي الأموال، لكنه نفى نية الاستيلاء عليها.', [
      { kind: 'indirect', content: 'المتهم الأول أقر بتلقي الأموال، لكنه نفى نية', speaker: 'مصدر مطلع', type: 'anonymous' },
    ]);
  });

  it('… but "but he" + a verb with its own complement clause is a new report by the speaker', () => {
    check('وقال مسؤول رفيع إن الرئيس أبلغ القادة رغبته في اتفاق، لكنه أقر بأن الفجوات لا تزال كبيرة.', [
      { kind: 'indirect', content: 'الرئيس أبلغ', speaker: 'مسؤول', type: 'anonymous' },
      { kind: 'indirect', content: 'الفجوات', speaker: 'مسؤول', type: 'anonymous' },
    ]);
  });

  it('the full stop of an initial does not end the content', () => {
    check('وقالت النيابة إن المتهم الأول سيد ع. (47 عاما) كان يصرف الأرباح من أموال المودعين الجدد.', [
      { kind: 'indirect', content: 'المتهم الأول سيد ع. (47 عاما) كان يصرف', speaker: 'النيابة', type: 'named' },
    ]);
  });

  it('after "according to what" the speech verb is not part of the source', () => {
    const doc = analyze('وبحسب ما أفادت مصادر قضائية، فإن المتهمين تولوا إدارة المكاتب.');
    expect(doc.quotes[0]?.speaker?.text).toBe('مصادر قضائية');
    expect(doc.quotes[0]?.speaker?.sourceType).toBe('anonymous');
  });

  it('a headline speaker named by a role in construct, without the conjunction', () => {
    const doc = analyze('إحالة المتهمين إلى الجنايات.. ومحامي الضحايا: «نريد استرداد الأموال قبل العقوبة»');
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0].speaker?.text).toBe('محامي الضحايا');
    expect(doc.quotes[0].kind).toBe('direct');
  });
});

describe('headline occasions', () => {
  it('the occasion between a headline speaker and the colon stays outside the speaker', () => {
    const doc = analyze('المدرب بعد الفوز على السد: «قطعنا نصف الطريق فقط»\n\nفاز النصر على ضيفه.');
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0].speaker?.text).toBe('المدرب');
    expect(doc.quotes[0].text).toBe('قطعنا نصف الطريق فقط');
  });
});

describe('what ends reported content', () => {
  it('إذ or حيث before a new speech verb opens a report of its own', () => {
    const doc = analyze('وحذر الاتحاد من أن ارتفاع الصادرات لم ينعكس على الدخل، إذ قال عضو مكتبه سامي بن علي إن الأسعار تراجعت.');
    expect(doc.quotes.map((q) => q.text)).toEqual(['ارتفاع الصادرات لم ينعكس على الدخل', 'الأسعار تراجعت']);
  });

  it('the writer\'s aside after علما ends it', () => {
    const doc = analyze('ويتوقع الديوان أن يبلغ الإنتاج 340 ألف طن، علما أن البلاد تعد ثاني أكبر منتج.');
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0].text).toBe('يبلغ الإنتاج 340 ألف طن');
  });
});

describe('credit lines', () => {
  it('a credit word before a colon on a short line is no speaker', () => {
    const doc = analyze('وقال الوزير إن الحكومة ستعمل.\n\nالمصدر: الجزيرة + وكالات');
    expect(doc.quotes.map((q) => q.text)).toEqual(['الحكومة ستعمل']);
  });

  it('… nor when the outlet is in quotation marks', () => {
    const doc = analyze('وقال الوزير إن الحكومة ستعمل.\n\nالمصدر: «الخليج» + وكالات');
    expect(doc.quotes.map((q) => q.text)).toEqual(['الحكومة ستعمل']);
    expect(analyze('وقال الوزير إن الحكومة ستعمل.\n\nالمصدر: «المدار نت» + وكالات').quotes.map((q) => q.text)).toEqual(['الحكومة ستعمل']);
    // a source quoted in a headline is one
    expect(analyze('مصدر: «لا اتفاق قبل الجمعة»').quotes.map((q) => q.text)).toEqual(['لا اتفاق قبل الجمعة']);
  });
});

describe('the subject of وصف before its object', () => {
  it('a title and its body, then a bare definite noun: the noun is the object', () => {
    const doc = analyze('ووصف الأمين العام للمبادرة الوطنية الفلسطينية التقرير بأنه "خطوة في الاتجاه الصحيح".');
    expect(doc.quotes[0]?.speaker?.text).toBe('الأمين العام للمبادرة الوطنية الفلسطينية');
    const d2 = analyze('ووصف الوزير الاتفاق بأنه "تاريخي".');
    expect(d2.quotes[0]?.speaker?.text).toBe('الوزير');
  });
});

describe('attribution phrases opening a sentence', () => {
  it('a verb that reports nothing after the comma is the content (تقدر الفجوة …)', () => {
    const doc = analyze('ووفقا لتقديرات البنك الدولي، تقدر الفجوة المالية في القطاع بأكثر من 70 مليار دولار.');
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0].text).toBe('تقدر الفجوة المالية في القطاع بأكثر من 70 مليار دولار');
    expect(doc.quotes[0].speaker?.text).toBe('البنك الدولي');
    // a verb with its own report stays that verb's
    const d2 = analyze('وبحسب المصادر، أكد الوزير أن الوفد سيصل غدا.');
    expect(d2.quotes.map((q) => [q.speaker?.text, q.text])).toEqual([['الوزير', 'الوفد سيصل غدا']]);
  });
});

describe('أن after a preposition the verb does not take', () => {
  it('على أن after a comma is "provided that" for verbs of announcing; assertion verbs keep it', () => {
    expect(analyze('ويعلن المجلس الدستوري النتائج النهائية خلال أسبوعين، على أن تعقد الجمعية أولى جلساتها في يونيو.').quotes).toEqual([]);
    expect(analyze('وأكد الوزير، في كلمته، على أن الحوار هو السبيل.').quotes.map((q) => q.text)).toEqual(['الحوار هو السبيل']);
    expect(analyze('وأشار الوزير، بحسب المصادر، إلى أن الحوار هو السبيل.').quotes.map((q) => q.text)).toEqual(['الحوار هو السبيل']);
  });
});

describe('quoted names in construct', () => {
  it('a definite quoted phrase in construct with a noun before it is a name, not speech', () => {
    const doc = analyze('وقالت رئيسة اللجنة إن العمل مستمر. وباشرت اللجنة افتحاص حصيلة «البرنامج المندمج لإعادة البناء والتأهيل» من خلال جلسات.');
    expect(doc.quotes.map((q) => q.text)).toEqual(['العمل مستمر']);
  });

  it('a byline after the dateline is no quote', () => {
    const doc = analyze('الرباط - كتب: يوسف الإدريسي\n\nقال الوزير إن الأشغال مستمرة.');
    expect(doc.quotes.map((q) => q.text)).toEqual(['الأشغال مستمرة']);
  });
});

describe('contrasts with أن', () => {
  it('غير أن after a verb opens a sentence of its own, with its own speaker', () => {
    const doc = analyze('ولم تكشف الشركتان عن قيمة الصفقة، غير أن مصادر في القطاع قالت لوكالة بلومبرغ إن السعر مرتبط بسعر النفط.');
    expect(doc.quotes.map((q) => q.text)).toEqual(['السعر مرتبط بسعر النفط']);
    expect(doc.quotes[0].speaker?.text.startsWith('مصادر')).toBe(true);
    expect(doc.quotes[0].speaker?.sourceType).toBe('anonymous');
  });
});

describe('headline speakers with an outlet', () => {
  it('the speaker told an outlet (X لـ«Y»: …), or the outlet itself speaks in quotation marks', () => {
    const d1 = analyze('المعايطة لـ«الغد»: «لا رفع لأسعار الكهرباء هذا العام»\n\nعمّان - «الغد»: أكد الوزير أن الأسعار ثابتة.');
    expect(d1.quotes[0].speaker?.text).toBe('المعايطة');
    expect(d1.quotes[0].text).toBe('لا رفع لأسعار الكهرباء هذا العام');
    const d2 = analyze('«فورين بوليسي»: «بكين تشتري النفوذ بالموانئ لا بالقواعد»\n\nقال المحلل إن الصين تتقدم.');
    expect(d2.quotes[0].speaker?.text).toBe('فورين بوليسي');
  });
});

describe('times with أن', () => {
  it('قبل أن and بعد أن open no content', () => {
    expect(analyze('وكانت المحكمة قد رفضت الدعوى، قبل أن تلغي محكمة الاستئناف حكمها في يناير.').quotes).toEqual([]);
  });
});

describe('headline occasions with أمام and لدى', () => {
  it('the forum between a headline speaker and the colon stays outside the speaker', () => {
    const d = analyze('غوتيريش أمام مجلس الأمن: «الملاحة في البحر الأحمر على حافة الانهيار»\n\nوقال الأمين العام إن السفن تعرضت لهجمات.');
    expect(d.quotes[0].speaker?.text).toBe('غوتيريش');
    expect(d.quotes[0].text).toBe('الملاحة في البحر الأحمر على حافة الانهيار');
  });
});

describe('the official named before', () => {
  it('المسؤول + an adjective after a titled person refers back to them; مسؤول alone stays anonymous', () => {
    const d = analyze('وقال منسق الشؤون الإنسانية للأمم المتحدة في السودان توماس ريختر إن الوضع خطير. وأوضح المسؤول الأممي أن نحو 120 ألف شخص فروا من المدينة.\n\nوقال مسؤول أممي إن المساعدات تأخرت.');
    expect(d.quotes.map((q) => q.speaker?.sourceType)).toEqual(['named', 'named', 'anonymous']);
    expect(d.quotes[1].speaker?.entityId).toBe(d.quotes[0].speaker?.entityId);
  });
});

describe('headlines in two parts', () => {
  it('the second part after the dots has its own speaker before a colon', () => {
    const doc = analyze('العراق يحذر من صيف صعب.. وأنقرة: «الإطلاقات مرهونة بالأمطار»\n\nبغداد - قال الوزير إن الوضع صعب.');
    const q = doc.quotes.find((x) => x.text === 'الإطلاقات مرهونة بالأمطار');
    expect(q?.speaker?.text).toBe('أنقرة');
  });

  it('a name written with و and a letter that is also a preposition (وبرزيلاي) is the speaker', () => {
    const doc = analyze('خلافات داخل الحكومة بشأن قانون التجنيد.. وبرزيلاي: “لن نكون غطاء لتهرب الآلاف”\n\nوقال وزير الاقتصاد إيتان برزيلاي إن الوضع صعب.');
    const q = doc.quotes.find((x) => x.text === 'لن نكون غطاء لتهرب الآلاف');
    expect(q?.speaker?.text).toBe('برزيلاي');
    expect(q?.speaker?.entityId).toMatch(/برزيلاي/);
    expect(q?.speaker?.entityId).toBe(doc.quotes.find((x) => x.text === 'الوضع صعب')?.speaker?.entityId);
  });
});

describe('participles after an indirect clause', () => {
  it('continue the reporter when the clause subject only acts (… أن الصندوق يدرس ضخ استثمارات عبر شراكات، متوقعا أن …)', () => {
    const doc = analyze('وكشف مصدر مطلع لـ«عكاظ» أن صندوق الاستثمارات العامة يدرس ضخ استثمارات إضافية عبر شراكات مع صناديق خليجية، متوقعا أن يصدر الإعلان قبل نهاية العام.');
    const q = doc.quotes.find((x) => x.text === 'يصدر الإعلان قبل نهاية العام');
    expect(q?.speaker?.text).toBe('مصدر مطلع');
  });

  it('continue the clause subject when it spoke (عبّر عن)', () => {
    const doc = analyze('نقلت المصادر أن الرئيس الأمريكي دونالد ترامب عبّر عن "استيائه البالغ" من الغارة، واصفا الضربة بأنها "متهورة وغير مدروسة".');
    const q = doc.quotes.find((x) => x.text.includes('متهورة'));
    expect(q?.speaker?.text).toContain('ترامب');
  });
});

describe('headline quotes followed by more of the headline', () => {
  it('a short quotation after a colon ends at its marks before a preposition', () => {
    const doc = analyze('المنظمة الدولية للهجرة: «عشرات المفقودين» بعد غرق قارب مهاجرين قبالة طبرق\n\nطبرق - أعلنت المنظمة أن 61 مهاجرا فقدوا.');
    expect(doc.quotes[0]?.text).toBe('عشرات المفقودين');
  });
});

describe("the writer's aside with a report of its own", () => {
  it('ends the clause before it and is a quote of its own (، وهو ملف قالت الهيئة إنها …)', () => {
    const doc = analyze('ويرى مستثمرون أن التحدي الأكبر يبقى في توفير الكوادر المؤهلة، وهو ملف قالت الهيئة إنها تعمل عليه عبر برنامج للتدريب.');
    expect(doc.quotes.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['التحدي الأكبر يبقى في توفير الكوادر المؤهلة', 'مستثمرون'],
      ['تعمل عليه عبر برنامج للتدريب', 'الهيئة'],
    ]);
  });
});

describe('cues of Maghreb news and emphatic back-references', () => {
  it('مبرزا، سجّل، لاحظت and شرح report what follows; the bare أبرز (superlative) does not', () => {
    check('أكد كريم الإدريسي أن الامتداد سيقلص مدة التنقل، مبرزا أن الشركة اقتنت 22 عربة جديدة.', [
      { kind: 'indirect', content: 'الامتداد سيقلص', speaker: 'كريم الإدريسي', type: 'named' },
      { kind: 'indirect', content: 'الشركة اقتنت', speaker: 'كريم الإدريسي', type: 'named' },
    ]);
    check('وسجّل الوزير أن الأشغال تأخرت بسبب الأمطار.', [{ kind: 'indirect', content: 'الأشغال تأخرت', speaker: 'الوزير', type: 'named' }]);
    check('ولاحظت الوزيرة أن الأسعار ارتفعت خلال الشهر الماضي.', [{ kind: 'indirect', content: 'الأسعار ارتفعت', speaker: 'الوزيرة', type: 'named' }]);
    check('ومن أبرز التحديات أن المياه شحيحة في المنطقة.', []);
    check('وأصدرت الوزارة دليلا يشرح للشركات آليات الامتثال، على أن تتولى الهيئات المراقبة.', []);
  });

  it('المسؤول ذاته refers back to the official just named', () => {
    const doc = analyze('وقال المدير العام للشركة كريم الإدريسي إن العمل انتهى في الموعد. وبحسب المسؤول ذاته، فإن أشغال ربط الشبكة ستنطلق مطلع السنة المقبلة.');
    expect(doc.quotes.map((q) => [q.speaker?.text, q.speaker?.sourceType])).toEqual([
      ['المدير العام للشركة كريم الإدريسي', 'named'],
      ['المسؤول ذاته', 'named'],
    ]);
    expect(doc.quotes[1].speaker?.entityId).toBe(doc.quotes[0].speaker?.entityId);
  });
});

describe('headline occasions and relative clauses', () => {
  it('a headline speaker may be followed by في + the occasion or من + a place before the colon', () => {
    check('أمير الكويت في افتتاح دور الانعقاد الجديد: «لا تنمية بلا تعاون حقيقي بين السلطتين»', [
      { kind: 'direct', content: 'لا تنمية', speaker: 'أمير الكويت', type: 'named' },
    ]);
    check('سامر الخطيب من القاهرة: «غزة تحتاج 53 مليار دولار ولا وقت للانتظار»', [
      { kind: 'direct', content: 'غزة تحتاج', speaker: 'سامر الخطيب', type: 'named' },
    ]);
    check('انفجار في مرفأ بيروت: «لا ضحايا»', []);
  });

  it('an elided subject skips a phrase inside a relative clause between commas', () => {
    check('ورحب حزب التجمع الوطني للأحرار، الذي يقود الائتلاف الحكومي، بالخطاب الملكي، وقال في بيان إن التوجيهات الملكية تشكل خارطة طريق.', [
      { kind: 'indirect', content: 'التوجيهات الملكية', speaker: 'حزب التجمع الوطني للأحرار', type: 'named' },
    ]);
  });
});

describe('reminders and the latest figures', () => {
  it('مذكرا بأن continues the speaker; the source after "the latest figures of" is the body', () => {
    check('وقال المتحدث إن بلاده تتابع المحادثات عن كثب، مذكّرا بأن أي تعامل مع قطاع النفط قد يعرض الشركات للعقوبات.', [
      { kind: 'indirect', content: 'بلاده تتابع', speaker: 'المتحدث', type: 'named' },
      { kind: 'indirect', content: 'أي تعامل', speaker: 'المتحدث', type: 'named' },
    ]);
    check('وتنتج ليبيا حاليا نحو 1.3 مليون برميل يوميا، وفقا لأحدث أرقام منظمة أوبك.', [
      { kind: 'indirect', content: 'وتنتج ليبيا', speaker: 'منظمة أوبك', type: 'named' },
    ]);
  });
});

describe('headline speakers with a municipality', () => {
  it('a head that only starts like ب + a word stays in the speaker (رئيس بلدية الخيام)', () => {
    check('رئيس بلدية الخيام: «نريد الجيش لا الوعود».. وحدات جديدة من الجيش تنتشر', [
      { kind: 'direct', content: 'نريد الجيش', speaker: 'رئيس بلدية الخيام', type: 'named' },
    ]);
  });
});

describe('attribution tails that name no source', () => {
  it('a lone ordinary noun after وفق is no source; a body named by its head is', () => {
    check('ورفع الفريق رصيده إلى 38 نقطة، متساويا مع المتصدر، وفق الترتيب.', []);
    check('ونظمت وقفات مماثلة أمام مقرات المحاكم في صفاقس وسوسة، حسب النقابة.', [
      { kind: 'indirect', content: 'ونظمت وقفات', speaker: 'النقابة', type: 'named' },
    ]);
  });
});

describe('participles after a negated verb, asides with a relative clause, verbal nouns after a full stop', () => {
  it('a participle after a clause whose subject did not speak continues the reporter', () => {
    check('قال الوزير إن المحامي لم يرد على الطلب، مضيفا أن الموعد قريب.', [
      { kind: 'indirect', content: 'المحامي لم يرد', speaker: 'الوزير', type: 'named' },
      { kind: 'indirect', content: 'الموعد قريب', speaker: 'الوزير', type: 'named' },
    ]);
  });

  it('an aside with a definite noun, a relative pronoun and a cue ends the clause and reports again', () => {
    check('واعتبرت المحامية نسيمة حداد أن العفو رسالة تهدئة ينبغي أن تتبعها مراجعة المادة 87، وهي المادة التي قالت إنها استعملت لملاحقة ناشطين.', [
      { kind: 'indirect', content: 'العفو رسالة تهدئة', speaker: 'نسيمة حداد', type: 'named' },
      { kind: 'indirect', content: 'استعملت لملاحقة', speaker: 'نسيمة حداد', type: 'named' },
    ]);
  });

  it('a verbal noun cue in a new sentence belongs to its own clause (واكتفى الوزير بالقول:)', () => {
    check('وقال مسؤولون إن الحركة ضعيفة. واكتفى الوزير بالقول: "الاجتماع المقبل سيعقد في دمشق".', [
      { kind: 'indirect', content: 'الحركة ضعيفة', speaker: 'مسؤولون', type: 'anonymous' },
      { kind: 'direct', content: 'الاجتماع المقبل', speaker: 'الوزير', type: 'named' },
    ]);
  });

  it("a competition's name in quotation marks after a noun is no speech", () => {
    check('انطلقت في الرياض منافسات "بطولة الرياض الدولية للشطرنج والرياضات الإلكترونية" بمشاركة 600 لاعب.', []);
  });
});

describe('headline agents and sources with و, documents with adjectives before their issuer', () => {
  it('an agent speaks in a headline; anonymous sources with و in a headline\'s second part', () => {
    check('وكيل يوسف حمدي: "الأهلي قدم العرض الأفضل"', [{ kind: 'direct', content: 'الأهلي قدم', speaker: 'وكيل يوسف حمدي', type: 'named' }]);
    check('ماركوفيتش يتمسك بجناحه.. ومصادر: جولة مفاوضات جديدة خلال 48 ساعة', [
      { kind: 'direct', content: 'جولة مفاوضات', speaker: 'مصادر', type: 'anonymous' },
    ]);
  });

  it('a report with an adjective before صادر عن: the issuer speaks', () => {
    check('كشف تقرير مشترك صادر عن منظمة العمل الدولية أن عدد الأطفال العاملين بلغ 4.7 ملايين طفل.', [
      { kind: 'indirect', content: 'عدد الأطفال', speaker: 'منظمة العمل الدولية', type: 'named' },
    ]);
  });
});

describe('participles after a court that convicts and after a verb of appeal', () => {
  it('a court that "condemns" convicts: the participle continues the reporter', () => {
    check('وقالت هيئة النزاهة إن المحكمة أدانت المتهم، مشيرة إلى أن الحكم نهائي.', [
      { kind: 'indirect', content: 'المحكمة أدانت', speaker: 'هيئة النزاهة', type: 'named' },
      { kind: 'indirect', content: 'الحكم نهائي', speaker: 'هيئة النزاهة', type: 'named' },
    ]);
    // (a government that condemns spoke)
    check('وقال الوزير إن الحكومة أدانت الهجوم، مشيرة إلى أن الرد سيكون حازما.', [
      { kind: 'indirect', content: 'الحكومة أدانت', speaker: 'الوزير', type: 'named' },
      { kind: 'indirect', content: 'الرد سيكون', speaker: 'الحكومة', type: 'named' },
    ]);
  });

  it('after a verb of appeal the participle continues its subject, not the one appealed to', () => {
    check('وطالب الحزب الوزير بالاستقالة، مؤكدا أن الأزمة تتفاقم.', [{ kind: 'indirect', content: 'الأزمة تتفاقم', speaker: 'الحزب', type: 'named' }]);
    check('ودعت الغرفة التجارية في عدن، في بيان، الحكومة إلى التدخل، محذرة من أن المخابز قلصت ساعات عملها.', [
      { kind: 'indirect', content: 'المخابز قلصت', speaker: 'الغرفة التجارية', type: 'named' },
    ]);
  });
});

describe('attribution tails and headline occasions', () => {
  it('a speech verb describing an anonymous source after بحسب is no report of its own', () => {
    check('وستبدأ الصور الأولى بالوصول خلال أسبوعين، بحسب مصدر في الوكالة تحدث لـ«عكاظ» شريطة عدم ذكر اسمه.', [
      { kind: 'indirect', content: 'وستبدأ الصور', speaker: 'مصدر', type: 'anonymous' },
    ]);
  });
  it('a headline may put a long occasion between the speaker and the colon', () => {
    check('وزير الخارجية الكويتي في افتتاح مؤتمر إعادة إعمار سوريا: «لن نترك الشعب السوري وحيدا»', [
      { kind: 'direct', content: 'لن نترك', speaker: 'وزير الخارجية الكويتي', type: 'named' },
    ]);
    // (a long phrase before a colon without an occasion is no speaker)
    check('وتوزعت المساعدات على الأسر في المخيمات الثلاثة شمال المدينة وجنوبها وشرقها خلال الأسبوع: الدقيق والزيت', []);
  });
});

describe('reporting occasions between a participle and its complementizer', () => {
  it('a participle reaches its complementizer past an outlet named in quotation marks', () => {
    check('وأيد النائب ياسر أبو العلا مشروع القانون، مؤكدا في تصريحات خاصة لـ«اليوم السابع» أن أكثر من مليون وحدة مغلقة.', [
      { kind: 'indirect', content: 'أكثر من مليون وحدة مغلقة', speaker: 'ياسر أبو العلا', type: 'named' },
    ]);
  });
});

describe('headlines in two parts and explanations attributed at their end', () => {
  it("a headline's present-tense verb after its subject: the subject speaks, not the one addressed", () => {
    check('بكين تحذر واشنطن: من يلعب بالنار سيحترق بها', [{ kind: 'direct', content: 'من يلعب بالنار سيحترق بها', speaker: 'بكين', type: 'named' }]);
  });
  it('a second headline part, و + a name and its verb, is not in the quotation', () => {
    const doc = analyze('بكين تحذر واشنطن: من يلعب بالنار سيحترق بها.. وتايبيه ترصد 27 طائرة صينية حول الجزيرة');
    expect(doc.quotes.map((q) => q.text)).toEqual(['من يلعب بالنار سيحترق بها']);
    // (… while the speaker's own second sentence stays in it)
    const doc2 = analyze('وزير الطاقة: الشمس ثروتنا التي لا تنضب.. والمغرب قادر على تصدير الكهرباء إلى أوروبا');
    expect(doc2.quotes.map((q) => q.text)).toEqual(['الشمس ثروتنا التي لا تنضب.. والمغرب قادر على تصدير الكهرباء إلى أوروبا']);
  });
  it('an explanation after ، إذ is what an attribution at the end of the sentence reports', () => {
    const doc = analyze('وعلى الجسر، شهدت حركة العبور ازدحاما كبيرا منذ مساء الأربعاء، إذ عبر الجسر أكثر من 92 ألف مسافر في الاتجاهين، بحسب المؤسسة العامة للجسر.');
    expect(doc.quotes.map((q) => [q.text, q.speaker?.text])).toEqual([['عبر الجسر أكثر من 92 ألف مسافر في الاتجاهين', 'المؤسسة العامة للجسر']]);
  });
});

describe('the issuer of a document with adjectives', () => {
  it('بحسب التقرير السنوي لـ X: X speaks', () => {
    const doc = analyze('ارتفع عدد المتابعين في هذا النوع من القضايا بنحو 18 في المئة، بحسب التقرير السنوي لرئاسة النيابة العامة.');
    expect(doc.quotes.map((q) => q.speaker?.text)).toEqual([expect.stringContaining('رئاسة النيابة العامة')]);
  });
});

describe('verbs inside a reported clause, municipalities, relative-clause reports, headline groups', () => {
  it('a verb with و and no report of its own stays in the content (ويضيف رصيفين …)', () => {
    check('وقال الوزير إن المشروع سيرفع الطاقة الاستيعابية للميناء، ويضيف رصيفين بعمق 14 مترا لاستقبال السفن، مضيفا أن الأعمال ستنطلق في أبريل.', [
      { kind: 'indirect', content: 'المشروع سيرفع الطاقة الاستيعابية للميناء، ويضيف رصيفين', speaker: 'الوزير', type: 'named' },
      { kind: 'indirect', content: 'الأعمال ستنطلق', speaker: 'الوزير', type: 'named' },
    ]);
    check('وقال الوزير إن الحكومة ستخفض الضرائب، ويرى مراقبون أن القرار متأخر.', [
      { kind: 'indirect', content: 'الحكومة ستخفض الضرائب', speaker: 'الوزير', type: 'named' },
      { kind: 'indirect', content: 'القرار متأخر', speaker: 'مراقبون' },
    ]);
  });
  it('a municipality and its city speak', () => {
    check('قالت بلدية القدس، في رد مكتوب على أسئلة الأناضول، إن الهدم نفذ وفقا للقانون.', [
      { kind: 'indirect', content: 'الهدم نفذ', speaker: 'بلدية القدس', type: 'named' },
    ]);
  });
  it('a speech verb with its own subject in a clause without a relative pronoun is its own report', () => {
    check('وقعت الوزارة عقدا مع شركة "غلف بريدج للموانئ" لمدة 25 عاما، مقابل استثمارات تقدر بـ420 مليون دولار، في خطوة قالت الوزارة إنها ستعيد المرفأ إلى خريطة التجارة.', [
      { kind: 'indirect', content: 'ستعيد المرفأ', speaker: 'الوزارة', type: 'named' },
    ]);
  });
  it('a group speaking in the second part of a headline, after و', () => {
    check('أزمة المولدات في حلبا: البلدية تلوّح بالمصادرة وأصحاب المولدات: ”لن نعمل بخسارة“', [{ kind: 'direct', content: 'لن نعمل بخسارة', speaker: 'أصحاب المولدات' }]);
    check('بعد ثلاثة أشهر على الفيضانات.. إعمار الحي يتعثر والسكان: "ما زلنا ننتظر"', [{ kind: 'direct', content: 'ما زلنا ننتظر', speaker: 'السكان' }]);
  });
});

describe('a banker familiar with a deal', () => {
  it('is an anonymous source', () => {
    check('وقال مصرفي في مسقط مطلع على تفاصيل الصفقة إن مستثمرين دخلوا.', [{ kind: 'indirect', content: 'مستثمرين دخلوا', speaker: 'مصرفي', type: 'anonymous' }]);
  });
});

describe('headline speakers beside a body', () => {
  it('a headline speaker before أمام and a body whose name holds و', () => {
    check('عقل أمام لجنة المال والموازنة: ”الودائع ليست مشطوبة ولن تُشطب“\n\nقال الحاكم سمير عقل إن المصرف أعد تصورا.', [
      { kind: 'direct', content: 'الودائع ليست مشطوبة', speaker: 'عقل', type: 'named' },
      { kind: 'indirect', content: 'المصرف أعد تصورا', speaker: 'سمير عقل', type: 'named' },
    ]);
  });
  it('a body and the place it is in, speaking in a headline', () => {
    check('الحماية المدنية بتيزي وزو: "أكثر من 60 بؤرة في 48 ساعة.. والوضع تحت السيطرة"', [
      { kind: 'direct', content: 'أكثر من 60 بؤرة', speaker: 'الحماية المدنية بتيزي وزو', type: 'named' },
    ]);
  });
});

describe('manner and second headline parts', () => {
  it('a feminine participle of manner before a colon is no speaker', () => {
    check('وقالت زائرة يابانية إنها لم تكن تعرف ذلك، وأضافت مبتسمة: "في بلدي نعرف اللؤلؤ المزروع فقط".', [
      { kind: 'indirect', content: 'لم تكن تعرف ذلك', speaker: 'زائرة يابانية' },
      { kind: 'direct', content: 'في بلدي نعرف', speaker: 'زائرة يابانية' },
    ]);
    check('وقالت مسؤولة: "الوضع صعب".', [{ kind: 'direct', content: 'الوضع صعب', speaker: 'مسؤولة', type: 'anonymous' }]);
  });
  it('a body with its affiliation speaks in a second headline part', () => {
    check('«سلطة النقد» تطلب من البنوك تأجيل أقساط موظفي القطاع العام.. ونقابة العاملين في الوظيفة العمومية: "خطوة متأخرة لا تكفي"', [
      { kind: 'direct', content: 'خطوة متأخرة لا تكفي', speaker: 'نقابة العاملين', type: 'named' },
    ]);
  });
});

describe('headline speakers without a name', () => {
  it('a title without its article, alone, speaks in a second headline part', () => {
    check('آلاف الخريجين على قوائم الانتظار.. ونائب: «الشهادة لم تعد تضمن وظيفة»', [
      { kind: 'direct', content: 'الشهادة لم تعد', speaker: 'نائب', type: 'named' },
    ]);
    // (an ordinary noun alone does not)
    check('آلاف الخريجين على قوائم الانتظار.. والسبب: «الشهادة لم تعد تضمن وظيفة»', []);
  });
  it('relatives as a group speak without a source type of their own', () => {
    check('أمهات المختطفين في مأرب: «لا تفاوض على أبنائنا خلف الأبواب المغلقة»', [
      { kind: 'direct', content: 'لا تفاوض على أبنائنا', speaker: 'أمهات المختطفين' },
    ]);
  });
});

describe('headlines that open with a quotation', () => {
  it('a quotation, the dots, then the news: speech, spoken by the subject that acts after the dots', () => {
    check('"القرض الإسكاني لم يعد يشتري حتى مواد البناء".. النائب بدر المطيري يشعل جلسة مجلس الأمة', [
      { kind: 'direct', content: 'القرض الإسكاني', speaker: 'بدر المطيري', type: 'named' },
    ]);
    check('«نبيع الزيت بخسارة».. فلاحون يحتجون أمام مقر الولاية', [{ kind: 'direct', content: 'نبيع الزيت', speaker: null }]);
    // (a title in quotation marks is no speech)
    check('«ملح الطين».. فيلم سعودي يحصد الذهبية', []);
    // (… and the body that repeats the quotation names its speaker)
    check('«نبيع الزيت بخسارة».. فلاحون يحتجون أمام مقر الولاية\nوتجمع مئات الفلاحين أمس. «نبيع الزيت بخسارة ولم نسترجع أجرة العاملات»، يقول الفلاح منجي الشعري.', [
      { kind: 'direct', content: 'نبيع الزيت', speaker: 'منجي الشعري', type: 'named' },
      { kind: 'direct', content: 'نبيع الزيت', speaker: 'منجي الشعري', type: 'named' },
    ]);
  });
});

describe('a headline subject that acts, then a colon and a quotation', () => {
  it('the subject of a present verb and its object before the colon speaks', () => {
    check('النائب فهد الدوسري يقدم استجوابا لوزيرة الأشغال: ”الطرق لا تحتمل مزيدا من الوعود“', [
      { kind: 'direct', content: 'الطرق لا تحتمل', speaker: 'فهد الدوسري', type: 'named' },
    ]);
  });
  it('a long speaker phrase with the outlet it told before the colon', () => {
    check('محامي أعضاء مجلس نقابة المعلمين لـ«عمون»: «قرار محكمة التمييز أعاد القضية إلى نصابها القانوني»', [
      { kind: 'direct', content: 'قرار محكمة التمييز', speaker: 'محامي أعضاء مجلس نقابة المعلمين', type: 'named' },
    ]);
  });
});

describe('quotations before a colon in headlines, participles of manner and continuation', () => {
  it('a headline quotation before a colon and news that is not a quotation is speech', () => {
    check('«بيوتنا ركام لكنها بيوتنا»: لاجئون سوريون يعودون إلى حمص رغم الدمار', [{ kind: 'direct', content: 'بيوتنا ركام', speaker: null }]);
  });
  it('a derived participle of manner after the verb is no speaker; the subject before speaks', () => {
    check('أما سعاد فتقول إنها لا تنتظر شيئا من أحد. «سنبدأ بغرفة واحدة، ثم نرى»، تضيف مبتسمة، قبل أن تعود إلى العمل.', [
      { kind: 'indirect', content: 'لا تنتظر', speaker: 'سعاد' },
      { kind: 'direct', content: 'سنبدأ بغرفة', speaker: 'سعاد' },
    ]);
  });
  it('متابعا before a colon opens a quotation', () => {
    const quotes = analyze('وقال المدرب إن التفاصيل حسمت النتيجة، متابعا: «سنعود أقوى في مباراة الكأس الأسبوع المقبل».').quotes;
    expect(quotes.some((q) => q.kind === 'direct' && q.text.startsWith('سنعود أقوى'))).toBe(true);
  });
});

describe('headline parts, addressees, conditions of anonymity and continuation', () => {
  it('a second headline part, و + a group and a colon, has its own quotation; the first ends at the dots', () => {
    check('وزير الزراعة: الموسم سيكون وفيرا.. ومزارعو الدلتا: "الأسمدة اختفت من الأسواق"\n\nالقاهرة - خاص', [
      { kind: 'direct', content: 'الموسم سيكون وفيرا', speaker: 'وزير الزراعة' },
      { kind: 'direct', content: 'الأسمدة اختفت', speaker: 'مزارعو الدلتا' },
    ]);
  });
  it('a present verb before the colon is what the subject does; the subject speaks', () => {
    check('أسعار الخبز ترتفع.. وسوناطراك تطمئن: "لا نقص في الغاز هذا الشتاء"\n\nالجزائر - خاص', [
      { kind: 'direct', content: 'لا نقص في الغاز', speaker: 'سوناطراك' },
    ]);
  });
  it('the people addressed before the colon are not the speaker', () => {
    check('هيئة الطيران المدني لمسافرين غاضبين: «التعويضات ستصرف خلال أسبوع»\n\nالرياض - خاص', [
      { kind: 'direct', content: 'التعويضات ستصرف', speaker: 'هيئة الطيران المدني' },
    ]);
  });
  it('a condition of anonymity after the verb is no speaker; an outlet told is no speaker', () => {
    check('وقال مسؤولون في قطاع الكهرباء، تحدثوا شريطة عدم الكشف عن هوياتهم، إن الانقطاعات ستستمر.', [
      { kind: 'indirect', content: 'الانقطاعات ستستمر', speaker: 'مسؤولون', type: 'anonymous' },
    ]);
    check('غير أن مصدرا حكوميا، طلب عدم الكشف عن هويته، قال لـمعا إن الرواتب ستصرف الأحد.', [
      { kind: 'indirect', content: 'الرواتب ستصرف', speaker: 'مصدرا حكوميا', type: 'anonymous' },
    ]);
  });
  it('an unnamed engineer who asked not to be named, before the verb, is an anonymous source', () => {
    check('وقال المدير سامي حداد إن العمل مستمر. لكن مهندسا يعمل في المصنع طلب عدم الكشف عن اسمه قال إن الآلات قديمة.', [
      { kind: 'indirect', content: 'العمل مستمر', speaker: 'سامي حداد' },
      { kind: 'indirect', content: 'الآلات قديمة', speaker: 'مهندسا', type: 'anonymous' },
    ]);
  });
  it('قبل أن يضيف goes on with the speaker, not with a person the clause mentions', () => {
    check('«الخطة جاهزة والتمويل مؤمن»، قال الوزير سمير داود ردا على سؤال للنائب وليد عيسى عن الموازنة، قبل أن يضيف: «لكن التمويل ناقص».', [
      { kind: 'direct', content: 'الخطة جاهزة', speaker: 'سمير داود' },
      { kind: 'direct', content: 'لكن التمويل ناقص', speaker: 'سمير داود' },
    ]);
  });
});

describe('a headline quotation before a group that acts', () => {
  it('the group did not say the words together: no speaker, unless the body repeats them with one', () => {
    check('«نبيع القمح بخسارة هذا الموسم».. مزارعو الدلتا يحتجون أمام مقر المحافظة\n\nطنطا - خاص', [{ kind: 'direct', content: 'نبيع القمح', speaker: null }]);
  });
});

describe('a lead-in between a quotation and its verb', () => {
  it('بهذه العبارة لخّص + the speaker', () => {
    check('«المدارس مكتظة والمعلمون يعملون بلا رواتب منذ أشهر»، بهذه العبارة لخص مدير التربية في المحافظة سالم الحوراني الوضع.', [
      { kind: 'direct', content: 'المدارس مكتظة', speaker: 'سالم الحوراني', type: 'named' },
    ]);
  });
});

describe('an attribution to results or a report and the relative clause of its publishing', () => {
  it('وفق النتائج الأولية التي أعلنتها + the source; بحسب التقرير الذي أصدرته + the source', () => {
    check('تصدرت القائمة المستقلة انتخابات المجلس البلدي بحصولها على تسعة مقاعد، وفق النتائج الأولية التي أعلنتها لجنة الانتخابات المركزية مساء الأحد.', [
      { kind: 'indirect', content: 'تصدرت القائمة', speaker: 'لجنة الانتخابات المركزية', type: 'named' },
    ]);
    check('وارتفعت الأسعار بنسبة خمسة في المئة، بحسب التقرير الذي أصدرته وزارة المالية أمس.', [
      { kind: 'indirect', content: 'وارتفعت الأسعار', speaker: 'وزارة المالية', type: 'named' },
    ]);
  });
});

describe('كان + a body named by its head + قد + the verb', () => {
  it('وكانت النقابة قد أكدت … أن: the body is the speaker', () => {
    check('وكانت النقابة قد أكدت، في بيان وزعته مساء الثلاثاء، أن الحوار وصل إلى طريق مسدود.', [
      { kind: 'indirect', content: 'الحوار وصل', speaker: 'النقابة', type: 'named' },
    ]);
  });
});

describe('a circumstantial participle with و ends the clause before it', () => {
  it('…، وداعيا الوزارة إلى …: the report before it ends at the comma', () => {
    check('واعتبر الدكتور مجدي فكري أن الكشف مبالغ فيه، لافتا إلى أن جبانات مشابهة عثر عليها منذ عقود، وداعيا الوزارة إلى نشر تقرير كامل.', [
      { kind: 'indirect', content: 'الكشف مبالغ فيه', speaker: 'مجدي فكري' },
      { kind: 'indirect', content: 'جبانات مشابهة عثر عليها منذ عقود', speaker: 'مجدي فكري' },
    ]);
    const q = analyze('واعتبر الدكتور مجدي فكري أن الكشف مبالغ فيه، لافتا إلى أن جبانات مشابهة عثر عليها منذ عقود، وداعيا الوزارة إلى نشر تقرير كامل.').quotes;
    expect(q[1].text).toBe('جبانات مشابهة عثر عليها منذ عقود');
    // (an adverb with و is no participle: the clause goes on)
    expect(analyze('وقال الوزير إن الأسعار سترتفع، وخاصة أسعار الوقود.').quotes.map((x) => x.text)).toEqual(['الأسعار سترتفع، وخاصة أسعار الوقود']);
  });
});

describe('two clauses with sources of their own, joined by فيما', () => {
  it('…، بحسب آخر تقرير أصدره X، فيما …، وفقا لـ Y: two reports, two sources', () => {
    check('وارتفع التضخم إلى ثلاثة في المئة، بحسب آخر تقرير أصدره صندوق النقد الدولي عن الاقتصاد الكويتي، فيما بلغ عجز الموازنة خمسة مليارات دينار، وفقا لوزارة المالية.', [
      { kind: 'indirect', content: 'وارتفع التضخم', speaker: 'صندوق النقد الدولي', type: 'named' },
      { kind: 'indirect', content: 'بلغ عجز الموازنة', speaker: 'وزارة المالية', type: 'named' },
    ]);
    expect(analyze('وارتفع التضخم إلى ثلاثة في المئة، بحسب آخر تقرير أصدره صندوق النقد الدولي عن الاقتصاد الكويتي.').quotes[0].speaker?.text).toBe('صندوق النقد الدولي');
  });
});

describe('a subject before the verb: groups of people and a parenthesis', () => {
  it('غير أن عددا من المستوردين قالوا …: the group, not the last speaker', () => {
    check('وقال الوزير أحمد سالم إن القرار نهائي. غير أن عددا من المستوردين قالوا لـ«الوسط» إنهم سمعوا وعودا مماثلة.', [
      { kind: 'indirect', content: 'القرار نهائي', speaker: 'الوزير أحمد سالم', type: 'named' },
      { kind: 'indirect', content: 'سمعوا وعودا', speaker: 'عددا من المستوردين', type: 'anonymous' },
    ]);
  });
  it('a plural of a participle alone names a group: لكن المستثمرين قالوا …', () => {
    check('وقال الوزير أحمد سالم إن القرار نهائي. لكن المستثمرين قالوا إن المشروع متعثر.', [
      { kind: 'indirect', content: 'القرار نهائي', speaker: 'الوزير أحمد سالم', type: 'named' },
      { kind: 'indirect', content: 'المشروع متعثر', speaker: 'المستثمرين', type: 'anonymous' },
    ]);
  });
  it('…، فضّل عدم ذكر اسمه، قال …: the subject before the parenthesis speaks', () => {
    check('وقال الوزير أحمد سالم إن القرار نهائي. غير أن أحد كبار مصدري التمور في المنطقة، فضل عدم ذكر اسمه، قال إن الأسعار انخفضت.', [
      { kind: 'indirect', content: 'القرار نهائي', speaker: 'الوزير أحمد سالم', type: 'named' },
      { kind: 'indirect', content: 'الأسعار انخفضت', speaker: 'أحد كبار مصدري التمور في المنطقة', type: 'anonymous' },
    ]);
  });
});

describe('a headline speaker with the place of the story', () => {
  it('زوج ضحية الولادة بالمنصورة: "…": the speaker without ب + the place', () => {
    check('زوج ضحية الولادة القيصرية بالمنصورة: "دخلت تولد على رجليها وخرجت في كفن"', [
      { kind: 'direct', content: 'دخلت تولد', speaker: 'زوج ضحية الولادة القيصرية' },
    ]);
  });
});

describe('a singular in ـي before a definite noun is no group', () => {
  it('محامي الدفاع and the lawyer\'s name: a named source', () => {
    check('وقال محامي الدفاع سالم الأمين لـ«الراي» إن موكله فوجئ بالحكم.', [
      { kind: 'indirect', content: 'موكله فوجئ', speaker: 'محامي الدفاع سالم الأمين', type: 'named' },
    ]);
  });
});

describe('a relay after بحسب ما', () => {
  it('بحسب ما نقلته وكالة رويترز عن مصدرين مطلعين: the sources speak', () => {
    check('وتدرس الشركة نقل النزاع إلى التحكيم الدولي، بحسب ما نقلته وكالة رويترز عن مصدرين مطلعين في قطاع النفط.', [
      { kind: 'indirect', content: 'وتدرس الشركة', speaker: 'مصدرين مطلعين', type: 'anonymous' },
    ]);
    check('وتدرس الشركة نقل النزاع إلى التحكيم، بحسب ما نقلته رويترز.', [{ kind: 'indirect', content: 'وتدرس الشركة', speaker: 'رويترز', type: 'named' }]);
  });
});

describe('one unnamed person after "but" who asked not to be named', () => {
  it('لكن تاجر جلود في نابلس طلب عدم الكشف عن هويته قال …: an anonymous speaker', () => {
    check('لكن تاجر جلود في نابلس طلب عدم الكشف عن هويته قال لـ«القدس» إن المشكلة أعمق من الأوراق.', [
      { kind: 'indirect', content: 'المشكلة أعمق', speaker: 'تاجر جلود في نابلس', type: 'anonymous' },
    ]);
  });
});

describe('a contrast after a comma opens another clause', () => {
  it('a verb that relays (ينقل) does not reach past …، فيما to a complementizer', () => {
    check('وينقل الترامواي حالياً نحو 90 ألف راكب يومياً، بحسب شركة "سيترام"، فيما يُنتظر أن يضيف التمديد 13 محطة جديدة، وفقاً لـمؤسسة مترو الجزائر.', [
      { kind: 'indirect', content: 'وينقل الترامواي', speaker: 'سيترام', type: 'named' },
      { kind: 'indirect', content: 'يُنتظر أن يضيف', speaker: 'مؤسسة مترو الجزائر', type: 'named' },
    ]);
  });

  it('… but a clause with بينما before a colon and a quotation does not stop the speech verb', () => {
    check('وقالت نهى شقيرات، وهي أم لأربعة أطفال، بينما كانت تقف فوق ركام منزلها: “لن نرحل من هنا أبدا”.', [
      { kind: 'direct', content: 'لن نرحل', speaker: 'نهى شقيرات', type: 'named' },
    ]);
  });

  it('… but a parenthesis with فيما right after the speaker stays inside the sentence', () => {
    check('وقال الوزير، فيما كان يغادر القاعة، إن الاجتماع انتهى.', [{ kind: 'indirect', content: 'الاجتماع انتهى', speaker: 'الوزير', type: 'named' }]);
  });
});

describe('a title of several words with a function word in it', () => {
  it('أمين عام / مدير عام + a body: the whole phrase speaks, also in a headline', () => {
    check('وقال أمين عام سلطة المياه إن الوضع خطير جدا.', [{ kind: 'indirect', content: 'الوضع خطير', speaker: 'أمين عام سلطة المياه', type: 'named' }]);
    check('أمين عام سلطة المياه: «سرقة المياه جريمة بحق كل أسرة»', [{ kind: 'direct', content: 'سرقة المياه', speaker: 'أمين عام سلطة المياه', type: 'named' }]);
    check('وقال مدير عام الشركة إن الوضع خطير جدا.', [{ kind: 'indirect', content: 'الوضع خطير', speaker: 'مدير عام الشركة', type: 'named' }]);
  });
});

describe('headline speakers', () => {
  it('a name of several words, then the occasion, then the colon', () => {
    check('عبد العزيز بن سلمان بعد محادثاته مع نوفاك: «السوق تحتاج إلى الحكمة»\n\nالرياض - قال الوزير إن السوق مستقرة.', [
      { kind: 'direct', content: 'السوق تحتاج', speaker: 'عبد العزيز بن سلمان', type: 'named' },
      { kind: 'indirect', content: 'السوق مستقرة', speaker: 'الوزير', type: 'named' },
    ]);
  });
  it('a title without its article and a nationality, also as a headline’s second part', () => {
    check('ثالث جلسة بلا نصاب.. نائب كردي: «الرئاسة رهينة الخلاف»\n\nبغداد - فشل البرلمان في عقد الجلسة.', [
      { kind: 'direct', content: 'الرئاسة رهينة', speaker: 'نائب كردي', type: 'anonymous' },
    ]);
    // (an ordinary noun and a nationality is no speaker)
    check('ثالث جلسة بلا نصاب.. طقس بارد: «الرئاسة رهينة الخلاف»\n\nبغداد - فشل البرلمان في عقد الجلسة.', []);
  });
});

describe('the subject of a verb with an object', () => {
  it('a place right after the subject body is the object, not part of the speaker', () => {
    check('واتهمت حركة حماس إسرائيل بعرقلة الاتفاق، مضيفة أن "الكرة في ملعب الاحتلال".', [{ kind: 'indirect', content: '"الكرة', speaker: 'حركة حماس', type: 'named' }]);
    const q = analyze('واتهمت حركة حماس إسرائيل بعرقلة الاتفاق، مضيفة أن "الكرة في ملعب الاحتلال".').quotes[0];
    expect(q.speaker?.text).toBe('حركة حماس');
    // (a body and the place it is in, joined by ب, still speak together)
    check('الحماية المدنية بتيزي وزو: «أنقذنا 14 شخصا من السيول»', [{ kind: 'direct', content: 'أنقذنا', speaker: 'الحماية المدنية بتيزي وزو', type: 'named' }]);
  });
});

describe('a dateline with the reporter’s name', () => {
  it('is no quote (بيروت: رنا الحاج), as a place before an outlet’s name is none', () => {
    check('البرلمان يفشل في انتخاب رئيس\n\nبيروت: رنا الحاج\n\nفشل مجلس النواب اللبناني اليوم في انتخاب رئيس.', []);
  });
});

describe('a relay participle', () => {
  it('names its source after عن; the clause’s subject relays (via)', () => {
    check('وذكرت صحيفة فايننشال تايمز أن المفوضية جمدت الدفعة الجديدة، ناقلة عن ثلاثة مسؤولين أوروبيين أن عددا من الدول طالب بتدقيق مستقل.', [
      { kind: 'indirect', content: 'المفوضية جمدت', speaker: 'صحيفة فايننشال تايمز', type: 'named' },
      { kind: 'indirect', content: 'عددا من الدول', speaker: 'ثلاثة مسؤولين أوروبيين', type: 'anonymous', via: 'فايننشال تايمز' },
    ]);
    // (ناقلة is also a tanker)
    check('ووصلت ناقلة نفط إلى الميناء أمس بعد رحلة طويلة.', []);
  });
});

describe('a trailing source after a sentence of several clauses', () => {
  it('covers the last clause after a comma and و when it has a subject of its own or is negated', () => {
    check('وتقع المنطقة الصناعية على بعد كيلومترات من الميناء، وتضم المنطقة حاليا 97 مشروعا قيد التشغيل، بحسب الهيئة.', [{ kind: 'indirect', content: 'وتضم المنطقة', speaker: 'الهيئة', type: 'named' }]);
    check('وكانت المدينة قد شهدت معارك دمرت أجزاء واسعة من وسطها، ولم يرمم حتى الآن سوى ثلث المباني، بحسب تقديرات البرنامج.', [{ kind: 'indirect', content: 'ولم يرمم', speaker: 'البرنامج' }]);
    // (a verb that goes on with the same subject keeps the whole sentence)
    check('وتضم المدينة الصناعية حاليا أكثر من 140 مصنعا، وتسهم بنحو 7 في المئة من الناتج المحلي، بحسب الهيئة.', [{ kind: 'indirect', content: 'وتضم المدينة', speaker: 'الهيئة', type: 'named' }]);
  });
});

describe('headline speakers: a named subject before its verb, a second part in quotation marks, a body in quotation marks, a long occasion', () => {
  const body = '\n\nالرباط - وكالات\nصادق المجلس على النص أمس.';
  it('a named subject ends before its present verb, however long the rest', () => {
    check('محكمة التحكيم الرياضي تثبّت إيقاف العدّاءة ٤ سنوات: «الأدلة العلمية كانت دامغة»' + body, [{ kind: 'direct', content: 'الأدلة العلمية', speaker: 'محكمة التحكيم الرياضي' }]);
    // (a hollow verb before ب + its object is the verb, not a name part)
    check('حكومة حماد تلوّح بوقف تصدير النفط: "لن نقبل بتجويع نصف البلاد"' + body, [{ kind: 'direct', content: 'لن نقبل', speaker: 'حكومة حماد' }]);
  });

  it('an outlet or union in quotation marks as the speaker of a headline’s second part', () => {
    check('مجلس النواب يصادق على قانون الإضراب.. و«الاتحاد المغربي للشغل»: المعركة انتقلت إلى الشارع' + body, [{ kind: 'direct', content: 'المعركة انتقلت', speaker: 'الاتحاد المغربي للشغل' }]);
  });

  it('a speaker and the bloc it belongs to, named in quotation marks', () => {
    check('نائب عن "دولة القانون": "لا رئيس وزراء قبل الاتفاق على سلة واحدة"' + body, [{ kind: 'direct', content: 'لا رئيس وزراء', speaker: 'نائب عن "دولة القانون"' }]);
  });

  it('a contrast after a quote opens a clause of its own trailing source', () => {
    check('وحذرت هيئة الأنواء من أن الحرارة ستلامس 49 درجة في المدينة، فيما سجلت المفارز الطبية أكثر من ألفي حالة إجهاد حراري، حسب دائرة الصحة.', [
      { kind: 'indirect', content: 'الحرارة ستلامس', speaker: 'هيئة الأنواء' },
      { kind: 'indirect', content: 'سجلت المفارز', speaker: 'دائرة الصحة' },
    ]);
  });

  it('an occasion of up to nine words between the speaker and the colon', () => {
    check('العتيبي بعد انسحاب 6 أعضاء من جلسة «البلدي»: ”لن نكون شهود زور على التوزيع“' + body, [{ kind: 'direct', content: 'لن نكون', speaker: 'العتيبي' }]);
  });
});
