import { DiagnosticSeverity, DocumentDiagnosticReportKind, type Diagnostic, type DocumentDiagnosticReport } from 'vscode-languageserver';
import type { Finding } from '../core';
import { diagnosticSettingOf, type DiagnosticSettings } from '../protocol/settings';
import type { OffsetMap } from '../protocol/offsets';
import type { Article } from '../documents/article';

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

/**
 * Pull-diagnostic reports with result ids. While an edit's analysis is provisional the last full report stands
 * ("unchanged"): the editor keeps it anchored, and the server asks for a re-pull once the full analysis is in.
 */
export class DiagnosticReports {
  private readonly last = new Map<string, string>();
  private counter = 0;

  report(article: Article, enabled: DiagnosticSettings, previousResultId: string | undefined): DocumentDiagnosticReport {
    const last = this.last.get(article.uri);
    if (article.edit && last !== undefined && last === previousResultId) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last };
    }
    const resultId = String(++this.counter);
    this.last.set(article.uri, resultId);
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnostics(article, enabled) };
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }

  clear(): void {
    this.last.clear();
  }
}

/**
 * Push diagnostics for clients without pull support (e.g. Emacs lsp-mode 8): publishes an open document's
 * diagnostics a moment after it opens or changes, and whenever the views are refreshed.
 */
export class DiagnosticPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly publish: (uri: string) => void,
    private readonly delayMs = 250,
  ) {}

  schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.publish(uri);
      }, this.delayMs),
    );
  }

  cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
  }

  /** Stops every pending publication (shutdown). */
  cancelAll(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
  }
}
