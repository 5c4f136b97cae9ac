import type { ExportOptions } from '../options';
import type { CorpusRecord } from '../record';
import { FORMAT_NAMES, type FormatName } from '../../protocol/export';

/** A piece of output: a whole file, or a line appended to a corpus-wide file. Names are relative to the destination. */
export interface OutputChunk {
  file: string;
  content: string;
  mode: 'create' | 'append';
}

/**
 * A document's output, rendered wherever it was analysed (a worker thread): its chunks, and what the corpus-wide
 * files need to know of it (`notes`: plain data that crosses threads).
 */
export interface RenderedDocument {
  chunks: OutputChunk[];
  notes?: unknown;
}

/**
 * One export format: pure rendering of each record to output chunks (`renderDocument`, in any thread), then, in
 * input order where the files are written, `take` records what corpus-wide files need (brat's annotation.conf) and
 * gives the chunks to write; `finish` returns the corpus-wide files.
 */
export interface ExportFormat {
  readonly name: FormatName;
  /** `baseName` is a safe, unique file-name stem for the document. */
  renderDocument(record: CorpusRecord, baseName: string): RenderedDocument;
  take(rendered: RenderedDocument): OutputChunk[];
  finish(): OutputChunk[];
}

/** Renders and takes one record at once (exports without worker threads, tests). */
export function renderNow(format: ExportFormat, record: CorpusRecord, baseName: string): OutputChunk[] {
  return format.take(format.renderDocument(record, baseName));
}

/** A format whose files hold each document's output and nothing corpus-wide. */
export function perDocumentFormat(name: FormatName, render: (record: CorpusRecord, baseName: string) => OutputChunk[]): ExportFormat {
  return { name, renderDocument: (record, baseName) => ({ chunks: render(record, baseName) }), take: ({ chunks }) => chunks, finish: () => [] };
}

export { FORMAT_DESCRIPTIONS, FORMAT_NAMES, type FormatName } from '../../protocol/export';

function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

export function parseFormats(list: string): FormatName[] {
  const names: FormatName[] = [];
  for (const raw of list.split(',')) {
    const name = raw.trim().toLowerCase();
    const alias: Record<string, FormatName> = { native: 'jsonl', w3c: 'webanno', 'web-annotation': 'webanno', spacy: 'spans', doccano: 'spans' };
    const resolved = alias[name] ?? name;
    if (!isFormatName(resolved)) {
      throw new Error(`unknown format "${raw.trim()}" (choose from ${FORMAT_NAMES.join(', ')})`);
    }
    if (!names.includes(resolved)) {
      names.push(resolved);
    }
  }
  return names;
}

export type FormatFactory = (options: ExportOptions) => ExportFormat;
