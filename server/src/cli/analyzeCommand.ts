import { join } from 'node:path';
import { parseGivenDate } from '../core/givenDate';
import { corpusFromSnapshot, describeArticleExtensions, gatherArticleFiles, InputError, lineCorpusOf, snapshotOf, tooLargeMessage, type CorpusSnapshot, type SizeLimit } from '../corpus';
import { toAnalysisErrorRecord, type AnalysisRecord } from './analysisRecord';
import { CORPUS_SNAPSHOT, runAnalyzeTask, type AnalyzeResult, type AnalyzeTask, type PostedAnalyzeResult } from './analyzeTask';
import { inOrder, usefulWorkers, WorkerPool } from '../pool';
import type { WorkerJobs } from '../worker';
import { OutputFile, outputFileProblem } from './outputFile';
import { counted } from '../protocol/plural';
import { Progress } from './progress';
import { speakerCount } from './speakerCount';
import { MAX_FILE_SIZE_HELP } from './commandLine';
import { linesAtMost } from './stdinLines';

export interface AnalyzeCommandOptions {
  inputs: string[];
  jsonl: boolean;
  out?: string;
  jobs?: number;
  /** Files, and stdin lines, larger than this are skipped with a message. */
  limit: SizeLimit;
  /** Publication date for every document (validated); a stdin line's own `published` field wins. */
  published?: string;
  /** Locale of every document's numeric dates; a stdin line's own `locale` field wins. */
  locale?: string;
}

export const ANALYZE_USAGE = `usage: byline analyze <files|dirs...> [options]
       byline analyze - --jsonl < documents.jsonl

Analyses news articles: quotes, speakers, dates, boilerplate, title, outlet, publication date. Prints a short
summary per article, or with --jsonl one JSON record per article (offsets in Unicode code points).
"-" reads JSONL documents from stdin, one {"id","text","published"?,"locale"?} object a line (published:
"YYYY-MM-DD" or an ISO date-time); a line that is not such a document is written as an error record
{"id","line","error"}.

options:
  --jsonl               one JSON record per document instead of the summary
  --published DATE      the publication date relative dates are resolved against (YYYY-MM-DD, an ISO date-time,
                        YYYY-MM or YYYY), for every named file; beats a date printed on the page and the one set
                        in .byline/metadata/ (a stdin line's own "published" field beats it)
  --locale TAG          the language tag numeric dates are written in (en-GB: 08/01/2008 is 8 January; en-US:
                        August 1); a stdin line's "locale" field, .byline/metadata/ otherwise
  --out FILE            write to FILE instead of stdout (a FILE ending in .jsonl gets the --jsonl records)
  --jobs N              spread documents over up to N worker threads, one core left free (default 1, or $BYLINE_JOBS)
  ${MAX_FILE_SIZE_HELP};
                        on stdin, a line larger than SIZE gives an error record
  --help, -h            this help

exit codes: 0 all analysed, 1 some documents failed or were skipped (the others are written), 2 usage or input
error (a missing file, no articles, empty stdin, a stdin line that is not a document).
`;

/** `byline analyze`: returns the process exit code (0 ok, 1 some documents failed or were skipped, 2 bad input). */
export async function analyzeCommand(options: AnalyzeCommandOptions): Promise<number> {
  const fromStdin = options.inputs.length === 1 && options.inputs[0] === '-';
  let files: string[] = [];
  if (!fromStdin) {
    try {
      files = gatherArticleFiles(options.inputs);
    } catch (error) {
      if (error instanceof InputError) {
        process.stderr.write(`byline: ${error.message}\n`);
        return 2;
      }
      throw error;
    }
    if (files.length === 0) {
      process.stderr.write(`byline: no article files (${describeArticleExtensions()}) found in ${options.inputs.join(', ')}\n`);
      return 2;
    }
  }
  const outputFile = options.out === undefined ? undefined : openOutput(options.out, files);
  if (typeof outputFile === 'string') {
    process.stderr.write(`byline analyze: ${outputFile}\n`);
    return 2;
  }
  try {
    return await analyzeInto(outputFile, files, fromStdin, options);
  } catch (error) {
    outputFile?.discard();
    throw error;
  }
}

