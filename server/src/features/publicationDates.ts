/**
 * The server side of a document's publication date: reads the date and locale given in `.byline/metadata/` for
 * each document it analyses (and again when the file changes on disk), hands them to the analysis, and answers
 * "what is this document's date and why" and "set it" (byline/publicationDate, byline/setPublicationDate).
 */

import { fileURLToPath } from 'node:url';
import { ErrorCodes, MessageType, ResponseError, ShowMessageNotification, type Connection, type FileEvent, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { METADATA_DIR } from '../annotations/metadata';
import { MetadataStore } from '../annotations/metadataStore';
import { STORE_DIR } from '../annotations/model';
import { InvalidPublishedDate, parseGivenDate } from '../core/givenDate';
import { resolvePublished } from '../core/published';
import type { PublishedDate } from '../core/types';
import { PublicationDateRequest, SetPublicationDateRequest, type PublicationDateInfo, type PublishedInfo } from '../protocol/publication';
import type { AnnotationHost } from './annotationHost';
import type { Article } from '../documents/article';
import { sendQuietly } from '../sendQuietly';

/** What `.byline/metadata/` gives a document's analysis. */
export interface DocumentDateInputs {
  published?: PublishedDate;
  locale?: string;
}

/** Glob of the metadata files the client is asked to watch. */
export const METADATA_FILES_GLOB = `**/${STORE_DIR}/${METADATA_DIR}/**/*.json`;

export interface PublicationDatesOptions {
  connection: Connection;
  /** Workspace folders, trust and the creator name come from the annotation store's host. */
  host: AnnotationHost;
  /** The analysed article, or undefined when the document is not open or Byline is off for it. */
  articleFor(uri: string): Article | undefined;
  /** Called when a document's inputs changed: its relative dates are resolved again. */
  onInputs(uri: string, inputs: DocumentDateInputs): void;
}

export class PublicationDates {
  private readonly inputs = new Map<string, DocumentDateInputs & { given?: PublicationDateInfo['given'] }>();
  /** Documents whose metadata file cannot be read, with why (told once per file content). */
  private readonly unreadable = new Map<string, string>();

  constructor(private readonly options: PublicationDatesOptions) {}

  inputsOf(uri: string): DocumentDateInputs {
    const { published, locale } = this.inputs.get(uri) ?? {};
    return { ...(published ? { published } : {}), ...(locale ? { locale } : {}) };
  }

  /** Reads the document's metadata file; tells the analysis when what it gives changed. */
  async load(uri: string): Promise<void> {
    const key = this.options.host.keyOf(uri);
    if (!key) {
      return;
    }
    const read = await new MetadataStore(key.root).read(key.source);
    if (read.state === 'unreadable') {
      const told = this.unreadable.get(key.uri);
      const why = `Byline: ${read.file} is not used (${read.message}); a copy is at ${read.backup ?? '(backup failed)'}. Fix it or set the date again.`;
      if (told !== why) {
        this.unreadable.set(key.uri, why);
        sendQuietly(() => this.options.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: why }));
      }
    } else {
      this.unreadable.delete(key.uri);
    }
    const metadata = read.state === 'unreadable' ? undefined : read.metadata;
    const stated = metadata?.published;
    const next = {
      ...(stated ? { published: { ...parseGivenDate(stated.value), reason: givenReason(stated.creator?.name) } } : {}),
      ...(metadata?.locale ? { locale: metadata.locale } : {}),
      given: stated ? { value: stated.value, ...(stated.creator ? { creator: stated.creator.name } : {}), ...(stated.modified ? { modified: stated.modified } : {}) } : null,
    };
    if (JSON.stringify(next) !== JSON.stringify(this.inputs.get(key.uri) ?? { given: null })) {
      this.inputs.set(key.uri, next);
      this.options.onInputs(key.uri, this.inputsOf(key.uri));
    }
  }

  /** Watched files: a metadata file was written (by us, another window, a script, git). */
  async filesChanged(changes: readonly FileEvent[]): Promise<void> {
    for (const change of changes) {
      const file = change.uri.startsWith('file:') ? fileURLToPath(change.uri) : null;
      const key = file ? this.options.host.keyOf(change.uri) : null;
      const source = key ? new MetadataStore(key.root).sourceOfFile(file ?? '') : null;
      if (key && source !== null) {
        await this.load(this.options.host.keyOfSource(key.root, source).uri);
      }
    }
  }

  /** A document was renamed or moved: its metadata file follows it. */
  async renamed(oldUri: string, newUri: string): Promise<void> {
    const from = this.options.host.keyOf(oldUri);
    const to = this.options.host.keyOf(newUri);
    if (!from || !to || from.root !== to.root || !this.options.host.isTrusted) {
      return;
    }
    const store = new MetadataStore(from.root);
    const read = await store.read(from.source);
    if (read.state !== 'ok') {
      return;
    }
    const { published, locale } = read.metadata;
    await store.update(to.source, {
      ...(published ? { published: { value: published.value, creator: { type: 'Person', name: published.creator?.name ?? '' } } } : {}),
      ...(locale ? { locale } : {}),
    });
    await store.update(from.source, { published: null, locale: null });
    this.inputs.delete(from.uri);
    await this.load(to.uri);
  }

  forget(uri: string): void {
    this.inputs.delete(uri);
  }

  /** The document's date now, what its text alone says, and what was given; null when Byline is off for it. */
  info(uri: string): PublicationDateInfo | null {
    const article = this.options.articleFor(uri);
    if (!article) {
      return null;
    }
    const { analysis } = article;
    const current = analysis.metadata.published;
    const fromText = current.basis === 'given' ? resolvePublished(analysis.structure, analysis.boilerplate) : current;
    const key = this.options.host.keyOf(uri);
    const readOnlyReason = !key
      ? 'the document is not a file inside a workspace folder'
      : !this.options.host.isTrusted
        ? 'the workspace is not trusted'
        : this.unreadable.get(key.uri);
    return {
      uri,
      current: describe(article, current),
      fromText: describe(article, fromText),
      given: this.inputs.get(key?.uri ?? uri)?.given ?? null,
      writable: readOnlyReason === undefined,
      ...(readOnlyReason !== undefined ? { readOnlyReason } : {}),
    };
  }

  /** Stores (or clears, with null) the document's given date and resolves its relative dates again. */
  async set(uri: string, value: string | null): Promise<PublicationDateInfo | null> {
    const key = this.options.host.keyOf(uri);
    if (!key) {
      throw refuse('Byline: the publication date can only be set for a file inside a workspace folder.');
    }
    if (!this.options.host.isTrusted) {
      throw refuse('Byline: this workspace is not trusted, so Byline writes nothing in it.');
    }
    if (value !== null) {
      try {
        parseGivenDate(value);
      } catch (error) {
        throw new ResponseError(ErrorCodes.InvalidParams, `Byline: ${error instanceof InvalidPublishedDate ? error.message : String(error)}`);
      }
    }
    const creator = this.options.host.creator();
    await new MetadataStore(key.root).update(key.source, { published: value === null ? null : { value, creator } });
    await this.load(key.uri);
    return this.info(key.uri);
  }
}

