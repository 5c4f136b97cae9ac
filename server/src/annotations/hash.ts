/** Hashing and ids for the annotation store (node:crypto; the client, server and CLI all run on node). */

import { createHash, randomUUID } from 'node:crypto';

/** Hex SHA-256 of the UTF-8 bytes of a document text (BOM removed, line endings kept). */
export function textSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function newAnnotationId(): string {
  return `urn:uuid:${randomUUID()}`;
}
