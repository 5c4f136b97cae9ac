/**
 * Transport only: stdio with --stdio, Node IPC otherwise (as the VS Code client starts it). Full analyses and the
 * workspace index run in the worker pool (dist/worker.js beside this bundle), off the request path.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createConnection, IPCMessageReader, IPCMessageWriter, ProposedFeatures } from 'vscode-languageserver/node';
import { WorkerPool } from './pool';
import { startServer } from './server';
import { BYLINE_VERSION } from './version';
import type { WorkerJobs } from './worker';

const USAGE = `usage: byline-server --stdio

The Byline language server. An editor starts it and speaks the Language Server Protocol over stdin and stdout
(--stdio); VS Code's extension starts it over Node IPC. See docs/editors.md for Emacs and Neovim.

  --stdio          speak LSP on stdin/stdout
  --version        the version of Byline
  --help, -h       this help
`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
} else if (args.includes('--version')) {
  process.stdout.write(`byline-server ${BYLINE_VERSION}\n`);
} else if (!args.includes('--stdio') && typeof process.send !== 'function') {
  // Started from a shell without --stdio: there is no IPC channel to listen on, and it would exit without a word.
  process.stderr.write(`byline-server: no transport (an editor starts it with --stdio)\n\n${USAGE}`);
  process.exitCode = 2;
} else {
  const connection = args.includes('--stdio')
    ? createConnection(ProposedFeatures.all, process.stdin, process.stdout)
    : createConnection(ProposedFeatures.all, new IPCMessageReader(process), new IPCMessageWriter(process));
  // One core stays with the request thread; depth 1 lets an open document's analysis overtake queued index jobs.
  const pool = new WorkerPool<WorkerJobs>({ script: join(__dirname, 'worker.js'), size: Math.max(1, Math.min(2, availableParallelism() - 1)), depth: 1 });
  startServer(connection, { pool });
  connection.listen();
}
