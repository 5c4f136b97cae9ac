/**
 * Transport only: stdio with --stdio, Node IPC otherwise (as the VS Code client starts it). The same bundle, started
 * as a worker thread, runs full analyses off the request path.
 */
import { isMainThread, parentPort } from 'node:worker_threads';
import { createConnection, IPCMessageReader, IPCMessageWriter, ProposedFeatures } from 'vscode-languageserver/node';
import { inThreadAnalyzer } from './documents/analysisCache';
import { serveAnalyses, workerAnalyzer } from './documents/analysisWorker';
import { startServer } from './server';

if (!isMainThread && parentPort) {
  serveAnalyses(parentPort);
} else {
  const connection = process.argv.includes('--stdio')
    ? createConnection(ProposedFeatures.all, process.stdin, process.stdout)
    : createConnection(ProposedFeatures.all, new IPCMessageReader(process), new IPCMessageWriter(process));
  startServer(connection, { fullAnalyzer: workerAnalyzer(__filename, inThreadAnalyzer) });
  connection.listen();
}
