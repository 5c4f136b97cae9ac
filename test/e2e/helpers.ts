// Shared helpers for the integration tests that run inside VS Code's extension host.
import * as vscode from 'vscode';
import { existsSync, readdirSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

export const EXTENSION_ID = 'byline.byline';

/** What the extension's activate() returns; only `ready` is relied on by every test. */
export interface BylineApi {
  ready: Promise<unknown>;
}

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    throw new Error('the integration tests need a workspace folder (scripts/test-e2e.mjs opens one)');
  }
  return folder.uri.fsPath;
}

let api: Promise<BylineApi> | undefined;

/** Activates Byline (once) and waits until its language client is running. */
export function activateByline(): Promise<BylineApi> {
  api ??= (async () => {
    const extension = vscode.extensions.getExtension<BylineApi>(EXTENSION_ID);
    if (!extension) {
      throw new Error(`extension ${EXTENSION_ID} is not loaded`);
    }
    const exported = await extension.activate();
    await exported.ready;
    return exported;
  })();
  return api;
}

export function articlePath(name: string): string {
  return join(workspaceRoot(), 'articles', name);
}

/** Seed files copied into the workspace by the runner; [] when ../shared was missing. */
export function seedPaths(): string[] {
  const dir = process.env.BYLINE_E2E_SEEDS;
  if (!dir || !existsSync(dir)) {
    return [];
  }
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name));
}

export const SEEDS_MISSING = '../shared/seeds is missing: seed checks skipped';

export async function openArticle(path: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await activateByline();
  return editor;
}

export interface DecodedToken {
  range: vscode.Range;
  text: string;
  type: string;
  modifiers: string[];
}

/** The document's semantic tokens as VS Code itself asks for them, decoded with the provider's legend. */
export async function semanticTokens(document: vscode.TextDocument): Promise<DecodedToken[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>(
    'vscode.provideDocumentSemanticTokensLegend',
    document.uri,
  );
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>(
    'vscode.provideDocumentSemanticTokens',
    document.uri,
  );
  if (!legend || !tokens) {
    throw new Error(`no semantic tokens provider answered for ${document.uri.fsPath}`);
  }
  const decoded: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  const data = tokens.data;
  for (let index = 0; index + 4 < data.length; index += 5) {
    line += data[index];
    character = data[index] === 0 ? character + data[index + 1] : data[index + 1];
    const range = new vscode.Range(line, character, line, character + data[index + 2]);
    const modifierBits = data[index + 4];
    decoded.push({
      range,
      text: document.getText(range),
      type: legend.tokenTypes[data[index + 3]] ?? `#${data[index + 3]}`,
      modifiers: legend.tokenModifiers.filter((_, bit) => (modifierBits & (1 << bit)) !== 0),
    });
  }
  return decoded;
}

/** Position of the `occurrence`-th (0-based) appearance of `needle` in the document. */
export function positionOf(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Position {
  const text = document.getText();
  let offset = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) {
      throw new Error(`"${needle}" occurs fewer than ${occurrence + 1} times in ${document.uri.fsPath}`);
    }
  }
  return document.positionAt(offset);
}

export function rangeOf(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  const start = positionOf(document, needle, occurrence);
  return new vscode.Range(start, document.positionAt(document.offsetAt(start) + needle.length));
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** Waits for `predicate` to hold, re-checking whenever `event` fires (no fixed sleeps); rejects after `ms`. */
export function waitFor<T>(
  event: vscode.Event<T>,
  predicate: () => boolean,
  what: string,
  ms = 30_000,
): Promise<void> {
  if (predicate()) {
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    const subscription = event(() => {
      if (predicate()) {
        clearTimeout(timer);
        subscription.dispose();
        resolve();
      }
    });
  });
}

/**
 * Asks the offline harness for a PNG of the workbench (a no-op in desktop VS Code or when the runner was not given
 * --screenshots). Resolves once the file is written.
 */
export async function requestScreenshot(name: string): Promise<void> {
  const requests = process.env.VSCODE_SHIM_SCREENSHOT_DIR;
  const outDir = process.env.BYLINE_E2E_SCREENSHOTS;
  if (!requests || !outDir) {
    return;
  }
  const id = `${Date.now()}-${name}`;
  writeFileSync(join(requests, `${id}.tmp`), join(outDir, `${name}.png`));
  renameSync(join(requests, `${id}.tmp`), join(requests, `${id}.request`));
  const done = join(requests, `${id}.done`);
  const deadline = Date.now() + 30_000;
  while (!existsSync(done)) {
    if (Date.now() > deadline) {
      throw new Error(`screenshot ${name} was not taken within 30 s`);
    }
    // The harness signals completion through a file, so polling it is the only way to wait.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface SpanRecord {
  start: number;
  end: number;
}

export interface AnalysisRecord {
  quotes: (SpanRecord & { inComments: boolean })[];
  speakers: { name: string; mentions: SpanRecord[] }[];
  dates: SpanRecord[];
  boilerplate: SpanRecord[];
}

/** The CLI's analysis of a file (offsets in code points), the same core the server runs. */
export function cliAnalysis(path: string): AnalysisRecord {
  const root = vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath ?? '';
  const output = execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'analyze', path, '--jsonl'], {
    encoding: 'utf8',
  });
  return JSON.parse(output.trim().split('\n')[0]) as AnalysisRecord;
}

/** Maps code-point offsets (the CLI's JSONL) to positions in the document. */
export function codePointPosition(document: vscode.TextDocument): (codePoint: number) => vscode.Position {
  const codePoints = Array.from(document.getText());
  return (codePoint) => document.positionAt(codePoints.slice(0, codePoint).join('').length);
}
