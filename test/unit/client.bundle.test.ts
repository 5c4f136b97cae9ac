import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build, type Metafile } from 'esbuild';

/** The production build of the client, as scripts/build.mjs makes it with --production. */
async function clientBundle(): Promise<Metafile> {
  const result = await build({
    entryPoints: ['client/src/extension.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    supported: { 'regexp-unicode-property-escapes': true },
    format: 'cjs',
    minify: true,
    external: ['vscode'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return result.metafile;
}

/** Bytes in the bundle per npm package, and per top folder of ours (client/src/commands, server/src/protocol, …). */
function bytesBySource(metafile: Metafile): Map<string, number> {
  const [output] = Object.values(metafile.outputs);
  const sizes = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const source = /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(path)?.[1] ?? path.split('/').slice(0, 3).join('/');
    sizes.set(source, (sizes.get(source) ?? 0) + bytesInOutput);
  }
  return sizes;
}

/** vscode-languageclient and what it depends on (its share is fixed by its version: CommonJS, nothing is shaken off). */
const LANGUAGE_CLIENT = /^(vscode-languageclient|vscode-jsonrpc|vscode-languageserver-(protocol|types|textdocument)|minimatch|brace-expansion|balanced-match|semver)$/u;

// The VS Code client is UI only (issue 14): its production bundle holds no analysis, store or export code. Checked
// on the bundle's own list of inputs, which names every source file esbuild put in it.
test('the production client bundle contains no analysis, store or export code', async () => {
  const inputs = Object.keys((await clientBundle()).inputs);
  const analysis = inputs.filter((path) =>
    /server\/src\/core\/(analyze|index|quotes|speakers|boilerplate|structure|published|dates\.ts|metadata)|node_modules\/(chrono-node|retext|parse-english|unified|ajv)\//u.test(path),
  );
  assert.deepEqual(analysis, [], 'analysis code in the client bundle');
  // the protocol's annotation messages carry the store's model (its data shapes), nothing that reads or writes it
  const serverSide = inputs.filter(
    (path) => /server\/src\/(annotations|export|documents|features|pool|corpus|cli|agreement)/u.test(path) && path !== 'server/src/annotations/model.ts',
  );
  assert.deepEqual(serverSide, [], 'server code in the client bundle');
  assert.ok(inputs.some((path) => path.startsWith('client/src/')), 'the bundle was built from the client');
});

// docs/client-bundle.md: vscode-languageclient and its dependencies alone minify to ~436 KB, so the 150 KB
// cannot be met with it; the ceilings keep our share small and notice when the library grows.
test('the production client bundle: our code under 64 KiB, vscode-languageclient and its dependencies under 450 KB', async (t) => {
  const metafile = await clientBundle();
  const sizes = bytesBySource(metafile);
  const [output] = Object.values(metafile.outputs);
  const library = [...sizes].filter(([source]) => LANGUAGE_CLIENT.test(source)).reduce((sum, [, bytes]) => sum + bytes, 0);
  const ours = [...sizes].filter(([source]) => /^(client|server)\//u.test(source)).reduce((sum, [, bytes]) => sum + bytes, 0);
  t.diagnostic(`dist/client.js (production): ${output.bytes} bytes; vscode-languageclient and its dependencies ${library}, ours ${ours}`);
  for (const [source, bytes] of [...sizes].sort((a, b) => b[1] - a[1])) {
    t.diagnostic(`${String(bytes).padStart(8)} ${source}`);
  }
  assert.equal([...sizes.keys()].filter((source) => !LANGUAGE_CLIENT.test(source) && !/^(client|server)\//u.test(source)).length, 0, 'a package other than vscode-languageclient\'s');
  assert.ok(ours < 64 * 1024, `our code in the client bundle: ${ours} bytes`);
  assert.ok(library < 450_000, `vscode-languageclient and its dependencies: ${library} bytes (update docs/client-bundle.md)`);
  assert.ok(output.bytes < 512 * 1024, `the client bundle: ${output.bytes} bytes`);
});
