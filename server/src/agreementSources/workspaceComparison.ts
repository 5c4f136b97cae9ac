/**
 * Compare Annotations for an editor: this folder's store ("mine", the reference) against a colleague's folder or
 * another annotator of the same store, with ranges in my texts; and the adjudication of one disagreement as a
 * write to my store, after a backup of the store file.
 */

import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileStore, STORE_DIR, newAnnotationId, type Annotation } from '../annotations';
import { compareSides, type Disagreement } from '../agreement/compare';
import type { AgreementSide, AgreementUnit } from '../agreement/types';
import type { CompareResult, ComparedSpan, ComparisonTarget, DisagreementItem, ResolveParams, ResolveResult } from '../protocol/agreement';
import { CodePointMap, OffsetMap } from '../protocol/offsets';
import { readStoreSide, readText, storeSources, withoutUnannotated, type Warn } from './storeSide';

export class ComparisonError extends Error {}

/** The folder holding `.byline/` that a user pointed at (the folder itself, or its `.byline`). */
export function storeRootOf(location: string): string {
  const resolved = path.resolve(location);
  const root = path.basename(resolved) === STORE_DIR ? path.dirname(resolved) : resolved;
  if (!existsSync(path.join(root, STORE_DIR))) {
    throw new ComparisonError(`${location} holds no ${STORE_DIR}/ folder: pick the folder of a colleague's copy of the corpus`);
  }
  return root;
}

/** Reads both sides; with two annotators of one store, texts neither of them annotated are left out. */
export async function readSides(root: string, target: ComparisonTarget, warn: Warn): Promise<[AgreementSide, AgreementSide]> {
  if (target.kind === 'folder') {
    const other = storeRootOf(target.path);
    const sources = await storeSources([root, other]);
    return [await readStoreSide({ root, name: root }, sources, warn), await readStoreSide({ root: other, name: other }, sources, warn)];
  }
  const sources = await storeSources([root]);
  return withoutUnannotated([
    await readStoreSide({ root, name: target.mine, annotator: target.mine }, sources, warn),
    await readStoreSide({ root, name: target.theirs, annotator: target.theirs }, sources, warn),
  ]);
}

export async function compareWorkspace(root: string, target: ComparisonTarget, warn: Warn): Promise<CompareResult> {
  const report = compareSides(...(await readSides(root, target, warn)));
  const files = [];
  for (const text of report.texts) {
    const file = path.join(root, ...text.source.split('/'));
    const content = (await readText(file)) ?? '';
    const codePoints = new CodePointMap(content);
    const offsets = new OffsetMap(content);
    const span = (unit: AgreementUnit | null): ComparedSpan | null => {
      if (!unit) {
        return null;
      }
      const start = codePoints.fromCodePoint(unit.start);
      const end = codePoints.fromCodePoint(unit.end);
      return {
        id: unit.ref,
        range: offsets.rangeOf({ start, end }),
        text: content.slice(start, end),
        label: unit.label,
        ...(unit.value !== undefined ? { value: unit.value } : {}),
        ...(unit.attribution !== undefined ? { attribution: unit.attribution } : {}),
        ...(unit.creator !== undefined ? { creator: unit.creator } : {}),
      };
    };
    files.push({
      uri: pathToFileURL(file).href,
      source: text.source,
      theirSource: text.sourceB ?? text.source,
      layers: text.layers,
      disagreements: text.disagreements.map((d: Disagreement): DisagreementItem => ({ layer: d.layer, differences: d.differences, mine: span(d.a), theirs: span(d.b) })),
    });
  }
  return {
    mine: report.a,
    theirs: report.b,
    overall: report.overall,
    files,
    notCompared: [
      ...report.changed.map((changed) => ({ source: changed.source, reason: 'the text differs between the two sides' })),
      ...report.onlyA.map((source) => ({ source, reason: `only in ${report.a}` })),
      ...report.onlyB.map((source) => ({ source, reason: `only in ${report.b}` })),
    ],
  };
}

/** Applies one adjudication to my store (see ResolveDisagreementRequest). */
export async function resolveDisagreement(
  root: string,
  params: ResolveParams,
  written: (storeFile: string) => Promise<void>,
  now = new Date(),
): Promise<ResolveResult> {
  const mine = new FileStore(root);
  const sameStore = params.target.kind === 'annotators';
  const theirStore = sameStore ? mine : new FileStore(storeRootOf((params.target as { path: string }).path));
  const theirs = params.theirs === null ? undefined : await findAnnotation(theirStore, params.theirSource, params.theirs);
  if (params.theirs !== null && !theirs) {
    throw new ComparisonError('their annotation is no longer in their store: compare again');
  }
  const removeMine = params.mine !== null && (params.resolution === 'take-theirs' || params.resolution === 'drop-both');
  const removeTheirs = sameStore && theirs !== undefined && (params.resolution === 'keep-mine' || params.resolution === 'drop-both');
  const copyTheirs = !sameStore && theirs !== undefined && (params.resolution === 'take-theirs' || params.resolution === 'keep-both');
  const deletions = [...(removeMine ? [params.mine!] : []), ...(removeTheirs ? [theirs.id] : [])].map((id) => ({ id, at: now.toISOString() }));
  const upserts: Annotation[] = copyTheirs
    ? [{ ...theirs, id: newAnnotationId(), target: { ...theirs.target, source: params.source }, modified: now.toISOString() }]
    : [];
  if (deletions.length + upserts.length === 0) {
    return { added: 0, removed: 0, backup: null };
  }
  const backup = await mine.backupCopy(params.source);
  await mine.update(params.source, { upserts, deletions });
  await written(mine.fileFor(params.source));
  return { added: upserts.length, removed: deletions.length, backup };
}

async function findAnnotation(store: FileStore, source: string, id: string): Promise<Annotation | undefined> {
  const read = await store.read(source);
  if (read.state === 'unreadable') {
    throw new ComparisonError(read.issue.message);
  }
  return read.store.annotations.find((annotation) => annotation.id === id);
}
