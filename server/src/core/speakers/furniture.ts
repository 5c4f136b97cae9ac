import { partitionPoint } from '../partitionPoint';
import type { Boilerplate, BoilerplateKind, TextStructure } from '../types';

/** The kinds a headline is filed under; a first line that is a caption, credit or byline stays furniture. */
const HEADLINE_KINDS: ReadonlySet<BoilerplateKind> = new Set(['metadata', 'title-repeat']);

/**
 * Page furniture as the speakers stage sees it: names, quotes and cues inside menus, teasers, credits, bylines,
 * captions or comment threads are no source of speakers (the byline and credits are kept as metadata). The
 * document's first line is the exception: an article's headline ("Jane Roe calls the plan ‘a failure’") says who
 * spoke even when the page dump files it with the furniture.
 */
export class FurnitureSpans {
  private readonly spans: Boilerplate[];

  constructor(boilerplate: readonly Boilerplate[], structure: TextStructure) {
    const headline = structure.lines.find((line) => /\S/.test(structure.text.slice(line.start, line.end)));
    const inHeadline = (block: Boilerplate): boolean =>
      headline !== undefined && HEADLINE_KINDS.has(block.kind) && block.start >= headline.start && block.end <= headline.end;
    this.spans = boilerplate.filter((block) => !inHeadline(block)).sort((a, b) => a.start - b.start);
  }

  /** The furniture span holding `offset` (spans are disjoint: only the last one starting before can hold it). */
  at(offset: number): Boilerplate | undefined {
    const after = partitionPoint(this.spans.length, (index) => this.spans[index].start <= offset);
    return after > 0 && offset < this.spans[after - 1].end ? this.spans[after - 1] : undefined;
  }

  covers(offset: number): boolean {
    return this.at(offset) !== undefined;
  }
}
