import { readFile } from 'node:fs/promises';
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
