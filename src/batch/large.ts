/**
 * Large files in bounded memory. A file of DEFAULT_LARGE_FILE_BYTES or more is read as a
 * stream, decoded (the encoding detected on its first block), and analyzed in pieces of about
 * `chunkBytes`, cut at paragraph boundaries (a blank line; failing that a line break, then a
 * space). Each piece is one pass of the pipeline; its offsets (code points) and sentence token
 * indices are shifted into the whole file, its tables merged into the file's own aggregate.
 *
 * Output: for json and ndjson the file's record is written as it grows — entities straight
 * to the output, the other lists through temporary files, then stats and tables at the end
 * (the record has the same fields as any other, in another key order). For table and csv the
 * record is built in memory with its lists cut at LIST_CAP items (a diagnostic says so).
 *
 * Document-level steps (entity linking, speaker resolution) see one piece at a time.
 */
import { closeSync, createReadStream, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { isWordLike, type Pipeline } from '../pipeline.js';
import type { Diagnostic, Document, DocumentStats, Entity, Quote, Span } from '../document.js';
import { decodeStream } from '../cli/normalize.js';
import { describeError } from '../cli/errors.js';
import { Aggregate } from '../stats/aggregate.js';
import { detach } from '../util/strings.js';
import type { DocumentReport, ErrorRecord, FileRecord } from '../report.js';
import type { ProcessSettings } from './process.js';
import type { OutputMode } from './processor.js';

export const DEFAULT_LARGE_FILE_BYTES = 1024 * 1024;
export const DEFAULT_CHUNK_BYTES = 256 * 1024;
/** In records built in memory (table, csv), lists keep at most this many items. */
export const LIST_CAP = 100_000;

export interface LargeFileOptions {
  /** the path as shown */
  path: string;
  /** the path to read */
  file: string;
  /** the record's position in the output */
  index: number;
  pipeline: Pipeline;
  settings: ProcessSettings;
  chunkBytes: number;
  output: OutputMode;
  format: string;
  write: (chunk: string) => Promise<void>;
}

export interface LargeFileResult {
  /** bytes read */
  bytes: number;
  /** the file's own aggregate (one document), when it was analyzed to the end */
  aggregate?: Aggregate;
  /** a record for the caller to write (not written here) */
  record?: FileRecord;
  error?: { code: string; message: string };
}

/** Where to cut `text` (length ≥ target): after the last paragraph break before the limit. */
export function cutPoint(text: string, target: number): number {
  const limit = Math.min(text.length, Math.max(1, target));
  const para = text.lastIndexOf('\n\n', limit - 1);
  if (para > 0) return para + 2;
  const crlf = text.lastIndexOf('\r\n\r\n', limit - 1);
  if (crlf > 0) return crlf + 4;
  const line = text.lastIndexOf('\n', limit - 1);
  if (line > 0) return line + 1;
  const space = text.lastIndexOf(' ', limit - 1);
  if (space > 0) return space + 1;
  // no break at all: cut at the limit, never between the halves of a surrogate pair
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/**
 * Pieces of about `target` UTF-16 units cut at paragraph boundaries (at most twice that when
 * there is none nearer), from a stream of decoded text chunks. Joined, they are the text.
 */
export async function* pieces(chunks: AsyncIterable<string>, target: number): AsyncGenerator<string> {
  let buf = '';
  for await (const chunk of chunks) {
    buf += chunk;
    while (buf.length >= target) {
      let cut = -1;
      const lf = buf.indexOf('\n\n', target - 2);
      const crlf = buf.indexOf('\n\r\n', target - 3);
      if (lf >= 0 && (crlf < 0 || lf < crlf)) cut = lf + 2;
      else if (crlf >= 0) cut = crlf + 3;
      if (cut < 0 || cut > 2 * target) {
        if (buf.length < 2 * target) break;
        cut = cutPoint(buf, 2 * target);
      }
      yield buf.slice(0, cut);
      buf = buf.slice(cut);
    }
  }
  if (buf.length) yield buf;
}

function shiftSpan<T extends Span>(s: T, by: number): T {
  s.start += by;
  s.end += by;
  return s;
}

/** Moves a piece's offsets into the whole file: `cp` code points and `tok` tokens before it. */
export function shiftDocument(doc: Document, cp: number, tok: number, what: { tokens: boolean; sentences: boolean }): void {
  if (cp === 0 && tok === 0) return;
  for (const e of doc.entities) shiftSpan(e, cp);
  for (const q of doc.quotes) shiftQuote(q, cp);
  for (const d of doc.diagnostics) {
    if (d.start !== undefined) d.start += cp;
    if (d.end !== undefined) d.end += cp;
  }
  if (what.sentences) {
    for (const s of doc.sentences) {
      shiftSpan(s, cp);
      s.tokenStart += tok;
      s.tokenEnd += tok;
    }
  }
  if (what.tokens) {
    for (const t of doc.tokens) {
      shiftSpan(t, cp);
      if (t.segments) t.segments = { ...t.segments, baseStart: t.segments.baseStart + cp, baseEnd: t.segments.baseEnd + cp };
    }
  }
}

function shiftQuote(q: Quote, cp: number): void {
  shiftSpan(q, cp);
  if (q.cue) shiftSpan(q.cue, cp);
  if (q.speaker) shiftSpan(q.speaker, cp);
  if (q.via) shiftSpan(q.via, cp);
  if (q.fragments) for (const f of q.fragments) shiftSpan(f, cp);
}

/** A list written to a temporary file as comma-separated JSON values. */
class Spool {
  private fd: number;
  private count = 0;
  constructor(readonly path: string) {
    this.fd = openSync(path, 'w+');
  }
  add(values: readonly unknown[]): void {
    if (values.length === 0) return;
    const json = JSON.stringify(values).slice(1, -1);
    writeSync(this.fd, (this.count ? ',' : '') + json);
    this.count += values.length;
  }
  /** raw text (already escaped), appended as is */
  addRaw(text: string): void {
    if (text) writeSync(this.fd, text);
  }
  async copyTo(write: (s: string) => Promise<void>): Promise<void> {
    const buf = Buffer.alloc(1 << 20);
    let pos = 0;
    const decoder = new TextDecoder();
    for (;;) {
      const n = readSync(this.fd, buf, 0, buf.length, pos);
      if (n === 0) break;
      pos += n;
      await write(decoder.decode(buf.subarray(0, n), { stream: true }));
    }
    const rest = decoder.decode();
    if (rest) await write(rest);
  }
  close(): void {
    closeSync(this.fd);
  }
}

/** The framing the json and ndjson formatters put around one record. */
function framing(format: string, index: number): { open: string; close: string } {
  if (format === 'ndjson') return { open: '{"type":"document",', close: '}\n' };
  return { open: (index > 0 ? ',\n' : '') + '{', close: '}' };
}

export async function analyzeLargeFile(o: LargeFileOptions): Promise<LargeFileResult> {
  const { pipeline, settings } = o;
  const streamed = o.output === 'string';
  const stopwords = pipeline.context.stopwords;
  const fileAgg = new Aggregate(settings.frequency);
  const types = new Set<string>();
  const stats: DocumentStats = { characters: 0, words: 0, types: 0, sentences: 0, tokens: 0 };
  const report = settings.report;
  const lists: { entities: Entity[]; quotes: Quote[]; diagnostics: Diagnostic[] } = { entities: [], quotes: [], diagnostics: [] };
  let truncated = false;
  let encoding = '';
  let headWritten = false;
  let entitiesWritten = 0;
  let dir: string | null = null;
  const spools: Record<string, Spool> = {};
  const spool = (name: string) => (spools[name] ??= new Spool(join((dir ??= mkdtempSync(join(tmpdir(), 'newsparse-'))), name)));
  let cp = 0;
  let tok = 0;
  let bytesRead = 0;

  const stream = createReadStream(o.file, { highWaterMark: 1 << 20 });
  const counted = async function* () {
    for await (const c of stream) {
      bytesRead += (c as Buffer).length;
      yield c as Buffer;
    }
  };
  const text = async function* () {
    for await (const part of decodeStream(Readable.from(counted()), settings.encoding)) {
      encoding = part.encoding;
      yield part.text;
    }
  };

  const writeHead = async () => {
    if (headWritten) return;
    headWritten = true;
    const f = framing(o.format, o.index);
    await o.write(`${f.open}"source":${JSON.stringify(o.path)},"encoding":${JSON.stringify(encoding)},"entities":[`);
  };

  try {
    for await (const piece of pieces(text(), Math.max(1, Math.floor(o.chunkBytes / 2)))) {
      const doc = pipeline.analyzeText(piece, { source: o.path, encodingUsed: encoding });
      // the tables read sentences' token indices, so they are counted before the shift
      fileAgg.frequencies.add(doc, stopwords, pipeline.typesOf(doc));
      shiftDocument(doc, cp, tok, { tokens: streamed && report.tokens, sentences: streamed && report.sentences });
      fileAgg.addCounted(doc);
      for (const t of doc.tokens) {
        if (!isWordLike(t)) continue;
        const key = t.kind === 'word' ? t.norm : t.norm.toLowerCase();
        // (a ligature that normalizes to several words is those words, as in the document stats)
        for (const w of key.includes(' ') ? key.split(' ') : [key]) if (w !== '' && !types.has(w)) types.add(detach(w));
      }
      stats.characters += doc.stats.characters;
      stats.words += doc.stats.words;
      stats.sentences += doc.stats.sentences;
      stats.tokens += doc.stats.tokens;
      cp += doc.stats.characters;
      tok += doc.tokens.length;
      if (streamed) {
        await writeHead();
        if (doc.entities.length) {
          await o.write((entitiesWritten ? ',' : '') + JSON.stringify(doc.entities).slice(1, -1));
          entitiesWritten += doc.entities.length;
        }
        spool('quotes').add(doc.quotes);
        spool('diagnostics').add(doc.diagnostics);
        if (report.text) spool('text').addRaw(JSON.stringify(piece).slice(1, -1));
        if (report.sentences) spool('sentences').add(doc.sentences);
        if (report.tokens) spool('tokens').add(doc.tokens);
      } else if (o.output === 'record') {
        for (const k of ['entities', 'quotes', 'diagnostics'] as const) {
          const src = doc[k] as unknown[];
          const room = LIST_CAP - lists[k].length;
          if (src.length > room) truncated = true;
          // copies (through JSON), so the kept items do not pin the pieces' text
          if (room > 0 && src.length) for (const item of JSON.parse(JSON.stringify(src.slice(0, room)))) (lists[k] as unknown[]).push(item);
        }
      }
    }
  } catch (err) {
    const error = describeError(err);
    if (!streamed || !headWritten) {
      return { bytes: bytesRead, error, record: { source: o.path, error } satisfies ErrorRecord };
    }
    // the record is half written: close it with the error as a diagnostic
    spool('diagnostics').add([{ level: 'error', code: error.code, message: `analysis stopped: ${error.message}`, start: cp } satisfies Diagnostic]);
    await finishStreamed(false);
    return { bytes: bytesRead, error };
  } finally {
    stream.destroy();
  }

  stats.types = types.size;
  // the file is one document: count it once, and once per entity
  fileAgg.totals.documents = 1;
  for (const row of fileAgg.entities.rows.values()) row.documents = 1;

  async function finishStreamed(complete: boolean): Promise<void> {
    try {
      if (!headWritten) await writeHead();
      await o.write('],"quotes":[');
      await spools.quotes?.copyTo(o.write);
      await o.write('],"diagnostics":[');
      await spools.diagnostics?.copyTo(o.write);
      await o.write(']');
      if (report.text) {
        await o.write(',"text":"');
        await spools.text?.copyTo(o.write);
        await o.write('"');
      }
      if (report.sentences) {
        await o.write(',"sentences":[');
        await spools.sentences?.copyTo(o.write);
        await o.write(']');
      }
      if (report.tokens) {
        await o.write(',"tokens":[');
        await spools.tokens?.copyTo(o.write);
        await o.write(']');
      }
      const tail = complete
        ? {
            stats: { ...stats, types: types.size },
            frequencies: fileAgg.frequencies.top(report.top, stopwords),
            sourcing: { ...fileAgg.attribution.sourcing },
          }
        : { stats: { ...stats, types: types.size } };
      await o.write(',' + JSON.stringify(tail).slice(1, -1) + framing(o.format, o.index).close);
    } finally {
      for (const s of Object.values(spools)) s.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
      dir = null;
    }
  }

  if (streamed) {
    await finishStreamed(true);
    return { bytes: bytesRead, aggregate: fileAgg };
  }
  if (o.output === 'none') return { bytes: bytesRead, aggregate: fileAgg };
  if (truncated) {
    lists.diagnostics.push({
      level: 'warning',
      code: 'LISTS_TRUNCATED',
      message: `a file this large keeps at most ${LIST_CAP} entities, quotes and diagnostics in this format; --format ndjson or json lists them all`,
    });
  }
  const record: DocumentReport = {
    source: o.path,
    encoding,
    stats,
    frequencies: fileAgg.frequencies.top(report.top, stopwords),
    entities: lists.entities,
    quotes: lists.quotes,
    sourcing: { ...fileAgg.attribution.sourcing },
    diagnostics: lists.diagnostics,
  };
  return { bytes: bytesRead, aggregate: fileAgg, record };
}
