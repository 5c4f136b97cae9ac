/** Transport only: stdio with --stdio, Node IPC otherwise (as the VS Code client starts it). */
import { createConnection, IPCMessageReader, IPCMessageWriter, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = process.argv.includes('--stdio')
  ? createConnection(ProposedFeatures.all, process.stdin, process.stdout)
  : createConnection(ProposedFeatures.all, new IPCMessageReader(process), new IPCMessageWriter(process));

startServer(connection);
connection.listen();
