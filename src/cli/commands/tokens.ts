import { Option, type Command } from 'commander';
import type { IO } from '../io.js';
import { runTokens } from '../tokens.js';
import { addNormalizeOptions, examples, type SetExit } from '../options.js';
import { checkEncoding, normalizeRuleFlags } from '../settings.js';

export function registerTokens(program: Command, io: IO, setExit: SetExit): void {
  const tokens = program
    .command('tokens')
    .description('list the tokens of a file: offsets (code points), kind, text, normalized form')
    .argument('[file]', 'a file, or - for standard input', '-')
    .addOption(new Option('-f, --format <name>', 'tsv (one token per line), json or ndjson').choices(['tsv', 'json', 'ndjson']).default('tsv'))
    .option('-e, --encoding <name>', 'input encoding instead of detecting it');
  addNormalizeOptions(tokens)
    .addHelpText(
      'after',
      examples([
        'newsparse tokens article.txt',
        'newsparse tokens article.txt --format json | jq ".tokens[] | select(.kind==\\"hashtag\\")"',
        'echo "قال الوزير: «لا تراجع»" | newsparse tokens -',
      ]),
    )
    .action(async (file: string, o) => {
      setExit(await runTokens({ file, format: o.format, encoding: checkEncoding(o.encoding), rules: normalizeRuleFlags(o) }, io));
    });
}
