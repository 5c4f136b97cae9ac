import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';

// The VS Code client is UI only (issue 14): its production bundle holds no analysis, store or export code. Checked
// on the bundle's own list of inputs, which names every source file esbuild put in it.
test('the production client bundle contains no analysis, store or export code', async () => {
  const result = await build({
    entryPoints: ['client/src/extension.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    minify: true,
    external: ['vscode'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
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
