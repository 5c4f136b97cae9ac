import type { Location, Position } from 'vscode-languageserver';
import { mentionCount, mentionRange, type WorkspaceSpeakerIndex } from '../core/workspaceIndex';
import { speakerAt, type Article } from '../documents/article';

/**
 * All mentions of the speaker under the cursor, attributed pronouns included: this article's from its analysis,
 * other files' from the workspace index.
 */
export function references(
  article: Article,
  position: Position,
  includeDeclaration: boolean,
  index: WorkspaceSpeakerIndex,
): Location[] {
  const { analysis, offsets } = article;
  const speakerIndex = speakerAt(analysis, offsets.offsetAt(position));
  const speaker = speakerIndex === null ? undefined : analysis.speakers[speakerIndex];
  if (!speaker) {
    return [];
  }
  const locations: Location[] = speaker.mentions
    .filter((_, i) => includeDeclaration || i > 0)
    .map((mentionIndex) => ({ uri: article.uri, range: offsets.rangeOf(analysis.mentions[mentionIndex]) }));
  for (const file of index.filesOf(speaker.name)) {
    if (file.uri === article.uri) {
      continue;
    }
    for (let i = 0; i < mentionCount(file.entry); i++) {
      locations.push({ uri: file.uri, range: mentionRange(file.entry, i) });
    }
  }
  return locations;
}
