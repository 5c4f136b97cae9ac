import type { CorpusRecord } from '../record';
import type { ExportFormat } from './format';

export const STANDOFF_FORMAT = 'byline-standoff';

/**
 * A record without any article text: offsets, labels, attributes, hashes and the source path. Names of speakers
 * and the annotators' own attributes stay; every `text` (and the title string) goes.
 */
export type StandoffRecord = Omit<CorpusRecord, 'format' | 'text'> & { format: typeof STANDOFF_FORMAT };

export function toStandoff(record: CorpusRecord): StandoffRecord {
  const json = JSON.stringify({ ...record, format: STANDOFF_FORMAT }, (key, value: unknown) => (key === 'text' ? undefined : value));
  const standoff = JSON.parse(json) as StandoffRecord;
  standoff.metadata.title = null;
  return standoff;
}

export function standoffFormat(): ExportFormat {
  return {
    name: 'standoff',
    render: (record) => [{ file: 'standoff.jsonl', content: JSON.stringify(toStandoff(record)) + '\n', mode: 'append' }],
    finish: () => [],
  };
}
