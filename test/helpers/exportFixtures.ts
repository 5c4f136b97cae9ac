import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildStructure } from '../../server/src/core/structure';
import type { Analysis, Span } from '../../server/src/core/types';

export const EXPORT_FIXTURES = resolve(__dirname, '..', 'fixtures', 'export');
export const SCHEMAS = resolve(__dirname, '..', '..', 'schemas');

export function fixtureText(name: string): string {
  return readFileSync(join(EXPORT_FIXTURES, name), 'utf8');
}

export function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/** UTF-16 span of the `occurrence`-th match of `needle` in `text` (throws when missing, so fixtures stay honest). */
export function find(text: string, needle: string, occurrence = 1): Span {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
  }
  if (at < 0) {
    throw new Error(`fixture lacks "${needle}"`);
  }
  return { start: at, end: at + needle.length };
}

/** The slice of `text` between two code-point offsets, computed independently of CodePointMap. */
export function codePointSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/**
 * A hand-made analysis of test/fixtures/export/ferry-emoji-crlf.txt, so exporter tests do not depend on what the
 * automatic analysis finds today: two quotes (one across a CRLF line break) by one speaker, two dates, a byline,
 * a read-more line.
 */
export function ferryAnalysis(): Analysis {
  const text = fixtureText('ferry-emoji-crlf.txt');
  const q1 = find(text, 'We will start in May,');
  const q2 = find(text, 'The ferry\r\nwill run twice a day.');
  const mention = find(text, 'Mayor Ilse Varga');
  const cue = find(text, 'said');
  const title = find(text, 'Harbour council backs new ferry 🚢 route');
  const quote = (span: Span, kind: 'direct' | 'partial') => ({
    ...span,
    text: text.slice(span.start, span.end),
    open: { start: span.start - 1, end: span.start },
    close: { start: span.end, end: span.end + 1 },
    marks: 'balanced' as const,
    kind,
    depth: 0,
    speaker: 0,
    speakerMention: mention,
    cue: { ...cue, text: 'said' },
    inBoilerplate: false,
    inComments: false,
  });
  return {
    version: 1,
    text,
    hadBom: false,
    structure: buildStructure(text),
    metadata: {
      title: { ...title, text: text.slice(title.start, title.end) },
      titleRepeats: [],
      outlet: { ...find(text, 'The Wren Courier'), text: 'The Wren Courier' },
      byline: { ...find(text, 'By Ana Pell, The Wren Courier'), text: 'By Ana Pell, The Wren Courier' },
      credits: [],
      published: { value: '2026-03-03', basis: 'stated', evidence: null },
    },
    quotes: [quote(q1, 'direct'), quote(q2, 'direct')],
    speakers: [{ name: 'Ilse Varga', kind: 'person', aliases: ['Mayor Ilse Varga'], roles: ['Mayor'], mentions: [0], quotes: [0, 1], mentionedOnly: false, named: true }],
    mentions: [{ ...mention, text: 'Mayor Ilse Varga', speaker: 0, kind: 'name' }],
    dates: [
      { ...find(text, 'May'), text: 'May', value: '2026-05', type: 'DATE', relative: true },
      { ...find(text, 'Tuesday'), text: 'Tuesday', value: '2026-03-03', type: 'DATE', relative: true },
    ],
    boilerplate: [
      { ...find(text, 'By Ana Pell, The Wren Courier'), kind: 'byline' },
      { ...find(text, 'Read more: Harbour news'), kind: 'read-more' },
    ],
    duplicates: [],
    findings: [],
  };
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

/** Two exports hold the same files with the same bytes (the manifest's creation time aside). */
export function assertSameExport(actual: string, expected: string): void {
  const files = filesUnder(expected);
  assert.deepEqual(filesUnder(actual), files);
  for (const file of files) {
    const [a, b] = [readFileSync(join(actual, file), 'utf8'), readFileSync(join(expected, file), 'utf8')];
    if (file === 'byline-export.json') {
      assert.deepEqual({ ...readJson(join(actual, file)), created: null }, { ...readJson(join(expected, file)), created: null });
    } else {
      assert.ok(a === b, `${file} differs from the command line's`);
    }
  }
}
