/**
 * What the agreement module compares: two annotation sets ("sides", A and B) over texts identified by their
 * SHA-256. A is the reference (precision/recall are B's against A). Pure data: no vscode, no fs.
 *
 * Offsets are Unicode code points into the text (end exclusive), as in the store and every export.
 */

export const AGREEMENT_LAYERS = ['claims', 'quotes', 'dates', 'boilerplate'] as const;
export type AgreementLayer = (typeof AGREEMENT_LAYERS)[number];

/** One annotated span as an annotator left it. */
export interface AgreementUnit {
  layer: AgreementLayer;
  start: number;
  end: number;
  /** The category: a claim label, "quote" / "not a quote", "date" / "not a date", a boilerplate kind… */
  label: string;
  /** A second categorical judgement: a claim's verdict, a date's normalised value. */
  value?: string;
  /** Who says it: a claim's claimant, a quote's speaker. */
  attribution?: string;
  /** Where the unit came from (annotation id or export id), to act on it after adjudication. */
  ref: string;
  creator?: string;
}

export interface AgreementText {
  /** The text's path as the side names it (workspace-relative or exported path). */
  source: string;
  /** Hex SHA-256 of the text the offsets point into: the key that pairs A's and B's texts. */
  sha256: string;
  /** Length of the text in code points; null when the side does not have the text (uα then cannot be computed). */
  length: number | null;
  units: AgreementUnit[];
  /** Annotations that could not be placed in the text (orphans): left out of the comparison, counted. */
  unplaced: number;
}

export interface AgreementSide {
  /** Shown in reports: a folder, an export file or an annotator's name. */
  name: string;
  texts: AgreementText[];
}
