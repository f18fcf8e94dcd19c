import { readFile } from 'node:fs/promises';
import type { GazetteerEntry } from '../data/types.js';
import { parseUserGazetteer } from '../entities/user-gazetteer.js';
import { UsageError, describeError } from './errors.js';

/** Reads --gazetteer files; a missing or malformed file is a usage error (exit 2). */
export async function loadGazetteers(paths: string[]): Promise<GazetteerEntry[]> {
  const out: GazetteerEntry[] = [];
  for (const path of paths) {
    let content: string;
    try {
      content = await readFile(path, 'utf8');
    } catch (err) {
      throw new UsageError(`--gazetteer: ${path}: ${describeError(err).message}`);
    }
    try {
      out.push(...parseUserGazetteer(content, path));
    } catch (err) {
      throw new UsageError(`--gazetteer: ${(err as Error).message}`);
    }
  }
  return out;
}
