/**
 * docs/json-contract.md and docs/newsparse-output.schema.json describe the same contract, and
 * the example in the document is valid output.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { runCli } from '../helpers.js';

const read = (p: string) => readFileSync(new URL(`../../docs/${p}`, import.meta.url), 'utf8');
const doc = read('json-contract.md');
const schema = JSON.parse(read('newsparse-output.schema.json'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const block = (lang: string) => {
  const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)\\n```').exec(doc);
  if (!m) throw new Error(`no ${lang} block in json-contract.md`);
  return m[1];
};

describe('docs/json-contract.md', () => {
  it('points at the schema and names contract version 1', () => {
    expect(doc).toContain('(newsparse-output.schema.json)');
    expect(doc).toMatch(/^# .*version 1/m);
    expect(schema.properties.version.const).toBe(1);
  });

  it('documents every field of the schema', () => {
    const defs = ['document', 'error', 'summary', 'stats', 'entity', 'speaker', 'quote', 'sourcing', 'entityRow', 'attributionRow', 'diagnostic'];
    for (const name of defs) {
      const def = schema.definitions[name];
      const props = Object.keys(def.properties ?? {});
      expect(props.length, name).toBeGreaterThan(0);
      for (const p of props) expect(doc, `${name}.${p}`).toContain('`' + p);
    }
    const cue = schema.definitions.quote.properties.cue.oneOf[1];
    for (const p of Object.keys(cue.properties)) expect(doc, `cue.${p}`).toContain('`' + p);
    for (const c of cue.properties.class.enum) expect(doc, `cue class ${c}`).toContain('`' + c + '`');
    for (const t of ['document', 'error', 'summary']) expect(doc).toContain('`' + t + '`');
  });

  it('its example validates against the schema, and the tool gives the same shape for the same article', async () => {
    const example = JSON.parse(block('json'));
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(example.documents[0].entities.length).toBeGreaterThan(0);
    expect(example.documents[0].quotes.length).toBeGreaterThan(0);

    const article = block('text') + '\n';
    const r = await runCli(['analyze', '-', '--format', 'json', '--top', '2'], { stdin: article });
    expect(r.code).toBe(0);
    const live = JSON.parse(r.stdout);
    expect(validate(live), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(live.documents[0]).sort()).toEqual(Object.keys(example.documents[0]).sort());
    expect(Object.keys(live.summary).sort()).toEqual(Object.keys(example.summary).sort());
    expect(live.documents[0].stats).toEqual(example.documents[0].stats);
    // offsets in the example point at its text, in code points
    const chars = [...article];
    for (const e of example.documents[0].entities) expect(chars.slice(e.start, e.end).join('')).toBe(e.text);
    for (const q of example.documents[0].quotes) expect(chars.slice(q.start, q.end).join('')).toBe(q.text);
  });
});
