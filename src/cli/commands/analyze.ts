import { Option, type Command } from 'commander';
import { FORMATTERS } from '../../format/index.js';
import { SUPPORTED_ENCODINGS } from '../../text/decode.js';
import { CSV_TABLES } from '../../format/csv.js';
import type { IO } from '../io.js';
import { runAnalyze } from '../analyze.js';
import { addNormalizeOptions, collect, examples, type SetExit } from '../options.js';
import { loadGazetteers } from '../gazetteer.js';
import { UsageError } from '../errors.js';
import { checkEncoding, checkFormat, checkTables, normalizeRuleFlags, parseList, parsePositiveInt } from '../settings.js';

function parseJobs(v: string): number {
  const n = parsePositiveInt(v, '--jobs');
  if (n < 1) throw new UsageError('--jobs: expected at least 1');
  return n;
}

export function registerAnalyze(program: Command, io: IO, setExit: SetExit): void {
  const analyze = program
    .command('analyze')
    .description('analyze news files: header, frequency tables, entities and quotes')
    .argument('[inputs...]', 'files, folders (walked recursively), glob patterns, or - for standard input')
    .addOption(
      new Option('-f, --format <name>', 'output format: ' + Object.entries(FORMATTERS).map(([k, f]) => `${k} — ${f.description}`).join('; ')).default('table'),
    )
    .option('-n, --top <N>', 'rows per table', '20')
    .option('--table <name>', `csv: table(s) to write (${CSV_TABLES.join(', ')}); repeatable`, collect)
    .option('--per-file', "print every file's own tables (default: when 2–20 files)")
    .option('--no-per-file', 'print only the overview and the corpus summary')
    .option('--tokens', 'include tokens in json/ndjson output (large)')
    .option('--sentences', 'include sentence spans in json/ndjson output')
    .option('--text', 'include the decoded text in json/ndjson output')
    .option('-e, --encoding <name>', `input encoding instead of detecting it (${SUPPORTED_ENCODINGS.join(', ')})`)
    .option('--stopwords', 'keep stopwords in the tables')
    .option('--gazetteer <file>', 'extra or overriding entities (JSON or TSV, see README); repeatable', collect)
    .option('--include <glob>', 'when walking folders, analyze files matching this glob (default *.txt); repeatable', collect)
    .option('--exclude <glob>', 'skip files and folders matching this glob; repeatable', collect)
    .option('--files-from <file>', 'read input paths, one per line, from a file or - (standard input)')
    .option('--fail-fast', 'stop at the first input that fails')
    .option('-j, --jobs <N>', 'worker threads (default: one per core, for inputs of 2 MB or more)')
    .option('--unordered', 'write each document as soon as it is ready, not in input order')
    .option('-q, --quiet', 'no progress bar (it shows only when standard error is a terminal)')
    .option('--summary-only', 'write only the mergeable corpus partial (json or ndjson; see newsparse merge)')
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
        'newsparse analyze corpus/ --jobs 4 --format ndjson > docs.ndjson',
        'find shard1 -name "*.txt" | newsparse analyze --files-from - --format json --summary-only > part1.json',
        'newsparse merge part*.json > corpus.json',
        'newsparse merge part*.json --summary --top 10   # the corpus summary, as analyze --format json writes it',
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
            gazetteer: await loadGazetteers(parseList(o.gazetteer)),
            color: o.color,
            failFast: Boolean(o.failFast),
            jobs: o.jobs === undefined ? undefined : parseJobs(o.jobs),
            unordered: Boolean(o.unordered),
            quiet: Boolean(o.quiet),
            summaryOnly: Boolean(o.summaryOnly),
          },
          io,
        ),
      );
    });
}
