import { ConnectionError } from 'vscode-languageserver';

/**
 * Sends a notification (or a request whose answer nobody waits for) to the client, and drops it when the connection
 * is gone: vscode-jsonrpc throws synchronously on a closed or disposed connection, which a `.catch` on the returned
 * promise never sees, and rejects when the write fails. Nobody is left to tell either way.
 */
export function sendQuietly(send: () => Promise<unknown>): void {
  try {
    send().catch(() => undefined);
  } catch (error) {
    if (!(error instanceof ConnectionError)) {
      throw error;
    }
  }
}
