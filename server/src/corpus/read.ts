import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from './files';

/** An article file as every reader sees it. */
export interface ArticleFile {
  path: string;
  /** The decoded text without its byte order mark (export and analysis offsets count from here). */
  text: string;
  hadBom: boolean;
  /** Size on disk in bytes. */
  bytes: number;
  /** Larger than the caller's `reduceAbove`: to be analysed in reduced mode. */
  reduced: boolean;
}

export interface ReadOptions {
  /** Files larger than this many bytes are read but marked `reduced`. */
  reduceAbove?: number;
  /** Files larger than this are refused (default MAX_ARTICLE_BYTES). */
  limit?: SizeLimit;
}

/** The largest file a run reads (at most MAX_ARTICLE_BYTES), and how the user sets it ("--max-file-size"). */
export interface SizeLimit {
  bytes: number;
  setBy?: string;
}

/** Beyond this no file is an article (and a JavaScript string could not hold it): refused, never read. */
export const MAX_ARTICLE_BYTES = 256 * 1024 * 1024;

/** Why a file (or a stdin line: `what`) over the size limit is skipped, naming it and the limit. */
export function tooLargeMessage(what: string, limit: SizeLimit, size?: number): string {
  const bytes = (count: number): string => `${count.toLocaleString('en-US')} bytes`;
  const why = limit.setBy ? `larger than the limit of ${bytes(limit.bytes)} (${limit.setBy})` : `too large for an article (more than ${bytes(limit.bytes)})`;
  return `skipping ${what}: ${size === undefined ? '' : `${bytes(size)}, `}${why}`;
}

/** A file skipped for a reason its message states (over the size limit, binary): reported as skipped, not failed. */
export class SkippedFileError extends InputError {}

/** A file over the size limit: skipped, with a message naming the file and the limit. */
export class TooLargeError extends SkippedFileError {
  constructor(path: string, limit: SizeLimit, size?: number) {
    super(tooLargeMessage(path, limit, size));
  }
}

/** How much of the head of a text is inspected for binary content. */
const BINARY_WINDOW = 8192;

/** Heuristic binary check on decoded text: a NUL, or more than 10% control characters, near the start. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, BINARY_WINDOW);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) {
      return true;
    }
    if (code < 9 || (code > 13 && code < 32)) {
      control++;
    }
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Windows-1252 bytes 0x80–0x9F (curly quotes, dashes, €…); the rest is Latin-1. Written out because Node's
 * TextDecoder('windows-1252') decodes these as C1 control characters (it treats the label as Latin-1).
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/gu, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80]);
}

/**
 * Bytes → text: a UTF-8, UTF-16LE or UTF-16BE byte order mark decides; without one, UTF-8, or Windows-1252 when the
 * bytes are not valid UTF-8 (older scrapes and exports of newsroom systems).
 */
export function decodeArticle(bytes: Uint8Array): { text: string; hadBom: boolean } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: Buffer.from(bytes.buffer, bytes.byteOffset + 3, bytes.length - 3).toString('utf8'), hadBom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), hadBom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), hadBom: true };
  }
  try {
    return { text: strictUtf8.decode(bytes), hadBom: false };
  } catch {
    return { text: decodeWindows1252(bytes), hadBom: false };
  }
}

/**
 * The file's bytes, never more than `limit`: a file known to be larger is refused unread, and a device or pipe with
 * no size (/dev/zero never ends) is read only until it passes the limit.
 */
function readAtMost(path: string, limit: SizeLimit): Buffer {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > limit.bytes) {
      throw new TooLargeError(path, limit, size);
    }
    let buffer = Buffer.allocUnsafe(Math.min(limit.bytes, size || 65_536) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit.bytes) {
          throw new TooLargeError(path, limit);
        }
        const larger = Buffer.allocUnsafe(Math.min(limit.bytes + 1, length * 2));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) {
        return buffer.subarray(0, length);
      }
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads and decodes an article; throws InputError with a clear message for missing, too large or binary files. */
export function readArticle(path: string, options: ReadOptions = {}): ArticleFile {
  let bytes: Buffer;
  try {
    bytes = readAtMost(path, options.limit ?? { bytes: MAX_ARTICLE_BYTES });
  } catch (error) {
    if (error instanceof InputError) {
      throw error;
    }
    throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const { text, hadBom } = decodeArticle(bytes);
  if (looksBinary(text)) {
    throw new SkippedFileError(`skipping ${path}: it looks like a binary file, not article text`);
  }
  return { path, text, hadBom, bytes: bytes.length, reduced: options.reduceAbove !== undefined && bytes.length > options.reduceAbove };
}
