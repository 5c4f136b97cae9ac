import type { ExportOptions } from '../options';
import { bratFormat } from './brat';
import { conllFormat } from './conll';
import type { ExportFormat, FormatFactory, FormatName } from './format';
import { claimReviewFormat, nativeFormat, spansFormat } from './simple';
import { standoffFormat } from './standoff';
import { webAnnotationFormat } from './webAnnotation';

const FACTORIES: Record<FormatName, FormatFactory> = {
  jsonl: nativeFormat,
  webanno: webAnnotationFormat,
  brat: bratFormat,
  conll: conllFormat,
  spans: spansFormat,
  claimreview: claimReviewFormat,
  standoff: standoffFormat,
};

export function createFormats(names: FormatName[], options: ExportOptions): ExportFormat[] {
  return names.map((name) => FACTORIES[name](options));
}

export { FORMAT_DESCRIPTIONS, FORMAT_NAMES, parseFormats, renderNow, type ExportFormat, type FormatName, type OutputChunk, type RenderedDocument } from './format';
