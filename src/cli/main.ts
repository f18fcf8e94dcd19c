/**
 * The command-line program: main(argv, io) → exit code. bin/newsparse.js only calls this,
 * so the whole CLI runs in-process in tests with injected streams. Each command lives in
 * src/cli/commands/ and registers itself on the program.
 */
import { Command, CommanderError } from 'commander';
import { NAME, VERSION } from '../version.js';
import { EXIT_USAGE, UsageError, describeError } from './errors.js';
import type { IO } from './io.js';
import { examples } from './options.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerNormalize } from './commands/normalize.js';
import { registerTokens } from './commands/tokens.js';
import { registerEntities } from './commands/entities.js';
import { registerQuotes } from './commands/quotes.js';
import { registerEval } from './commands/eval.js';
import { registerMerge } from './commands/merge.js';

const COMMANDS = [
  registerAnalyze,
  registerNormalize,
  registerTokens,
  registerEntities,
  registerQuotes,
  registerEval,
  registerMerge,
];

const quieted = new WeakSet<NodeJS.WritableStream>();

export function buildProgram(io: IO, setExit: (code: number) => void): Command {
  const program = new Command();
  // help and usage text: a reader that goes away (newsparse --help | head -1) ends it quietly
  const write = (stream: NodeJS.WritableStream) => {
    if (!quieted.has(stream)) {
      quieted.add(stream);
      stream.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
      });
    }
    return (s: string) => void stream.write(s);
  };
  program
    .name(NAME)
    .description('Arabic news text analysis: normalize, tokenize, count, find entities and quotations and who said them.')
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
  for (const register of COMMANDS) register(program, io, setExit);
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
