import type { Formatter } from './types.js';
import { CONTRACT_VERSION } from '../report.js';
import { NAME, VERSION } from '../version.js';

/**
 * One JSON object: { version, generator, documents: [...], summary }. Written as a stream,
 * one document per line, so memory does not grow with the corpus.
 */
export const json: Formatter = {
  description: 'one JSON object {version, generator, documents, summary} (documented contract)',
  begin: () => `{"version":${CONTRACT_VERSION},"generator":${JSON.stringify({ name: NAME, version: VERSION })},"documents":[\n`,
  document: (record, index) => (index > 0 ? ',\n' : '') + JSON.stringify(record),
  end: (summary) => `\n],"summary":${JSON.stringify(summary)}}\n`,
};

/** JSON Lines: one typed message per line — each document, then the summary. */
export const ndjson: Formatter = {
  description: 'JSON Lines: {"type":"document"|"error",...} per file, then {"type":"summary",...}',
  begin: () => '',
  document: (record) => JSON.stringify({ type: 'error' in record ? 'error' : 'document', ...record }) + '\n',
  end: (summary) => JSON.stringify({ type: 'summary', version: CONTRACT_VERSION, ...summary }) + '\n',
};
