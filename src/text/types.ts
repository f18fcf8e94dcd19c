/**
 * Word types: what the pipeline knows about a written form, computed once per distinct form
 * and shared by all its tokens. News text repeats its words heavily (a few hundred thousand
 * types over millions of tokens), so per-type caching of the normalized form, match key,
 * stem, proclitic readings and lexicon lookups is what keeps every stage fast. Type records
 * live beside the Document (never in it): the Document stays plain data.
 */
import type { Token } from '../document.js';
import { detach } from '../util/strings.js';

export interface TokenType {
  readonly norm: string;
  /** match key: the normalized form with ة folded to ه, Latin lowercased */
  readonly key: string;
  /** lazily filled caches, owned by the stages that use them */
  stem?: string;
  /** proclitic readings of the key (entities/peel.ts) */
  readings?: readonly { key: string; peeled: number; prefix: string }[];
  /** bitmask: which phrase indexes some reading of this word starts (entities); -1 = not computed */
  starts: number;
  /** the readings that start a gazetteer phrase (entities), set with `starts` */
  gazReadings?: readonly { key: string; peeled: number; prefix: string }[];
  /** some reading is a one-word gazetteer name (entities), set with `starts` */
  gazSingle?: boolean;
  /** the entity patterns' per-type trigger bits (entities/patterns.ts); -1 = not computed */
  patternBits: number;
  /** the cue this word is (quotes), null when none; undefined = not computed */
  cue?: unknown;
  /** proclitics of the word's light segmentation (ب، ل، و …) */
  proclitics?: readonly string[];
  /** one of those proclitics is a preposition (ب، ل، ك، لل) */
  preposition?: boolean;
  /** the enclitic pronoun of the word's light segmentation, null when none */
  enclitic?: string | null;
  /** the frequency tables' cells for this word (stats/frequencies.ts) */
  freq?: unknown;
}

/** The key a token is matched on: its normalized form with ة folded to ه, Latin lowercased. */
export function matchKey(norm: string): string {
  let k = norm.indexOf('ة') >= 0 ? norm.replace(/ة/g, 'ه') : norm;
  if (/[A-Z]/.test(k)) k = k.toLowerCase();
  return k;
}

const EMPTY: TokenType = Object.freeze({ norm: '', key: '', starts: 0, patternBits: 0 }) as TokenType;

/**
 * A bounded table of word types, keyed by the written form: two generations of at most `limit`
 * types each. A lookup that finds a type in the old generation moves it to the new one; when
 * the new one is full it becomes the old one and the oldest is dropped. Frequent words stay,
 * the long tail of words seen once or twice is let go, and memory stays bounded on any corpus.
 */
export class TypeTable {
  private map = new Map<string, TokenType>();
  private old = new Map<string, TokenType>();

  constructor(private readonly limit = 50_000) {}

  /**
   * A normalizer for `tokenize` that also collects the type record of each token it is called
   * for. The tokenizer calls it once per word, Latin word, number, hashtag and mention, in
   * order; `typesOf` then hands those records to the tokens.
   */
  collector(norm: (s: string) => string): { norm: (s: string) => string; records: TokenType[] } {
    const records: TokenType[] = [];
    const fn = (s: string): string => {
      let rec = this.map.get(s);
      if (rec === undefined && (rec = this.old.get(s)) !== undefined) this.keep(s, rec);
      if (rec === undefined) {
        // copies, so the table never keeps the document the token was cut from
        const n = detach(norm(s));
        // every cache field present from the start: one object shape for all word types
        rec = {
          norm: n,
          key: detach(lamArticleKey(s, matchKey(n))),
          starts: -1,
          stem: undefined,
          readings: undefined,
          gazReadings: undefined,
          gazSingle: undefined,
          patternBits: -1,
          cue: undefined,
          proclitics: undefined,
          preposition: undefined,
          enclitic: undefined,
          freq: undefined,
        };
        this.keep(detach(s), rec);
      }
      records.push(rec);
      return rec.norm;
    };
    return { norm: fn, records };
  }

  private keep(s: string, rec: TokenType): void {
    if (this.map.size >= this.limit) {
      this.old = this.map;
      this.map = new Map();
    }
    this.map.set(s, rec);
  }

  /** The type record of each token, from the records a collector gathered while tokenizing. */
  typesOf(tokens: readonly Token[], records: readonly TokenType[]): TokenType[] {
    const out = new Array<TokenType>(tokens.length);
    let r = 0;
    for (let k = 0; k < tokens.length; k++) {
      const kind = tokens[k].kind;
      out[k] = kind === 'word' || kind === 'latin' || kind === 'number' || kind === 'hashtag' || kind === 'mention' ? records[r++] : EMPTY;
    }
    if (r !== records.length) throw new Error('word types out of step with the tokens');
    return out;
  }
}

/**
 * ل written apart from a word with the article by a tatweel (لـالمركز) keys as ل + ال is spelled
 * everywhere else, لل (للمركز): the article's alef drops after ل.
 */
function lamArticleKey(written: string, key: string): string {
  return written.includes('\u0640') && /^[وف]?لـ+ال/.test(written) ? key.replace(/^([وف]?)لال/, '$1لل') : key;
}
