import { agreeCommand } from './agreeCommand';
import { ANALYZE_USAGE, analyzeCommand, LOCALE } from './analyzeCommand';
import { checkPublished, jobsOption, maxFileSizeOption, messageOf, parseCommandLine, usageError } from './commandLine';
import type { SizeLimit } from '../corpus';
import { exportCommand } from './exportCommand';
import { hydrateCommand } from './hydrateCommand';
import { BYLINE_VERSION } from '../version';

const USAGE = `usage: byline <command> [options]

commands:
  analyze <files|dirs|-...>   analyse article text files; "-" reads JSONL documents {"id","text"} from stdin
  export <files|dirs...>      export the annotated corpus: --format jsonl,webanno,brat,conll,spans,claimreview,standoff --out DIR
  hydrate <standoff>          rebuild a corpus from a text-free standoff and your copies: --texts DIR --out DIR
  agree <A> <B>               agreement between two stores or two exports (or two annotators: --annotators a,b)

  byline <command> --help     help for one command
  byline --version            the version of Byline
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-V') {
    process.stdout.write(`byline ${BYLINE_VERSION}\n`);
    return 0;
  }
  if (command === 'export') {
    return exportCommand(rest);
  }
  if (command === 'agree') {
    return agreeCommand(rest);
  }
  if (command === 'hydrate') {
    return hydrateCommand(rest);
  }
  if (command === 'analyze') {
    return analyzeMain(rest);
  }
  process.stderr.write(`byline: unknown command "${command}"\n\n${USAGE}`);
  return 2;
}

/** `byline analyze`: its command line checked here, the work in analyzeCommand. */
function analyzeMain(args: string[]): number | Promise<number> {
  const parsed = parseCommandLine(
    {
      name: 'analyze',
      usage: ANALYZE_USAGE,
      options: {
        jsonl: { type: 'boolean' },
        out: { type: 'string' },
        jobs: { type: 'string' },
        published: { type: 'string' },
        locale: { type: 'string' },
        'max-file-size': { type: 'string' },
      },
      positionals: { min: 1, otherwise: 'name at least one file or directory, or "-" for stdin' },
    },
    args,
  );
  if (typeof parsed === 'number') {
    return parsed;
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1 && positionals.includes('-')) {
    return usageError('analyze', '"-" (stdin) cannot be combined with files or folders: name either "-" alone or the files');
  }
  let jobs: number;
  let limit: SizeLimit;
  try {
    jobs = jobsOption(values.jobs);
    limit = maxFileSizeOption(values['max-file-size']);
    checkPublished(values.published);
  } catch (error) {
    return usageError('analyze', messageOf(error));
  }
  if (values.locale !== undefined && !LOCALE.test(values.locale)) {
    return usageError('analyze', `--locale takes a language tag such as en-GB or en-US, not "${values.locale}"`);
  }
  // A .jsonl file gets JSON lines, not the summary, even when --jsonl is left out.
  const jsonl = values.jsonl ?? /\.jsonl$/iu.test(values.out ?? '');
  return analyzeCommand({ inputs: positionals, jsonl, out: values.out, jobs, limit, published: values.published, locale: values.locale });
}

// A reader that stops early (`byline analyze corpus --jsonl | head`) closes the pipe: the rest of the output has
// nowhere to go, which is no error of ours, so Byline ends quietly as shell tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') {
    throw error;
  }
  process.exit(0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`byline: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof TypeError && /argument|option/i.test(error.message) ? 2 : 1;
  },
);
