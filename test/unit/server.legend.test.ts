import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contributes, legend, modifierMask, modifierNames, tokenTypeInfos } from '../../server/src/protocol/legend';
import { defaultSettings } from '../../server/src/protocol/settings';

interface Manifest {
  contributes: {
    semanticTokenTypes?: unknown;
    semanticTokenModifiers?: unknown;
    semanticTokenScopes?: unknown;
    configuration?: { properties?: Record<string, { default?: unknown }> };
  };
}

const manifest = JSON.parse(readFileSync(resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as Manifest;

test('legend: package.json semanticTokenTypes, Modifiers and Scopes equal the legend', () => {
  const expected = contributes();
  assert.deepEqual(manifest.contributes.semanticTokenTypes, expected.semanticTokenTypes);
  assert.deepEqual(manifest.contributes.semanticTokenModifiers, expected.semanticTokenModifiers);
  assert.deepEqual(manifest.contributes.semanticTokenScopes, expected.semanticTokenScopes);
});

test('legend: every custom type has a standard superType and a scope', () => {
  const standard = new Set(['namespace', 'type', 'class', 'enum', 'interface', 'struct', 'typeParameter', 'parameter',
    'variable', 'property', 'enumMember', 'event', 'function', 'method', 'macro', 'keyword', 'modifier', 'comment',
    'string', 'number', 'regexp', 'operator', 'decorator']);
  for (const info of tokenTypeInfos) {
    assert.ok(standard.has(info.superType), `${info.id} has superType ${info.superType}`);
    assert.ok(info.scopes.length > 0, `${info.id} has a scope`);
  }
});

test('legend: modifiers fit in a 32-bit set and round-trip', () => {
  assert.ok(legend.tokenModifiers.length <= 32);
  assert.equal(new Set(legend.tokenModifiers).size, legend.tokenModifiers.length);
  assert.deepEqual(modifierNames(modifierMask(['unclosed', 'comments'])), ['unclosed', 'comments']);
});

test('settings: package.json contributes.configuration declares every byline.* setting with its default', () => {
  const properties = manifest.contributes.configuration?.properties ?? {};
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(defaultSettings)) {
    if (key === 'diagnostics' || key === 'claims') {
      for (const [name, nested] of Object.entries(value as Record<string, unknown>)) {
        flat[`byline.${key}.${name}`] = nested;
      }
    } else {
      flat[`byline.${key}`] = value;
    }
  }
  for (const [key, value] of Object.entries(flat)) {
    assert.ok(key in properties, `${key} is declared`);
    assert.deepEqual(properties[key].default, value, `${key} default`);
  }
});
