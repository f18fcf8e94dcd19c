/**
 * East Asian family names as Arabic news writes them, for names whose given name is written as
 * two syllables joined by a hyphen (كيم دو-هيون، لي جون-هو، وانغ جيا-هاو، لاي تشينغ-ته): the
 * family name, then syllable-syllable, is a person whether or not anyone listed them.
 *
 * Source: authored for the project — the commonest Korean family names (Kim, Lee/Yi, Park, Choi,
 * Jung/Jeong, Kang, Cho, Yoon, Jang, Lim, Han, Oh, Seo, Shin, Kwon, Hwang, Ahn, Song, Yoo, Hong,
 * Jeon, Ko, Moon, Son, Bae, Baek, Heo, Nam, Noh, Ha, Kwak, Seong, Cha, Woo, Min) and Chinese
 * family names (Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu,
 * Guo, He, Lin, Gao, Luo, Zheng, Liang, Xie, Tang, Han, Feng, Deng, Cao, Peng, Zeng, Xiao, Tian,
 * Dong, Pan, Yuan, Cai, Jiang, Yu, Du, Ye, Cheng, Wei, Su, Ding, Ren, Lu, Yao, Shen, Zhong, Cui,
 * Tan, Fan, Liao, Shi, Jin, Jia, Xia, Fu, Fang, Xiong, Bai, Meng, Qin, Qiu, Hou, Yin, Yan,
 * Duan, Lei, Long, Tao, Mao, Gu, Kong, Lai, Tsai, Ko), in the Arabic transliterations that
 * circulate (تشانغ/جانغ، تشن/تشين، قاو/غاو). Several are also short Arabic words (لي "to me",
 * هو "he", ما "what", يو، سو): the pattern that uses them asks for the hyphenated given name right
 * after, which an ordinary word never has.
 */
export const EAST_ASIAN_FAMILY_NAMES: readonly string[] = [
  // Korean
  'كيم', 'لي', 'بارك', 'باك', 'تشوي', 'تشوى', 'جونغ', 'تشونغ', 'جيونغ', 'كانغ', 'تشو', 'جو', 'يون',
  'جانغ', 'ليم', 'هان', 'أوه', 'سيو', 'شين', 'كوون', 'كوان', 'هوانغ', 'آن', 'سونغ', 'يو', 'هونغ',
  'جيون', 'جون', 'كو', 'مون', 'سون', 'باي', 'بايك', 'بيك', 'هيو', 'نام', 'نوه', 'ها', 'كواك',
  'سيونغ', 'تشا', 'وو', 'مين', 'يي',
  // Chinese (and Taiwanese spellings)
  'وانغ', 'تشانغ', 'جانج', 'تشانج', 'ليو', 'تشن', 'تشين', 'يانغ', 'تشاو', 'تشاو', 'جاو', 'شو', 'سون',
  'ما', 'تشو', 'هو', 'قوه', 'غوه', 'خه', 'لين', 'قاو', 'غاو', 'لوه', 'تشنغ', 'جنغ', 'تشينغ', 'ليانغ',
  'شيه', 'تانغ', 'فنغ', 'فينغ', 'دنغ', 'دينغ', 'تساو', 'بنغ', 'بينغ', 'تسنغ', 'تسينغ', 'شياو',
  'تيان', 'دونغ', 'بان', 'يوان', 'تساي', 'جيانغ', 'دو', 'يه', 'وي', 'سو', 'رن', 'رين', 'لو', 'ياو',
  'شن', 'شين', 'تسوي', 'تان', 'فان', 'لياو', 'شي', 'جين', 'جيا', 'شيا', 'فو', 'فانغ', 'شيونغ',
  'منغ', 'مينغ', 'تشين', 'تشيو', 'يين', 'يان', 'دوان', 'لي', 'لونغ', 'تاو', 'ماو', 'قو', 'غو',
  'كونغ', 'لاي', 'كه',
];
