/** Reads one side of a comparison from a native export (`corpus.jsonl`, format "byline-corpus"). */

import { readFile } from 'node:fs/promises';
import { unitsOfRecord } from '../agreement/fromStore';
import type { AgreementSide, AgreementText } from '../agreement/types';
import { CORPUS_FORMAT, type CorpusRecord } from '../export/record';
import { CodePointMap } from '../protocol/offsets';
import type { Warn } from './storeSide';

export async function readExportSide(file: string, name: string, warn: Warn): Promise<AgreementSide> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const texts: AgreementText[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      return;
    }
    let record: Partial<CorpusRecord>;
    try {
      record = JSON.parse(line) as Partial<CorpusRecord>;
    } catch {
      warn(`${name}: line ${index + 1} of ${file} is not JSON; skipped`);
      return;
    }
    if (record.format !== CORPUS_FORMAT || typeof record.text !== 'string' || typeof record.sha256 !== 'string') {
      warn(`${name}: line ${index + 1} of ${file} is not a ${CORPUS_FORMAT} record; skipped`);
      return;
    }
    const full = record as CorpusRecord;
    texts.push({
      source: full.source.path,
      sha256: full.sha256,
      length: new CodePointMap(full.text).codePointLength,
      units: unitsOfRecord(full),
      unplaced: full.stats.orphans,
    });
  });
  return { name, texts };
}
