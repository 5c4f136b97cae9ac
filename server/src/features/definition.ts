import type { Location, Position } from 'vscode-languageserver';
import { speakerAt, type Article } from '../documents/article';

/** Go to definition: the speaker's first mention in this article (from a mention or one of their quotes). */
export function definition(article: Article, position: Position): Location | null {
  const { analysis, offsets } = article;
  const speakerIndex = speakerAt(analysis, offsets.offsetAt(position));
  const speaker = speakerIndex === null ? undefined : analysis.speakers[speakerIndex];
  if (!speaker || speaker.mentions.length === 0) {
    return null;
  }
  return { uri: article.uri, range: offsets.rangeOf(analysis.mentions[speaker.mentions[0]]) };
}
