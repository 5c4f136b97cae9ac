import type { CancellationToken, Connection } from 'vscode-languageserver';
import { AnalysisCancelled } from '../core';

export type RequestHandler<P, R> = (params: P, token: CancellationToken) => R;

/** Wraps a request handler so that odd text or a cancelled analysis never crashes the server. */
export type Guard = <P, R>(name: string, fallback: R, handler: RequestHandler<P, R>) => RequestHandler<P, R>;

/** The guard of `connection`'s handlers: a failure is logged (a cancellation is not) and `fallback` answered. */
export function requestGuard(connection: Connection): Guard {
  return <P, R>(name: string, fallback: R, handler: RequestHandler<P, R>) =>
    (params: P, token: CancellationToken): R => {
      if (token.isCancellationRequested) {
        return fallback;
      }
      try {
        return handler(params, token);
      } catch (error) {
        if (!(error instanceof AnalysisCancelled) && !token.isCancellationRequested) {
          connection.console.error(`byline: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        }
        return fallback;
      }
    };
}

/** Logs a failed background task (watched files, loading the store) with what it was. */
export function failureLogger(connection: Connection): (what: string) => (error: unknown) => void {
  return (what) => (error) => connection.console.error(`byline: ${what}: ${error instanceof Error ? error.message : String(error)}`);
}
