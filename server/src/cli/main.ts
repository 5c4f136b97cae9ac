import { parseArgs } from 'node:util';
import { parseGivenDate } from '../core/givenDate';
import { agreeCommand } from './agreeCommand';
import { ANALYZE_USAGE, analyzeCommand, LOCALE } from './analyzeCommand';
import { exportCommand } from './exportCommand';
import { hydrateCommand } from './hydrateCommand';

const USAGE = `usage: byline <command> [options]

commands:
  analyze <files|dirs|-...>   analyse article text files; "-" reads JSONL documents {"id","text"} from stdin
  export <files|dirs...>      export the annotated corpus: --format jsonl,webanno,brat,conll,spans,claimreview,standoff --out DIR
  hydrate <standoff>          rebuild a corpus from a text-free standoff and your copies: --texts DIR --out DIR
  agree <A> <B>               agreement between two stores or two exports (or two annotators: --annotators a,b)

  byline <command> --help     help for one command
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
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
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        jsonl: { type: 'boolean' },
        out: { type: 'string' },
        jobs: { type: 'string' },
        published: { type: 'string' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      process.stdout.write(ANALYZE_USAGE);
      return 0;
    }
    if (positionals.length === 0) {
      process.stderr.write('byline analyze: name at least one file or directory, or "-" for stdin\n');
      return 2;
    }
    const jobsSetting = values.jobs ?? process.env.BYLINE_JOBS;
    const jobs = jobsSetting === undefined ? 1 : Number(jobsSetting);
    if (!Number.isInteger(jobs) || jobs < 1) {
      process.stderr.write(`byline analyze: --jobs takes a whole number ≥ 1, not "${jobsSetting}"\n`);
      return 2;
    }
    if (values.published !== undefined) {
      try {
        parseGivenDate(values.published);
      } catch (error) {
        process.stderr.write(`byline analyze: --published: ${error instanceof Error ? error.message : String(error)}\n`);
        return 2;
      }
    }
    if (values.locale !== undefined && !LOCALE.test(values.locale)) {
      process.stderr.write(`byline analyze: --locale takes a language tag such as en-GB or en-US, not "${values.locale}"\n`);
      return 2;
    }
    return analyzeCommand({ inputs: positionals, jsonl: values.jsonl ?? false, out: values.out, jobs, published: values.published, locale: values.locale });
  }
  process.stderr.write(`byline: unknown command "${command}"\n\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`byline: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof TypeError && /argument|option/i.test(error.message) ? 2 : 1;
  },
);
