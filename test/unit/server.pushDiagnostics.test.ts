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
    server.dispose();
  }
});
