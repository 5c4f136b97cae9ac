import { partitionPoint } from '../partitionPoint';
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
  const nonBlank = lines.filter((line) => /\S/.test(text.slice(line.start, line.end)));
  const head = new Set<number>();
  if (nonBlank.length === 0) {
    return head;
  }
  head.add(nonBlank[0].index);
  // the body starts at the first non-blank line that holds text outside every furniture span
  let block = 0;
  let body = nonBlank.findIndex((line) => {
    while (block < sorted.length && sorted[block].end <= line.start) {
      block++;
    }
    const content = text.slice(line.start, line.end);
    const from = line.start + (content.length - content.trimStart().length);
    return block >= sorted.length || sorted[block].start > from;
  });
  if (body < 0) {
    body = nonBlank.length;
  }
  for (let k = Math.max(0, body - HEAD_LINES); k < body; k++) {
    head.add(nonBlank[k].index);
  }
  return head;
}
