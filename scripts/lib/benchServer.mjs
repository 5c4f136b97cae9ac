// The bundled language server (dist/server.js --stdio) driven by the benches as an editor would: initialize with
// work-done progress and configuration, answer the server's requests, resolve `ready` at the first full index.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './benchCorpus.mjs';

const require = createRequire(import.meta.url);
export const rpc = require('vscode-languageserver-protocol/node');

/**
 * Starts the server on `folder`. `settings` answers workspace/configuration; `onRefresh` is called at each
 * semantic tokens refresh the server asks for; `onProgress(value)` receives every work-done progress it reports.
 */
export function startServer(folder, { settings = {}, onRefresh = () => undefined, onProgress = () => undefined } = {}) {
  const child = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  let resolveReady;
  const ready = new Promise((resolve) => (resolveReady = resolve));
  connection.onNotification('byline/indexStatus', (params) => params.state === 'ready' && resolveReady(params));
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => settings));
  connection.onRequest('window/workDoneProgress/create', ({ token }) => {
    connection.onProgress(rpc.WorkDoneProgress.type, token, onProgress);
    return null;
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/semanticTokens/refresh', () => {
    onRefresh();
    return null;
  });
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.listen();
  const init = connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
    capabilities: { workspace: { configuration: true, semanticTokens: { refreshSupport: true } }, window: { workDoneProgress: true } },
  });
  return {
    child,
    connection,
    ready: init.then(() => connection.sendNotification('initialized', {})).then(() => ready),
    stop: async () => {
      await connection.sendRequest('shutdown').catch(() => undefined);
      await connection.sendNotification('exit').catch(() => undefined);
      child.kill();
    },
  };
}

/**
 * CPU time (user + system, ms) of the server's main thread, which serves the requests (full analyses run in a
 * worker thread); unlike wall time it hardly depends on how busy the machine is. Resolution 10 ms per reading.
 */
export function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}
