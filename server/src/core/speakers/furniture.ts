import { partitionPoint } from '../partitionPoint';
import { isSpaceCode } from '../structure';
import type { Boilerplate, BoilerplateKind, TextStructure } from '../types';

/** The kinds a headline, subhead or standfirst is filed under; captions, credits and bylines stay furniture. */
const HEAD_KINDS: ReadonlySet<BoilerplateKind> = new Set(['metadata', 'title-repeat']);
/** Non-blank lines just above the body that may be the article's own head (headline, subhead, abstract). */
const HEAD_LINES = 6;

/**
 * Page furniture as the speakers stage sees it: names, quotes and cues inside menus, teasers, credits, bylines,
 * captions or comment threads are no source of speakers (the byline and credits are kept as metadata). The
 * article's head is the exception: its headline, subhead or abstract ("Jane Roe calls the plan ‘a failure’") says
 * who spoke even when a page dump files it with the furniture. That head is the document's first line and the
 * few lines right above the body.
 */
export class FurnitureSpans {
  private readonly spans: Boilerplate[];
  private readonly head: Boilerplate[];

  constructor(boilerplate: readonly Boilerplate[], structure: TextStructure) {
    const sorted = [...boilerplate].sort((a, b) => a.start - b.start);
    const lines = headLines(structure, sorted);
    const inHead = (block: Boilerplate): boolean => HEAD_KINDS.has(block.kind) && lines.has(structure.lineAt(block.start));
    this.spans = sorted.filter((block) => !inHead(block));
    this.head = sorted.filter(inHead);
  }

  /** The furniture span holding `offset`, the article's head aside. */
  at(offset: number): Boilerplate | undefined {
    return holding(this.spans, offset);
  }

  covers(offset: number): boolean {
    return this.at(offset) !== undefined;
  }

  /** In the article's head as a page dump files it (a headline, subhead or abstract among the furniture). */
  inHead(offset: number): boolean {
    return holding(this.head, offset) !== undefined;
  }
}

/** The span of `sorted` holding `offset` (spans are disjoint: only the last one starting before can hold it). */
function holding(sorted: readonly Boilerplate[], offset: number): Boilerplate | undefined {
  const after = partitionPoint(sorted.length, (index) => sorted[index].start <= offset);
  return after > 0 && offset < sorted[after - 1].end ? sorted[after - 1] : undefined;
}

/** Indices of the first non-blank line and of the last few non-blank lines before the first line of the body. */
function headLines(structure: TextStructure, sorted: readonly Boilerplate[]): Set<number> {
  const { text, lines } = structure;
  const head = new Set<number>();
  // the last few non-blank lines seen before the body; the walk stops at the body's first line
  const recent: number[] = [];
  let block = 0;
  for (const line of lines) {
    let from = line.start;
    while (from < line.end && isSpaceCode(text.charCodeAt(from))) {
      from++;
    }
    if (from === line.end) {
      continue;
    }
    if (head.size === 0) {
      head.add(line.index);
    }
    // the body starts at the first non-blank line that holds text outside every furniture span
    while (block < sorted.length && sorted[block].end <= line.start) {
      block++;
    }
    if (block >= sorted.length || sorted[block].start > from) {
      break;
    }
    recent.push(line.index);
    if (recent.length > HEAD_LINES) {
      recent.shift();
    }
  }
  for (const index of recent) {
    head.add(index);
  }
  return head;
}
