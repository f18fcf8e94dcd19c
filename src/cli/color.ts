import { Chalk, type ChalkInstance } from 'chalk';

/**
 * Color level for a stream: --color/--no-color first, then NO_COLOR (https://no-color.org)
 * and FORCE_COLOR, then whether the stream is a terminal.
 */
export function colorLevel(
  stream: { isTTY?: boolean },
  env: Record<string, string | undefined>,
  flag?: boolean,
): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (flag === true) return forced(env.FORCE_COLOR) || 1;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return forced(force);
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return /-256(color)?$/i.test(env.TERM ?? '') ? 2 : 1;
}

function forced(v: string | undefined): 0 | 1 | 2 | 3 {
  if (v === undefined) return 0;
  if (v === '' || v === 'true' || v === '1') return 1;
  if (v === '2') return 2;
  if (v === '3') return 3;
  return 0;
}

export function makeChalk(level: 0 | 1 | 2 | 3): ChalkInstance {
  return new Chalk({ level });
}
