/**
 * Standard input spooling: small input is kept in memory, large input goes to a temporary file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { removeSpooled, spoolInput } from '../../src/io/read.js';

const stream = (parts: string[]) => Readable.from(parts.map((p) => Buffer.from(p)));

describe('spoolInput', () => {
  it('keeps input up to the limit in memory', async () => {
    const r = await spoolInput(stream(['قال ', 'الوزير']), 1000);
    expect(r.file).toBeUndefined();
    expect(Buffer.from(r.bytes!).toString()).toBe('قال الوزير');
  });

  it('spools input over the limit to a file with every byte, removed afterwards', async () => {
    const parts = Array.from({ length: 50 }, (_, i) => `فقرة ${i}\n`);
    const r = await spoolInput(stream(parts), 40);
    expect(r.file).toBeDefined();
    expect(readFileSync(r.file!, 'utf8')).toBe(parts.join(''));
    removeSpooled(r);
    expect(existsSync(r.file!)).toBe(false);
  });
});
