/**
 * Reads one side of a comparison from a `.byline/` store (a colleague's folder, or one annotator of a store):
 * each annotated document's current text is read beside the store, hashed and the annotations re-anchored in it.
 * When the text is not there, the positions recorded with the text's hash are used and the length is unknown.
 */

import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { FileStore, resolveStore, textSha256, type Annotation } from '../annotations';
import { unitOfAnnotation } from '../agreement/fromStore';
import type { AgreementSide, AgreementText } from '../agreement/types';
import { CodePointMap } from '../protocol/offsets';
import { decodeArticle } from '../corpus';

export interface StoreSideInput {
  /** The workspace folder holding `.byline/`. */
  root: string;
  name: string;
  /** Only this annotator's annotations (their `creator.name`). */
  annotator?: string;
}

/** Documents of a store whose annotations cannot be read are reported here and left out. */
export type Warn = (message: string) => void;

export async function readStoreSide(input: StoreSideInput, sources: readonly string[], warn: Warn): Promise<AgreementSide> {
  const store = new FileStore(input.root);
  const texts: AgreementText[] = [];
  for (const source of sources) {
    const read = await store.read(source);
    if (read.state === 'unreadable') {
      warn(`${input.name}: the annotations of ${source} cannot be read (${read.issue.message}); a backup is at ${read.issue.backup ?? '(backup failed)'}`);
      continue;
    }
    const annotations = read.store.annotations.filter((annotation) => input.annotator === undefined || annotation.creator.name === input.annotator);
    const text = await readText(path.join(input.root, ...source.split('/')));
    if (text !== null) {
      texts.push(placedInText(source, annotations, text));
    } else if (annotations.length > 0) {
      texts.push(placedAsRecorded(source, annotations));
    }
  }
  return { name: input.name, texts };
}

/** The workspace-relative documents with a store file in any of the roots. */
export async function storeSources(roots: readonly string[]): Promise<string[]> {
  const all = await Promise.all(roots.map((root) => new FileStore(root).listSources()));
  return [...new Set(all.flat())].sort();
}

/** The names of every annotator of a store, with how many annotations each made. */
export async function storeAnnotators(root: string): Promise<Map<string, number>> {
  const store = new FileStore(root);
  const counts = new Map<string, number>();
  for (const source of await store.listSources()) {
    const read = await store.read(source);
    for (const annotation of read.state === 'unreadable' ? [] : read.store.annotations) {
      counts.set(annotation.creator.name, (counts.get(annotation.creator.name) ?? 0) + 1);
    }
  }
  return counts;
}

/** Two annotators of one store: texts neither of them annotated are not part of their comparison. */
export function withoutUnannotated([a, b]: [AgreementSide, AgreementSide]): [AgreementSide, AgreementSide] {
  const annotated = new Set([...a.texts, ...b.texts].filter((text) => text.units.length + text.unplaced > 0).map((text) => text.sha256));
  const keep = (side: AgreementSide): AgreementSide => ({ ...side, texts: side.texts.filter((text) => annotated.has(text.sha256)) });
  return [keep(a), keep(b)];
}

/** A document's text as the store hashes it (decoded by the corpus reader, BOM removed), or null when unreadable. */
export async function readText(file: string): Promise<string | null> {
  try {
    return decodeArticle(await readFile(file)).text;
  } catch {
    return null;
  }
}

function placedInText(source: string, annotations: readonly Annotation[], text: string): AgreementText {
  const map = new CodePointMap(text);
  const resolved = resolveStore({ schemaVersion: 1, type: 'BylineAnnotationStore', source, annotations: [...annotations] }, text);
  const units = resolved.flatMap(({ annotation, anchor }) =>
    anchor.status === 'anchored' ? [unitOfAnnotation(annotation, map.toCodePoint(anchor.span.start), map.toCodePoint(anchor.span.end))] : [],
  );
  return { source, sha256: textSha256(text), length: map.codePointLength, units, unplaced: annotations.length - units.length };
}

/** Without the text: the positions recorded against the hash most annotations share; the others are unplaced. */
function placedAsRecorded(source: string, annotations: readonly Annotation[]): AgreementText {
  const counts = new Map<string, number>();
  for (const annotation of annotations) {
    counts.set(annotation.target.sha256, (counts.get(annotation.target.sha256) ?? 0) + 1);
  }
  const sha256 = [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0][0];
  const units = annotations
    .filter((annotation) => annotation.target.sha256 === sha256)
    .map((annotation) => unitOfAnnotation(annotation, annotation.target.selector[1].start, annotation.target.selector[1].end));
  return { source, sha256, length: null, units, unplaced: annotations.length - units.length };
}
