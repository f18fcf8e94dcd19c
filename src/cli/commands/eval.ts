import { Option, type Command } from 'commander';
import { SUPPORTED_ENCODINGS } from '../../text/decode.js';
import type { IO } from '../io.js';
import { runEval } from '../eval.js';
import { loadGazetteers } from '../gazetteer.js';
import { collect, examples, type SetExit } from '../options.js';
import { checkEncoding, parseList, parsePositiveInt } from '../settings.js';

export function registerEval(program: Command, io: IO, setExit: SetExit): void {
  program
    .command('eval')
    .description('score the entity stage on a CoNLL/BIO file: precision, recall and F1 per type, exact and overlap')
    .requiredOption('--conll <file>', 'a CoNLL/BIO file ("token LABEL" per line, blank line between sentences), or - for standard input')
    .addOption(new Option('-f, --format <name>', 'table or json').choices(['table', 'json']).default('table'))
    .option('--show-errors <N>', 'print N example false positives and N false negatives in context', '0')
    .option('--chunk <N>', 'analyze N sentences at a time as separate documents, about one article each: CoNLL files have no article boundaries, and document-level linking must not carry names across articles; 0 = the whole file as one document', '20')
    .option('-e, --encoding <name>', `input encoding instead of detecting it (${SUPPORTED_ENCODINGS.join(', ')})`)
    .option('--gazetteer <file>', 'extra or overriding entities (JSON or TSV, see README); repeatable', collect)
    .option('--color', 'force colors in table output')
    .option('--no-color', 'no colors (also NO_COLOR=1)')
    .addHelpText(
      'after',
      '\nLabels: B-X / I-X / O with X in PERS, PER or PERSON; ORG; LOC, GPE or FAC (scored as LOC);\n' +
        'MISC and other types are read but not scored. Exact: same type and same tokens; overlap:\n' +
        'same type and at least one token in common (each gold entity matched once).\n' +
        examples([
          'newsparse eval --conll dev.conll',
          'newsparse eval --conll dev.conll --show-errors 20           # what to fix next',
          'newsparse eval --conll dev.conll --chunk 0                  # the whole file as one document',
          'newsparse eval --conll dev.conll --format json | jq ".exact.micro.f1"',
          'newsparse eval --conll dev.conll --gazetteer more-names.tsv',
        ]),
    )
    .action(async (o) => {
      setExit(
        await runEval(
          {
            conll: o.conll,
            format: o.format,
            encoding: checkEncoding(o.encoding),
            gazetteer: await loadGazetteers(parseList(o.gazetteer)),
            chunk: parsePositiveInt(o.chunk, '--chunk'),
            showErrors: parsePositiveInt(o.showErrors, '--show-errors'),
            color: o.color,
          },
          io,
        ),
      );
    });
}
