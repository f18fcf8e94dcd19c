/** A CoNLL snippet written for the tests: made-up names, three sentences. */
// gold: the company without its head noun (an annotation convention that differs from ours),
// the valley exactly, the person twice; a MISC chunk that is not scored
export const SNIPPET = [
  'وقعت O', 'شركة O', 'النخيل B-ORG', 'الذهبية I-ORG', 'عقدا O', 'جديدا O', 'في O', 'وادي B-LOC', 'الزيتون I-LOC', 'أمس O', '. O',
  '',
  'وقال O', 'سليم B-PERS', 'الهواري I-PERS', 'إن O', 'معرض B-MISC', 'الربيع I-MISC', 'مهم O', '. O',
  '',
  'وأضاف O', 'الهواري B-PERS', 'أن O', 'العمل O', 'يبدأ O', 'غدا O', '. O',
].join('\n');