function openOutput(out: string, inputs: readonly string[]): OutputFile | string {
  return outputFileProblem(out, inputs) ?? OutputFile.open(out);
}

async function analyzeInto(outputFile: OutputFile | undefined, files: string[], fromStdin: boolean, options: AnalyzeCommandOptions): Promise<number> {
  const output: NodeJS.WritableStream = outputFile?.stream ?? process.stdout;
  const corpus = fromStdin || files.length < 2 ? undefined : snapshotOf(await lineCorpusOf(files, { limit: options.limit }));
  const tasks: AsyncIterable<AnalyzeTask> | Iterable<AnalyzeTask> = fromStdin
    ? readStdinTasks(options)
    : files.map((path, index) => ({ index, path, limit: options.limit, ...given(options.published, options.locale) }));
  const jobs = usefulWorkers(Math.min(options.jobs ?? 1, fromStdin ? Infinity : files.length));
  const results = jobs > 1 ? analyzeInPool(tasks, jobs, corpus) : analyzeInline(tasks, corpus);
  const progress = new Progress(fromStdin ? undefined : files.length);
  let failures = 0;
  let skipped = 0;
  let badInput = 0;
  let seen = 0;
  for await (const result of results) {
    progress.tick();
    seen++;
    if ('error' in result) {
      if (result.skipped) {
        skipped++;
      } else {
        failures++;
      }
      badInput += result.badInput ? 1 : 0;
      progress.note(`byline: ${result.source ? `stdin line ${result.source.line}: ` : ''}${result.error}`);
      if (result.source && options.jsonl) {
        output.write(JSON.stringify(toAnalysisErrorRecord(result.source, result.error)) + '\n');
      }
      continue;
    }
    if (result.warning) {
      progress.note(`byline: ${result.warning}`);
    }
    if (options.jsonl) {
      output.write(('json' in result ? result.json : JSON.stringify(result.record)) + '\n');
    } else {
      output.write(summarize('json' in result ? (JSON.parse(result.json) as AnalysisRecord) : result.record));
    }
  }
  progress.done(failures, skipped);
  await outputFile?.commit();
  if (fromStdin && seen === 0) {
    process.stderr.write('byline: no documents on stdin (expected one JSON object {"id","text"} per line)\n');
    return 2;
  }
  // A line that is not a document is bad input (2), as elsewhere; documents that failed or were skipped give 1.
  return badInput > 0 ? 2 : failures + skipped > 0 ? 1 : 0;
}

async function* analyzeInline(tasks: AsyncIterable<AnalyzeTask> | Iterable<AnalyzeTask>, snapshot: CorpusSnapshot | undefined): AsyncGenerator<AnalyzeResult> {
  const corpus = corpusFromSnapshot(snapshot);
  for await (const task of tasks) {
    yield runAnalyzeTask(task, corpus);
  }
}

/** The tasks on `jobs` worker threads (the bundled dist/worker.js beside dist/cli.js), results in task order. */
async function* analyzeInPool(tasks: AsyncIterable<AnalyzeTask> | Iterable<AnalyzeTask>, jobs: number, corpus: CorpusSnapshot | undefined): AsyncGenerator<PostedAnalyzeResult> {
  const pool = new WorkerPool<WorkerJobs>({ script: join(__dirname, 'worker.js'), size: jobs });
  if (corpus) {
    pool.share(CORPUS_SNAPSHOT, corpus);
  }
  try {
    yield* inOrder(tasks, (task) => pool.run('analyzeTask', task), jobs * 2);
  } finally {
    await pool.close();
  }
}

const given = (published: string | undefined, locale: string | undefined): { published?: string; locale?: string } => ({
  ...(published === undefined ? {} : { published }),
  ...(locale === undefined ? {} : { locale }),
});

