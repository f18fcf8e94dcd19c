/**
 * cli-table3, measuring cells with the maintained string-width.
 *
 * cli-table3 0.6 requires string-width 4, which counts each Arabic haraka (a zero-width
 * combining mark) as a column, so diacritized words such as مُحَمَّد push table borders out
 * of line. Before cli-table3 is loaded, its `string-width` module slot in the CommonJS cache
 * is filled with the current string-width (Unicode-aware: marks, emoji, East Asian width).
 */
import { createRequire } from 'node:module';
import stringWidth from 'string-width';

const require = createRequire(import.meta.url);
const tablePath = require.resolve('cli-table3');
const widthPath = createRequire(tablePath).resolve('string-width');
if (!require.cache[widthPath]) {
  const Module = require('node:module') as { new (id: string): NodeJS.Module };
  const m = new Module(widthPath);
  m.filename = widthPath;
  m.loaded = true;
  m.exports = stringWidth;
  require.cache[widthPath] = m;
}

type CellValue = string | number;
export interface TableOptions {
  head?: CellValue[];
  colAligns?: ('left' | 'right' | 'center')[];
  style?: { head?: string[]; border?: string[]; compact?: boolean; 'padding-left'?: number; 'padding-right'?: number };
  chars?: Record<string, string>;
}
export interface TableInstance {
  push(...rows: CellValue[][]): number;
  toString(): string;
}

const Table = require('cli-table3') as new (options?: TableOptions) => TableInstance;

export function createTable(options: TableOptions): TableInstance {
  return new Table({ style: { head: [], border: [], compact: true }, ...options });
}

export { stringWidth };
