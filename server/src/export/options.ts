import type { CorrectableLayer, Correction, Span } from '../core/types';
import type { SizeLimit } from '../corpus';

/** Annotation layers an export can carry; the label set is a choice among them. */
export const LAYERS = ['quote', 'speaker', 'date', 'boilerplate', 'claim'] as const;
export type Layer = (typeof LAYERS)[number];

export interface ExportOptions {
  /** Leave boilerplate text out of the exported text (offsets then refer to the shortened text). */
  dropBoilerplate: boolean;
  /** Keep annotations that come from the automatic analysis alone (false: only corrected and manual ones). */
  automatic: boolean;
  /** Layers to export. */
  layers: ReadonlySet<Layer>;
  /** Span formats (brat, CoNLL, spans JSONL) label a claim by its own label ("opinion") instead of "Claim". */
  claimLabels: boolean;
  /** Publication date given for every document (`--published`), beating the page and `.byline/`; validated. */
  published?: string;
  /** Files larger than this are skipped with a message (`--max-file-size`); MAX_ARTICLE_BYTES when not given. */
  limit?: SizeLimit;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  dropBoilerplate: false,
  automatic: true,
  layers: new Set(LAYERS),
  claimLabels: false,
};

/** Parses a comma-separated layer list ("quote,speaker" or "all"); throws with the offending name. */
export function parseLayers(list: string): Set<Layer> {
  if (list.trim() === 'all') {
    return new Set(LAYERS);
  }
  const layers = new Set<Layer>();
  for (const raw of list.split(',')) {
    const name = raw.trim().toLowerCase().replace(/s$/u, '');
    if (!(LAYERS as readonly string[]).includes(name)) {
      throw new Error(`unknown label "${raw.trim()}" (choose from ${LAYERS.join(', ')}, or all)`);
    }
    layers.add(name as Layer);
  }
  return layers;
}

/** A claim tag from the annotation store, already re-anchored to the current text (UTF-16 offsets). */
export interface ResolvedClaim {
  span: Span;
  label: string;
  attributes: Record<string, string>;
  creator?: string;
  created?: string;
}

/** Who made a correction that adds or changes a span (rejections remove spans: nothing to credit). */
export interface CorrectionCredit {
  layer: CorrectableLayer;
  span: Span;
  creator: string;
  created: string;
}

/** What the annotation store holds for one document, re-anchored to its current text. */
export interface DocumentAnnotations {
  corrections: Correction[];
  /** The corrections' creators, exported with the spans they made or changed (W3C `creator`). */
  credits?: CorrectionCredit[];
  claims: ResolvedClaim[];
  /** Stored annotations that could not be placed in the current text (skipped). */
  orphans: number;
}

export const NO_ANNOTATIONS: DocumentAnnotations = { corrections: [], claims: [], orphans: 0 };
