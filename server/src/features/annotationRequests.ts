/**
 * The store's requests (protocol/annotations.ts) and the operations behind them, shared by the editor commands
 * (executeCommand): list, add, edit, remove and restore claims and corrections. A refusal is an error response
 * whose message is meant for the user.
 */

import { ErrorCodes, ResponseError, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  UntrustedWorkspaceError,
  annotationProblem,
  createAnnotation,
  type Annotation,
  type AnnotationBody,
  type DocumentAnnotations,
} from '../annotations';
import type { Span } from '../core/types';
import {
  AddAnnotationsRequest,
  EditAnnotationRequest,
  ListAnnotationsRequest,
  RemoveAnnotationsRequest,
  RestoreAnnotationsRequest,
  WorkspaceTrustNotification,
  type AnnotationItem,
  type DocumentAnnotationsResult,
} from '../protocol/annotations';
import { CodePointMap, OffsetMap, type Range } from '../protocol/offsets';
import { claimSpans } from '../protocol/spans';
import type { AnnotationHost } from './annotationHost';

function refuse(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidRequest, message);
}

export class AnnotationOperations {
  constructor(
    private readonly host: AnnotationHost,
    /** The open document's version, when it is open. */
    private readonly versionOf: (uri: string) => number | undefined,
  ) {}

  async list(uri?: string): Promise<DocumentAnnotationsResult[]> {
    if (uri !== undefined) {
      const document = await this.host.documentFor(uri);
      return document ? [await this.describe(document)] : [];
    }
    await this.host.whenLoaded();
    return Promise.all(this.host.service.all().map((document) => this.describe(document)));
  }

  /** Tags each range with `body`; an empty range stands for the sentence around it. */
  async add(uri: string, ranges: readonly Range[], body: AnnotationBody): Promise<Annotation[]> {
    const { document, text } = await this.writable(uri);
    const map = new OffsetMap(text);
    const selections = ranges.map((range): Span => ({ start: map.offsetAt(range.start), end: map.offsetAt(range.end) }));
    const spans = body.type === 'ClaimTag' ? claimSpans(text, selections) : selections.filter((span) => span.end > span.start);
    if (spans.length === 0) {
      throw refuse('Byline: nothing to annotate there (select text, or put the cursor in a sentence).');
    }
    const probe = createAnnotation({ source: document.key.source, text, span: spans[0], body, creator: { type: 'Person', name: 'probe' } });
    const problem = annotationProblem(probe);
    if (problem !== null) {
      throw new ResponseError(ErrorCodes.InvalidParams, `Byline: not a valid annotation body: ${problem}`);
    }
    return this.host.service.add(document.key, text, spans, body);
  }

  async edit(uri: string, id: string, body: AnnotationBody): Promise<Annotation | null> {
    const { document, text } = await this.writable(uri);
    const entry = document.byId(id);
    if (!entry) {
      return null;
    }
    const problem = annotationProblem({ ...entry.annotation, body });
    if (problem !== null) {
      throw new ResponseError(ErrorCodes.InvalidParams, `Byline: not a valid annotation body: ${problem}`);
    }
    return this.host.service.update(document.key.uri, text, id, body);
  }

  async remove(uri: string, ids: readonly string[]): Promise<Annotation[]> {
    const { document, text } = await this.writable(uri);
    return this.host.service.remove(document.key.uri, text, ids);
  }

  async restore(uri: string, annotations: readonly Annotation[]): Promise<void> {
    const { document, text } = await this.writable(uri);
    const problems = annotations.map(annotationProblem).filter((problem) => problem !== null);
    if (problems.length > 0) {
      throw new ResponseError(ErrorCodes.InvalidParams, `Byline: not a valid annotation: ${problems[0]}`);
    }
    await this.host.service.restore(document.key.uri, text, annotations);
  }

  private async writable(uri: string): Promise<{ document: DocumentAnnotations; text: string }> {
    if (!this.host.isTrusted) {
      throw refuse(new UntrustedWorkspaceError().message);
    }
    const key = this.host.keyOf(uri);
    if (!key) {
      throw refuse('Byline: annotations are stored per workspace folder; open this file inside a workspace folder.');
    }
    const document = await this.host.documentFor(key.uri);
    const text = await this.host.readText(key.uri);
    if (!document || text === null) {
      throw refuse(`Byline: cannot read ${key.source}.`);
    }
    if (document.readOnly) {
      throw refuse(`Byline: the annotations of ${key.source} cannot be read; nothing is written until the file is fixed.`);
    }
    return { document, text };
  }

  private async describe(document: DocumentAnnotations): Promise<DocumentAnnotationsResult> {
    const { key } = document;
    const version = this.versionOf(key.uri);
    const text = version === undefined ? document.placedIn : ((await this.host.readText(key.uri)) ?? document.placedIn);
    const map = new OffsetMap(text);
    const codePoints = new CodePointMap(text);
    const items = document.entries.map(({ annotation, span, orphanReason }): AnnotationItem => {
      if (span) {
        return { annotation, range: map.rangeOf(span) };
      }
      const lastLine = map.positionAt(Math.min(text.length, codePoints.fromCodePoint(annotation.target.selector[1].start))).line;
      return { annotation, range: null, orphanReason: orphanReason ?? 'its text was not found', lastLine };
    });
    return { uri: key.uri, source: key.source, ...(version !== undefined ? { version } : {}), readOnly: document.readOnly, items };
  }
}

/** Feeds the host the documents' lifecycle and answers the store's requests on the connection. */
export function registerAnnotationRequests(connection: Connection, documents: TextDocuments<TextDocument>, host: AnnotationHost): AnnotationOperations {
  const operations = new AnnotationOperations(host, (uri) => documents.get(uri)?.version);
  const logFailure = (what: string) => (error: unknown) =>
    connection.console.error(`byline: annotations on ${what}: ${error instanceof Error ? error.message : String(error)}`);
  documents.onDidOpen((event) => void host.opened(event.document.uri, event.document.getText()).catch(logFailure('open')));
  documents.onDidSave((event) => void host.saved(event.document.uri, event.document.getText()).catch(logFailure('save')));
  documents.onDidClose((event) => void host.closed(event.document.uri).catch(logFailure('close')));
  connection.workspace.onDidRenameFiles((params) => {
    void (async () => {
      for (const { oldUri, newUri } of params.files) {
        await host.renamed(oldUri, newUri);
      }
    })().catch(logFailure('rename'));
  });
  const userFacing = async <R>(work: () => Promise<R>): Promise<R> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ResponseError) {
        throw error;
      }
      throw new ResponseError(ErrorCodes.InternalError, `Byline: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  connection.onRequest(ListAnnotationsRequest.type, (params) => userFacing(async () => ({ documents: await operations.list(params.uri) })));
  connection.onRequest(AddAnnotationsRequest.type, (params) =>
    userFacing(async () => ({ annotations: await operations.add(params.uri, params.ranges, params.body) })),
  );
  connection.onRequest(EditAnnotationRequest.type, (params) => userFacing(() => operations.edit(params.uri, params.id, params.body)));
  connection.onRequest(RemoveAnnotationsRequest.type, (params) =>
    userFacing(async () => ({ removed: await operations.remove(params.uri, params.ids) })),
  );
  connection.onRequest(RestoreAnnotationsRequest.type, (params) => userFacing(() => operations.restore(params.uri, params.annotations)));
  connection.onNotification(WorkspaceTrustNotification.type, (params) => host.setTrusted(params.trusted === true));
  return operations;
}
