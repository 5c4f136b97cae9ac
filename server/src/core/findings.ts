import type { Analysis, Finding } from './types';

type FindingInput = Pick<Analysis, 'text' | 'quotes' | 'dates' | 'duplicates'>;

/**
 * The value of a date naming its day or month but no year ("Feb 2", "in March"): underspecified rather than relative
 * in words, though the core marks it `relative` too (its year comes from the article's date).
 */
const YEARLESS = /^XXXX-\d{2}(?:-\d{2})?(?:T|$)/u;

/** Problems worth showing the annotator, each with a rule id and, where one exists, a text fix. */
export function collectFindings(analysis: FindingInput): Finding[] {
  const findings: Finding[] = [];
  for (const quote of analysis.quotes) {
    // Marks in page furniture (a legal notice, reader comments) are not the article's: not worth a warning.
    const furniture = quote.inBoilerplate || quote.inComments;
    if (!furniture && quote.marks === 'unclosed') {
      findings.push({
        ruleId: 'unclosed-quote',
        start: quote.open.start,
        end: quote.open.end,
        severity: 'warning',
        message: 'Quotation mark is never closed; the quote runs to the end of the paragraph.',
      });
    } else if (!furniture && quote.marks === 'mismatched' && quote.close) {
      const expected = matchingCloser(analysis.text.slice(quote.open.start, quote.open.end));
      findings.push({
        ruleId: 'mismatched-quote',
        start: quote.close.start,
        end: quote.close.end,
        severity: 'warning',
        message: `Closing mark ${analysis.text.slice(quote.close.start, quote.close.end)} does not pair with opening ${analysis.text.slice(quote.open.start, quote.open.end)}.`,
        ...(expected
          ? { fix: { title: `Replace with ${expected}`, edits: [{ start: quote.close.start, end: quote.close.end, newText: expected }] } }
          : {}),
      });
    }
    if (quote.kind === 'direct' && quote.speaker === null && !furniture) {
      findings.push({
        ruleId: 'unattributed-quote',
        start: quote.start,
        end: quote.end,
        severity: 'information',
        message: 'Direct quote with no attributable speaker.',
      });
    }
  }
  for (const duplicate of analysis.duplicates) {
    findings.push({
      ruleId: 'duplicate-paragraph',
      start: duplicate.copy.start,
      end: duplicate.copy.end,
      severity: 'information',
      message: 'This paragraph repeats an earlier one verbatim.',
      fix: { title: 'Remove the repeated paragraph', edits: [{ ...duplicate.removal, newText: '' }] },
    });
  }
  for (const date of analysis.dates) {
    if (date.unresolved) {
      findings.push({
        ruleId: 'unresolved-date',
        start: date.start,
        end: date.end,
        severity: 'hint',
        message: YEARLESS.test(date.value)
          ? `"${date.text}" gives no year, and the article's own date is unknown, so its year cannot be told.`
          : `"${date.text}" is relative, and the article's own date is unknown, so it cannot be resolved.`,
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

const CLOSERS: Record<string, string> = { '“': '”', '"': '"', '‘': '’', '«': '»', '„': '“', '‹': '›' };

export function matchingCloser(opener: string): string | undefined {
  return CLOSERS[opener];
}