/**
 * stdin JSONL: one document per line, {"id", "text", "path"?, "published"?, "locale"?}; blank lines are skipped. A line that is
 * not such a document (bad JSON, no text, a publication date that is not one) becomes an invalid task, and one larger
 * than the size limit a refused one, so it is reported (and written as an error record) in its place.
 */
async function* readStdinTasks(defaults: { published?: string; locale?: string; limit: SizeLimit }): AsyncGenerator<AnalyzeTask> {
  let index = 0;
  for await (const read of linesAtMost(process.stdin, defaults.limit.bytes)) {
    const lineNumber = read.number;
    if ('tooLong' in read) {
      yield { index: index++, refused: tooLargeMessage('the line', defaults.limit), source: { line: lineNumber, id: leadingId(read.head) } };
      continue;
    }
    // A byte order mark (PowerShell's and Notepad's UTF-8) is not part of the first document.
    const line = lineNumber === 1 && read.text.startsWith('\uFEFF') ? read.text.slice(1) : read.text;
    if (!line.trim()) {
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      yield { index: index++, invalid: `not JSON (${printable(errorMessage(error))})`, source: { line: lineNumber, id: null } };
      continue;
    }
    const fields =
      typeof parsed === 'object' && parsed !== null ? (parsed as { id?: unknown; text?: unknown; path?: unknown; published?: unknown; locale?: unknown }) : {};
    const id = typeof fields.id === 'string' ? fields.id : null;
    if (typeof fields.text !== 'string') {
      yield { index: index++, invalid: 'not a document: needs a string "text"', source: { line: lineNumber, id } };
      continue;
    }
    let published: string | undefined;
    let locale: string | undefined;
    try {
      published = stdinPublished(fields.published) ?? defaults.published;
      locale = stdinLocale(fields.locale) ?? defaults.locale;
    } catch (error) {
      yield { index: index++, invalid: errorMessage(error), source: { line: lineNumber, id } };
      continue;
    }
    const documentId = id ?? String(index);
    const path = typeof fields.path === 'string' ? fields.path : documentId;
    yield { index: index++, id: documentId, path, text: fields.text, source: { line: lineNumber, id: documentId }, ...given(published, locale) };
  }
}

/** The id of a document whose line is too long to parse, when the line starts with it (`{"id": "…", …`). */
function leadingId(head: string): string | null {
  const quoted = /^\uFEFF?\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*")/u.exec(head)?.[1];
  try {
    return quoted === undefined ? null : (JSON.parse(quoted) as string);
  } catch {
    return null;
  }
}

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** JSON.parse quotes the line it failed on: its control characters (binary input, terminal escapes) as \u escapes. */
const printable = (message: string): string =>
  message.replace(/\p{Cc}/gu, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A line's `published` field: absent or null means none; anything but a valid date string is an error. */
function stdinPublished(field: unknown): string | undefined {
  if (field === undefined || field === null) {
    return undefined;
  }
  if (typeof field !== 'string') {
    throw new Error('"published" must be a date string such as "2013-03-22"');
  }
  parseGivenDate(field);
  return field;
}

function stdinLocale(field: unknown): string | undefined {
  if (field === undefined || field === null) {
    return undefined;
  }
  if (typeof field !== 'string' || !LOCALE.test(field)) {
    throw new Error('"locale" must be a language tag such as "en-GB"');
  }
  return field;
}

export const LOCALE = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;

function summarize(record: AnalysisRecord): string {
  const date = record.published.value ?? record.published.partial;
  const published = date ? `${date} (${record.published.basis})` : 'unknown';
  return (
    `${record.path}\n  title: ${record.title ?? '—'}\n  outlet: ${record.outlet ?? '—'}  published: ${published}\n` +
    `  ${counted(record.quotes.length, 'quote')}, ${speakerCount(record.speakers.length, record.speakers.filter((speaker) => speaker.mentionedOnly).length)}, ${counted(record.dates.length, 'date')}, ` +
    `${counted(record.boilerplate.length, 'boilerplate span')}, ${counted(record.findings.length, 'finding')}\n`
  );
}
