/**
 * `newsparse tokens`: the tokens of one input with code-point offsets.
 */
import { Pipeline } from '../pipeline.js';
import { readInput } from '../io/read.js';
import type { NormalizeRule } from '../text/normalize.js';
import { EXIT_INPUT_FAILED, EXIT_OK, describeError } from './errors.js';
import { Output, type IO } from './io.js';

export interface TokensSettings {
  file: string;
  format: 'tsv' | 'json' | 'ndjson';
  encoding?: string;
  rules: Partial<Record<NormalizeRule, boolean>>;
}

const tsvField = (s: string) => s.replace(/[\t\n\r\\]/g, (c) => ({ '\t': '\\t', '\n': '\\n', '\r': '\\r', '\\': '\\\\' })[c]!);

export async function runTokens(s: TokensSettings, io: IO): Promise<number> {
  const out = new Output(io.stdout);
  let doc;
  try {
    const bytes = await readInput(s.file, io.stdin);
    doc = new Pipeline({ normalize: s.rules }).analyzeBytes(bytes, { source: s.file, encoding: s.encoding });
  } catch (err) {
    io.stderr.write(`newsparse: ${s.file}: ${describeError(err).message}\n`);
    return EXIT_INPUT_FAILED;
  }
  if (s.format === 'json') {
    await out.write(JSON.stringify({ source: doc.source, encoding: doc.encoding, tokens: doc.tokens }) + '\n');
  } else if (s.format === 'ndjson') {
    for (const t of doc.tokens) {
      if (out.closed) break;
      await out.write(JSON.stringify(t) + '\n');
    }
  } else {
    await out.write('start\tend\tkind\ttext\tnorm\tstem\tsegments\n');
    for (const t of doc.tokens) {
      if (out.closed) break;
      const seg = t.segments ? [...t.segments.proclitics.map((p) => p + '+'), t.segments.base, ...(t.segments.enclitic ? ['+' + t.segments.enclitic] : [])].join(' ') : '';
      await out.write(`${t.start}\t${t.end}\t${t.kind}\t${tsvField(t.text)}\t${tsvField(t.norm)}\t${t.stem ?? ''}\t${seg}\n`);
    }
  }
  if (out.error) throw out.error;
  return EXIT_OK;
}
