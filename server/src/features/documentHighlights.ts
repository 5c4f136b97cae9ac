import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver';
import { speakerAt, type Article } from '../documents/article';

/** Every mention of the speaker under the cursor (on a mention or inside one of their quotes). */
export function documentHighlights(article: Article, position: Position): DocumentHighlight[] {
  const { analysis, offsets } = article;
  const speakerIndex = speakerAt(analysis, offsets.offsetAt(position));
  const speaker = speakerIndex === null ? undefined : analysis.speakers[speakerIndex];
  if (!speaker) {
    return [];
  }
  return speaker.mentions.map((mentionIndex, i) => ({
    range: offsets.rangeOf(analysis.mentions[mentionIndex]),
    kind: i === 0 ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}
