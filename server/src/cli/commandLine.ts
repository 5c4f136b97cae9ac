/** What every `byline <command>` shares on its command line: parsing with --help, usage errors, --jobs. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseGivenDate } from '../core/givenDate';
import { MAX_ARTICLE_BYTES, type SizeLimit } from '../corpus';
import { defaultSettings } from '../protocol/settings';

/** Exit code of bad usage or input. */
export const BAD_USAGE = 2;

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
type Config<O extends OptionsConfig> = { args: string[]; allowPositionals: true; options: O & typeof HELP };
export type CommandLine<O extends OptionsConfig> = ReturnType<typeof parseArgs<Config<O>>>;

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Says what is wrong with the command line, and where its usage is; returns the exit code. */
export function usageError(command: string, message: string): number {
  process.stderr.write(`byline ${command}: ${message}\n(byline ${command} --help for usage)\n`);
  return BAD_USAGE;
}

export interface CommandSpec<O extends OptionsConfig> {
  /** As in `byline <name>`. */
  name: string;
  /** What --help prints. */
  usage: string;
  /** node:util parseArgs options; --help, -h is added. */
  options: O;
  /** How many files or folders the command takes, and what to say when that is not so. */
  positionals?: { min: number; max?: number; otherwise: string };
}

/**
 * The command's options and positionals; or, when there is nothing more to do, the exit code: 0 after printing the
 * usage for --help, 2 after saying what is wrong.
 */
export function parseCommandLine<O extends OptionsConfig>(spec: CommandSpec<O>, args: string[]): CommandLine<O> | number {
  let parsed: CommandLine<O>;
  try {
    parsed = parseArgs<Config<O>>({ args, allowPositionals: true, options: { ...spec.options, ...HELP } });
  } catch (error) {
    return usageError(spec.name, messageOf(error));
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(spec.usage);
    return 0;
  }
  const count = spec.positionals ? parsed.positionals.length : 0;
  if (spec.positionals && (count < spec.positionals.min || count > (spec.positionals.max ?? Infinity))) {
    return usageError(spec.name, spec.positionals.otherwise);
  }
  return parsed;
}

/** `--jobs N`, else $BYLINE_JOBS, else 1; throws a usage message when it is no whole number ≥ 1. */
export function jobsOption(value: string | undefined): number {
  const setting = value ?? process.env.BYLINE_JOBS;
  const jobs = setting === undefined ? 1 : Number(setting);
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw new Error(`--jobs takes a whole number ≥ 1, not "${setting}"`);
  }
  return jobs;
}

/** `--published DATE`, checked before any work so that a malformed date is a usage error. */
export function checkPublished(published: string | undefined): void {
  if (published === undefined) {
    return;
  }
  try {
    parseGivenDate(published);
  } catch (error) {
    throw new Error(`--published: ${messageOf(error)}`);
  }
}

/** The default of `--max-file-size`: the editor's `byline.maxFileSize`. */
export const DEFAULT_MAX_FILE_SIZE = defaultSettings.maxFileSize;
const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1e3, kb: 1e3, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9 };

/** What `--max-file-size` prints in --help. */
export const MAX_FILE_SIZE_HELP = `--max-file-size SIZE  skip (with a message; exit 1) any file larger than SIZE bytes (5000000, 5MB, 500kB;
                        default ${DEFAULT_MAX_FILE_SIZE}, as the editor's byline.maxFileSize; at most ${MAX_ARTICLE_BYTES})`;

/** `--max-file-size SIZE`: bytes, or with a decimal unit (kB, MB, GB); throws a usage message otherwise. */
export function maxFileSizeOption(value: string | undefined): SizeLimit {
  if (value === undefined) {
    return { bytes: DEFAULT_MAX_FILE_SIZE, setBy: '--max-file-size' };
  }
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?b?)$/iu.exec(value.trim());
  const bytes = match ? Math.floor(Number(match[1]) * (SIZE_UNITS[match[2].toLowerCase()] ?? NaN)) : NaN;
  if (!(bytes >= 1 && bytes <= MAX_ARTICLE_BYTES)) {
    throw new Error(`--max-file-size takes a size from 1 byte to ${MAX_ARTICLE_BYTES} bytes (5000000, 5MB, 500kB), not "${value}"`);
  }
  return { bytes, setBy: '--max-file-size' };
}
