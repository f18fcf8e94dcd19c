import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';

export async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Reads a file's bytes, or stdin for '-'. */
export async function readInput(path: string, stdin: Readable): Promise<Uint8Array> {
  if (path === '-') return readAll(stdin);
  return readFile(path);
}

/** Standard input, read whole when small, or spooled to a temporary file when it grows large. */
export type SpooledInput = { bytes: Uint8Array; file?: undefined } | { file: string; bytes?: undefined; size: number };

/**
 * Reads a stream; once more than `limit` bytes have come, the rest goes to a temporary file
 * (so a large input is never held in memory: it is then analyzed in pieces, like a large file).
 * The caller removes `file` when done.
 */
export async function spoolInput(stream: Readable, limit: number): Promise<SpooledInput> {
  const chunks: Buffer[] = [];
  let size = 0;
  let fd = -1;
  let file: string | undefined;
  try {
    for await (const c of stream) {
      const chunk = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
      size += chunk.length;
      if (fd < 0 && size <= limit) {
        chunks.push(chunk);
        continue;
      }
      if (fd < 0) {
        const dir = mkdtempSync(join(tmpdir(), 'newsparse-stdin-'));
        file = join(dir, 'stdin');
        fd = openSync(file, 'w');
        for (const b of chunks) writeAllSync(fd, b);
        chunks.length = 0;
      }
      writeAllSync(fd, chunk);
    }
  } catch (err) {
    if (file) rmSync(dirname(file), { recursive: true, force: true });
    throw err;
  } finally {
    if (fd >= 0) closeSync(fd);
  }
  return file ? { file, size } : { bytes: Buffer.concat(chunks) };
}

/** Removes a spooled input's temporary file. */
export function removeSpooled(input: SpooledInput): void {
  if (input.file) rmSync(dirname(input.file), { recursive: true, force: true });
}

function writeAllSync(fd: number, b: Buffer): void {
  let off = 0;
  while (off < b.length) off += writeSync(fd, b, off, b.length - off);
}
