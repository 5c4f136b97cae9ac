/** Long invented articles for the latency tests: many short paragraphs, each with a quote, a speaker and a date. */
export function inventedArticle(bytes: number, title = 'Harbour works overrun again'): string {
  const names = ['Ilse Varga', 'Tomas Reed', 'Mira Holt', 'Oskar Lind'];
  const paragraphs: string[] = [`${title}\n`];
  for (let i = 0, length = 0; length < bytes; i++) {
    const paragraph = `“The pier ${i} will reopen in spring,” said ${names[i % names.length]}, the harbour engineer, on Tuesday ${(i % 28) + 1} May.\n`;
    paragraphs.push(paragraph);
    length += paragraph.length + 1;
  }
  return paragraphs.join('\n');
}
