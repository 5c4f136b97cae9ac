import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { WorkspaceSpeakersRequest } from '../../server/src/protocol/protocol';
import { startTestServer } from '../helpers/lsp';

const article = (speaker: string): string =>
  `Lock gates fail again\n\nThe canal was closed on Friday.\n\n"We are replacing every seal," said ${speaker}, the canal engineer. "It will take a month."\n`;

test('workspace index: built from the folder, honours exclude, follows created, changed and deleted files', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'byline-index-'));
  writeFileSync(join(folder, 'one.txt'), article('Imre Valdes'));
  writeFileSync(join(folder, 'skip.txt'), article('Odile Frenz'));
  writeFileSync(join(folder, 'notes.md'), article('Ruth Pakarinen'));
  const server = await startTestServer({ folders: [folder], settings: { exclude: ['skip.txt'] } });
  const names = async (): Promise<string[]> =>
    (await server.client.sendRequest(WorkspaceSpeakersRequest.type, {})).speakers.map((speaker) => speaker.name).sort();
  try {
    assert.deepEqual(await names(), ['Imre Valdes']);
    const two = join(folder, 'two.txt');
    writeFileSync(two, article('Sanna Okoro'));
    let ready = server.nextIndexReady();
    await server.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(two).href, type: FileChangeType.Created }] });
    await ready;
    assert.deepEqual(await names(), ['Imre Valdes', 'Sanna Okoro']);
    writeFileSync(two, article('Tomasz Brell'));
    ready = server.nextIndexReady();
    await server.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(two).href, type: FileChangeType.Changed }] });
    await ready;
    assert.deepEqual(await names(), ['Imre Valdes', 'Tomasz Brell']);
    unlinkSync(two);
    ready = server.nextIndexReady();
    await server.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(two).href, type: FileChangeType.Deleted }] });
    await ready;
    assert.deepEqual(await names(), ['Imre Valdes']);
  } finally {
    await server.dispose();
    rmSync(folder, { recursive: true, force: true });
  }
});
