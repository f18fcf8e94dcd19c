/**
 * The command-line program: main(argv, io) → exit code. bin/newsparse.js only calls this,
 * so the whole CLI runs in-process in tests with injected streams.
 */
import { Command, CommanderError, Option } from 'commander';
import { FORMATTERS } from '../format/index.js';
import { RULES, RULE_DESCRIPTIONS } from '../text/normalize.js';
import { SUPPORTED_ENCODINGS } from '../text/decode.js';
import { CSV_TABLES } from '../format/csv.js';
import { NAME, VERSION } from '../version.js';
import { EXIT_USAGE, UsageError, describeError } from './errors.js';
import type { IO } from './io.js';
import { runAnalyze } from './analyze.js';
import { runNormalize } from './normalize.js';
import { runTokens } from './tokens.js';
import {
  checkEncoding,
  checkFormat,
  checkTables,
  normalizeRuleFlags,
  parseList,
  parsePositiveInt,
} from './settings.js';

const collect = (v: string, prev: string[] = []) => [...prev, v];

function examples(lines: string[]): string {
  return '\nExamples:\n' + lines.map((l) => `  ${l}`).join('\n') + '\n';
}

const RULES_HELP = RULES.map((r) => `  ${r.padEnd(13)} ${RULE_DESCRIPTIONS[r]}`).join('\n');

function addNormalizeOptions(cmd: Command): Command {
  return cmd
    .option('--keep <rules>', 'normalization rules to turn off (comma list), e.g. harakat,alef', collect)
    .option('--only <rules>', 'apply only these normalization rules (comma list)', collect)
    .option('--enable <rules>', 'turn on rules that are off by default, e.g. tehMarbuta', collect);
}

