/**
 * `newsparse normalize`: streams normalized text to stdout. The encoding is detected from the
 * first block (or given); the rest is decoded as a stream and normalized line by line, so a
 * file of any size runs in bounded memory.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { decode } from '../text/decode.js';
import { createNormalizer, type NormalizeRule } from '../text/normalize.js';
import { EXIT_INPUT_FAILED, EXIT_OK, describeError } from './errors.js';
import { Output, type IO } from './io.js';

export interface NormalizeSettings {
  file: string;
  encoding?: string;
  rules: Partial<Record<NormalizeRule, boolean>>;
}

const SAMPLE = 64 * 1024;

/** A sample cut at its last line break, so a multi-byte character is never split. */
function sampleForDetection(bytes: Uint8Array): Uint8Array {
  if (bytes.length < SAMPLE) return bytes;
  const nl = bytes.lastIndexOf(0x0a);
  return nl > 0 ? bytes.subarray(0, nl + 1) : bytes;
}

/**
 * Decodes a byte stream into text chunks that end at line breaks (the last one may not),
 * detecting the encoding on the first block.
 */
export async function* decodeStream(stream: Readable, encoding?: string): AsyncGenerator<{ text: string; encoding: string }> {
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  let encodingUsed = '';
  let head: Uint8Array = new Uint8Array(0);
  let carry = '';
  const emit = function* (text: string, final: boolean) {
    const all = carry + text;
    const cut = final ? all.length : all.lastIndexOf('\n') + 1;
    carry = all.slice(cut);
    if (cut > 0) yield { text: all.slice(0, cut), encoding: encodingUsed };
  };
  for await (const chunk of stream) {
    const bytes: Uint8Array = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (!decoder) {
      head = head.length ? Buffer.concat([head, bytes]) : bytes;
      if (head.length < SAMPLE) continue;
      const detected = decode(sampleForDetection(head), encoding ? { encoding } : undefined);
      encodingUsed = detected.encoding;
      decoder = new TextDecoder(encodingUsed, { fatal: true, ignoreBOM: false });
      yield* emit(decoder.decode(head, { stream: true }), false);
      continue;
    }
    yield* emit(decoder.decode(bytes, { stream: true }), false);
  }
  if (!decoder) {
    const whole = decode(head, encoding ? { encoding } : undefined);
    encodingUsed = whole.encoding;
    yield* emit(whole.text, true);
    return;
  }
  yield* emit(decoder.decode(), true);
}

export async function runNormalize(s: NormalizeSettings, io: IO): Promise<number> {
  const out = new Output(io.stdout);
  const norm = createNormalizer(s.rules);
  const source = s.file === '-' ? io.stdin : createReadStream(s.file);
  try {
    for await (const { text } of decodeStream(source, s.encoding)) {
      await out.write(norm(text));
      if (out.closed) break;
    }
  } catch (err) {
    const { message } = describeError(err);
    io.stderr.write(`newsparse: ${s.file}: ${message}\n`);
    return EXIT_INPUT_FAILED;
  } finally {
    if (s.file !== '-') (source as ReturnType<typeof createReadStream>).destroy();
  }
  if (out.error) throw out.error;
  return EXIT_OK;
}
