/** What the Comparison view and the inline marks say about a comparison (pure: no vscode). */

import type { ComparedSpan, CompareResult, DisagreementItem, FileComparison, LayerAgreement, Resolution } from '../../../server/src/protocol/agreement';
import { counted } from '../../../server/src/protocol/plural';

/** The adjudication commands (`byline.<name>`), from the view's inline buttons or at the cursor. */
export const RESOLUTION_COMMANDS: Readonly<Record<string, Resolution>> = {
  'comparison.keepMine': 'keep-mine',
  'comparison.takeTheirs': 'take-theirs',
  'comparison.keepBoth': 'keep-both',
  'comparison.dropBoth': 'drop-both',
};

/** Every Compare Annotations command (`byline.<name>`). */
export const COMPARISON_COMMANDS: readonly string[] = ['compareAnnotations', 'comparison.refresh', 'comparison.close', ...Object.keys(RESOLUTION_COMMANDS)];

export type Side = 'mine' | 'theirs' | 'both';

/** Which decoration a disagreement gets: one side only, or both sides with different judgements. */
export function sideOf(item: DisagreementItem): Side {
  return item.mine && item.theirs ? 'both' : item.mine ? 'mine' : 'theirs';
}

function describeSpan(span: ComparedSpan): string {
  const extras = [span.value, span.attribution].filter((extra): extra is string => extra !== undefined && extra !== '');
  return extras.length > 0 ? `${span.label} (${extras.join(', ')})` : span.label;
}

/** One line: "claims · label: check-worthy claim ≠ opinion (Elena Marsh)". */
export function disagreementTitle(item: DisagreementItem): string {
  if (item.mine && item.theirs) {
    const mine = describeSpan(item.mine);
    const theirs = describeSpan(item.theirs);
    return `${item.layer} · ${item.differences.join(', ')}: ${mine === theirs ? mine : `${mine} ≠ ${theirs}`}`;
  }
  const span = (item.mine ?? item.theirs)!;
  return `${item.layer} · ${item.mine ? 'only mine' : 'only theirs'}: ${describeSpan(span)}`;
}

/** The annotated text(s), shortened, for the view's description and the hover. */
export function disagreementText(item: DisagreementItem, limit = 60): string {
  const shorten = (text: string): string => {
    const flat = text.replace(/\s+/gu, ' ').trim();
    return flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat;
  };
  if (item.mine && item.theirs && item.mine.text !== item.theirs.text) {
    return `“${shorten(item.mine.text)}” / “${shorten(item.theirs.text)}”`;
  }
  return `“${shorten((item.mine ?? item.theirs)!.text)}”`;
}

/** Markdown for the inline mark's hover: both judgements side by side. */
export function disagreementHover(item: DisagreementItem, mineName: string, theirName: string): string {
  const line = (who: string, span: ComparedSpan | null): string =>
    span ? `**${who}**: ${describeSpan(span)} — “${span.text.replace(/\s+/gu, ' ')}”` : `**${who}**: nothing here`;
  return [`Byline comparison (${item.layer}${item.differences.length ? `: ${item.differences.join(', ')}` : ''})`, line(`mine (${mineName})`, item.mine), line(`theirs (${theirName})`, item.theirs)].join('\n\n');
}

const number = (value: number | null): string => (value === null ? '–' : value.toFixed(2));

/** "claims F1 0.86 κ 0.76 uα 0.70 · quotes F1 1.00": the layers either side annotated. */
export function agreementSummary(layers: readonly LayerAgreement[]): string {
  const parts = layers
    .filter((layer) => layer.spans.a + layer.spans.b > 0)
    .map((layer) => {
      const figures = [`F1 ${number(layer.spans.overlap.f1)}`];
      if (layer.labelKappa.value !== null) {
        figures.push(`κ ${number(layer.labelKappa.value)}`);
      }
      if (layer.unitizedAlpha.value !== null) {
        figures.push(`uα ${number(layer.unitizedAlpha.value)}`);
      }
      return `${layer.layer} ${figures.join(' ')}`;
    });
  return parts.length > 0 ? parts.join(' · ') : 'nothing annotated';
}

export function fileDescription(file: FileComparison): string {
  const count = file.disagreements.length;
  return `${count === 0 ? 'agree' : counted(count, 'disagreement')} · ${agreementSummary(file.layers)}`;
}

/** The one-line workspace summary (view message and the notification after comparing). */
export function workspaceSummary(result: CompareResult): string {
  const disagreements = result.files.reduce((sum, file) => sum + file.disagreements.length, 0);
  const skipped = result.notCompared.length > 0 ? `; ${result.notCompared.length} not compared` : '';
  return `${counted(result.files.length, 'file')}, ${counted(disagreements, 'disagreement')}${skipped} — ${agreementSummary(result.overall)}`;
}
