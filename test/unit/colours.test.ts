import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IRawTheme } from 'vscode-textmate';

// The colours of VS Code's default dark theme (Dark Modern), read from the offline VS Code that the e2e harness
// installs (../shared/vscode/setup.sh); the theme files are VS Code's, not copied into the project.
const ROOT = join(__dirname, '..', '..');
const THEMES = join(
  process.env.BYLINE_VSCODE_CACHE ?? join(homedir(), '.cache', 'vscode-offline'),
  'cs/node_modules/code-server/lib/vscode/extensions/theme-defaults/themes',
);
const DARK_MODERN = join(THEMES, 'dark_modern.json');
const skip = existsSync(DARK_MODERN) ? false : `VS Code's Dark Modern theme is not installed (${DARK_MODERN}): run ../shared/vscode/setup.sh`;

interface ThemeFile {
  include?: string;
  colors?: Record<string, string>;
  tokenColors?: { scope?: string | string[]; settings: { foreground?: string } }[];
}

/** A theme with its included parents: their rules first, as VS Code applies them. */
function loadTheme(path: string): { colors: Record<string, string>; rules: NonNullable<ThemeFile['tokenColors']> } {
  const theme = JSON.parse(readFileSync(path, 'utf8')) as ThemeFile;
  const parent = theme.include ? loadTheme(join(dirname(path), theme.include)) : { colors: {}, rules: [] };
  return { colors: { ...parent.colors, ...theme.colors }, rules: [...parent.rules, ...(theme.tokenColors ?? [])] };
}

/** CIE76 colour difference of two #rrggbb colours (about 2.3 is just noticeable; 40 and more is a clear change). */
function deltaE(a: string, b: string): number {
  const lab = (hex: string): number[] => {
    const [r, g, bl] = [1, 3, 5].map((at) => {
      const c = parseInt(hex.slice(at, at + 2), 16) / 255;
      return c > 0.04045 ? ((c + 0.055) / 1.055) ** 2.4 : c / 12.92;
    });
    const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const x = f((r * 0.4124 + g * 0.3576 + bl * 0.1805) / 0.95047);
    const y = f(r * 0.2126 + g * 0.7152 + bl * 0.0722);
    const z = f((r * 0.0193 + g * 0.1192 + bl * 0.9505) / 1.08883);
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** The foreground Dark Modern gives each piece of `line` as our grammar scopes it (the engine VS Code uses). */
async function coloured(line: string): Promise<{ text: string; colour: string }[]> {
  const { colors, rules } = loadTheme(DARK_MODERN);
  const theme: IRawTheme = { settings: [{ settings: { foreground: colors['editor.foreground'] } }, ...rules.map((rule) => ({ scope: rule.scope, settings: rule.settings }))] };
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)).catch(() => undefined);
  const grammarPath = join(ROOT, 'syntaxes', 'byline.tmLanguage.json');
  const registry = new Registry({
    theme,
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: () => Promise.resolve(parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath)),
  });
  const grammar = await registry.loadGrammar('text.byline.article');
  assert.ok(grammar);
  const colourMap = registry.getColorMap();
  const { tokens } = grammar.tokenizeLine2(line, INITIAL);
  const pieces: { text: string; colour: string }[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    // bits 15–23 of a token's metadata hold its foreground's index in the colour map (vscode-textmate's encoding)
    const foreground = (tokens[i + 1] & 0x00ff8000) >>> 15;
    pieces.push({ text: line.slice(tokens[i], i + 2 < tokens.length ? tokens[i + 2] : line.length), colour: colourMap[foreground] });
  }
  return pieces;
}

test('dates stand out from body text and from quotes in the default dark theme', { skip }, async () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    contributes: { semanticTokenScopes: { scopes: Record<string, string[]> }[] };
  };
  const scopes = manifest.contributes.semanticTokenScopes[0].scopes;
  const grammar = readFileSync(join(ROOT, 'syntaxes', 'byline.tmLanguage.json'), 'utf8');
  assert.ok(grammar.includes(`"name": "${scopes.date[0]}"`), `the grammar colours dates as the server's tokens do (${scopes.date[0]})`);

  const pieces = await coloured('The council met on Monday and said “the road opens in March”.');
  const colourOf = (text: string): string => pieces.find((piece) => piece.text.includes(text))?.colour ?? 'none';
  const body = colourOf('The council met on ');
  const date = colourOf('Monday');
  const quote = colourOf('the road opens in ');
  assert.ok(deltaE(date, body) >= 35, `date ${date} vs body ${body}: ΔE ${deltaE(date, body).toFixed(1)}`);
  assert.ok(deltaE(date, quote) >= 35, `date ${date} vs quote ${quote}: ΔE ${deltaE(date, quote).toFixed(1)}`);
});
