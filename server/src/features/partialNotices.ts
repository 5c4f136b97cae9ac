import { MessageType, ShowMessageNotification, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FullAnalyzer } from '../documents/analysisCache';
import type { Article } from '../documents/article';
import { JobTimedOut } from '../pool';
import { sendQuietly } from '../sendQuietly';

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

/** Tells the user why a document's analysis is reduced or partial: once per document, as a notification. */
export class PartialNotices {
  private readonly told = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
  ) {}

  /** The size limit or the time budget cut this article's analysis short. */
  tellIfPartial(article: Article, reduced: string | undefined): void {
    const why = reduced ?? (article.edit === undefined ? article.analysis.degraded : undefined);
    if (why === undefined || this.told.has(article.uri)) {
      return;
    }
    this.told.add(article.uri);
    // A notification: showInformationMessage sends a request whose rejection (a client without it) would be unhandled.
    this.notify(MessageType.Info, `Byline: ${fileName(article.uri)}: ${why}`);
  }

  /** The document closed: tell again when it is opened again. */
  forget(uri: string): void {
    this.told.delete(uri);
  }

  /** `analyzer`, telling the user when the watchdog stopped a background analysis (the document keeps its partial one). */
  tellingWhenStopped(analyzer: FullAnalyzer): FullAnalyzer {
    return (text, options, token) =>
      analyzer(text, options, token).catch((error: unknown) => {
        const document = error instanceof JobTimedOut ? this.documents.all().find((open) => open.getText() === text) : undefined;
        if (document && error instanceof Error) {
          this.notify(MessageType.Warning, `Byline: ${fileName(document.uri)}: ${error.message}; showing the partial analysis`);
        }
        throw error;
      });
  }

  private notify(type: MessageType, message: string): void {
    sendQuietly(() => this.connection.sendNotification(ShowMessageNotification.type, { type, message }));
  }
}
