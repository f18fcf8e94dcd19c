/**
 * Known errors print one friendly line; anything else is a bug and prints a stack trace only
 * with --debug. Exit codes: 0 all good, 1 some inputs failed, 2 usage error.
 */
export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

/** Wrong flags, values or arguments: exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** One input could not be read or decoded: reported, processing goes on, exit 1 at the end. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly source: string,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A file-level error message from an unknown error: Node's fs errors carry a code. */
export function describeError(err: unknown): { code: string; message: string } {
  if (err && typeof err === 'object') {
    const e = err as { code?: unknown; message?: unknown; name?: unknown };
    const code = typeof e.code === 'string' ? e.code : typeof e.name === 'string' ? e.name : 'ERROR';
    const fsMessages: Record<string, string> = {
      ENOENT: 'no such file or directory',
      EACCES: 'permission denied',
      EISDIR: 'is a directory',
      EMFILE: 'too many open files',
      ELOOP: 'too many symbolic links (loop)',
      ENOTDIR: 'not a directory',
    };
    const message = fsMessages[code] ?? (typeof e.message === 'string' ? e.message : String(err));
    return { code, message };
  }
  return { code: 'ERROR', message: String(err) };
}
