import { join } from 'node:path';
import { DestinationError } from '../export/destination';
import { FORMAT_DESCRIPTIONS, FORMAT_NAMES, parseFormats, type FormatName } from '../export/formats';
import { DEFAULT_EXPORT_OPTIONS, LAYERS, parseLayers, type ExportOptions } from '../export/options';
import { collectInputs, runExport, type ExportInput } from '../export/runExport';
import { UnsafePathError } from '../export/safeNames';
import { StoreAnnotationLoader } from '../export/storeAnnotations';
import { describeArticleExtensions, InputError } from '../corpus';
import { usefulWorkers } from '../pool';
import { checkPublished, jobsOption, MAX_FILE_SIZE_HELP, maxFileSizeOption, messageOf, parseCommandLine, usageError } from './commandLine';
import { counted } from '../protocol/plural';
import { speakerCount } from './speakerCount';
import { Progress, skippedAndFailed } from './progress';

export const EXPORT_USAGE = `usage: byline export <files|dirs...> --format <fmt>[,<fmt>...] --out <dir> [options]

Exports the automatic analysis plus the claims and corrections stored in .byline/ (corrections win).
Offsets in every format are Unicode code points over the exported text.

formats:
${FORMAT_NAMES.map((name) => `  ${name.padEnd(12)} ${FORMAT_DESCRIPTIONS[name]}`).join('\n')}

options:
  --format, -f LIST     comma-separated formats (default jsonl)
  --out, -o DIR         destination folder; must not exist or be empty (it appears only when the export succeeds);
                        never an input folder, nor one that holds or lies inside an input folder or a .byline/ store
  --overwrite           replace an earlier Byline export in --out: exactly the files its byline-export.json lists
                        are removed, nothing else (any other non-empty folder is refused)
  --drop-boilerplate    leave boilerplate text out of the exported text (offsets refer to the shortened text)
  --no-automatic        only corrected and manual (claim) annotations, no purely automatic ones
  --labels LIST         layers to export: ${LAYERS.join(',')} or all (default all)
  --claim-labels        span formats label claims by their own label (e.g. Opinion) instead of Claim
  --no-store            ignore the .byline/ annotation store
  --published DATE      publication date to resolve relative dates against, for every named file (YYYY-MM-DD,
                        an ISO date-time, YYYY-MM or YYYY); beats a date printed on the page and .byline/
  --jobs N              analyse on up to N worker threads, one core left free (default 1, or $BYLINE_JOBS); same output
  ${MAX_FILE_SIZE_HELP}
  --help, -h            this help

exit codes: 0 all documents exported, 1 some documents failed or were skipped (the others are exported), 2 usage or input error.
`;

/** `byline export`: returns the process exit code. */
export async function exportCommand(args: string[]): Promise<number> {
  const parsed = parseCommandLine(
    {
      name: 'export',
      usage: EXPORT_USAGE,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        overwrite: { type: 'boolean' },
        'drop-boilerplate': { type: 'boolean' },
        'no-automatic': { type: 'boolean' },
        labels: { type: 'string' },
        'claim-labels': { type: 'boolean' },
        'no-store': { type: 'boolean' },
        jobs: { type: 'string' },
        published: { type: 'string' },
        'max-file-size': { type: 'string' },
      },
      positionals: { min: 1, otherwise: 'name at least one article file or folder' },
    },
    args,
  );
  if (typeof parsed === 'number') {
    return parsed;
  }
  const { values, positionals } = parsed;
  if (!values.out) {
    return usageError('export', '--out <dir> is required');
  }
  let formats: FormatName[];
  let options: ExportOptions;
  let inputs: ExportInput[];
  let jobs: number;
  try {
    formats = parseFormats(values.format ?? 'jsonl');
    checkPublished(values.published);
    options = {
      ...DEFAULT_EXPORT_OPTIONS,
      dropBoilerplate: values['drop-boilerplate'] ?? false,
      automatic: !values['no-automatic'],
      layers: values.labels ? parseLayers(values.labels) : DEFAULT_EXPORT_OPTIONS.layers,
      claimLabels: values['claim-labels'] ?? false,
      ...(values.published !== undefined ? { published: values.published } : {}),
      limit: maxFileSizeOption(values['max-file-size']),
    };
    inputs = collectInputs(positionals);
    jobs = jobsOption(values.jobs);
  } catch (error) {
    return usageError('export', messageOf(error));
  }
  if (inputs.length === 0) {
    return usageError('export', `no article files (${describeArticleExtensions()}) found in ${positionals.join(', ')}`);
  }

  const cancel = { isCancellationRequested: false };
  const onSignal = (): void => {
    cancel.isCancellationRequested = true;
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const progress = new Progress(inputs.length, 'exported');
  const warn = (message: string): void => progress.note(`byline export: ${message}`);
  const loader = values['no-store'] ? null : new StoreAnnotationLoader(warn);
  try {
    const summary = await runExport({
      sources: positionals,
      inputs,
      formats,
      options,
      out: values.out,
      overwrite: values.overwrite ?? false,
      token: cancel,
      jobs: usefulWorkers(jobs),
      // The bundled worker sits beside dist/cli.js.
      workerFile: join(__dirname, 'worker.js'),
      workerStore: !values['no-store'],
      onWarning: warn,
      onProgress: ({ done }) => {
        if (done > 0) {
          progress.tick();
        }
      },
      ...(loader ? { loadAnnotations: (input: ExportInput, text: string) => loader.load(input.path, text) } : {}),
    });
    const skipped = summary.failed.filter((failure) => failure.skipped).length;
    const failed = summary.failed.length - skipped;
    progress.done(failed, skipped);
    for (const failure of summary.failed) {
      process.stderr.write(`byline export: ${failure.error}\n`);
    }
    if (summary.cancelled) {
      process.stderr.write('byline export: cancelled; nothing was written\n');
      return 130;
    }
    if (summary.out === null) {
      process.stderr.write(`byline export: no document could be exported (${skippedAndFailed(skipped, failed)}; see above); nothing was written\n`);
      return 1;
    }
    process.stderr.write(
      `byline export: ${counted(summary.documents, 'document')} → ${summary.out} (${formats.join(', ')}): ${counted(summary.quotes, 'quote')}, ` +
        `${speakerCount(summary.speakers, summary.speakersMentionedOnly)}, ${counted(summary.dates, 'date')}, ${counted(summary.claims, 'claim')}, ` +
        `${counted(summary.orphans, 'orphaned annotation')} skipped` +
        `${skipped ? `, ${counted(skipped, 'document')} skipped` : ''}${failed ? `, ${counted(failed, 'document')} failed` : ''}\n`,
    );
    if (formats.includes('claimreview') && summary.claimsWithVerdict === 0) {
      process.stderr.write(
        `byline export: claimreview.jsonl is empty: ${summary.claims === 0 ? 'there are no claims' : summary.claims === 1 ? 'the one claim has no verdict' : `none of the ${summary.claims} claims has a verdict`}; ` +
          'ClaimReview needs a verdict (set one with Byline: Tag Claim or Edit Claim)\n',
      );
    }
    return summary.failed.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof DestinationError || error instanceof UnsafePathError || error instanceof InputError) {
      return usageError('export', error.message);
    }
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
