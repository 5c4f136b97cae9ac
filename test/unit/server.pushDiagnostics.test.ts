import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PublishDiagnosticsNotification, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { startTestServer } from '../helpers/lsp';

test('diagnostics are published to a client without pull support (e.g. Emacs lsp-mode 8)', { timeout: 20_000 }, async () => {
  const server = await startTestServer({ pullDiagnostics: false });
  try {
    const uri = 'file:///tmp/push-diagnostics.txt';
    const published = new Promise<PublishDiagnosticsParams>((resolve) => {
      server.client.onNotification(PublishDiagnosticsNotification.type, (params) => {
        if (params.uri === uri && params.diagnostics.length > 0) {
          resolve(params);
        }
      });
    });
    await server.open(uri, 'Harbour news\n\nThe mayor said: “We will open the bridge on Friday.\n\nNothing else happened.\n');
    const params = await published;
    assert.ok(params.diagnostics.some((diagnostic) => diagnostic.code === 'unclosed-quote'));
  } finally {
    await server.dispose();
  }
});

test('after typing, diagnostics are published once the analysis settles, not from the provisional one', { timeout: 20_000 }, async () => {
  const server = await startTestServer({ pullDiagnostics: false });
  try {
    const uri = 'file:///tmp/push-diagnostics-edit.txt';
    const text = [
      'Harbour news',
      'By Ana Lenz',
      'The port opened at dawn on Tuesday after a long night of repairs.',
      '“We are ready,” said Mira Holt, who runs the harbour office.',
      'The first ferry left at seven and the second one followed an hour later.',
      'The council will meet again next week to discuss the costs of the work.',
    ].join('\n\n');
    const events: string[] = [];
    const waiting = new Map<number, () => void>();
    const publishedVersion = (version: number) => new Promise<void>((resolve) => waiting.set(version, resolve));
    server.client.onNotification(PublishDiagnosticsNotification.type, (params) => {
      if (params.uri === uri) {
        const unclosed = params.diagnostics.filter((diagnostic) => diagnostic.code === 'unclosed-quote').length;
        events.push(`v${params.version} unclosed=${unclosed}`);
        waiting.get(params.version ?? 0)?.();
      }
    });
    const opened = publishedVersion(1);
    await server.open(uri, text);
    await opened;
    // the settled analysis makes the server refresh the client's tokens: a provisional one does not
    const settled = new Promise<void>((resolve) =>
      server.client.onRequest('workspace/semanticTokens/refresh', () => {
        events.push('settled');
        resolve();
        return null;
      }),
    );
    const edited = publishedVersion(2);
    const at = text.indexOf('The first'); // a body paragraph: re-analysed on its own, provisionally
    await server.change(uri, 2, '“Unfinished ', { start: at, end: at, before: text });
    await Promise.all([edited, settled]);
    assert.deepEqual(events, ['v1 unclosed=0', 'settled', 'v2 unclosed=1']);
  } finally {
    await server.dispose();
  }
});
