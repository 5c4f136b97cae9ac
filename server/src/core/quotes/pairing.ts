import type { Mark } from './marks';

/** An opening mark and the mark that closes it; `close` is null when nothing in the line closes it. */
export interface MarkPair {
  open: Mark;
  close: Mark | null;
}

/**
 * Pairs the marks of one line the way a reader does (hand-written: no library pairs quotation marks by reading).
 * A stack of open marks: a closing double mark closes the nearest open double (single marks opened after it were
 * apostrophes or strays and are dropped); a single mark only closes a single quote opened right before it;
 * a mark that could go either way closes when a quote of its family is open and opens otherwise.
 * Double quotes left open are returned unclosed, in text order; single ones are dropped (they were apostrophes).
 * Linear: every mark is pushed and popped at most once.
 */
export function pairMarks(marks: readonly Mark[]): MarkPair[] {
  const pairs: MarkPair[] = [];
  const stack: Mark[] = [];
  let openDoubles = 0;
  /** Pops down to stack[index] and returns it; the marks above it are single marks that never closed. */
  const popTo = (index: number): Mark => {
    stack.length = index + 1;
    const open = stack.pop() as Mark;
    if (open.family === 'double') {
      openDoubles--;
    }
    return open;
  };

  for (const mark of marks) {
    if (mark.family === 'double') {
      const closes = mark.role === 'close' || (mark.role === 'either' && openDoubles > 0);
      if (!closes) {
        stack.push(mark);
        openDoubles++;
        continue;
      }
      let at = stack.length - 1;
      while (at >= 0 && stack[at].family !== 'double') {
        at--;
      }
      if (at >= 0) {
        pairs.push({ open: popTo(at), close: mark });
      }
      continue;
    }
    const top = stack.length > 0 ? stack[stack.length - 1] : undefined;
    if (mark.role !== 'open' && top?.family === 'single') {
      pairs.push({ open: popTo(stack.length - 1), close: mark });
    } else if (mark.role === 'open') {
      stack.push(mark);
    }
  }
  for (const open of stack) {
    if (open.family === 'double') {
      pairs.push({ open, close: null });
    }
  }
  return pairs.sort((a, b) => a.open.start - b.open.start);
}
