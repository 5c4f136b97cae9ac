import type { CORPUS_VERSION, CorpusRecord } from '../record';
import { perDocumentFormat, type ExportFormat } from './format';

export const STANDOFF_FORMAT = 'byline-standoff';

/**
 * A record without any article text: offsets, labels, attributes, hashes and the source path. Names of speakers
 * and the annotators' own attributes stay; every `text` (and the title and byline strings) goes.
 */
export type StandoffRecord = Omit<CorpusRecord, 'format' | 'text' | 'version'> & {
  format: typeof STANDOFF_FORMAT;
  /** 2; a version 1 standoff (no byline, credits or quote counts) is still read by `byline hydrate`. */
  version: typeof CORPUS_VERSION | 1;
};

/** The standoff line of a record, serialised in one pass. */
export function standoffLine(record: CorpusRecord): string {
  return JSON.stringify({ ...record, format: STANDOFF_FORMAT }, (key, value: unknown) =>
    key === 'text' ? undefined : (key === 'title' || key === 'byline') && typeof value === 'string' ? null : value,
  );
}

export function toStandoff(record: CorpusRecord): StandoffRecord {
  return JSON.parse(standoffLine(record)) as StandoffRecord;
}

export function standoffFormat(): ExportFormat {
  return perDocumentFormat('standoff', (record) => [{ file: 'standoff.jsonl', content: standoffLine(record) + '\n', mode: 'append' }]);
}
