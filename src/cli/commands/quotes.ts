import { Option, type Command } from 'commander';
import { SUPPORTED_ENCODINGS } from '../../text/decode.js';
import type { IO } from '../io.js';
import { runQuotes } from '../quotes.js';
import { loadGazetteers } from '../gazetteer.js';
import { addNormalizeOptions, collect, examples, type SetExit } from '../options.js';
import { checkEncoding, normalizeRuleFlags, parseList } from '../settings.js';

export function registerQuotes(program: Command, io: IO, setExit: SetExit): void {
  const quotes = program
    .command('quotes')
    .description('list the quotations of a file: kind, cue, speaker, source type, text')
    .argument('[file]', 'a file, or - for standard input', '-')
    .addOption(new Option('-f, --format <name>', 'tsv (one quote per line), json or ndjson').choices(['tsv', 'json', 'ndjson']).default('tsv'))
    .option('-e, --encoding <name>', `input encoding instead of detecting it (${SUPPORTED_ENCODINGS.join(', ')})`)
    .option('--gazetteer <file>', 'extra or overriding entities (JSON or TSV, see README); repeatable', collect);
  addNormalizeOptions(quotes)
    .addHelpText(
      'after',
      '\nTSV columns: start, end, kind (direct, indirect), cue, cueClass, speaker, sourceType\n' +
        '(named, anonymous, unattributed), speakerEntityId, via (who relayed it), text.\n' +
        examples([
          'newsparse quotes article.txt',
          'newsparse quotes article.txt | awk -F"\\t" \'$7=="anonymous"\'   # anonymous sources only',
          'newsparse quotes article.txt --format json | jq ".sourcing"',
          'echo "قال الوزير: «لا تراجع عن القرار»" | newsparse quotes -',
          'newsparse quotes article.txt --format ndjson | jq -r ".speaker.text"',
        ]),
    )
    .action(async (file: string, o) => {
      setExit(
        await runQuotes(
          {
            file,
            format: o.format,
            encoding: checkEncoding(o.encoding),
            rules: normalizeRuleFlags(o),
            gazetteer: await loadGazetteers(parseList(o.gazetteer)),
          },
          io,
        ),
      );
    });
}
