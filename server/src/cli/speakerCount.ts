import { counted } from '../protocol/plural';

/**
 * "4 speakers (1 mentioned, not quoted)": the speakers list holds people named but never quoted too, so the count
 * says how many, and a list of who is quoted (one name fewer) does not seem to contradict it.
 */
export function speakerCount(speakers: number, mentionedOnly: number): string {
  return `${counted(speakers, 'speaker')}${mentionedOnly > 0 ? ` (${mentionedOnly} mentioned, not quoted)` : ''}`;
}
