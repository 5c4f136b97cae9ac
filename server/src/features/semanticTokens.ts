import type { Range, SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver';
import type { Article } from './article';
import { encode, spliceEncoded, type Encoded } from './tokenEncoding';
import { flatTokens, spliceTokens, STRIDE, type TokenLayer, type TokenSplice } from './tokenSpans';

const layers = new WeakMap<Article, TokenLayer>();
const encodings = new WeakMap<Article, Encoded>();
const splices = new WeakMap<Article, TokenSplice>();

/** The article's token layer: spliced from its base's after an edit (cheap), else flattened from the analysis. */
function tokensOf(article: Article): TokenLayer {
  let layer = layers.get(article);
  if (!layer) {
    const baseLayer = article.edit ? layers.get(article.edit.base) : undefined;
    const splice = baseLayer && article.edit ? spliceTokens(baseLayer, article.edit.region) : undefined;
    if (splice) {
      splices.set(article, splice);
    }
    layer = splice?.layer ?? flatTokens(article.analysis);
    layers.set(article, layer);
  }
  return layer;
}

/** The article's encoded tokens, spliced from its base's encoding after an edit when possible. */
function encodedOf(article: Article): Encoded {
  let encoded = encodings.get(article);
  if (!encoded) {
    const layer = tokensOf(article);
    const splice = splices.get(article);
    const baseEncoded = article.edit ? encodings.get(article.edit.base) : undefined;
    encoded = (splice && baseEncoded && spliceEncoded(baseEncoded, splice, article.offsets)) || encode(layer, article.offsets);
    encodings.set(article, encoded);
  }
  return encoded;
}

/** Tokens of a range only (the editor asks for the visible part first). */
function inRange(tokens: TokenLayer, from: number, to: number): TokenLayer {
  let low = 0;
  let high = tokens.length / STRIDE;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid * STRIDE + 1] <= from) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  let end = low;
  while (end * STRIDE < tokens.length && tokens[end * STRIDE] < to) {
    end++;
  }
  return tokens.subarray(low * STRIDE, end * STRIDE);
}

interface Previous {
  resultId: string;
  data: number[];
}

/**
 * Semantic tokens with result ids, so that `full/delta` sends only what changed. The delta is the one edit between
 * the common prefix and suffix of the old and new arrays, as VS Code's own builder computes it.
 */
export class SemanticTokensProvider {
  private readonly previous = new Map<string, Previous>();
  private counter = 0;

  full(article: Article): SemanticTokens {
    const data = encodedOf(article).data;
    const resultId = String(++this.counter);
    this.previous.set(article.uri, { resultId, data });
    return { resultId, data };
  }

  /** Computes and caches the article's tokens ahead of the request for them. */
  prepare(article: Article): void {
    encodedOf(article);
  }

  range(article: Article, range: Range): SemanticTokens {
    const from = article.offsets.offsetAt(range.start);
    const to = article.offsets.offsetAt(range.end);
    return { data: encode(inRange(tokensOf(article), from, to), article.offsets).data };
  }

  delta(article: Article, previousResultId: string): SemanticTokens | SemanticTokensDelta {
    const previous = this.previous.get(article.uri);
    const next = this.full(article);
    if (!previous || previous.resultId !== previousResultId) {
      return next;
    }
    const before = previous.data;
    const after = next.data;
    let start = 0;
    while (start < before.length && start < after.length && before[start] === after[start]) {
      start++;
    }
    let suffix = 0;
    while (
      suffix < before.length - start &&
      suffix < after.length - start &&
      before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
    ) {
      suffix++;
    }
    if (start === before.length && start === after.length) {
      return { resultId: next.resultId, edits: [] };
    }
    return {
      resultId: next.resultId,
      edits: [{ start, deleteCount: before.length - start - suffix, data: after.slice(start, after.length - suffix) }],
    };
  }

  forget(uri: string): void {
    this.previous.delete(uri);
  }
}
