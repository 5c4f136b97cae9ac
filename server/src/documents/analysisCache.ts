import { CancellationTokenSource, type CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, AnalysisCancelled, type Analysis, type AnalyzeOptions, type CancellationLike, type Correction } from '../core';
import { analyzeRegion, prepareBase, spliceRegion } from '../core/incremental';
import type { Article } from './article';
import { OffsetMap } from '../protocol/offsets';

/** How long typing must pause before the provisional (spliced) analysis is replaced by a full one. */
const SETTLE_DELAY_MS = 300;
/**
 * Above this many characters an analysis on the request path (first open, or an edit no splice absorbs) is a
 * reduced one (structure only) and the full analysis runs in the background: a long or pathological document
 * never blocks the editor's requests.
 */
const SYNC_FULL_LIMIT = 200_000;
/** Time budget of an analysis on the request path; the background analysis completes what it skipped. */
const SYNC_BUDGET_MS = 1_500;
/** Time budget of a background analysis: a pathological document degrades instead of holding the worker. */
const BACKGROUND_BUDGET_MS = 20_000;
/** Appended to a partial first analysis while the full one runs. */
const RUNNING_NOTE = '; full analysis running in the background';

/**
 * Runs a full analysis off the request path (a worker thread in the real server, in-thread in tests). The token is
 * cancelled when the text changes again; the analysis then stops at its next stage (AnalysisCancelled).
 */
export type FullAnalyzer = (text: string, options: AnalyzeOptions, token: CancellationToken) => Promise<Analysis>;

