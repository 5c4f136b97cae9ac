/**
 * The `byline/*` messages of a document's publication date, which relative dates are resolved against: what it is
 * now and where it comes from (given / stated / inferred), what the text alone says (to prefill "Byline: Set
 * Publication Date…"), and setting or clearing the date given in `.byline/metadata/`. The server writes the file.
 */
/* eslint-disable @typescript-eslint/no-namespace -- the LSP convention (XRequest.method / XRequest.type) */
import { RequestType } from 'vscode-languageserver-protocol';
import type { Range } from 'vscode-languageserver-protocol';
import type { PublishedBasis } from '../core/types';

export { InvalidPublishedDate, parseGivenDate } from '../core/givenDate';
export type { PublishedBasis } from '../core/types';

/** The command that sets a document's publication date (hover links and quick fixes pass the document's URI). */
export const SET_PUBLICATION_DATE_COMMAND = 'byline.setPublicationDate';

export interface PublishedInfo {
  /** YYYY-MM-DD, or null when no day is known. */
  value: string | null;
  /** YYYY-MM or YYYY when only that much is known. */
  partial?: string;
  basis: PublishedBasis;
  /** The words on the page it was read from (stated, inferred), with where they are. */
  evidence: { text: string; range: Range } | null;
  reason?: string;
}

export interface PublicationDateParams {
  uri: string;
}

export interface PublicationDateInfo {
  uri: string;
  /** What the document's relative dates are resolved against now. */
  current: PublishedInfo;
  /** What the text alone says, whatever was given: the date to offer when setting one. */
  fromText: PublishedInfo;
  /** The date given in `.byline/metadata/`, when one is. */
  given: { value: string; creator?: string; modified?: string } | null;
  /** False outside a workspace folder, in an untrusted workspace, or when the metadata file cannot be read. */
  writable: boolean;
  /** Why it cannot be written, when it cannot. */
  readOnlyReason?: string;
}

/** A document's publication date and its basis; null when Byline is off for the document. */
export namespace PublicationDateRequest {
  export const method = 'byline/publicationDate' as const;
  export const type = new RequestType<PublicationDateParams, PublicationDateInfo | null, void>(method);
}

export interface SetPublicationDateParams {
  uri: string;
  /** YYYY-MM-DD, an ISO date-time, YYYY-MM or YYYY; null removes the given date (the page's or inferred one applies). */
  value: string | null;
}

/**
 * Stores (or clears) the document's given publication date in `.byline/metadata/`; every relative date of the
 * document is resolved again. Refused with a message for the user for a malformed date, outside a workspace
 * folder, in an untrusted workspace, or when the metadata file cannot be read (it is backed up and left alone).
 */
export namespace SetPublicationDateRequest {
  export const method = 'byline/setPublicationDate' as const;
  export const type = new RequestType<SetPublicationDateParams, PublicationDateInfo | null, void>(method);
}
