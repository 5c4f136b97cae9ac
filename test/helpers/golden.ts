import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import assert from 'node:assert/strict';
import { OffsetMap } from '../../server/src/protocol/offsets';

export const GOLDEN_DIR = resolve(__dirname, '..', 'golden');

export interface LabelledSpan {
  start: number;
  end: number;
  /** e.g. "quote", "date", "boilerplate" */
  label: string;
  /** extra attributes, rendered as key=value (strings with spaces are quoted) */
  attributes?: Record<string, string | number | boolean | null | undefined>;
}

function renderAttribute(key: string, value: string | number | boolean | null): string {
  if (typeof value === 'string' && /[\s"=]/.test(value)) {
    return `${key}=${JSON.stringify(value)}`;
  }
  return `${key}=${String(value)}`;
}

const MAX_SHOWN = 60;

/**
 * Renders spans as readable lines, 1-based line:column like an editor shows them:
 * `3:1-3:40 quote kind=direct speaker="Mark Rutte" | “We are ready” |`
 */
export function renderSpans(text: string, spans: LabelledSpan[]): string {
  const map = new OffsetMap(text);
  const at = (offset: number): string => {
    const position = map.positionAt(offset);
    return `${position.line + 1}:${position.character + 1}`;
  };
  return spans
    .slice()
    .sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label))
    .map((span) => {
      const attributes = Object.entries(span.attributes ?? {})
        .filter((entry): entry is [string, string | number | boolean | null] => entry[1] !== undefined)
        .map(([key, value]) => renderAttribute(key, value));
      let shown = text.slice(span.start, span.end).replace(/\r?\n|\r/g, '⏎');
      if (shown.length > MAX_SHOWN) {
        shown = `${shown.slice(0, MAX_SHOWN / 2 - 2)} … ${shown.slice(-MAX_SHOWN / 2 + 2)}`;
      }
      return [`${at(span.start)}-${at(span.end)}`, span.label, ...attributes, `| ${shown} |`].join(' ');
    })
    .join('\n');
}

/**
 * Compares `actual` with test/golden/<name>. With UPDATE_GOLDEN=1 the file is (re)written instead; review the diff.
 */
export function assertGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  const content = actual.endsWith('\n') ? actual : actual + '\n';
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    if (process.env.CI && !existsSync(path)) {
      assert.fail(`golden file ${name} is missing; run the tests with UPDATE_GOLDEN=1 locally and commit it`);
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return;
  }
  assert.equal(content, readFileSync(path, 'utf8'), `golden ${name} differs (UPDATE_GOLDEN=1 rewrites it)`);
}
