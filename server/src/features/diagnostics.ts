import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding } from '../core';
import { diagnosticSettingOf, type DiagnosticSettings } from '../protocol/settings';
import type { OffsetMap } from '../protocol/offsets';
import type { Article } from './article';

export const DIAGNOSTIC_SOURCE = 'byline';

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function isEnabled(finding: Finding, enabled: DiagnosticSettings): boolean {
  return enabled[diagnosticSettingOf[finding.ruleId]];
}

export function toDiagnostic(finding: Finding, offsets: OffsetMap): Diagnostic {
  return {
    range: offsets.rangeOf(finding),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
}

/** The findings the settings switch on, as diagnostics (code = the finding's rule id). */
export function diagnostics(article: Article, enabled: DiagnosticSettings): Diagnostic[] {
  return article.analysis.findings
    .filter((finding) => isEnabled(finding, enabled))
    .map((finding) => toDiagnostic(finding, article.offsets));
}
