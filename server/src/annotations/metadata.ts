/**
 * Document metadata, format version 1: what is known about a document that its text may not say — the publication
 * date (given: it beats the page and inference) and the locale of its numeric dates. One file per document,
 * `.byline/metadata/<document path>.json` (named like the annotation store files, see `storeFileName`), so a
 * corpus builder can write them by script and the editor writes one at a time. Schema:
 * `schemas/byline-metadata-1.schema.json`. Pure: no fs.
 */

import Ajv, { type ValidateFunction } from 'ajv';
import { InvalidPublishedDate, parseGivenDate } from '../core/givenDate';
import { metadataSchemaV1 } from './metadataSchema';

export const METADATA_SCHEMA_VERSION = 1;
/** Sub-folder of `.byline/` with one metadata file per document. */
export const METADATA_DIR = 'metadata';

export interface MetadataCreator {
  type: 'Person' | 'Software';
  name: string;
}

export interface DocumentMetadata {
  $schema?: string;
  schemaVersion: 1;
  type: 'BylineDocumentMetadata';
  source: string;
  published?: { value: string; creator?: MetadataCreator; modified?: string };
  locale?: string;
}

export type MetadataParseResult =
  | { ok: true; metadata: DocumentMetadata }
  | { ok: false; problem: 'malformed' | 'invalid' | 'newer-version'; message: string };

let validator: ValidateFunction<DocumentMetadata> | undefined;

export function parseMetadata(json: string): MetadataParseResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return { ok: false, problem: 'malformed', message: `not valid JSON (${(error as Error).message})` };
  }
  const version = (parsed as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > METADATA_SCHEMA_VERSION) {
    return { ok: false, problem: 'newer-version', message: `written by a newer Byline (metadata format ${version}) — update Byline` };
  }
  validator ??= new Ajv({ allErrors: true, strict: true }).compile<DocumentMetadata>(metadataSchemaV1);
  if (!validator(parsed)) {
    const details = (validator.errors ?? []).slice(0, 3).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`.trim());
    return { ok: false, problem: 'invalid', message: `does not match the metadata schema: ${details.join('; ')}` };
  }
  if (parsed.published) {
    try {
      parseGivenDate(parsed.published.value);
    } catch (error) {
      return { ok: false, problem: 'invalid', message: error instanceof InvalidPublishedDate ? `published: ${error.message}` : String(error) };
    }
  }
  return { ok: true, metadata: parsed };
}

export function serializeMetadata(metadata: DocumentMetadata): string {
  return `${JSON.stringify(metadata, null, 2)}\n`;
}

export function emptyMetadata(source: string): DocumentMetadata {
  return { schemaVersion: 1, type: 'BylineDocumentMetadata', source };
}

/** Whether the metadata says anything (an empty one is removed rather than written). */
export function hasContent(metadata: DocumentMetadata): boolean {
  return metadata.published !== undefined || metadata.locale !== undefined;
}
