import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { firstWords, quoteExtent, type Article } from '../documents/article';
import { counted } from '../protocol/plural';

const MAX_DATES = 200;

/** Outline: the title, each speaker with their quotes, and the dates. */
export function documentSymbols(article: Article): DocumentSymbol[] {
  const { analysis, offsets } = article;
  const symbols: DocumentSymbol[] = [];
  const title = analysis.metadata.title;
  if (title) {
    const range = offsets.rangeOf(title);
    symbols.push({ name: title.text.trim() || '(title)', detail: 'title', kind: SymbolKind.File, range, selectionRange: range });
  }
  for (const speaker of analysis.speakers) {
    const first = speaker.mentions.length ? analysis.mentions[speaker.mentions[0]] : undefined;
    const quotes = speaker.quotes.map((index) => analysis.quotes[index]);
    const anchor = first ?? (quotes[0] ? quoteExtent(quotes[0]) : undefined);
    if (!anchor) {
      continue;
    }
    const children: DocumentSymbol[] = quotes.map((quote) => {
      const range = offsets.rangeOf(quoteExtent(quote));
      return { name: `“${firstWords(quote.text)}”`, detail: quote.kind, kind: SymbolKind.String, range, selectionRange: range };
    });
    const extents = quotes.map(quoteExtent);
    const range = offsets.rangeOf({
      start: Math.min(anchor.start, ...extents.map((extent) => extent.start)),
      end: Math.max(anchor.end, ...extents.map((extent) => extent.end)),
    });
    const selectionRange = offsets.rangeOf(anchor);
    symbols.push({
      name: speaker.name,
      detail: `${speaker.kind}, ${counted(quotes.length, 'quote')}`,
      kind: speaker.kind === 'org' ? SymbolKind.Namespace : SymbolKind.Variable,
      range,
      selectionRange,
      children,
    });
  }
  for (const date of analysis.dates.slice(0, MAX_DATES)) {
    const range = offsets.rangeOf(date);
    symbols.push({ name: date.text, detail: date.value, kind: SymbolKind.Event, range, selectionRange: range });
  }
  return symbols;
}