export function buildProgram(io: IO, setExit: (code: number) => void): Command {
  const program = new Command();
  const write = (stream: NodeJS.WritableStream) => (s: string) => void stream.write(s);
  program
    .name(NAME)
    .description('Arabic news text analysis: normalize, tokenize, count, and (as the stages land) find entities and quotations.')
    .version(VERSION, '-V, --version', 'print the version')
    .option('--debug', 'print stack traces for unexpected errors')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: write(io.stdout), writeErr: write(io.stderr) })
    .exitOverride()
    .addHelpText(
      'after',
      examples([
        'newsparse analyze article.txt',
        'newsparse analyze corpus/ --format json > corpus.json',
        'cat article.txt | newsparse normalize -',
        'newsparse tokens article.txt --format json',
      ]),
    );

  const analyze = program
    .command('analyze')
    .description('analyze news files: header, frequency tables, entities and quotes')
    .argument('[inputs...]', 'files, folders (walked recursively), glob patterns, or - for standard input')
    .addOption(
      new Option('-f, --format <name>', 'output format: ' + Object.entries(FORMATTERS).map(([k, f]) => `${k} — ${f.description}`).join('; ')).default('table'),
    )
    .option('-n, --top <N>', 'rows per frequency table', '20')
    .option('--table <name>', `csv: table(s) to write (${CSV_TABLES.join(', ')}); repeatable`, collect)
    .option('--per-file', 'print every file\'s own tables (default: when 2–20 files)')
    .option('--no-per-file', 'print only the overview and the corpus summary')
    .option('--tokens', 'include tokens in json/ndjson output (large)')
    .option('--sentences', 'include sentence spans in json/ndjson output')
    .option('--text', 'include the decoded text in json/ndjson output')
    .option('-e, --encoding <name>', `input encoding instead of detecting it (${SUPPORTED_ENCODINGS.join(', ')})`)
    .option('--stopwords', 'keep stopwords in the tables')
    .option('--include <glob>', 'when walking folders, analyze files matching this glob (default *.txt); repeatable', collect)
    .option('--exclude <glob>', 'skip files and folders matching this glob; repeatable', collect)
    .option('--files-from <file>', 'read input paths, one per line, from a file or - (standard input)')
    .option('--fail-fast', 'stop at the first input that fails')
    .option('--color', 'force colors in table output')
    .option('--no-color', 'no colors (also NO_COLOR=1)');
  addNormalizeOptions(analyze)
    .addHelpText(
      'after',
      examples([
        'newsparse analyze article.txt                   # tables for people',
        'newsparse analyze corpus/ --top 10              # every .txt under corpus/, plus a corpus summary',
        'newsparse analyze a.txt b.txt --format json | jq ".documents[0].stats"',
        'newsparse analyze corpus/ --format ndjson | head -1',
        'newsparse analyze corpus/ --format csv --table words > words.csv',
        'cat article.txt | newsparse analyze -',
        'newsparse analyze old.txt --encoding windows-1256',
      ]),
    )
    .action(async (inputs: string[], o) => {
      const format = checkFormat(o.format);
      setExit(
        await runAnalyze(
          {
            inputs,
            filesFrom: o.filesFrom,
            include: parseList(o.include),
            exclude: parseList(o.exclude),
            format,
            top: parsePositiveInt(o.top, '--top'),
            tables: checkTables(o.table, format),
            perFile: o.perFile === undefined ? 'auto' : Boolean(o.perFile),
            tokens: Boolean(o.tokens),
            sentences: Boolean(o.sentences),
            text: Boolean(o.text),
            encoding: checkEncoding(o.encoding),
            keepStopwords: Boolean(o.stopwords),
            normalize: normalizeRuleFlags(o),
            color: o.color,
            failFast: Boolean(o.failFast),
          },
          io,
        ),
      );
    });

  const normalize = program
    .command('normalize')
    .description('write the normalized text of a file (or standard input) to standard output')
    .argument('[file]', 'a file, or - for standard input', '-')
    .option('-e, --encoding <name>', 'input encoding instead of detecting it');
  addNormalizeOptions(normalize)
    .addHelpText('after', `\nRules (all on by default except tehMarbuta):\n${RULES_HELP}\n` +
      examples([
        'newsparse normalize article.txt',
        'echo "مُحَمَّدٌ فِي الدَّوْحَةِ" | newsparse normalize',
        'newsparse normalize article.txt --keep harakat     # keep diacritics',
        'newsparse normalize article.txt --only digits      # only Arabic-Indic digits → ASCII',
        'newsparse normalize article.txt --enable tehMarbuta',
      ]))
    .action(async (file: string, o) => {
      setExit(await runNormalize({ file, encoding: checkEncoding(o.encoding), rules: normalizeRuleFlags(o) }, io));
    });

  const tokens = program
    .command('tokens')
    .description('list the tokens of a file: offsets (code points), kind, text, normalized form')
    .argument('[file]', 'a file, or - for standard input', '-')
    .addOption(new Option('-f, --format <name>', 'tsv (one token per line), json or ndjson').choices(['tsv', 'json', 'ndjson']).default('tsv'))
    .option('-e, --encoding <name>', 'input encoding instead of detecting it');
  addNormalizeOptions(tokens)
    .addHelpText('after', examples([
      'newsparse tokens article.txt',
      'newsparse tokens article.txt --format json | jq ".tokens[] | select(.kind==\\"hashtag\\")"',
      'echo "قال الوزير: «لا تراجع»" | newsparse tokens -',
    ]))
    .action(async (file: string, o) => {
      setExit(await runTokens({ file, format: o.format, encoding: checkEncoding(o.encoding), rules: normalizeRuleFlags(o) }, io));
    });

  return program;
}

export async function main(argv: string[], io: IO): Promise<number> {
  let exit = 0;
  const program = buildProgram(io, (code) => {
    exit = code;
  });
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv);
    return exit;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version exit 0; commander has already printed its message
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return EXIT_USAGE;
    }
    if (err instanceof UsageError) {
      io.stderr.write(`newsparse: ${err.message}\n(run with --help for usage)\n`);
      return EXIT_USAGE;
    }
    const { message } = describeError(err);
    io.stderr.write(debug && err instanceof Error && err.stack ? `${err.stack}\n` : `newsparse: internal error: ${message} (run with --debug for details)\n`);
    return 1;
  }
}