function givenReason(creator: string | undefined): string {
  return creator ? `set by ${creator} in .byline/metadata` : 'set in .byline/metadata';
}

function describe(article: Article, published: PublishedDate): PublishedInfo {
  return {
    value: published.value,
    ...(published.partial ? { partial: published.partial } : {}),
    basis: published.basis,
    evidence: published.evidence ? { text: published.evidence.text, range: article.offsets.rangeOf(published.evidence) } : null,
    ...(published.reason ? { reason: published.reason } : {}),
  };
}

function refuse(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidRequest, message);
}

/** Reads a document's metadata when it opens and when it is renamed, and answers the publication-date requests. */
export function registerPublicationDates(connection: Connection, documents: TextDocuments<TextDocument>, dates: PublicationDates): void {
  const logFailure = (what: string) => (error: unknown) =>
    connection.console.error(`byline: publication date on ${what}: ${error instanceof Error ? error.message : String(error)}`);
  documents.onDidOpen((event) => void dates.load(event.document.uri).catch(logFailure('open')));
  documents.onDidClose((event) => dates.forget(event.document.uri));
  connection.onRequest(PublicationDateRequest.type, (params) => dates.info(params.uri));
  connection.onRequest(SetPublicationDateRequest.type, async (params) => {
    try {
      return await dates.set(params.uri, params.value);
    } catch (error) {
      if (error instanceof ResponseError) {
        throw error;
      }
      throw new ResponseError(ErrorCodes.InternalError, `Byline: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}
