import type { Range, SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver';
import { analyzeRegion } from '../core/incremental';
import type { Article } from '../documents/article';
import { tokenEdits } from './tokenDelta';
import { encode, plainData, spliceEncoded, type Encoded } from './tokenEncoding';
import { flatTokens, prepareSplices, spliceTokens, STRIDE, type TokenLayer, type TokenSplice } from './tokenSpans';
import { partitionPoint } from '../core/partitionPoint';

const layers = new WeakMap<Article, TokenLayer>();
const encodings = new WeakMap<Article, Encoded>();
const splices = new WeakMap<Article, TokenSplice | null>();

/** An edited article's tokens as a splice of its base's (cheap), when the base has tokens and the splice applies. */
function spliceOf(article: Article): TokenSplice | undefined {
  const { edit } = article;
  if (!edit) {
    return undefined;
  }
  let splice = splices.get(article);
  if (splice === undefined) {
    const baseLayer = layers.get(edit.base) ?? spliceOf(edit.base)?.layer;
    splice = (baseLayer && spliceTokens(baseLayer, edit.region)) ?? null;
    splices.set(article, splice);
  }
  return splice ?? undefined;
}

/** The article's token layer: spliced from its base's after an edit, else flattened from the analysis. */
function tokensOf(article: Article): TokenLayer {
  let layer = layers.get(article);
  if (!layer) {
    layer = spliceOf(article)?.layer ?? flatTokens(article.analysis);
    layers.set(article, layer);
  }
  return layer;
}

/** The article's encoded tokens, spliced from its base's encoding after an edit when possible. */
function encodedOf(article: Article): Encoded {
  let encoded = encodings.get(article);
  if (!encoded) {
    const { edit } = article;
    const splice = spliceOf(article);
    const baseEncoded = edit ? encodings.get(edit.base) : undefined;
    encoded = (edit && splice && baseEncoded && spliceEncoded(baseEncoded, splice, edit.region.text)) || encode(tokensOf(article), article.offsets);
    encodings.set(article, encoded);
  }
  return encoded;
}

/** Tokens of a range only (the editor asks for the visible part first). */
function inRange(tokens: TokenLayer, from: number, to: number): TokenLayer {
  const low = partitionPoint(tokens.length / STRIDE, (index) => tokens[index * STRIDE + 1] <= from);
  let end = low;
  while (end * STRIDE < tokens.length && tokens[end * STRIDE] < to) {
    end++;
  }
  return tokens.subarray(low * STRIDE, end * STRIDE);
}

/**
 * Runs the edit path (region re-analysis, token splice and delta) on a few body paragraphs of a settled article and
 * drops the results: its first runs in a process are several times slower (cold code) than the next ones, and the
 * first edits of the user should not pay for that.
 */
function warmUp(article: Article, runs = 3): void {
  const { text } = article.analysis;
  const encoded = encodedOf(article);
  for (let i = 1; i <= runs; i++) {
    const at = text.lastIndexOf('\n', Math.floor((text.length * i) / (runs + 1))) + 1;
    const region = analyzeRegion(article.analysis, `${text.slice(0, at)} ${text.slice(at)}`);
    const splice = region && spliceTokens(tokensOf(article), region);
    const spliced = region && splice && spliceEncoded(encoded, splice, region.text);
    if (spliced) {
      tokenEdits(encoded, spliced);
    }
  }
}

/**
 * Semantic tokens with result ids, so that `full/delta` sends only what changed. The delta is the one edit between
 * the common prefix and suffix of the old and new arrays, as VS Code's own builder computes it.
 */
export class SemanticTokensProvider {
  private readonly previous = new Map<string, { resultId: string; encoded: Encoded }>();
  private counter = 0;
  private warm = false;

  full(article: Article): SemanticTokens {
    const encoded = encodedOf(article);
    return { resultId: this.remember(article.uri, encoded), data: plainData(encoded) };
  }

  /** Computes and caches the article's tokens ahead of the request for them (and the arrays a full request sends). */
  prepare(article: Article): void {
    plainData(encodedOf(article));
    prepareSplices(article.analysis);
    if (!this.warm) {
      this.warm = true;
      setImmediate(() => warmUp(article));
    }
  }

  range(article: Article, range: Range): SemanticTokens {
    const from = article.offsets.offsetAt(range.start);
    const to = article.offsets.offsetAt(range.end);
    return { data: plainData(encode(inRange(tokensOf(article), from, to), article.offsets)) };
  }

  delta(article: Article, previousResultId: string): SemanticTokens | SemanticTokensDelta {
    const previous = this.previous.get(article.uri);
    if (!previous || previous.resultId !== previousResultId) {
      return this.full(article);
    }
    const encoded = encodedOf(article);
    return { resultId: this.remember(article.uri, encoded), edits: tokenEdits(previous.encoded, encoded) };
  }

  private remember(uri: string, encoded: Encoded): string {
    const resultId = String(++this.counter);
    this.previous.set(uri, { resultId, encoded });
    return resultId;
  }

  forget(uri: string): void {
    this.previous.delete(uri);
  }
}
