/** The LSP requests answered from a document's analysis (and the workspace index), each behind the request guard. */
import { DocumentDiagnosticReportKind, type CancellationToken, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../documents/analysisCache';
import type { Article } from '../documents/article';
import type { DocumentPolicy } from '../documents/policy';
import type { WorkspaceIndexer } from '../documents/workspaceIndexer';
import { AnalysisRequest, WorkspaceSpeakersRequest } from '../protocol/protocol';
import type { BylineSettings } from '../protocol/settings';
import { analysisSummary, disabledSummary } from './analysisSummary';
import { codeActions } from './codeActions';
import { definition } from './definition';
import type { DiagnosticReports } from './diagnostics';
import { documentHighlights } from './documentHighlights';
import { documentSymbols } from './documentSymbols';
import { annotationActions } from './editorCommands';
import { foldingRanges } from './foldingRanges';
import { hover } from './hover';
import { references } from './references';
import type { Guard } from './requestGuard';
import type { SemanticTokensProvider } from './semanticTokens';
import { workspaceSpeakers } from './workspaceSpeakers';
import { workspaceSymbols } from './workspaceSymbols';

export interface DocumentRequestContext {
  connection: Connection;
  guard: Guard;
  documents: TextDocuments<TextDocument>;
  policy: DocumentPolicy;
  cache: AnalysisCache;
  /** The analysed article for a request, or undefined when the document is unknown or Byline is off for it. */
  articleFor: (uri: string, token?: CancellationToken) => Article | undefined;
  tokens: SemanticTokensProvider;
  diagnosticReports: DiagnosticReports;
  indexer: WorkspaceIndexer;
  settings: () => BylineSettings;
  /** The VS Code client runs the annotation commands itself (no refactor.byline actions for it). */
  clientCommands: () => boolean;
}

export function registerDocumentRequests(context: DocumentRequestContext): void {
  const { connection, guard, tokens, indexer, settings } = context;
  const doc = <P extends { textDocument: { uri: string } }, R>(name: string, fallback: R, feature: (article: Article, params: P) => R) =>
    guard<P, R>(name, fallback, (params, token) => {
      const article = context.articleFor(params.textDocument.uri, token);
      return article ? feature(article, params) : fallback;
    });

  connection.languages.semanticTokens.on(doc('semanticTokens', { data: [] }, (article) => tokens.full(article)));
  connection.languages.semanticTokens.onRange(doc('semanticTokens/range', { data: [] }, (article, params) => tokens.range(article, params.range)));
  connection.languages.semanticTokens.onDelta(
    doc('semanticTokens/delta', { data: [] }, (article, params) => tokens.delta(article, params.previousResultId)),
  );
  connection.onHover(doc('hover', null, (article, params) => hover(article, params.position, indexer.index)));
  connection.onDocumentSymbol(doc('documentSymbol', [], (article) => documentSymbols(article)));
  connection.onFoldingRanges(doc('foldingRange', [], (article) => foldingRanges(article)));
  connection.onDocumentHighlight(doc('documentHighlight', [], (article, params) => documentHighlights(article, params.position)));
  connection.onDefinition(doc('definition', null, (article, params) => definition(article, params.position)));
  connection.onReferences(
    doc('references', [], (article, params) => references(article, params.position, params.context.includeDeclaration, indexer.index)),
  );
  connection.onCodeAction(
    doc('codeAction', [], (article, params) => [
      ...codeActions(article, params.range, settings().diagnostics, context.clientCommands()),
      ...(context.clientCommands() ? [] : annotationActions(article, params.range)),
    ]),
  );
  connection.languages.diagnostics.on(
    doc('diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, (article, params) =>
      context.diagnosticReports.report(article, settings().diagnostics, params.previousResultId),
    ),
  );
  connection.onWorkspaceSymbol(guard('workspaceSymbol', [], (params) => workspaceSymbols(params.query, indexer.index)));

  connection.onRequest(
    AnalysisRequest.type,
    guard('byline/analysis', disabledSummary('', 0, 'failed'), (params, token) => {
      const { uri } = params.textDocument;
      const document = context.documents.get(uri);
      if (!document) {
        return disabledSummary(uri, 0, 'the document is not open');
      }
      const verdict = context.policy.judge(uri, document.getText());
      if (!verdict.enabled) {
        return disabledSummary(uri, document.version, verdict.reason);
      }
      const article = context.cache.get({ document, reduced: verdict.reduced !== undefined, token });
      return analysisSummary(article, params.position, verdict.reduced);
    }),
  );
  connection.onRequest(
    WorkspaceSpeakersRequest.type,
    guard('byline/workspaceSpeakers', { speakers: [], complete: false }, (params) => workspaceSpeakers(params, indexer.index, indexer.isComplete)),
  );
}
