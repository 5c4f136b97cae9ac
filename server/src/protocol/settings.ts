/**
 * The `byline.*` analysis settings the server reads through workspace/configuration, with their defaults.
 * package.json `contributes.configuration` declares the same keys (a unit test keeps them equal).
 */
import type { FindingRule } from '../core/types';
import { ARTICLE_GLOBS } from '../corpus/extensions';

export interface DiagnosticSettings {
  unclosedQuote: boolean;
  mismatchedQuote: boolean;
  unattributedQuote: boolean;
  duplicateParagraph: boolean;
  unresolvedDate: boolean;
}

export interface BylineSettings {
  /** Globs (relative to a workspace folder) of the files Byline analyses and indexes. */
  include: string[];
  exclude: string[];
  /** Files Byline stays off for (workspace-relative paths, globs or file URIs); the client's command edits it. */
  disabledFiles: string[];
  /** Above this size (bytes) a document is analysed in reduced mode: structure and boilerplate only. */
  maxFileSize: number;
  /** Upper bound on the number of files in the workspace speaker index. */
  maxIndexedFiles: number;
  diagnostics: DiagnosticSettings;
  claims: ClaimStoreSettings;
  /** Name recorded as the creator of new annotations (`byline.annotator`, else `claims.creator`; empty: the OS user name). */
  annotator: string;
}

export interface ClaimStoreSettings {
  /** Replaced by `annotator`, still read when that is empty. */
  creator: string;
}

export const defaultSettings: BylineSettings = {
  include: [...ARTICLE_GLOBS],
  exclude: ['**/node_modules/**', '**/.git/**', '**/.byline/**', '**/dist/**', '**/out/**'],
  disabledFiles: [],
  maxFileSize: 5_000_000,
  maxIndexedFiles: 20_000,
  diagnostics: {
    unclosedQuote: true,
    mismatchedQuote: true,
    unattributedQuote: true,
    duplicateParagraph: true,
    unresolvedDate: true,
  },
  claims: { creator: '' },
  annotator: '',
};

/** Which diagnostics setting switches each finding rule. */
export const diagnosticSettingOf: Record<FindingRule, keyof DiagnosticSettings> = {
  'unclosed-quote': 'unclosedQuote',
  'mismatched-quote': 'mismatchedQuote',
  'unattributed-quote': 'unattributedQuote',
  'duplicate-paragraph': 'duplicateParagraph',
  'unresolved-date': 'unresolvedDate',
};

/** A first line (or a line in the first five) holding this marker switches Byline off for the file. */
export const disableMarker = /^\s*(?:#|\/\/|<!--)?\s*byline:\s*off\b/im;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : fallback;
}

/** `byline.annotator`, else the setting it replaces (`byline.claims.creator`), else empty. */
function annotatorName(source: Record<string, unknown>): string {
  const claims = isRecord(source.claims) ? source.claims : {};
  for (const value of [source.annotator, claims.creator]) {
    if (typeof value === 'string' && value.trim() !== '') {
      return value.trim();
    }
  }
  return '';
}

/** Reads whatever the client sent, falling back to the defaults for missing or mistyped keys. */
export function normalizeSettings(raw: unknown): BylineSettings {
  const source = isRecord(raw) ? raw : {};
  const diagnostics = isRecord(source.diagnostics) ? source.diagnostics : {};
  const claims = isRecord(source.claims) ? source.claims : {};
  const flag = (key: keyof DiagnosticSettings): boolean =>
    typeof diagnostics[key] === 'boolean' ? diagnostics[key] : defaultSettings.diagnostics[key];
  const positive = (value: unknown, fallback: number): number =>
    typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
  return {
    include: stringList(source.include, defaultSettings.include),
    exclude: stringList(source.exclude, defaultSettings.exclude),
    disabledFiles: stringList(source.disabledFiles, defaultSettings.disabledFiles),
    maxFileSize: positive(source.maxFileSize, defaultSettings.maxFileSize),
    maxIndexedFiles: positive(source.maxIndexedFiles, defaultSettings.maxIndexedFiles),
    annotator: annotatorName(source),
    diagnostics: {
      unclosedQuote: flag('unclosedQuote'),
      mismatchedQuote: flag('mismatchedQuote'),
      unattributedQuote: flag('unattributedQuote'),
      duplicateParagraph: flag('duplicateParagraph'),
      unresolvedDate: flag('unresolvedDate'),
    },
    claims: { creator: typeof claims.creator === 'string' ? claims.creator : defaultSettings.claims.creator },
  };
}
