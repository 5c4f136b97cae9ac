// The scorer's (../shared/eval/score-quotes.mjs) one-to-one overlap matching of predicted quotes to the fragments
// of quoted PolNeAR contents, shared by the error-analysis scripts so that they count what the scorer counts.

/** The fragments of a gold content (one for a continuous content). */
export const piecesOf = (entry) => entry.fragments ?? [entry];

/** Largest overlap first, then nearest start: each predicted quote and each gold fragment is used at most once.
 * Returns, per predicted quote index, the index (in `quoted`) of the gold content it matched. */
export function matchQuotes(quotes, quoted) {
  const pairs = [];
  quotes.forEach((quote, m) => quoted.forEach((entry, i) => piecesOf(entry).forEach((piece, j) => {
    const width = Math.min(piece.end, quote.end) - Math.max(piece.start, quote.start);
    if (width > 0) {
      pairs.push({ m, i, key: `${i}:${j}`, width, distance: Math.abs(quote.start - piece.start) });
    }
  })));
  pairs.sort((a, b) => b.width - a.width || a.distance - b.distance || a.m - b.m);
  const matched = new Map();
  const usedPieces = new Set();
  for (const pair of pairs) {
    if (!matched.has(pair.m) && !usedPieces.has(pair.key)) {
      matched.set(pair.m, pair.i);
      usedPieces.add(pair.key);
    }
  }
  return matched;
}
