import { Option, type Command } from 'commander';
import { SUPPORTED_ENCODINGS } from '../../text/decode.js';
import type { IO } from '../io.js';
import { runEntities } from '../entities.js';
import { loadGazetteers } from '../gazetteer.js';
import { addNormalizeOptions, collect, examples, type SetExit } from '../options.js';
import { checkEncoding, normalizeRuleFlags, parseList } from '../settings.js';

export function registerEntities(program: Command, io: IO, setExit: SetExit): void {
  const entities = program
    .command('entities')
    .description('list the named entities of a file: offsets (code points), type, id, labels, text')
    .argument('[file]', 'a file, or - for standard input', '-')
    .addOption(new Option('-f, --format <name>', 'tsv (one mention per line), json or ndjson').choices(['tsv', 'json', 'ndjson']).default('tsv'))
    .option('-e, --encoding <name>', `input encoding instead of detecting it (${SUPPORTED_ENCODINGS.join(', ')})`)
    .option('--gazetteer <file>', 'extra or overriding entities (JSON or TSV, see README); repeatable', collect);
  addNormalizeOptions(entities)
    .addHelpText(
      'after',
      '\nTSV columns: start, end, type (PERSON, ORG, GPE, LOC), entityId, label, labelEn, text.\n' +
        examples([
          'newsparse entities article.txt',
          'newsparse entities article.txt | cut -f3,5 | sort | uniq -c | sort -rn   # mentions per entity',
          'newsparse entities article.txt --format json | jq ".entities[] | select(.type==\\"PERSON\\")"',
          'echo "قال الرئيس الفرنسي إيمانويل ماكرون إن باريس مستعدة" | newsparse entities -',
          'newsparse entities old.txt --encoding windows-1256 --gazetteer local-names.tsv',
        ]),
    )
    .action(async (file: string, o) => {
      setExit(
        await runEntities(
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
