/**
 * The client's view of the claims and corrections the language server stores: what the decorations, views,
 * status bar and commands show, refreshed when the server says a document's annotations changed. Every change is
 * a request to the server, which owns the `.byline/` store. Pure (no vscode): unit-tested under node:test.
 */

import {
  AddAnnotationsRequest,
  EditAnnotationRequest,
  ListAnnotationsRequest,
  RemoveAnnotationsRequest,
  RestoreAnnotationsRequest,
  type Annotation,
  type AnnotationBody,
  type AnnotationItem,
  type DocumentAnnotationsResult,
  type Span,
} from '../../server/src/protocol/annotations';
import { OffsetMap, type Range } from '../../server/src/protocol/offsets';

export interface AnnotationServer {
  list(uri?: string): Promise<DocumentAnnotationsResult[] | null>;
  add(uri: string, ranges: Range[], body: AnnotationBody): Promise<Annotation[]>;
  edit(uri: string, id: string, body: AnnotationBody): Promise<Annotation | null>;
  remove(uri: string, ids: string[]): Promise<Annotation[]>;
  restore(uri: string, annotations: Annotation[]): Promise<void>;
}

/** The typed requests behind AnnotationServer, given a way to send a request (and one that waits for the server). */
export function annotationServer(
  read: <R>(method: string, params: unknown) => Promise<R | null>,
  write: <R>(method: string, params: unknown) => Promise<R>,
): AnnotationServer {
  return {
    list: async (uri) => (await read<{ documents: DocumentAnnotationsResult[] }>(ListAnnotationsRequest.method, uri ? { uri } : {}))?.documents ?? null,
    add: async (uri, ranges, body) => (await write<{ annotations: Annotation[] }>(AddAnnotationsRequest.method, { uri, ranges, body })).annotations,
    edit: (uri, id, body) => write<Annotation | null>(EditAnnotationRequest.method, { uri, id, body }),
    remove: async (uri, ids) => (await write<{ removed: Annotation[] }>(RemoveAnnotationsRequest.method, { uri, ids })).removed,
    restore: (uri, annotations) => write<void>(RestoreAnnotationsRequest.method, { uri, annotations }),
  };
}

/** One document's annotations as the server placed them. */
export class AnnotatedDocument {
  constructor(readonly result: DocumentAnnotationsResult) {}

  get uri(): string {
    return this.result.uri;
  }

  get source(): string {
    return this.result.source;
  }

  get items(): readonly AnnotationItem[] {
    return this.result.items;
  }

  get orphans(): AnnotationItem[] {
    return this.result.items.filter((item) => item.range === null);
  }

  byId(id: string): AnnotationItem | undefined {
    return this.result.items.find((item) => item.annotation.id === id);
  }

  /** Annotations whose range overlaps `span` of `text` (or contains the point, for an empty span). */
  at(text: string, span: Span): AnnotationItem[] {
    const map = new OffsetMap(text);
    return this.result.items.filter((item) => {
      if (!item.range) {
        return false;
      }
      const start = map.offsetAt(item.range.start);
      const end = map.offsetAt(item.range.end);
      return span.start === span.end ? start <= span.start && span.start <= end : start < span.end && span.start < end;
    });
  }
}

type Listener = (uri: string) => void;

export class AnnotationClient {
  private readonly documents = new Map<string, AnnotatedDocument>();
  private readonly listeners = new Set<Listener>();

  constructor(private readonly server: AnnotationServer) {}

  onDidChange(listener: Listener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  get(uri: string): AnnotatedDocument | undefined {
    return this.documents.get(uri);
  }

  all(): AnnotatedDocument[] {
    return [...this.documents.values()];
  }

  /** Asks the server again for one document's annotations, or (without `uri`) for every annotated document. */
  async refresh(uri?: string): Promise<void> {
    const documents = await this.server.list(uri);
    if (documents === null) {
      return;
    }
    const seen = new Set(documents.map((document) => document.uri));
    const dropped = uri === undefined ? [...this.documents.keys()].filter((known) => !seen.has(known)) : seen.has(uri) ? [] : [uri];
    for (const gone of dropped) {
      if (this.documents.delete(gone)) {
        this.emit(gone);
      }
    }
    for (const document of documents) {
      this.documents.set(document.uri, new AnnotatedDocument(document));
      this.emit(document.uri);
    }
  }

  async add(uri: string, ranges: Range[], body: AnnotationBody): Promise<Annotation[]> {
    const added = await this.server.add(uri, ranges, body);
    await this.refresh(uri);
    return added;
  }

  async update(uri: string, id: string, body: AnnotationBody): Promise<Annotation | null> {
    const edited = await this.server.edit(uri, id, body);
    await this.refresh(uri);
    return edited;
  }

  async remove(uri: string, ids: string[]): Promise<Annotation[]> {
    const removed = await this.server.remove(uri, ids);
    await this.refresh(uri);
    return removed;
  }

  async restore(uri: string, annotations: Annotation[]): Promise<void> {
    await this.server.restore(uri, annotations);
    await this.refresh(uri);
  }

  private emit(uri: string): void {
    for (const listener of this.listeners) {
      listener(uri);
    }
  }
}
