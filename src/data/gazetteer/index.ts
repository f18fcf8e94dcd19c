/**
 * The gazetteer: every known entity (countries, places, people, organizations, media)
 * and the notes on written forms that need care when matching.
 *
 * Each module states its sources; in short: countries from `i18n-iso-countries` (Arabic
 * and English locales) with Wikidata QIDs; everything else authored from Arabic news
 * usage, with Wikidata QIDs and English labels where the item is known with confidence.
 */
import type { GazetteerEntry } from '../types.js';
import { COUNTRIES, COUNTRY_BY_ISO2, COUNTRY_NAME_EXCLUSIONS } from './countries.js';
import { MEDIA, MEDIA_NOTES } from './media.js';
import { CLUB_IDS, ORGANIZATIONS, ORGANIZATION_NOTES } from './organizations.js';
import { COMMON_GIVEN_NAMES, PEOPLE, PEOPLE_NOTES } from './people.js';
import { MINOR_PLACE_IDS, PLACES, PLACE_NOTES, WORD_SPELLINGS, WORLD_TOWN_IDS } from './places.js';

/**
 * A note on one written form, for the matcher:
 * - `shared`: the form names two or more entries (عمان: Oman and Amman); context decides;
 * - `common-word`: the form is also an ordinary word (الحياة "life"), so a bare match needs
 *   support (a head noun, quotation marks, a title, an earlier full mention);
 * - `context`: the form is given to one entry, its usual sense in news, though it can name
 *   others (غزة → the Strip);
 * - `sport-only`: an ordinary word that names a club only in a football report (التعاون،
 *   الاتفاق): elsewhere it is never a mention, and in a report it still needs support;
 * - `excluded`: the form is deliberately NOT listed on the entries named (a family name
 *   that is a common word, a given name, a stopword);
 * - `people`: a family name of several listed people (الحريري، كلينتون): alone it is a person,
 *   the one the document names in full, or a person of its own when it names none.
 */
export interface FormNote {
  form: string;
  kind: 'shared' | 'common-word' | 'context' | 'excluded' | 'sport-only' | 'people';
  /** ids of the entries concerned */
  ids: string[];
  note: string;
  /**
   * (common-word forms) a preposition of place right before the form is support enough: the word
   * never stands there (في مالي، إلى مالي — never "in financial")
   */
  afterPreposition?: boolean;
}

export type { CountryNameExclusion } from './countries.js';
export {
  COUNTRIES,
  COUNTRY_BY_ISO2,
  COUNTRY_NAME_EXCLUSIONS,
  PLACES,
  PLACE_NOTES,
  WORD_SPELLINGS,
  MINOR_PLACE_IDS,
  WORLD_TOWN_IDS,
  PEOPLE,
  PEOPLE_NOTES,
  COMMON_GIVEN_NAMES,
  ORGANIZATIONS,
  ORGANIZATION_NOTES,
  CLUB_IDS,
  MEDIA,
  MEDIA_NOTES,
};

/** Every gazetteer entry: countries, places, people, organizations, media. */
export const GAZETTEER: GazetteerEntry[] = [...COUNTRIES, ...PLACES, ...PEOPLE, ...ORGANIZATIONS, ...MEDIA];

/** Every form note, from all modules. */
export const FORM_NOTES: readonly FormNote[] = [...PLACE_NOTES, ...PEOPLE_NOTES, ...ORGANIZATION_NOTES, ...MEDIA_NOTES];

/** Gazetteer entries by id. */
export const GAZETTEER_BY_ID: ReadonlyMap<string, GazetteerEntry> = new Map(GAZETTEER.map((e) => [e.id, e]));
