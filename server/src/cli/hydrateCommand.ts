import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DestinationError } from '../export/destination';
import { FORMAT_NAMES, parseFormats, type FormatName } from '../export/formats';
import { DEFAULT_EXPORT_OPTIONS } from '../export/options';
import { runHydrate } from '../export/runHydrate';
import { UnsafePathError } from '../export/safeNames';
import { MAX_FILE_SIZE_HELP, maxFileSizeOption, messageOf, parseCommandLine, usageError } from './commandLine';
import type { SizeLimit } from '../corpus';
import { counted } from '../protocol/plural';
import { Progress } from './progress';

export const HYDRATE_USAGE = `usage: byline hydrate <standoff.jsonl|export dir> --texts <dir> --out <dir> [--format <fmt>[,<fmt>...]]

Rebuilds a full corpus from a text-free standoff export and your own copies of the articles. A document whose
text is missing or no longer matches the annotated text (SHA-256) is refused and reported, never guessed.

options:
  --texts DIR           folder with the article texts (matched by relative path, then by file name)
  --out, -o DIR         destination folder; must not exist or be empty, nor hold the standoff or the texts
  --format, -f LIST     formats to write (default jsonl): ${FORMAT_NAMES.filter((name) => name !== 'standoff').join(', ')}
  --overwrite           replace an earlier Byline export in --out (only the files its byline-export.json lists)
  ${MAX_FILE_SIZE_HELP.replace('skip (with a message; exit 1) any file', 'refuse any text')}
  --help, -h            this help

exit codes: 0 every document rebuilt, 1 some documents refused (the others are written), 2 usage or input error.
`;

export async function hydrateCommand(args: string[]): Promise<number> {
  const parsed = parseCommandLine(
    {
      name: 'hydrate',
      usage: HYDRATE_USAGE,
      options: {
        texts: { type: 'string' },
        out: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f' },
        overwrite: { type: 'boolean' },
        'max-file-size': { type: 'string' },
      },
      positionals: { min: 1, max: 1, otherwise: 'name exactly one standoff file (or export folder)' },
    },
    args,
  );
  if (typeof parsed === 'number') {
    return parsed;
  }
  const { values, positionals } = parsed;
  if (!values.texts || !values.out) {
    return usageError('hydrate', '--texts <dir> and --out <dir> are required');
  }
  const standoff = existsSync(positionals[0]) && statSync(positionals[0]).isDirectory() ? join(positionals[0], 'standoff.jsonl') : positionals[0];
  if (!existsSync(standoff)) {
    return usageError('hydrate', `no standoff export at ${standoff} (write one with byline export --format standoff)`);
  }
  if (!existsSync(values.texts)) {
    return usageError('hydrate', `cannot read ${values.texts}`);
  }
  let formats: FormatName[];
  let limit: SizeLimit;
  try {
    formats = parseFormats(values.format ?? 'jsonl');
    limit = maxFileSizeOption(values['max-file-size']);
  } catch (error) {
    return usageError('hydrate', messageOf(error));
  }
  const progress = new Progress(undefined, 'hydrated');
  try {
    const summary = await runHydrate({
      standoff: positionals[0],
      texts: values.texts,
      out: values.out,
      formats,
      options: { ...DEFAULT_EXPORT_OPTIONS, limit },
      overwrite: values.overwrite ?? false,
      onDocument: () => progress.tick(),
    });
    progress.done();
    if (summary.records === 0) {
      return usageError('hydrate', `${positionals[0]} holds no byline-standoff records (write one with byline export --format standoff); nothing was written`);
    }
    for (const refusal of summary.refused) {
      process.stderr.write(`byline hydrate: refused ${refusal.id}${refusal.path ? ` (${refusal.path})` : ''}: ${refusal.reason}\n`);
    }
    if (summary.out === null) {
      process.stderr.write(`byline hydrate: no document could be rebuilt (${summary.refused.length} refused, listed above); nothing was written\n`);
      return 1;
    }
    process.stderr.write(
      `byline hydrate: ${counted(summary.documents, 'document')} rebuilt → ${summary.out}` +
        `${summary.refused.length ? `; ${summary.refused.length} refused (listed above)` : ''}\n`,
    );
    return summary.refused.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof DestinationError || error instanceof UnsafePathError) {
      return usageError('hydrate', error.message);
    }
    throw error;
  }
}
