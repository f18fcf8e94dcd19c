import type { Command } from 'commander';
import { RULES, RULE_DESCRIPTIONS } from '../../text/normalize.js';
import type { IO } from '../io.js';
import { runNormalize } from '../normalize.js';
import { addNormalizeOptions, examples, type SetExit } from '../options.js';
import { checkEncoding, normalizeRuleFlags } from '../settings.js';

const RULES_HELP = RULES.map((r) => `  ${r.padEnd(13)} ${RULE_DESCRIPTIONS[r]}`).join('\n');

export function registerNormalize(program: Command, io: IO, setExit: SetExit): void {
  const normalize = program
    .command('normalize')
    .description('write the normalized text of a file (or standard input) to standard output')
    .argument('[file]', 'a file, or - for standard input', '-')
    .option('-e, --encoding <name>', 'input encoding instead of detecting it');
  addNormalizeOptions(normalize)
    .addHelpText(
      'after',
      `\nRules (all on by default except tehMarbuta):\n${RULES_HELP}\n` +
        examples([
          'newsparse normalize article.txt',
          'echo "مُحَمَّدٌ فِي الدَّوْحَةِ" | newsparse normalize',
          'newsparse normalize article.txt --keep harakat     # keep diacritics',
          'newsparse normalize article.txt --only digits      # only Arabic-Indic digits → ASCII',
          'newsparse normalize article.txt --enable tehMarbuta',
        ]),
    )
    .action(async (file: string, o) => {
      setExit(await runNormalize({ file, encoding: checkEncoding(o.encoding), rules: normalizeRuleFlags(o) }, io));
    });
}
