/**
 * Document-level linking. Names found by patterns are known only in this document; once
 * found, their short forms (a person's family name, an organization's quoted name) are found
 * again wherever they stand, before or after the full mention, and every mention of one
 * entity shares its id: "الهواري" and "سليم الهواري" are one person whichever comes first.
 */
import { keyTail, PLACE_PREPOSITIONS, quotedAt, readingsAt, type Candidate, type TokenView } from './recognize.js';
import type { EntityResources } from './resources.js';
import { PhraseIndex } from './phrases.js';
import { masdarShape } from './patterns.js';

export function linkMentions(view: TokenView, chosen: Candidate[], res: EntityResources): Candidate[] {
  const { keys } = view;
  // 1. one id per person: a one-word mention that is the last part of a longer one takes its id
  if (!chosen.some((c) => c.type === 'PERSON' || c.source === 'pattern' || c.linkable || (c.type === 'ORG' && c.j - c.i === 3))) return chosen;
  const byLast = new Map<string, Candidate>();
  // (first names of people named in full; null where two people share one)
  const byFirst = new Map<string, Candidate | null>();
  for (const c of chosen) {
    if (c.type === 'PERSON' && c.j - c.i >= 2) {
      const last = keys[c.j - 1];
      const prev = byLast.get(last);
      if (!prev || c.j - c.i > prev.j - prev.i) byLast.set(last, c);
      const first = keys[c.i].slice(c.peeled);
      const had = byFirst.get(first);
      byFirst.set(first, had === undefined || had?.entityId === c.entityId ? c : null);
    }
  }
  // a shorter mention that ends a longer one (عبد الغفار ← حسام عبد الغفار) is the same person
  const persons = chosen.filter((c) => c.type === 'PERSON');
  for (const c of persons) {
    if (!c.entityId.startsWith('local:')) continue;
    const n = c.j - c.i;
    const full = persons.find((f) => f !== c && f.j - f.i > n && endsWith(keys, f, c, n));
    if (full) adopt(c, full);
    else if (n === 1) {
      const byLastName = byLast.get(keys[c.i]);
      // (… or the first name only one person of the document has, as Chinese and sport reports
      // name people: وانغ يي … وقال وانغ)
      const name = keys[c.i].slice(c.peeled);
      const byFirstName = byLastName ? undefined : byFirst.get(name);
      if (byLastName) adopt(c, byLastName);
      else if (byFirstName && !res.ambiguousGiven.has(name) && !res.isCommonWord(name)) adopt(c, byFirstName);
    }
  }
  // 2. short forms of names found by patterns, found again where nothing else was found
  const aliases = new PhraseIndex<Candidate>(res.gazetteer.phrases.norm);
  // a word can start an alias only if it ends with the last two letters of an alias's first key
  // (after a proclitic; للأمم ends like الأمم): a bitmap over the low bytes of those two letters,
  // a test that allocates nothing
  const tails = TAILS;
  const setTails: number[] = [];
  const addAlias = (ks: string[], c: Candidate) => {
    aliases.addKeys(ks, c);
    const t = keyTail(ks[0]);
    if (tails[t] === 0) {
      tails[t] = 1;
      setTails.push(t);
    }
  };
  try {
    return linkAliases(view, chosen, res, aliases, addAlias, tails);
  } finally {
    for (const t of setTails) tails[t] = 0;
  }
}

/** heads of parties, unions and movements (keys) */
const PARTY_HEADS = /^(اتحاد|حزب|جبهه|حركه|تيار|تحالف|تجمع)$/;

/** The bitmap of alias tails, shared by every call (cleared after each). */
const TAILS = new Uint8Array(65536);

