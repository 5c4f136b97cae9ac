import { isSpaceCode } from '../structure';

// Quote text read in place: a quote can run to many lines, and a regular expression or a split over it is dear.

/** `text.split(/\s+/).length` without the array (a quote can be long): one more than its runs of white space. */
export function wordCount(text: string): number {
  let count = 1;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i)) && (i === 0 || !isSpaceCode(text.charCodeAt(i - 1)))) {
      count++;
    }
  }
  return count;
}

/** `/[.!?…]\s*$/.test(text)`, read from the end: the last character but white space ends a sentence. */
export function endsOnStop(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && isSpaceCode(text.charCodeAt(k))) {
    k--;
  }
  const code = text.charCodeAt(k);
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}
