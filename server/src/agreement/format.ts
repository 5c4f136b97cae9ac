/** An agreement report as a plain-text table, Markdown or JSON (pure). */

import type { AgreementReport, LayerAgreement, SpanAgreement } from './compare';
import type { Coefficient } from './statistics';
import { counted } from '../protocol/plural';

export const REPORT_FORMATS = ['table', 'markdown', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const HEADER = ['layer / label', 'A', 'B', 'exact F1', 'overlap F1', 'A only', 'B only', 'κ labels', 'κ values', 'attribution', 'uα'];

export function formatReport(report: AgreementReport, format: ReportFormat): string {
  if (format === 'json') {
    return JSON.stringify(report, null, 2) + '\n';
  }
  const markdown = format === 'markdown';
  const lines: string[] = [];
  lines.push(markdown ? `# Agreement: ${report.a} (A, reference) and ${report.b} (B)` : `Agreement: A = ${report.a} (reference), B = ${report.b}`);
  lines.push('');
  lines.push(textsLine(report));
  lines.push('');
  lines.push(...table(layerRows(report.overall), markdown));
  const notes = notComputed(report.overall);
  if (notes.length > 0) {
    lines.push('', markdown ? 'Not computed:' : 'not computed:', ...notes.map((note) => `- ${note}`));
  }
  if (report.texts.length > 0) {
    lines.push('', markdown ? '## Per text' : 'per text (overlap F1 per layer; disagreements):', '');
    const rows = report.texts.map((text) => [
      text.source,
      ...text.layers.map((layer) => (layer.spans.a + layer.spans.b === 0 ? '–' : number(layer.spans.overlap.f1))),
      String(text.disagreements.length),
    ]);
    lines.push(...table([['text', ...report.overall.map((layer) => layer.layer), 'disagreements'], ...rows], markdown));
  }
  const problems = [
    ...report.changed.map((changed) => `${changed.source}: the text differs between A and B (not compared)`),
    ...report.onlyA.map((source) => `${source}: only in A (not compared)`),
    ...report.onlyB.map((source) => `${source}: only in B (not compared)`),
  ];
  if (problems.length > 0) {
    lines.push('', markdown ? '## Not compared' : 'not compared:', '', ...problems.map((problem) => `- ${problem}`));
  }
  return lines.join('\n') + '\n';
}

function textsLine(report: AgreementReport): string {
  const unplaced = report.texts.reduce((sum, text) => sum + text.unplaced.a + text.unplaced.b, 0);
  return [
    `${counted(report.texts.length, 'text')} compared`,
    `${report.changed.length} with a changed text (not compared)`,
    `${report.onlyA.length} only in A`,
    `${report.onlyB.length} only in B`,
    ...(unplaced > 0 ? [`${counted(unplaced, 'annotation')} could not be placed in their text (left out)`] : []),
  ].join('; ');
}

function layerRows(layers: readonly LayerAgreement[]): string[][] {
  const rows = [HEADER];
  for (const layer of layers) {
    const attribution = layer.attribution.compared === 0 ? '–' : `${layer.attribution.agreed}/${layer.attribution.compared}`;
    rows.push([layer.layer, ...spanCells(layer.spans), coefficient(layer.labelKappa), coefficient(layer.valueKappa), attribution, coefficient(layer.unitizedAlpha)]);
    if (layer.labels.length > 1) {
      for (const label of layer.labels) {
        rows.push([`  ${label.label}`, ...spanCells(label.spans), '', '', '', coefficient(label.unitizedAlpha)]);
      }
    }
  }
  return rows;
}

function spanCells(spans: SpanAgreement): string[] {
  return [String(spans.a), String(spans.b), number(spans.exact.f1), number(spans.overlap.f1), String(spans.onlyA), String(spans.onlyB)];
}

function notComputed(layers: readonly LayerAgreement[]): string[] {
  const notes: string[] = [];
  for (const layer of layers) {
    for (const [name, value] of [['κ labels', layer.labelKappa], ['κ values', layer.valueKappa], ['uα', layer.unitizedAlpha]] as const) {
      const idle = layer.spans.a + layer.spans.b === 0 || (name === 'κ values' && value.n === 0);
      if (value.value === null && value.reason && (!idle || name === 'uα')) {
        notes.push(`${layer.layer} ${name}: ${value.reason}`);
      }
    }
  }
  return notes;
}

function number(value: number | null): string {
  return value === null ? '–' : value.toFixed(3);
}

function coefficient(value: Coefficient): string {
  return number(value.value);
}

function table(rows: readonly string[][], markdown: boolean): string[] {
  if (markdown) {
    const escape = (cell: string): string => cell.replace(/\|/gu, '\\|').replace(/^ {2}/u, '↳ ');
    return [
      `| ${rows[0].map(escape).join(' | ')} |`,
      `| ${rows[0].map((_, index) => (index === 0 ? '---' : '---:')).join(' | ')} |`,
      ...rows.slice(1).map((row) => `| ${row.map(escape).join(' | ')} |`),
    ];
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ')
      .trimEnd(),
  );
}