function linkAliases(
  view: TokenView,
  chosen: Candidate[],
  res: EntityResources,
  aliases: PhraseIndex<Candidate>,
  addAlias: (ks: string[], c: Candidate) => void,
  tails: Uint8Array,
): Candidate[] {
  const { keys } = view;
  // how many different persons of the document start with each first name
  const firstNames = new Map<string, number>();
  const seenIds = new Set<string>();
  for (const c of chosen) {
    if (c.type !== 'PERSON' || c.j - c.i < 2 || seenIds.has(c.entityId)) continue;
    seenIds.add(c.entityId);
    const f = keys[c.i].slice(c.peeled);
    firstNames.set(f, (firstNames.get(f) ?? 0) + 1);
  }
  const quotedOnly = new Map<string, Candidate>();
  const subjectOnly = new Map<string, Candidate>();
  for (const c of chosen) {
    // a known party or union named by its head, an adjective and a nationality (الاتحاد الوطني
    // الكردستاني، الحزب الديمقراطي الكردستاني): the document may drop the nationality (not a
    // bank or a ministry: البنك المركزي alone is any central bank)
    if (c.type === 'ORG' && c.source !== 'link' && c.j - c.i === 3 && c.peeled === 0) {
      const ks = keys.slice(c.i, c.j);
      if (ks[0].startsWith('ال') && PARTY_HEADS.test(ks[0].slice(2)) && ks[1].startsWith('ال') && !res.nisba(ks[1]) && res.nisba(ks[2]) !== undefined) addAlias(ks.slice(0, 2), c);
    }
    // (names found by a pattern, also when they resolved to a known person: سعد بن شريده الكعبي)
    // (… and known people named in full: their family name alone is them in this document)
    if (!c.linkable && c.source !== 'pattern' && !(c.source === 'gazetteer' && c.type === 'PERSON' && c.j - c.i >= 2)) continue;
    const ks = keys.slice(c.i, c.j);
    ks[0] = ks[0].slice(c.peeled);
    // (a one-word name that is also a head noun — «المنتخب» the paper — is not looked for alone:
    // every use of the noun would become it)
    if (ks.length > 1 ? !ks.every((x) => res.isStopword(x)) : c.linkable || loneAlias(ks[0], res)) addAlias(ks, c);
    // (an organization named by an ordinary word — «الغد» the daily — is found again in quotation
    // marks only)
    else if (c.type === 'ORG' && ks[0].length >= 3 && !res.isStopword(ks[0]) && quotedAt(view, res, c.i, c.j) && !quotedOnly.has(ks[0])) quotedOnly.set(ks[0], c);
    // a company named by its brand and its field (رمال للصناعات الغذائية): the brand alone
    const field = c.type === 'ORG' ? ks.findIndex((x, n) => n > 0 && x.startsWith('لل')) : -1;
    if (field > 0 && !res.isHeadWord(ks[0]) && ks.slice(0, field).every((x) => x.length >= 3 && !res.isStopword(x) && !res.isCommonWord(x) && !res.nisba(x))) {
      addAlias(ks.slice(0, field), c);
    }
    // a body named by its head, an ordinary noun and a nationality (شركة الكهرباء الوطنية، شركة
    // النفط اليمنية): without its head (ديون «الكهرباء الوطنية»)
    if (c.type === 'ORG' && ks.length === 3 && res.isHeadWord(ks[0]) && ks[1].startsWith('ال') && res.isCommonWord(ks[1]) && (/^الوطني(ه)?$/.test(ks[2]) || res.nisba(ks[2]) !== undefined)) addAlias(ks.slice(1), c);
    const last = ks[ks.length - 1];
    // a family name opened by a particle, after one given name (بدر عبد العاطي … وعبد العاطي،
    // أحمد أبو الغيط … أبو الغيط، محمد بن سلمان … بن سلمان)
    if (c.type === 'PERSON' && ks.length === 3 && res.particles.has(ks[1]) && ks[2].length >= 3 && !res.isStopword(ks[2])) addAlias(ks.slice(1), c);
    // (… and the Mauritanian ولد with what follows it: سيدي محمد ولد الطالب أعمر … ولد الطالب أعمر)
    const wld = c.type === 'PERSON' ? ks.indexOf('ولد') : -1;
    if (wld >= 1 && wld <= ks.length - 2 && ks.length >= 4) addAlias(ks.slice(wld), c);
    // a European family name with its particle (دوس سانتوس، فان دايك)
    if (c.type === 'PERSON' && ks.length >= 3 && res.westernParticles.has(ks[ks.length - 2]) && last.length >= 3) addAlias(ks.slice(-2), c);
    // a family name alone links back; not an adjective (البريطاني), a particle or الله/الدين (عبد الله، نور الدين)
    // (… also one that is a given name, as Egyptian names repeat the father's — يوسف حمدي … عقد
    // حمدي — when no person of the document bears it as a first name and it is no ordinary word)
    const givenAsFamily = res.givenNames.matchAt(keys, c.j - 1) !== null;
    if (c.type === 'PERSON' && ks.length >= 2 && loneAlias(last, res) && !res.particles.has(keys[c.j - 2]) && (!givenAsFamily || (!firstNames.has(last) && !res.ambiguousGiven.has(last)))) {
      addAlias([last], c);
    } else if (c.type === 'PERSON' && ks.length >= 2 && (/^ال...+ي$|^ال..ي.$/.test(last) || (/^ال..+$/.test(last) && !res.nisba(last) && !res.isCueWord(last))) && !res.particles.has(keys[c.j - 2]) && !res.isStopword(last) && !subjectOnly.has(last)) {
      // (a family name that is also an adjective or a word — يونس العلمي، عماد الدين الصغير، عبد
      // السلام الحر — is found again only as the subject of a speech verb: وأشار العلمي إلى أن …،
      // وأضاف الحر أن …)
      subjectOnly.set(last, c);
    }
    // a given name alone, as sport and culture reports use it (ألكسندر … وتفوق ألكسندر على
    // هنريك): not an ordinary word, and no other person's first name in the document
    const first = ks[0];
    if (c.type === 'PERSON' && ks.length >= 2 && c.peeled === 0 && first.length >= 4 && !res.ambiguousGiven.has(first) && !res.isCommonWord(first) && !res.nisba(first) && !res.particles.has(first) && !res.particles.has(ks[1]) && firstNames.get(first) === 1) {
      addAlias([first], c);
    }
  }
  if (aliases.size === 0 && quotedOnly.size === 0 && subjectOnly.size === 0) return chosen;
  // (which chosen mention holds each token, 1-based; 0 = free, -1 = a link)
  const taken = new Int32Array(view.tokens.length);
  chosen.forEach((c, n) => {
    for (let k = c.i; k < c.j; k++) taken[k] = n + 1;
  });
  const displaced = new Set<number>();
  const links: Candidate[] = [];
  // a town's one-word mention, not behind a preposition or a place's head, that a person's family
  // name may take: a town the project lists (np: ids), not a country or capital from Wikidata
  const townAsFamily = (o: Candidate): boolean => {
    if (o.source !== 'gazetteer' || (o.type !== 'GPE' && o.type !== 'LOC') || o.j - o.i !== 1 || o.peeled !== 0) return false;
    if (!res.minorPlaces.has(o.entityId) && !o.entityId.startsWith('np:')) return false;
    const before = o.i > 0 && !view.breakAfter[o.i - 1] ? keys[o.i - 1] : '';
    return before === '' || (!PLACE_PREPOSITIONS.test(before) && !res.isHeadWord(before));
  };
  const quotedPlace = (o: Candidate): boolean => o.source === 'gazetteer' && (o.type === 'GPE' || o.type === 'LOC') && o.j - o.i === 1 && quotedAt(view, res, o.i, o.j);
  if (quotedOnly.size > 0) {
    for (let i = 1; i + 1 < keys.length; i++) {
      const src = quotedOnly.get(keys[i]);
      if (!src || taken[i] || !quotedAt(view, res, i, i + 1)) continue;
      links.push({ ...src, i, j: i + 1, peeled: 0, source: 'link', attributes: undefined });
      taken[i] = -1;
    }
  }
  if (subjectOnly.size > 0) {
    for (let i = 1; i + 1 < keys.length; i++) {
      const src = subjectOnly.get(keys[i]);
      if (!src || taken[i] || view.breakAfter[i - 1] || view.breakAfter[i] || !res.isCueWord(keys[i - 1])) continue;
      // (… and before what the verb opens: إن، أن، إلى، a colon or a comma)
      const next = view.tokens[i + 1].text;
      // (… or the sentence's end in quote-first order: «…»، تضيف الجندي.)
      if (next !== ':' && next !== '،' && next !== '.' && !SUBJECT_FOLLOWERS.test(keys[i + 1])) continue;
      links.push({ ...src, i, j: i + 1, peeled: 0, source: 'link', attributes: undefined });
      taken[i] = -1;
    }
  }
  const n = keys.length;
  for (let i = 0; i < n; i++) {
    // (the alias-tail bitmap first: it turns most tokens away with one lookup)
    if (tails[view.tails[i]] === 0 || view.tokens[i].kind !== 'word') continue;
    // (a town's one-word mention may still be a person's family name: below)
    // (… and a place's one-word mention in quotation marks a company's or outlet's brand: below)
    if (taken[i] !== 0 && !(taken[i] > 0 && (townAsFamily(chosen[taken[i] - 1]) || quotedPlace(chosen[taken[i] - 1])))) continue;
    const rs = readingsAt(view, i);
    let any = false;
    for (let r = 0; r < rs.length && !any; r++) any = aliases.starts(rs[r].key);
    if (!any) continue;
    const m = aliases.matchAt(keys, i, rs, (r) => r.prefix.length <= 2);
    if (!m) continue;
    // (a family name that is the adjective of a known place, after a definite noun that is no
    // title, is that noun's adjective: سامر الحلبي … المنتج الحلبي "Aleppan produce"; الوزير
    // الحلبي stays the person, and so does رئيس السن الجبوري — جبور names no place)
    if (m.j - m.i === 1 && m.reading.peeled === 0 && /^ال..+ي$/.test(keys[i]) && placeAdjective(keys[i], res) && i > 0 && !view.breakAfter[i - 1] && view.tokens[i - 1].kind === 'word' && /^ال../.test(keys[i - 1]) && !res.isTitleEnd(keys[i - 1]) && !(res.titles.starts(keys[i - 1]) && res.titles.matchAt(keys, i - 1)?.j === i) && !res.isStopword(keys[i - 1]) && !res.isCueWord(keys[i - 1])) continue;
    // (a longer short form may take the place of a known place or body inside it: «رمال الخليج»
    // over الخليج)
    // (… and a person's family name the place of a town written the same: عودة الزوايدة … وأضاف
    // الزوايدة — the document's person, not the Gaza town)
    const person = m.values[0].type === 'PERSON';
    let free = true;
    const inside: number[] = [];
    for (let k = m.i; k < m.j && free; k++) {
      if (taken[k] === 0) continue;
      const o = taken[k] > 0 ? chosen[taken[k] - 1] : undefined;
      // (… and a company's brand in quotation marks the place of a place written the same: شركة
      // "أور للمقاولات" … أن تكون "أور" قد خالفت — the company, not the ancient city)
      const same = o !== undefined && o.i === m.i && o.j === m.j;
      free = o !== undefined && o.source === 'gazetteer' && o.type !== 'PERSON' && o.i >= m.i && o.j <= m.j && (o.j - o.i < m.j - m.i || (person && same && townAsFamily(o)) || (same && m.values[0].type === 'ORG' && quotedPlace(o)));
      if (free) inside.push(taken[k] - 1);
    }
    if (!free) continue;
    for (const o of inside) displaced.add(o);
    const src = m.values[0];
    links.push({ ...src, i: m.i, j: m.j, peeled: m.reading.peeled, source: 'link', attributes: undefined });
    for (let k = m.i; k < m.j; k++) taken[k] = -1;
    i = m.j - 1;
  }
  return [...(displaced.size ? chosen.filter((_, n) => !displaced.has(n)) : chosen), ...links].sort((a, b) => a.i - b.i);
}


