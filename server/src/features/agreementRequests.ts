/** Compare Annotations over the protocol: comparing stores, listing annotators, adjudicating a disagreement. */

import { fileURLToPath } from 'node:url';
import { ResponseError, type Connection } from 'vscode-languageserver';
import { storeAnnotators } from '../agreementSources/storeSide';
import { ComparisonError, compareWorkspace, resolveDisagreement } from '../agreementSources/workspaceComparison';
import { AnnotatorsRequest, CompareAnnotationsRequest, ResolveDisagreementRequest } from '../protocol/agreement';

export interface AgreementHost {
  /** Workspace folder paths. */
  folders(): readonly string[];
  /** False in an untrusted workspace: nothing is written. */
  trusted(): boolean;
  /** The name new annotations are recorded under. */
  annotator(): string;
  /** A store file was written by an adjudication: the store's owner reloads it and tells the client. */
  storeWritten(file: string): Promise<void>;
}

export function registerAgreementRequests(connection: Connection, host: AgreementHost): void {
  const rootOf = (folder: string | undefined): string => {
    const root = folder ? fileURLToPath(folder) : host.folders()[0];
    if (!root) {
      throw new ComparisonError('Compare Annotations needs a workspace folder');
    }
    return root;
  };
  const warn = (message: string): void => connection.console.warn(`byline: ${message}`);
  const answering =
    <P, R>(run: (params: P) => Promise<R>) =>
    async (params: P): Promise<R | ResponseError<void>> => {
      try {
        return await run(params);
      } catch (error) {
        if (!(error instanceof ComparisonError)) {
          connection.console.error(`byline: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        }
        return new ResponseError(1, error instanceof Error ? error.message : String(error));
      }
    };
  connection.onRequest(
    CompareAnnotationsRequest.type,
    answering((params) => compareWorkspace(rootOf(params.folder), params.target, warn)),
  );
  connection.onRequest(
    AnnotatorsRequest.type,
    answering(async (params) => {
      const counts = await storeAnnotators(rootOf(params.folder));
      const annotators = [...counts].map(([name, annotations]) => ({ name, annotations })).sort((x, y) => y.annotations - x.annotations || x.name.localeCompare(y.name));
      return { annotators, current: host.annotator() };
    }),
  );
  connection.onRequest(
    ResolveDisagreementRequest.type,
    answering((params) => {
      if (!host.trusted()) {
        throw new ComparisonError('Byline writes nothing in an untrusted workspace. Trust the workspace to adjudicate.');
      }
      return resolveDisagreement(rootOf(params.folder), params, (file) => host.storeWritten(file));
    }),
  );
}
