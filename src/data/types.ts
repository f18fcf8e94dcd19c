/**
 * Shapes of the project's data modules (gazetteer, lexicons). Data lives in src/data/;
 * the logic that uses it lives elsewhere. Every entry or list says where it comes from.
 */
import type { CueClass, EntityType } from '../document.js';

export type { CueClass, EntityType };

/** One entity in the knowledge base. */
export interface GazetteerEntry {
  /** Wikidata QID ("Q22686") where known; otherwise a stable project id "np:<slug>" */
  id: string;
  type: EntityType;
  /** canonical Arabic label, as usually written in Arabic news */
  ar: string;
  /** English label */
  en: string;
  /**
   * other written forms that name the same entity: spelling variants (بوتين/بوتن), long and
   * short forms (الولايات المتحدة الأمريكية / الولايات المتحدة / أمريكا), a person's family
   * name alone where Arabic news uses it alone (ترامب), acronyms (الناتو), Latin forms (Axios).
   * Written naturally (with or without hamza/diacritics): matching normalizes both sides.
   */
  variants?: string[];
  /** where the entry comes from, e.g. "wikidata", "i18n-iso-countries ar locale" */
  source: string;
}

/** A nationality/relational adjective tied to a place, e.g. قطري → Qatar. */
export interface NisbaEntry {
  /** masculine singular indefinite form: قطري، أمريكي، أميركي */
  base: string;
  /** id of the GazetteerEntry it refers to */
  ref: string;
  /** English adjective, e.g. "Qatari" */
  en: string;
}

/** A title or role noun phrase that can stand before a person's name. */
export interface TitleEntry {
  /** written form with the article where it takes one: الرئيس، رئيس الوزراء، الشيخ */
  form: string;
  /** 'f' for feminine forms (الوزيرة), 'm' otherwise */
  gender: 'm' | 'f';
  /**
   * 'office' (الرئيس، الوزير، رئيس الوزراء), 'honorific' (الشيخ، الأمير، الملك، السيد),
   * 'rank' (العقيد، اللواء), 'profession' (الدكتور، المهندس، المحامي), 'role' (المتحدث باسم، المبعوث)
   */
  kind: 'office' | 'honorific' | 'rank' | 'profession' | 'role';
  /** English gloss */
  en: string;
}

/** A speech/report cue: a verb or phrase that introduces quoted or reported content. */
export interface CueEntry {
  /** dictionary form (3rd person masculine singular past): قال */
  lemma: string;
  class: CueClass;
  /** English gloss */
  en: string;
  /**
   * every written form to recognize, without clitic و/ف (the matcher peels those):
   * past (قال، قالت، قالوا، قالتا، قالا، قلن), present (يقول، تقول، يقولون، يقلن),
   * and for reporting verbs the passive where used (أُفيد، ذُكر)
   */
  forms: string[];
  /**
   * active participles used as continuations after a clause (مؤكدا، مؤكدة، مؤكدين)
   */
  participles?: string[];
  /** verbal nouns used as cues (تأكيده، قوله) — optional */
  masdars?: string[];
  /**
   * forms that are cues only when written with their shadda (بيّن; the bare بين is "between"),
   * written here with it
   */
  shaddaForms?: string[];
  /** preposition the verb takes before أن (شدد على أن، أشار إلى أن، حذر من أن) */
  prep?: string;
}