/**
 * Can a one-word name found by a pattern be looked for alone in the whole document? Not a word
 * of ordinary use, whose every other occurrence would become the name: a function word, an
 * ordinary word with or without its article (صحيفة «السفير» — السفير the ambassador; مجلة
 * «الكتاب»), a title, a head noun, a nationality adjective, a verbal noun's shape (استخدام) or a
 * preposition + ordinary word (بالتالي، لنزع).
 */
function loneAlias(key: string, res: EntityResources): boolean {
  if (key.length < 3 || res.isStopword(key) || res.isCueWord(key) || res.isHeadWord(key) || res.nisba(key)) return false;
  const bare = key.startsWith('ال') ? key.slice(2) : key;
  if (res.isCommonWord(key) || res.isCommonWord(bare) || res.isTitleEnd(key) || masdarShape(bare)) return false;
  if (res.titles.starts(key) && res.titles.matchAt([key], 0)) return false;
  // ب/ل + an ordinary word or verbal noun (بالتالي، لنزع، بوجود)
  if (/^[بل]/.test(key) && key.length > 3) {
    const rest = key.slice(1);
    if (res.isStopword(rest) || res.isCommonWord(rest) || masdarShape(rest) || (rest.startsWith('ال') && res.isCommonWord(rest.slice(2)))) return false;
  }
  return true;
}

/** Is a definite adjective in ـي that of a place the gazetteer knows (الحلبي ← حلب)? */
function placeAdjective(key: string, res: EntityResources): boolean {
  const base = key.slice(2, -1);
  const m = res.gazetteer.phrases.matchAt([base], 0);
  return m !== null && m.j === 1 && m.values.some((v) => v.type === 'GPE' || v.type === 'LOC');
}

/** What follows a speech verb's subject (keys): إن/أن، بأن، إلى (أشار إلى)، على (شدد على) */
const SUBJECT_FOLLOWERS = /^(ان|انه|انها|بان|الي|علي)$/;

/** Do the last n keys of mention f equal the n keys of mention c? */
function endsWith(keys: readonly string[], f: Candidate, c: Candidate, n: number): boolean {
  for (let k = 1; k <= n; k++) if (keys[f.j - k] !== keys[c.j - k]) return false;
  return true;
}

function adopt(c: Candidate, full: Candidate): void {
  c.entityId = full.entityId;
  c.label = full.label;
  c.labelEn = full.labelEn;
}
