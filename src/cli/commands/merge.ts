import { Option, type Command } from 'commander';
import type { IO } from '../io.js';
import { runMerge } from '../merge.js';
import { examples, type SetExit } from '../options.js';
import { parsePositiveInt } from '../settings.js';

export function registerMerge(program: Command, io: IO, setExit: SetExit): void {
  program
    .command('merge')
    .description('combine partials from analyze --summary-only into the result of one run over all their inputs')
    .argument('[partials...]', 'partial files (JSON, or JSON lines holding partials), or - for standard input (the default)')
    .addOption(new Option('-f, --format <name>', 'json (one object) or ndjson (one line)').choices(['json', 'ndjson']).default('json'))
    .option('--summary', 'write the corpus summary (top rows, as analyze prints it) instead of the mergeable partial')
    .option('-n, --top <N>', 'rows per table with --summary', '20')
    .addHelpText(
      'after',
      examples([
        'newsparse analyze shard1/ --format json --summary-only > part1.json',
        'newsparse analyze shard2/ --format json --summary-only > part2.json',
        'newsparse merge part1.json part2.json > corpus.json      # same bytes as one run over both shards',
        'newsparse merge part*.json --summary --top 10',
        'cat parts/*.ndjson | newsparse merge - --format ndjson  # a reducer: partial lines in, one out',
      ]),
    )
    .action(async (inputs: string[], o) => {
      setExit(await runMerge({ inputs, format: o.format, summary: Boolean(o.summary), top: parsePositiveInt(o.top, '--top') }, io));
    });
}
