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
 * One export format: pure rendering from records to output chunks. A format may collect what it needs for
 * corpus-wide files (brat's annotation.conf) and return those from `finish`.
 */
export interface ExportFormat {
  readonly name: FormatName;
  /** `baseName` is a safe, unique file-name stem for the document. */
  render(record: CorpusRecord, baseName: string): OutputChunk[];
  finish(): OutputChunk[];
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
