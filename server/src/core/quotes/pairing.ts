import type { Mark } from './marks';

/** An opening mark and the mark that closes it; `close` is null when nothing in the line closes it. */
export interface MarkPair {
  open: Mark;
  close: Mark | null;
}

/** An inch or second mark (a 16" screen, 13” models) closes nothing and opens nothing. */
function afterDigit(text: string, mark: Mark): boolean {
  const code = text.charCodeAt(mark.start - 1);
  return code >= 0x30 && code <= 0x39;
}

/**
 * Pairs the marks of one line the way a reader does (hand-written: no library pairs quotation marks by reading).
 * A stack of open marks: a closing double mark closes the nearest open double (single marks opened after it were
 * apostrophes or strays and are dropped); a single mark only closes a single quote opened right before it;
 * a mark that could go either way closes when a quote of its family is open and opens otherwise.
 * Double quotes left open are returned unclosed; single ones are dropped (they were apostrophes). Of two closing double
 * marks with nothing open before them, the first was meant to open.
 * Returns the pairs in the order of their opening marks. Linear: every mark is pushed and popped at most once.
 */
export function pairMarks(marks: readonly Mark[], text: string): MarkPair[] {
  const closeOf: (Mark | null | undefined)[] = new Array<Mark | null | undefined>(marks.length);
  const stack: number[] = []; // indices into marks
  let openDoubles = 0;
  let stray = -1; // a closing double mark that found nothing open

  marks.forEach((mark, index) => {
    if (mark.family === 'double') {
      const closes = mark.role === 'close' || (mark.role === 'either' && openDoubles > 0);
      if (!closes) {
        stack.push(index);
        openDoubles++;
        return;
      }
      if (openDoubles > 0) {
        while (marks[stack[stack.length - 1]].family !== 'double') {
          stack.pop(); // a single mark that never closed: an apostrophe after all
        }
        closeOf[stack.pop() as number] = mark;
        openDoubles--;
      } else if (stray >= 0 && !afterDigit(text, marks[stray]) && !afterDigit(text, mark)) {
        closeOf[stray] = mark; // two closing marks and nothing open (He says,” there are …”): the first one opened
        stray = -1;
      } else {
        stray = index;
      }
      return;
    }
    const top = stack.length > 0 ? marks[stack[stack.length - 1]] : undefined;
    if (mark.role !== 'open' && top?.family === 'single') {
      closeOf[stack.pop() as number] = mark;
    } else if (mark.role === 'open') {
      stack.push(index);
    }
  });
  for (const index of stack) {
    if (marks[index].family === 'double') {
      closeOf[index] = null;
    }
  }
  const pairs: MarkPair[] = [];
  marks.forEach((open, index) => {
    const close = closeOf[index];
    if (close !== undefined) {
      pairs.push({ open, close });
    }
  });
  return pairs;
}
