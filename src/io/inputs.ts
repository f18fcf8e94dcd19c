/**
 * Turning command-line arguments into a list of inputs: files, folders walked recursively,
 * glob patterns, '-' for stdin, and lists of paths (--files-from). Walking is separate from
 * processing and printing; a path that cannot be read becomes a problem record, never a crash.
 */
import { opendir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import { describeError } from '../cli/errors.js';

export interface InputFile {
  kind: 'file';
  /** path as given or found (relative paths stay relative to cwd) */
  path: string;
}
export interface InputStdin {
  kind: 'stdin';
  path: '-';
}
export interface InputProblem {
  kind: 'problem';
  path: string;
  code: string;
  message: string;
}
export type InputItem = InputFile | InputStdin | InputProblem;

export interface WalkOptions {
  /** glob patterns a file found by walking a folder must match (default: *.txt) */
  include: string[];
  /** glob patterns that exclude files and folders */
  exclude: string[];
  cwd: string;
}

export const DEFAULT_INCLUDE = ['*.txt'];

function matcher(patterns: string[]): (path: string) => boolean {
  if (patterns.length === 0) return () => false;
  // patterns without a slash match a file's base name anywhere (as in .gitignore)
  return picomatch(patterns, { basename: true, dot: true });
}

/**
 * Expands arguments into input items, in argument order; within a folder, entries are sorted
 * by name so runs are reproducible. Symbolic links are followed, but a folder already visited
 * (by its real path) is not entered again, so link loops end.
 */
export async function* expandInputs(args: readonly string[], options: WalkOptions): AsyncGenerator<InputItem> {
  const include = matcher(options.include.length ? options.include : DEFAULT_INCLUDE);
  const exclude = matcher(options.exclude);
  for (const arg of args) {
    if (arg === '-') {
      yield { kind: 'stdin', path: '-' };
      continue;
    }
    const abs = resolve(options.cwd, arg);
    let info;
    try {
      info = await stat(abs);
    } catch (err) {
      if (isDynamicPattern(arg)) {
        const found = await uniqueFiles(
          await glob(arg, { cwd: options.cwd, onlyFiles: true, dot: false, followSymbolicLinks: true }),
          options.cwd,
        );
        if (found.length === 0) yield { kind: 'problem', path: arg, code: 'ENOMATCH', message: 'no files match this pattern' };
        for (const f of found) if (!exclude(f)) yield { kind: 'file', path: f };
        continue;
      }
      const { code, message } = describeError(err);
      yield { kind: 'problem', path: arg, code, message };
      continue;
    }
    if (info.isDirectory()) {
      // folders already entered in this walk (by real path) are not entered again
      yield* walk(abs, arg, abs, include, exclude, new Set<string>());
    } else {
      yield { kind: 'file', path: arg };
    }
  }
}

async function* walk(
  absDir: string,
  shownDir: string,
  root: string,
  include: (p: string) => boolean,
  exclude: (p: string) => boolean,
  seen: Set<string>,
): AsyncGenerator<InputItem> {
  let real: string;
  try {
    real = await realpath(absDir);
  } catch (err) {
    const { code, message } = describeError(err);
    yield { kind: 'problem', path: shownDir, code, message };
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let names: { name: string; isDir: boolean; isLink: boolean }[];
  try {
    const dir = await opendir(absDir);
    names = [];
    for await (const d of dir) names.push({ name: d.name, isDir: d.isDirectory(), isLink: d.isSymbolicLink() });
  } catch (err) {
    const { code, message } = describeError(err);
    yield { kind: 'problem', path: shownDir, code, message };
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const abs = join(absDir, entry.name);
    const shown = join(shownDir, entry.name);
    const rel = relative(root, abs);
    if (exclude(rel)) continue;
    let isDir = entry.isDir;
    if (entry.isLink) {
      try {
        isDir = (await stat(abs)).isDirectory();
      } catch (err) {
        const { code, message } = describeError(err);
        yield { kind: 'problem', path: shown, code, message: `broken link: ${message}` };
        continue;
      }
    }
    if (isDir) {
      if (entry.name.startsWith('.')) continue;
      yield* walk(abs, shown, root, include, exclude, seen);
    } else if (include(rel)) {
      yield { kind: 'file', path: shown };
    }
  }
}

/**
 * Glob matches, sorted, each file once: through symbolic links a pattern can reach one file
 * by several paths (a link to a parent folder …); the shortest path is kept.
 */
async function uniqueFiles(found: string[], cwd: string): Promise<string[]> {
  const depth = (p: string) => p.split('/').length;
  const byPreference = [...found].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0));
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const f of byPreference) {
    let real: string;
    try {
      real = await realpath(resolve(cwd, f));
    } catch {
      real = resolve(cwd, f);
    }
    if (seen.has(real)) continue;
    seen.add(real);
    kept.push(f);
  }
  return kept.sort();
}

/** Reads a list of paths, one per line (blank lines and surrounding spaces ignored). */
export function parsePathList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
