import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { compareSides } from '../agreement/compare';
import { REPORT_FORMATS, formatReport, type ReportFormat } from '../agreement/format';
import type { AgreementSide } from '../agreement/types';
import { STORE_DIR } from '../annotations';
import { writeFileAtomic } from '../annotations/atomicFile';
import { readExportSide } from '../agreementSources/exportSide';
import { parseCommandLine, usageError } from './commandLine';
import { outputFileProblem } from './outputFile';
import { readStoreSide, storeAnnotators, storeSources, withoutUnannotated } from '../agreementSources/storeSide';
import { counted } from '../protocol/plural';

export const AGREE_USAGE = `usage: byline agree <A> <B> [--format table|json|markdown] [--out FILE]
       byline agree <store> --annotators alice,bob

Measures how far two annotation sets agree, A being the reference: per layer (claims, quotes and speaker
corrections, dates, boilerplate) and per label, exact and overlap span F1, spans only one side marked, Cohen's kappa
of labels and of verdicts/values over matched spans, attribution agreement (same claimant or speaker) and
Krippendorff's unitized alpha (uα). Texts are matched by SHA-256: a text that changed, or that one side lacks, is
reported and never compared. See docs/agreement.md.

A and B are both either
  a workspace folder holding .byline/ (or the .byline folder itself): the annotators' own work — claims and
      corrections — each re-anchored in the texts beside its store;
  a native export (corpus.jsonl, or the folder holding it): the whole exported corpus, automatic spans included.

options:
  --annotators A,B      compare two annotators (creator names) of one store; with two stores, A's first annotator
                        against B's second
  --format, -f FORMAT   table (default), markdown or json (every figure, and each disagreement with its spans)
  --out, -o FILE        write the report to FILE instead of standard output
  --help, -h            this help

exit codes: 0 every text compared, 1 some texts not compared (changed, on one side only, or their annotations
unreadable; the others are), 2 usage or input error.
`;

type Location = { kind: 'store'; root: string } | { kind: 'export'; file: string };

export async function agreeCommand(args: string[]): Promise<number> {
  const parsed = parseCommandLine(
    {
      name: 'agree',
      usage: AGREE_USAGE,
      options: {
        annotators: { type: 'string' },
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
      },
    },
    args,
  );
  if (typeof parsed === 'number') {
    return parsed;
  }
  const { values, positionals } = parsed;
  const format = (values.format ?? 'table') as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) {
    return usageError('agree', `--format is one of ${REPORT_FORMATS.join(', ')}, not "${values.format}"`);
  }
  const annotators = values.annotators?.split(',').map((name) => name.trim());
  if (annotators && (annotators.length !== 2 || annotators.some((name) => name === ''))) {
    return usageError('agree', '--annotators takes two names separated by a comma, e.g. --annotators alice,bob');
  }
  const wanted = annotators ? [1, 2] : [2];
  if (!wanted.includes(positionals.length)) {
    return usageError('agree', annotators ? 'name one store (or two) with --annotators' : 'name two stores or two exports to compare');
  }
  const locations = positionals.map(locate);
  const unknown = locations.findIndex((location) => location === null);
  if (unknown >= 0) {
    return usageError('agree', `${positionals[unknown]} is neither a folder with ${STORE_DIR}/ nor a native export (corpus.jsonl)`);
  }
  const [first, second = first] = locations as Location[];
  if (first.kind !== second.kind) {
    return usageError('agree', 'compare two stores or two exports, not one of each (a store holds annotations, an export the whole corpus)');
  }
  if (annotators && first.kind !== 'store') {
    return usageError('agree', '--annotators needs a store: an export does not record who made each span');
  }
  const outProblem = values.out === undefined ? undefined : outputFileProblem(values.out, await inputFiles([first, second]));
  if (outProblem) {
    return usageError('agree', outProblem);
  }
  const warnings: string[] = [];
  const warn = (message: string): void => {
    warnings.push(message);
    process.stderr.write(`byline agree: ${message}\n`);
  };
  let sides: [AgreementSide, AgreementSide];
  if (first.kind === 'store' && second.kind === 'store') {
    const roots = [first.root, second.root];
    if (annotators) {
      for (const [index, name] of annotators.entries()) {
        const found = await storeAnnotators(roots[index]);
        if (!found.has(name)) {
          return usageError('agree', `no annotation by "${name}" in ${roots[index]}; its annotators: ${[...found.keys()].join(', ') || '(none)'}`);
        }
      }
    }
    const sources = await storeSources([...new Set(roots)]);
    const names = annotators ?? positionals;
    sides = [
      await readStoreSide({ root: roots[0], name: names[0], ...(annotators ? { annotator: annotators[0] } : {}) }, sources, warn),
      await readStoreSide({ root: roots[1], name: names[1], ...(annotators ? { annotator: annotators[1] } : {}) }, sources, warn),
    ];
    if (annotators) {
      sides = withoutUnannotated(sides);
    }
  } else {
    const files = [(first as { file: string }).file, (second as { file: string }).file];
    sides = [await readExportSide(files[0], files[0], warn), await readExportSide(files[1], files[1], warn)];
  }
  const report = compareSides(...sides);
  const output = formatReport(report, format);
  if (values.out) {
    await writeFileAtomic(values.out, output);
    process.stderr.write(`byline agree: ${counted(report.texts.length, 'text')} compared → ${values.out}\n`);
  } else {
    process.stdout.write(output);
  }
  return report.changed.length + report.onlyA.length + report.onlyB.length + warnings.length > 0 ? 1 : 0;
}

/** The files the comparison reads: the exports, or the texts each store annotates. */
async function inputFiles(locations: Location[]): Promise<string[]> {
  const files = await Promise.all(
    locations.map(async (location) =>
      location.kind === 'export' ? [location.file] : (await storeSources([location.root])).map((source) => path.join(location.root, source)),
    ),
  );
  return files.flat();
}

function locate(argument: string): Location | null {
  if (!existsSync(argument)) {
    return null;
  }
  const resolved = path.resolve(argument);
  if (statSync(resolved).isFile()) {
    return { kind: 'export', file: resolved };
  }
  if (path.basename(resolved) === STORE_DIR) {
    return { kind: 'store', root: path.dirname(resolved) };
  }
  if (existsSync(path.join(resolved, STORE_DIR))) {
    return { kind: 'store', root: resolved };
  }
  return existsSync(path.join(resolved, 'corpus.jsonl')) ? { kind: 'export', file: path.join(resolved, 'corpus.jsonl') } : null;
}
