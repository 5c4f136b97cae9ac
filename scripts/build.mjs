// Bundles the extension client, the language server, the CLI and its worker with esbuild into dist/.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Node 20 has \p{…} in regular expressions; without this esbuild rewrites each literal as `new RegExp(…)`, built
  // again at every call in hot loops of the analysis.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
  // ESM-only dependencies (fdir, via tinyglobby) call createRequire(import.meta.url), which a CJS bundle lacks.
  define: { 'import.meta.url': '__bylineImportMetaUrl' },
};
const importMetaShim = "var __bylineImportMetaUrl = require('node:url').pathToFileURL(__filename).href;";
const entries = [
  { in: 'client/src/extension.ts', out: 'client' },
  { in: 'server/src/main.ts', out: 'server', banner: '#!/usr/bin/env node' },
  { in: 'server/src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  // the worker thread of the one pool: the server's analyses and index, analyze --jobs, export --jobs
  { in: 'server/src/worker.ts', out: 'worker' },
  // the analysis core as a library (benchmarks, other tools)
  { in: 'server/src/core/index.ts', out: 'core' },
].filter((entry) => existsSync(entry.in));

const started = Date.now();
await Promise.all(
  entries.map((entry) =>
    build({
      ...common,
      entryPoints: { [entry.out]: entry.in },
      outdir: 'dist',
      banner: { js: [entry.banner, importMetaShim].filter(Boolean).join('\n') },
    }),
  ),
);
if (!watch) {
  console.log(`built ${entries.map((e) => `dist/${e.out}.js`).join(', ')} in ${Date.now() - started} ms`);
}
