// Quote text read in place: a quote can run to many lines, and a regular expression or a split over it is dear.

/** Code units JavaScript's \s matches. */
const isSpace = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
  code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

/** `text.split(/\s+/).length` without the array (a quote can be long): one more than its runs of white space. */
export function wordCount(text: string): number {
  let count = 1;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i)) && (i === 0 || !isSpace(text.charCodeAt(i - 1)))) {
      count++;
    }
  }
  return count;
}

/** `/[.!?…]\s*$/.test(text)`, read from the end: the last character but white space ends a sentence. */
export function endsOnStop(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) {
    k--;
  }
  const code = text.charCodeAt(k);
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}
