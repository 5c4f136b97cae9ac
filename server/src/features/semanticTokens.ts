import type { Range, SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver';
import type { Analysis } from '../core';
import type { OffsetMap } from '../protocol/offsets';
import type { Article } from './article';
import { flatTokens, type FlatToken } from './tokenSpans';

const flatCache = new WeakMap<Analysis, FlatToken[]>();

function tokensOf(analysis: Analysis): FlatToken[] {
  let tokens = flatCache.get(analysis);
  if (!tokens) {
    tokens = flatTokens(analysis);
    flatCache.set(analysis, tokens);
  }
  return tokens;
}

/** LSP relative encoding (deltaLine, deltaStart, length, type, modifiers), cutting tokens at line ends. */
function encode(tokens: readonly FlatToken[], offsets: OffsetMap): number[] {
  const data: number[] = [];
  let previousLine = 0;
  let previousCharacter = 0;
  const push = (line: number, character: number, length: number, token: FlatToken): void => {
    if (length <= 0) {
      return;
    }
    const deltaLine = line - previousLine;
    data.push(deltaLine, deltaLine === 0 ? character - previousCharacter : character, length, token.type, token.modifiers);
    previousLine = line;
    previousCharacter = character;
  };
  for (const token of tokens) {
    const start = offsets.positionAt(token.start);
    const end = offsets.positionAt(token.end);
    if (start.line === end.line) {
      push(start.line, start.character, end.character - start.character, token);
      continue;
    }
    push(start.line, start.character, offsets.lineEnd(start.line) - token.start, token);
    for (let line = start.line + 1; line < end.line; line++) {
      push(line, 0, offsets.lineEnd(line) - offsets.lineStart(line), token);
    }
    push(end.line, 0, end.character, token);
  }
  return data;
}

/** Tokens of a range only (the editor asks for the visible part first). */
function inRange(tokens: readonly FlatToken[], from: number, to: number): FlatToken[] {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].end <= from) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  const result: FlatToken[] = [];
  for (let i = low; i < tokens.length && tokens[i].start < to; i++) {
    result.push(tokens[i]);
  }
  return result;
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
    const data = encode(tokensOf(article.analysis), article.offsets);
    const resultId = String(++this.counter);
    this.previous.set(article.uri, { resultId, data });
    return { resultId, data };
  }

  range(article: Article, range: Range): SemanticTokens {
    const from = article.offsets.offsetAt(range.start);
    const to = article.offsets.offsetAt(range.end);
    return { data: encode(inRange(tokensOf(article.analysis), from, to), article.offsets) };
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
