/**
 * Parsing and validating store files (pure: no fs). Validation uses ajv against the JSON Schema of the current
 * version; older versions are first brought up to date by the migrations, one version step at a time.
 */

import Ajv, { type ValidateFunction } from 'ajv';
import { STORE_SCHEMA_VERSION, type Annotation, type StoreFile } from './model';
import { storeSchemaV1 } from './schema';

/** Turns a parsed store of version n into one of version n + 1. */
export type Migration = (store: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations keyed by the version they migrate FROM. Version 1 is the first released format, so the map is empty;
 * a change to the format bumps STORE_SCHEMA_VERSION and adds the step from the previous version here.
 */
export const MIGRATIONS: ReadonlyMap<number, Migration> = new Map();

export type StoreProblem = 'malformed' | 'invalid' | 'newer-version';

export type ParseResult =
  | { ok: true; store: StoreFile; migratedFrom?: number }
  | { ok: false; problem: StoreProblem; message: string };

let validator: ValidateFunction<StoreFile> | undefined;

function validateV1(): ValidateFunction<StoreFile> {
  validator ??= new Ajv({ allErrors: true, strict: true }).compile<StoreFile>(storeSchemaV1);
  return validator;
}

export function parseStore(json: string, migrations: ReadonlyMap<number, Migration> = MIGRATIONS): ParseResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return { ok: false, problem: 'malformed', message: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, problem: 'malformed', message: 'not a JSON object' };
  }
  let store = parsed as Record<string, unknown>;
  const version = store.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, problem: 'invalid', message: 'schemaVersion is missing or not an integer' };
  }
  if (version > STORE_SCHEMA_VERSION) {
    return {
      ok: false,
      problem: 'newer-version',
      message: `written by a newer Byline (store format ${version}; this version reads up to ${STORE_SCHEMA_VERSION}) — update Byline`,
    };
  }
  for (let from = version; from < STORE_SCHEMA_VERSION; from++) {
    const migrate = migrations.get(from);
    if (!migrate) {
      return { ok: false, problem: 'invalid', message: `no migration from store format ${from}` };
    }
    store = { ...migrate(store), schemaVersion: from + 1 };
  }
  const validate = validateV1();
  if (!validate(store)) {
    const details = (validate.errors ?? [])
      .slice(0, 3)
      .map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`.trim())
      .join('; ');
    return { ok: false, problem: 'invalid', message: `does not match the store schema: ${details}` };
  }
  const ids = new Set<string>();
  for (const annotation of store.annotations) {
    if (ids.has(annotation.id)) {
      return { ok: false, problem: 'invalid', message: `annotation id ${annotation.id} occurs twice` };
    }
    ids.add(annotation.id);
  }
  return version < STORE_SCHEMA_VERSION ? { ok: true, store, migratedFrom: version } : { ok: true, store };
}

export function serializeStore(store: StoreFile): string {
  return `${JSON.stringify({ ...store, annotations: store.annotations }, null, 2)}\n`;
}

/** Why an annotation (e.g. one sent by an editor's command) does not fit the store schema, or null when it does. */
export function annotationProblem(annotation: Annotation): string | null {
  const validate = validateV1();
  if (validate({ schemaVersion: STORE_SCHEMA_VERSION, type: 'BylineAnnotationStore', source: annotation.target.source, annotations: [annotation] })) {
    return null;
  }
  return (validate.errors ?? [])
    .slice(0, 3)
    .map((error) => `${error.instancePath.replace(/^\/annotations\/0/u, '') || '/'} ${error.message ?? ''}`.trim())
    .join('; ');
}
