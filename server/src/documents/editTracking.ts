import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ContentChange } from '../annotations/anchoring';

/** Told each edit of an open document as offset changes (in order), with the text after them. */
export type EditListener = (uri: string, changes: ContentChange[], text: () => string) => void;

/**
 * TextDocuments' configuration, also reporting every edit as offset replacements: LSP ranges refer to the text
 * after the previous change of the same notification, so each is converted just before it is applied.
 */
export function trackingEdits(listener: EditListener): TextDocumentsConfiguration<TextDocument> {
  return {
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
    update: (document, changes: TextDocumentContentChangeEvent[], version) => {
      const offsets: ContentChange[] = [];
      let current = document;
      for (const change of changes) {
        const rangeOffset = 'range' in change ? current.offsetAt(change.range.start) : 0;
        const rangeEnd = 'range' in change ? current.offsetAt(change.range.end) : current.getText().length;
        offsets.push({ rangeOffset, rangeLength: rangeEnd - rangeOffset, text: change.text });
        current = TextDocument.update(current, [change], version);
      }
      const updated = current;
      listener(updated.uri, offsets, () => updated.getText());
      return updated;
    },
  };
}
