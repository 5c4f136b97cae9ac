import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis, type CancellationLike, type Correction } from '../core';
import { reanalyzeEdit } from '../core/incremental';
import { OffsetMap } from '../protocol/offsets';
import type { Article } from '../features/article';

/** How long typing must pause before the provisional (spliced) analysis is replaced by a full one. */
const SETTLE_DELAY_MS = 400;

interface Entry {
  version: number;
  article: Article;
  /** False while the analysis is a provisional splice (or predates the current corrections). */
  settled: boolean;
  reduced: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

export interface AnalyzeRequest {
  document: TextDocument;
  /** Set when the document is to be analysed in reduced mode (too large). */
  reduced: boolean;
  token?: CancellationLike;
}

/**
 * Analyses per document version. After an edit the previous analysis is spliced (only the touched paragraphs are
 * re-analysed), so tokens are fresh at once; a full analysis follows when typing pauses, and `onSettled` tells the
 * server to refresh tokens, diagnostics and the index entry.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private readonly corrections = new Map<string, Correction[]>();

  /** `onSettled(article, replacedProvisional)`: a final analysis is in; refresh what showed the provisional one. */
  constructor(private readonly onSettled: (article: Article, replacedProvisional: boolean) => void) {}

  get(request: AnalyzeRequest): Article {
    const { document } = request;
    const entry = this.entries.get(document.uri);
    if (entry && entry.version === document.version && entry.reduced === request.reduced) {
      return entry.article;
    }
    const text = document.getText();
    const corrections = this.corrections.get(document.uri) ?? [];
    const options = { corrections, ...(request.token ? { token: request.token } : {}) };
    if (entry && !request.reduced && !entry.reduced) {
      const spliced = reanalyzeEdit(entry.article.analysis, text, options);
      if (spliced) {
        return this.store(document, spliced, false, false);
      }
    }
    const analysis = analyze(text, request.reduced ? { ...options, budgetMs: 0 } : options);
    return this.store(document, analysis, true, request.reduced);
  }

  private store(document: TextDocument, analysis: Analysis, settled: boolean, reduced: boolean): Article {
    const previous = this.entries.get(document.uri);
    if (previous?.timer) {
      clearTimeout(previous.timer);
    }
    const article: Article = { uri: document.uri, version: document.version, analysis, offsets: new OffsetMap(analysis.text) };
    const entry: Entry = { version: document.version, article, settled, reduced };
    this.entries.set(document.uri, entry);
    if (!settled) {
      entry.timer = setTimeout(() => this.settle(document, entry), SETTLE_DELAY_MS);
    } else {
      this.onSettled(article, previous !== undefined && !previous.settled);
    }
    return article;
  }

  private settle(document: TextDocument, entry: Entry): void {
    if (this.entries.get(document.uri) !== entry) {
      return;
    }
    entry.timer = undefined;
    try {
      const analysis = analyze(document.getText(), { corrections: this.corrections.get(document.uri) ?? [] });
      this.store(document, analysis, true, false);
    } catch {
      // A failing full analysis keeps the provisional one; the next edit tries again.
    }
  }

  /** Whether the document's current analysis is final (not a provisional splice). */
  isSettled(uri: string): boolean {
    return this.entries.get(uri)?.settled ?? false;
  }

  setCorrections(uri: string, corrections: Correction[]): void {
    this.corrections.set(uri, corrections);
    const entry = this.entries.get(uri);
    if (entry) {
      // Force a full analysis on the next request: splicing would carry the old corrections along.
      if (entry.timer) {
        clearTimeout(entry.timer);
      }
      this.entries.delete(uri);
    }
  }

  forget(uri: string): void {
    const entry = this.entries.get(uri);
    if (entry?.timer) {
      clearTimeout(entry.timer);
    }
    this.entries.delete(uri);
  }

  /** Drops every analysis (settings changed). */
  clear(): void {
    for (const uri of [...this.entries.keys()]) {
      this.forget(uri);
    }
  }
}
