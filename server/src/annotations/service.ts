/**
 * The language server's annotation service: loads each document's annotations from the `.byline/` store, keeps
 * them anchored while the document is edited, writes changes through the file store and tells listeners (the
 * analysis cache's corrections, the client's views) what changed. No LSP imports: features/annotationHost.ts
 * adapts it to the connection.
 */

import type { Span } from '../core/types';
import { createAnnotation, withBody } from './annotate';
import type { ContentChange } from './anchoring';
import { DocumentAnnotations, type DocumentKey } from './documentAnnotations';
import { FileStore, StoreReadOnlyError, type StoreIssue } from './fileStore';
import type { Annotation, AnnotationBody, Creator } from './model';
import { UNTRUSTED_WORKSPACE_MESSAGE } from '../protocol/annotations';

export class UntrustedWorkspaceError extends Error {
  constructor() {
    super(UNTRUSTED_WORKSPACE_MESSAGE);
  }
}

export interface AnnotationServiceHost {
  /** False in an untrusted workspace: annotations are shown, never written. */
  isTrusted(): boolean;
  creator(): Creator;
  /** The current text of a document (the editor's when open, the file's otherwise), or null when unreadable. */
  readText(key: DocumentKey): Promise<string | null>;
  onIssue(issue: StoreIssue): void;
  log(message: string): void;
}

type Listener = (uri: string) => void;

export class AnnotationService {
  private readonly documents = new Map<string, DocumentAnnotations>();
  private readonly stores = new Map<string, FileStore>();
  private readonly listeners = new Set<Listener>();

  constructor(private readonly host: AnnotationServiceHost) {}

  /** Called with a document URI whenever its annotations (or their spans) change. */
  onDidChange(listener: Listener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  storeFor(root: string): FileStore {
    let store = this.stores.get(root);
    if (!store) {
      store = new FileStore(root, { onIssue: (issue) => this.host.onIssue(issue) });
      this.stores.set(root, store);
    }
    return store;
  }

  get(uri: string): DocumentAnnotations | undefined {
    return this.documents.get(uri);
  }

  all(): DocumentAnnotations[] {
    return [...this.documents.values()];
  }

  /**
   * (Re)loads a document's annotations from disk and anchors them in `text`. With `keepLive` (a reload while the
   * document is open), annotations already held keep the spans they followed through edits; without it (a
   * document just opened, whose text may differ from what was held) everything is placed afresh.
   */
  async load(key: DocumentKey, text: string, keepLive = true): Promise<DocumentAnnotations> {
    const read = await this.storeFor(key.root).read(key.source);
    const held = keepLive ? this.documents.get(key.uri) : undefined;
    const loaded =
      read.state === 'unreadable'
        ? DocumentAnnotations.empty(key, true)
        : (held?.merged(read.store, text, false) ?? DocumentAnnotations.resolve(key, read.store, text));
    this.documents.set(key.uri, loaded);
    const orphans = loaded.orphans.length;
    if (orphans > 0) {
      this.host.log(`${key.source}: ${orphans} annotation(s) could not be placed and are listed as orphans`);
    }
    this.emit(key.uri);
    return loaded;
  }

  /** Loads every annotated document of a workspace folder (for the views), reading texts through the host. */
  async loadFolder(root: string, keyOf: (source: string) => DocumentKey): Promise<void> {
    for (const source of await this.storeFor(root).listSources()) {
      const key = keyOf(source);
      if (this.documents.has(key.uri)) {
        continue;
      }
      const text = await this.host.readText(key);
      if (text === null) {
        this.host.log(`${source}: annotated, but the document is missing or unreadable`);
        continue;
      }
      await this.load(key, text);
    }
  }

  /** Follows live edits of an open document; `text` is the document's text after them. */
  applyChanges(uri: string, changes: readonly ContentChange[], text?: () => string): void {
    if (this.documents.get(uri)?.applyChanges(changes, text)) {
      this.emit(uri);
    }
  }

  /** After a save, writes the spans that moved with edits, so the store matches the saved text. */
  async saved(uri: string, text: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document || document.readOnly || !this.host.isTrusted()) {
      return;
    }
    const moved = document.retargetedMoved(text);
    if (moved.length > 0) {
      await this.write(document, text, moved, []);
    }
  }

  /** Tags each span with the same body (multi-cursor tagging). */
  async add(key: DocumentKey, text: string, spans: readonly Span[], body: AnnotationBody): Promise<Annotation[]> {
    const document = this.documents.get(key.uri) ?? (await this.load(key, text));
    const creator = this.host.creator();
    const created = spans.map((span) => createAnnotation({ source: key.source, text, span, body, creator }));
    await this.write(document, text, created, []);
    return created;
  }

  async update(uri: string, text: string, id: string, body: AnnotationBody): Promise<Annotation | null> {
    const document = this.documents.get(uri);
    const entry = document?.byId(id);
    if (!document || !entry) {
      return null;
    }
    const edited = withBody(entry.annotation, body);
    await this.write(document, text, [edited], []);
    return edited;
  }

  /** Removes annotations; returns them (with a fresh `modified`) so they can be restored by `restore`. */
  async remove(uri: string, text: string, ids: readonly string[]): Promise<Annotation[]> {
    const document = this.documents.get(uri);
    if (!document) {
      return [];
    }
    const removed = ids.flatMap((id) => {
      const entry = document.byId(id);
      return entry ? [entry.annotation] : [];
    });
    const at = new Date().toISOString();
    await this.write(document, text, [], removed.map((annotation) => ({ id: annotation.id, at })));
    return removed;
  }

  async restore(uri: string, text: string, annotations: readonly Annotation[]): Promise<void> {
    const document = this.documents.get(uri);
    if (document) {
      const now = new Date().toISOString();
      await this.write(document, text, annotations.map((annotation) => ({ ...annotation, modified: now })), []);
    }
  }

  forget(uri: string): void {
    if (this.documents.delete(uri)) {
      this.emit(uri);
    }
  }

  private async write(
    document: DocumentAnnotations,
    text: string,
    upserts: Annotation[],
    deletions: { id: string; at: string }[],
  ): Promise<void> {
    if (!this.host.isTrusted()) {
      throw new UntrustedWorkspaceError();
    }
    const key = document.key;
    try {
      const stored = await this.storeFor(key.root).update(key.source, { upserts, deletions });
      this.documents.set(key.uri, (this.documents.get(key.uri) ?? document).merged(stored, text, false));
    } catch (error) {
      if (error instanceof StoreReadOnlyError) {
        this.documents.set(key.uri, DocumentAnnotations.empty(key, true));
      }
      throw error;
    } finally {
      this.emit(key.uri);
    }
  }

  private emit(uri: string): void {
    for (const listener of this.listeners) {
      listener(uri);
    }
  }
}
