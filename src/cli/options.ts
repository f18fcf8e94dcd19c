/**
 * Option helpers shared by the commands.
 */
import type { Command } from 'commander';

export const collect = (v: string, prev: string[] = []) => [...prev, v];

export function examples(lines: string[]): string {
  return '\nExamples:\n' + lines.map((l) => `  ${l}`).join('\n') + '\n';
}

export function addNormalizeOptions(cmd: Command): Command {
  return cmd
    .option('--keep <rules>', 'normalization rules to turn off (comma list), e.g. harakat,alef', collect)
    .option('--only <rules>', 'apply only these normalization rules (comma list)', collect)
    .option('--enable <rules>', 'turn on rules that are off by default, e.g. tehMarbuta', collect);
}

/** What a command's action reports back to main(): its exit code. */
export type SetExit = (code: number) => void;
