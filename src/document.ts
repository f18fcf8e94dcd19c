/**
 * The one data type. A Document is plain, JSON-able data produced by the pipeline
 * (decode → normalize → tokenize/sentences → segment & stem → entities → quotes → stats).
 *
 * Every span is `{ start, end }` in Unicode code points of `text` (the decoded original,
 * BOM excluded), end exclusive — so Python's `text[start:end]` and jq agree with us.
 * Inside the pipeline the stages work on UTF-16 offsets; the last step converts them
 * (see `src/text/offsets.ts`). The original text is never rewritten: normalization lives
 * on the token (`norm`).
 */

export interface Span {
  start: number;
  end: number;
}

export type TokenKind =
  | 'word' // Arabic-script word (may carry harakat, tatweel, ZWNJ)
  | 'number' // digits in any script, with separators: 3.5 ١٢٬٥ ١٢-٣-٢٠٢٤ 12:30 3.5%
  | 'punct' // one punctuation mark or quotation mark: ، ؛ ؟ « » " ” …
  | 'latin' // a word in Latin (or other non-Arabic) script: Axios, COVID-19
  | 'url'
  | 'email'
  | 'hashtag' // #كأس_العالم
  | 'mention' // @user
  | 'emoji'
  | 'symbol'; // anything else that is not a space: $ € + = ...

/** Light clitic segmentation of a word token (on its normalized form). */
export interface Segments {
  /** proclitics peeled from the front, in order: و ف ب ك ل ال لل س */
  proclitics: string[];
  /** the normalized base left after peeling */
  base: string;
  /** a pronoun enclitic peeled from the end (ه ها هم هن هما كم كن نا ي ك), if any */
  enclitic?: string;
  /** where the base starts and ends in the original text (same unit as the token's offsets) */
  baseStart: number;
  baseEnd: number;
}

export interface Token extends Span {
  /** exactly the original slice */
  text: string;
  /** normalized form used for matching and counting */
  norm: string;
  kind: TokenKind;
  stem?: string;
  segments?: Segments;
}

export interface Sentence extends Span {
  /** index of the first token of the sentence in `tokens` */
  tokenStart: number;
  /** index one past the last token */
  tokenEnd: number;
}

/** GPE: countries, cities, states. LOC: other places (regions, seas, facilities). */
export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC';

export interface Entity extends Span {
  /** the original slice, without attached clitics that are not part of the name */
  text: string;
  type: EntityType;
  /** stable id: a Wikidata QID where known, a gazetteer id, or a document-local id (`local:…`) */
  entityId: string;
  /** canonical Arabic label */
  label: string;
  labelEn?: string;
  /** how the mention was found */
  source?: 'gazetteer' | 'pattern' | 'link';
  /** attributes recorded on the mention, e.g. a nationality adjective after a title */
  attributes?: Record<string, string>;
}

export type QuoteKind = 'direct' | 'indirect';

export type CueClass =
  | 'statement'
  | 'assertion'
  | 'denial'
  | 'allegation'
  | 'report'
  | 'warning'
  | 'expectation'
  | 'characterization'
  | 'attribution' // بحسب، وفقا لـ، نقلا عن ...
  | 'colon'; // a bare colon form (headline "الوزير: ..."), no verb

export type SourceType = 'named' | 'anonymous' | 'unattributed';

export interface Cue extends Span {
  text: string;
  class: CueClass;
  /** the lexicon lemma the cue was matched to (e.g. قال for وقالت) */
  lemma?: string;
}

export interface Speaker extends Span {
  text: string;
  entityId: string | null;
  sourceType: SourceType;
  /** how the speaker was found: the noun phrase at the cue, or resolved in the document */
  resolution?: 'explicit' | 'nominal' | 'pronoun' | 'elided' | 'continuation';
}

export interface Quote extends Span {
  text: string;
  kind: QuoteKind;
  cue: Cue | null;
  speaker: Speaker | null;
  /** who relayed it: "نقلت صحيفة الغارديان عن دبلوماسي ..." → via = the Guardian */
  via?: Speaker;
  /** quoted fragments inside an indirect quote */
  fragments?: Span[];
}

export interface Diagnostic {
  level: 'info' | 'warning' | 'error';
  code: string;
  message: string;
  start?: number;
  end?: number;
}

export interface DocumentStats {
  characters: number;
  words: number;
  types: number;
  sentences: number;
  tokens: number;
}

export interface Document {
  /** file path, '-' for stdin, or a caller-supplied name */
  source: string;
  /** the encoding the bytes were decoded from ('utf-8', 'utf-16le', 'windows-1256', ...) */
  encoding: string;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
  stats: DocumentStats;
  diagnostics: Diagnostic[];
}
