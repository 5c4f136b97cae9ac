import type { Boilerplate } from '../types';
import type { LineInfo } from './lines';

/** A headline: a short run of words without a closing full stop (a question or exclamation is fine). */
export function isHeadlineShaped(line: LineInfo): boolean {
  return (
    !line.blank &&
    line.words >= 2 &&
    line.words <= 30 &&
    line.length <= 250 &&
    !/[.,;:]["'”’)]*$/.test(line.text) &&
    !line.text.startsWith('![') &&
    /\p{Lu}/u.test(line.text.slice(0, 3))
  );
}

const METADATA_HEAD =
  /^((?:date|published|updated|posted|last updated|first published)\s*:?\s*(?:\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:\w+,?\s+)?\w+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w+\.?\s+\d{4})(?:,?\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?)/i;
const TRAILING_CREDIT = /\(\s*(?:photo|photos|image|picture|credit|source|video)s?\s*(?::|by\b)[^()]{1,80}\)$/i;

/**
 * A line that starts with a metadata field ("date 2025-01-31 …") may carry a caption and a credit after it, as
 * scrapers glue a figure to the metadata; each part becomes its own span.
 */
export function splitMetadataLine(line: LineInfo, text: string): Boilerplate[] | null {
  if (line.length > 300) {
    return null;
  }
  const content = text.slice(line.start, line.end);
  const head = METADATA_HEAD.exec(content);
  if (!head) {
    return null;
  }
  const spans: Boilerplate[] = [{ start: line.start, end: line.start + head[1].length, kind: 'metadata' }];
  let restStart = line.start + head[1].length;
  let restEnd = line.end;
  const credit = TRAILING_CREDIT.exec(content);
  const creditStart = credit ? line.start + credit.index : -1;
  if (credit && creditStart >= restStart) {
    restEnd = creditStart;
  }
  while (restStart < restEnd && /\s/.test(text[restStart])) {
    restStart++;
  }
  while (restEnd > restStart && /\s/.test(text[restEnd - 1])) {
    restEnd--;
  }
  if (!credit) {
    // Nothing to tell apart: the whole line is metadata.
    return [{ start: line.start, end: line.end, kind: 'metadata' }];
  }
  if (restStart < restEnd) {
    spans.push({ start: restStart, end: restEnd, kind: 'caption' });
  }
  if (creditStart >= line.start + head[1].length) {
    spans.push({ start: creditStart, end: line.end, kind: 'photo-credit' });
  }
  return spans;
}
