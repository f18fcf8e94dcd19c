/**
 * The gazetteer index: every written form of every entry in a PhraseIndex; user entries
 * add to it or override built-in ones by id.
 */
import type { GazetteerEntry } from '../data/types.js';
import { PhraseIndex } from './phrases.js';

export class GazetteerIndex {
  readonly phrases: PhraseIndex<GazetteerEntry>;
  readonly byId = new Map<string, GazetteerEntry>();

  constructor(entries: Iterable<GazetteerEntry>, norm: (s: string) => string) {
    this.phrases = new PhraseIndex(norm);
    for (const e of entries) this.add(e);
  }

  /** Adds an entry; an entry with the same id as an earlier one replaces it. */
  add(entry: GazetteerEntry): void {
    const previous = this.byId.get(entry.id);
    if (previous) this.phrases.removeWhere((v) => v === previous);
    this.byId.set(entry.id, entry);
    for (const form of new Set([entry.ar, ...(entry.variants ?? [])])) this.phrases.add(form, entry);
  }
}