export const inThreadAnalyzer: FullAnalyzer = (text, options, token) =>
  new Promise((resolve, reject) =>
    setImmediate(() => {
      try {
        resolve(analyze(text, { ...options, token }));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }),
  );

interface Entry {
  /** The latest full analysis: provisional articles are derived from it. */
  base?: Article;
  current: Article;
  reduced: boolean;
  /** `inputsKey` of what the current analysis was made with. */
  inputs: string;
  timer?: ReturnType<typeof setTimeout>;
  /** Cancels the background analysis in flight, if any. */
  running?: CancellationTokenSource;
}

export interface AnalyzeRequest {
  document: TextDocument;
  /** Set when the document is to be analysed in reduced mode (too large). */
  reduced: boolean;
  token?: CancellationLike;
}

/** What an analysis depends on besides its text and the corpus evidence. */
export type DocumentInputs = Pick<AnalyzeOptions, 'corrections' | 'published' | 'locale'>;

/** Equal for inputs that give the same analysis (why a publication date was given changes nothing in it). */
function inputsKey({ corrections, published, locale }: DocumentInputs): string {
  return JSON.stringify([corrections ?? [], typeof published === 'object' ? { ...published, reason: undefined } : (published ?? null), locale ?? null]);
}

function settledArticle(uri: string, version: number, analysis: Analysis): Article {
  return { uri, version, analysis, offsets: new OffsetMap(analysis.text) };
}

/**
 * Analyses per document version. After an edit only the touched paragraphs are re-analysed against the latest
 * full analysis (the base), so tokens are fresh at once; the spliced Analysis object and the offset map of the new
 * text are built only if a feature reads them. A full analysis follows when typing pauses, and `onSettled` then has
 * the server refresh tokens, diagnostics and the index entry.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private readonly corrections = new Map<string, Correction[]>();
  /** Per document: the publication date and locale given in `.byline/metadata/`. */
  private readonly inputs = new Map<string, Pick<AnalyzeOptions, 'published' | 'locale'>>();

  /** `onSettled(article, replacedProvisional)`: a final analysis is in; refresh what showed the provisional one. */
  constructor(
    private readonly onSettled: (article: Article, replacedProvisional: boolean) => void,
    private readonly fullAnalyzer: FullAnalyzer = inThreadAnalyzer,
  ) {}

  get(request: AnalyzeRequest): Article {
    const { document } = request;
    const entry = this.entries.get(document.uri);
    if (entry && entry.current.version === document.version && entry.reduced === request.reduced) {
      return entry.current;
    }
    const text = document.getText();
    const options: AnalyzeOptions = { ...this.optionsFor(document.uri), ...(request.token ? { token: request.token } : {}) };
    const inputs = inputsKey(options);
    if (entry?.base && !request.reduced && !entry.reduced) {
      let base = entry.base;
      let region = analyzeRegion(base.analysis, text, options);
      if (region === undefined && entry.current !== base) {
        // Edits far apart since the last full analysis: splice from the current provisional analysis instead
        // (built now if no feature needed it yet), which then serves as the base until the next full analysis.
        base = entry.current;
        region = analyzeRegion(base.analysis, text, options);
        if (region) {
          entry.base = base;
        }
      }
      if (region === null) {
        return this.settle(document.uri, settledArticle(document.uri, document.version, base.analysis), false, entry.inputs);
      }
      if (region) {
        let spliced: Analysis | undefined;
        let offsets: OffsetMap | undefined;
        const article: Article = {
          uri: document.uri,
          version: document.version,
          edit: { base, region },
          get analysis() {
            return (spliced ??= spliceRegion(region));
          },
          get offsets() {
            return (offsets ??= new OffsetMap(region.text));
          },
        };
        if (entry.timer) {
          clearTimeout(entry.timer);
        }
        entry.running?.cancel();
        entry.current = article;
        entry.timer = setTimeout(() => void this.analyzeInBackground(document), SETTLE_DELAY_MS);
        return article;
      }
    }
    const quick = request.reduced || text.length > SYNC_FULL_LIMIT;
    const analysis = analyze(text, { ...options, budgetMs: quick ? 0 : SYNC_BUDGET_MS });
    if (request.reduced || analysis.degraded === undefined) {
      return this.settle(document.uri, settledArticle(document.uri, document.version, analysis), false, inputs, request.reduced);
    }
    const partial = { ...analysis, degraded: `${analysis.degraded}${RUNNING_NOTE}` };
    const article = this.settle(document.uri, settledArticle(document.uri, document.version, partial), false, inputs);
    const settled = this.entries.get(document.uri);
    if (settled) {
      settled.timer = setTimeout(() => void this.analyzeInBackground(document), 0);
    }
    return article;
  }

  private settle(uri: string, article: Article, replacedProvisional: boolean, inputs: string, reduced = false): Article {
    const previous = this.entries.get(uri);
    if (previous?.timer) {
      clearTimeout(previous.timer);
    }
    previous?.running?.cancel();
    this.entries.set(uri, { base: article, current: article, reduced, inputs });
    this.onSettled(article, replacedProvisional);
    return article;
  }

  private async analyzeInBackground(document: TextDocument): Promise<void> {
    const entry = this.entries.get(document.uri);
    if (!entry) {
      return;
    }
    entry.timer = undefined;
    const version = document.version;
    const text = document.getText();
    const running = new CancellationTokenSource();
    entry.running = running;
    try {
      const options = { ...this.optionsFor(document.uri), budgetMs: BACKGROUND_BUDGET_MS };
      const inputs = inputsKey(options);
      const analysis = await this.fullAnalyzer(text, options, running.token);
      const now = this.entries.get(document.uri);
      if (now !== entry) {
        return;
      }
      // When the text moved on while analysing, the result is dropped: the next pause settles the new text, and
      // meanwhile edits keep splicing from the base whose tokens are already encoded.
      if (entry.current.version === version) {
        prepareBase(analysis);
        this.settle(document.uri, settledArticle(document.uri, version, analysis), true, inputs);
      }
    } catch (error) {
      // Cancelled or failed: the provisional analysis stays; the next pause tries again.
      if (this.entries.get(document.uri) === entry && entry.current.version === version && !(error instanceof AnalysisCancelled)) {
        const reason = error instanceof Error ? error.message : String(error);
        const { analysis } = entry.current;
        if (analysis.degraded?.endsWith(RUNNING_NOTE)) {
          // The first partial analysis no longer promises a full one.
          const stopped = { ...analysis, degraded: `${analysis.degraded.slice(0, -RUNNING_NOTE.length)}; ${reason}` };
          entry.current = entry.base = settledArticle(document.uri, version, stopped);
        }
      }
    } finally {
      if (entry.running === running) {
        entry.running = undefined;
      }
      running.dispose();
    }
  }

  /** Whether the document's current analysis is final (not a provisional splice). */
  isSettled(uri: string): boolean {
    const entry = this.entries.get(uri);
    return entry !== undefined && entry.current.edit === undefined;
  }

  /**
   * The document's settled, complete analysis when it was made of exactly `text` with the same corrections,
   * publication date and locale (an export reuses it rather than analysing the file again); else undefined.
   */
  analysisOf(uri: string, text: string, options: DocumentInputs): Analysis | undefined {
    const entry = this.entries.get(uri);
    if (!entry || entry.reduced || entry.current.edit !== undefined) {
      return undefined;
    }
    const { analysis } = entry.current;
    return analysis.text === text && analysis.degraded === undefined && entry.inputs === inputsKey(options) ? analysis : undefined;
  }

  private optionsFor(uri: string): AnalyzeOptions {
    return { corrections: this.corrections.get(uri) ?? [], ...this.inputs.get(uri) };
  }

  /** The document's given publication date and locale; every relative date is resolved again on the next request. */
  setInputs(uri: string, inputs: Pick<AnalyzeOptions, 'published' | 'locale'>): void {
    this.inputs.set(uri, inputs);
    this.forget(uri);
  }

  setCorrections(uri: string, corrections: Correction[]): void {
    const entry = this.entries.get(uri);
    this.corrections.set(uri, corrections);
    if (entry && entry.current.edit === undefined && entry.inputs === inputsKey(this.optionsFor(uri))) {
      // A claim changed, not a correction: the analysis stands.
      return;
    }
    // Force a full analysis on the next request: a splice would carry the old corrections along.
    this.forget(uri);
  }

  forget(uri: string): void {
    const entry = this.entries.get(uri);
    if (entry?.timer) {
      clearTimeout(entry.timer);
    }
    entry?.running?.cancel();
    this.entries.delete(uri);
  }

  /** Drops every analysis (settings changed). */
  clear(): void {
    for (const uri of [...this.entries.keys()]) {
      this.forget(uri);
    }
  }
}
