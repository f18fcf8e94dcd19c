import { PassThrough } from 'node:stream';
import { main } from '../src/cli/main.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams. */
export async function runCli(args: string[], options: { stdin?: string | Uint8Array; env?: Record<string, string>; cwd?: string } = {}): Promise<RunResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  stdin.end(options.stdin ?? '');
  const code = await main(['node', 'newsparse', ...args], { stdout, stderr, stdin, env: options.env ?? {}, cwd: options.cwd });
  return { code, stdout: out, stderr: err };
}
