/**
 * Walking folders, globs and lists of paths: sorted, each file once, and symbolic link loops
 * always end.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandInputs, parsePathList, type InputItem } from '../../src/io/inputs.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'newsparse-inputs-'));
  mkdirSync(join(root, 'news', 'world', 'deep'), { recursive: true });
  mkdirSync(join(root, 'news', '.hidden'));
  mkdirSync(join(root, 'elsewhere'));
  writeFileSync(join(root, 'news', 'a.txt'), 'أ');
  writeFileSync(join(root, 'news', 'b.md'), 'ب');
  writeFileSync(join(root, 'news', 'world', 'c.txt'), 'ج');
  writeFileSync(join(root, 'news', 'world', 'deep', 'd.txt'), 'د');
  writeFileSync(join(root, 'news', '.hidden', 'e.txt'), 'ه');
  writeFileSync(join(root, 'elsewhere', 'f.txt'), 'و');
  // loops: a link to a parent, a link to the root of the walk by absolute path, a link to itself
  symlinkSync('..', join(root, 'news', 'world', 'deep', 'up'));
  symlinkSync(join(root, 'news'), join(root, 'news', 'world', 'again'));
  symlinkSync('self', join(root, 'news', 'self'));
  // a link to a folder outside the walk is followed
  symlinkSync(join(root, 'elsewhere'), join(root, 'news', 'linked'));
  // a broken link
  symlinkSync(join(root, 'missing'), join(root, 'news', 'zz-broken'));
});

async function all(args: string[], include: string[] = [], exclude: string[] = []): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of expandInputs(args, { include, exclude, cwd: root })) out.push(item);
  return out;
}

const files = (items: InputItem[]) => items.filter((i) => i.kind === 'file').map((i) => i.path);

describe('expandInputs', () => {
  it('walks recursively in name order, follows links, enters each folder once and ends on loops', async () => {
    const items = await all(['news']);
    expect(files(items)).toEqual([join('news', 'a.txt'), join('news', 'linked', 'f.txt'), join('news', 'world', 'c.txt'), join('news', 'world', 'deep', 'd.txt')]);
    const problems = items.filter((i) => i.kind === 'problem').map((i) => i.path);
    // the self link and the broken link are reported, the loops through folders are skipped
    expect(problems).toEqual([join('news', 'self'), join('news', 'zz-broken')]);
  });

  it('--include and --exclude globs (a pattern without a slash matches a base name anywhere)', async () => {
    expect(files(await all(['news'], ['*.md']))).toEqual([join('news', 'b.md')]);
    expect(files(await all(['news'], [], ['world']))).toEqual([join('news', 'a.txt'), join('news', 'linked', 'f.txt')]);
    expect(files(await all(['news'], ['*.txt', '*.md'], ['deep', 'linked']))).toEqual([join('news', 'a.txt'), join('news', 'b.md'), join('news', 'world', 'c.txt')]);
  });

  it('a glob argument lists each file once, by its shortest path, even through link loops', async () => {
    const got = files(await all(['news/**/*.txt']));
    expect(got).toEqual(['news/a.txt', 'news/linked/f.txt', 'news/world/c.txt', 'news/world/deep/d.txt']);
  });

  it('a folder given twice is walked twice (as asked); a missing path and an empty glob are problems', async () => {
    const items = await all(['news/world', 'news/world', 'nope.txt', 'none/*.txt']);
    const once = [
      join('news', 'world', 'again', 'a.txt'),
      join('news', 'world', 'again', 'linked', 'f.txt'),
      join('news', 'world', 'c.txt'),
      join('news', 'world', 'deep', 'd.txt'),
    ];
    expect(files(items)).toEqual([...once, ...once]);
    // each walk also meets the self link and the broken link (through again/)
    const problems = items.filter((i) => i.kind === 'problem').map((p) => `${p.path} ${(p as { code: string }).code}`);
    expect(problems.slice(-2)).toEqual(['nope.txt ENOENT', 'none/*.txt ENOMATCH']);
    expect(problems.slice(0, -2)).toEqual([
      `${join('news', 'world', 'again', 'self')} ELOOP`,
      `${join('news', 'world', 'again', 'zz-broken')} ENOENT`,
      `${join('news', 'world', 'again', 'self')} ELOOP`,
      `${join('news', 'world', 'again', 'zz-broken')} ENOENT`,
    ]);
  });

  it('- is standard input; a plain file is taken whatever its extension', async () => {
    const items = await all(['-', 'news/b.md']);
    expect(items).toEqual([{ kind: 'stdin', path: '-' }, { kind: 'file', path: 'news/b.md' }]);
  });
});

describe('parsePathList', () => {
  it('one path per line, CRLF too, blank lines and surrounding spaces ignored', () => {
    expect(parsePathList('a.txt\r\n\n  b c.txt  \n\n')).toEqual(['a.txt', 'b c.txt']);
  });
});
