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
    // What a new user answers to Byline's first question in a folder of articles (activation.test.ts asks it); the
    // language server starts once the folder holds articles.
    await vscode.commands.executeCommand('byline.openFolderAsArticles', vscode.workspace.workspaceFolders?.[0]?.uri);
    await exported.ready;
    return exported;
  })();
  return api;
}

/** Resolves when `uri` is (re)opened as a news article: Byline switches a plain-text .txt file's language. */
export function openedAsArticle(uri: vscode.Uri, timeoutMs = 20_000): Promise<vscode.TextDocument> {
  return new Promise((resolve, reject) => {
    const done = (document: vscode.TextDocument): void => {
      clearTimeout(timer);
      subscription.dispose();
      resolve(document);
    };
    const subscription = vscode.workspace.onDidOpenTextDocument((document) => {
      if (document.uri.toString() === uri.toString() && document.languageId === 'byline-article') {
        done(document);
      }
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`${uri.fsPath} was not opened as a news article within ${timeoutMs} ms`));
    }, timeoutMs);
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString() && document.languageId === 'byline-article');
    if (open) {
      done(open);
    }
  });
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

export const SEEDS_MISSING = 'no seeds in the test workspace (../shared/seeds missing, screenshot mode, or a .vsix run): seed checks skipped';

export async function openArticle(path: string): Promise<vscode.TextEditor> {
  await activateByline();
  const uri = vscode.Uri.file(path);
  const opened = await vscode.workspace.openTextDocument(uri);
  const document = opened.languageId === 'byline-article' ? opened : await openedAsArticle(uri);
  return vscode.window.showTextDocument(document, { preview: false });
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

/** On a failure, a PNG of the workbench in out/e2e-failures/ (offline harness only); returns its path. */
async function failureScreenshot(what: string): Promise<string | undefined> {
  const requests = process.env.VSCODE_SHIM_SCREENSHOT_DIR;
  const dir = process.env.BYLINE_E2E_FAILURES;
  if (!requests || !dir) {
    return undefined;
  }
  const png = join(dir, `${what.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`);
  await shoot(requests, png);
  return png;
}

async function shoot(requests: string, png: string): Promise<void> {
  const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  writeFileSync(join(requests, `${id}.tmp`), png);
  renameSync(join(requests, `${id}.tmp`), join(requests, `${id}.request`));
  const done = join(requests, `${id}.done`);
  const deadline = Date.now() + 30_000;
  while (!existsSync(done)) {
    if (Date.now() > deadline) {
      throw new Error(`screenshot ${png} was not taken within 30 s`);
    }
    // The harness signals completion through a file, so polling it is the only way to wait.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Asks the offline harness for a PNG of the workbench (a no-op in desktop VS Code or when the runner was not given
 * --screenshots). Resolves once the file is written.
 */
export async function requestScreenshot(name: string, settleMs = 1500): Promise<void> {
  const requests = process.env.VSCODE_SHIM_SCREENSHOT_DIR;
  const outDir = process.env.BYLINE_E2E_SCREENSHOTS;
  if (!requests || !outDir) {
    return;
  }
  // Only screenshots wait a moment: the workbench paints semantic tokens and hovers after it has fetched them,
  // and nothing in the extension API says when the paint is done. Test assertions never wait like this.
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  await shoot(requests, join(outDir, `${name}.png`));
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

/**
 * The CLI's analysis of a file (offsets in code points), the same core the server runs: the repository's build
 * (these tests run from out/e2e/), since an installed .vsix ships no CLI.
 */
export function cliAnalysis(path: string): AnalysisRecord {
  const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
  const output = execFileSync(process.execPath, [cli, 'analyze', path, '--jsonl'], {
    encoding: 'utf8',
  });
  return JSON.parse(output.trim().split('\n')[0]) as AnalysisRecord;
}

/** Maps code-point offsets (the CLI's JSONL) to positions in the document. */
export function codePointPosition(document: vscode.TextDocument): (codePoint: number) => vscode.Position {
  const codePoints = Array.from(document.getText());
  return (codePoint) => document.positionAt(codePoints.slice(0, codePoint).join('').length);
}

/**
 * Answers the quick picks, input boxes and simple file dialogs a command opens by accepting what is proposed (the
 * keyboard's Enter), until `done()` holds. The vscode API has no event for "a quick input is showing", so this
 * presses Enter at a steady pace; what it waits for is the command's effect (a file written), not a time.
 */
export async function acceptPromptsUntil(done: () => boolean, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (let presses = 0; !done(); presses++) {
    if (Date.now() > deadline) {
      const png = await failureScreenshot(what);
      throw new Error(`timed out after ${ms} ms waiting for ${what}${png ? ` (the workbench then: ${png})` : ''}`);
    }
    // Enter pressed while a prompt is still opening can land on a half-built one (a multi-select pick before its
    // preselected items, the simple file dialog before its path), so the presses come at a person's pace.
    await new Promise((resolve) => setTimeout(resolve, 900));
    if (done()) {
      break;
    }
    if (process.env.BYLINE_E2E_DEBUG && process.env.VSCODE_SHIM_SCREENSHOT_DIR) {
      await shoot(process.env.VSCODE_SHIM_SCREENSHOT_DIR, join(process.env.BYLINE_E2E_FAILURES ?? '/tmp', `press-${presses}.png`));
    }
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
}

/** All files below `dir` (relative paths), [] when it does not exist. */
export function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}
