import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import { mentionCount, mentionRange, type WorkspaceSpeakerIndex } from '../core/workspaceIndex';
import { counted } from '../protocol/plural';

const MAX_SYMBOLS = 500;

/** Speakers across the workspace, one symbol per speaker per file (at their first mention there). */
export function workspaceSymbols(query: string, index: WorkspaceSpeakerIndex): SymbolInformation[] {
  const symbols: SymbolInformation[] = [];
  for (const speaker of index.speakers(query)) {
    for (const file of speaker.files) {
      if (mentionCount(file.entry) === 0) {
        continue;
      }
      symbols.push({
        name: speaker.name,
        kind: speaker.kind === 'org' ? SymbolKind.Namespace : SymbolKind.Variable,
        location: { uri: file.uri, range: mentionRange(file.entry, 0) },
        containerName: counted(file.entry.quotes, 'quote'),
      });
      if (symbols.length >= MAX_SYMBOLS) {
        return symbols;
      }
    }
  }
  return symbols;
}
