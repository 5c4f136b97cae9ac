/**
 * The publishing outlet is not a speaker (it goes in `metadata.outlet`): a name the speakers stage found only in
 * credits and bylines ("Photo: … /The Harbour Ledger") is dropped when it names the outlet. An outlet quoted as a
 * source ("…, the Ledger said") keeps its quotes and stays listed.
 */
import { packedMap } from './packedMap';
import { changedQuote } from './quoteRecord';
import type { Attribution } from './speakers/output';
import { speakerKey } from './workspaceIndex';

/** The outlet's name compared as speakers' names are, without a leading article ("The Gull Courier" = "Gull Courier"). */
const outletKey = (name: string): string => speakerKey(name.trim().replace(/^the\s+/iu, ''));

export function withoutOutletSpeaker(attribution: Attribution, outlet: string | undefined): Attribution {
  if (!outlet) {
    return attribution;
  }
  const key = outletKey(outlet);
  const isOutlet = attribution.speakers.map(
    (speaker) => speaker.quotes.length === 0 && [speaker.name, ...speaker.aliases].some((form) => outletKey(form) === key),
  );
  if (!isOutlet.includes(true)) {
    return attribution;
  }
  const speakerIndex: number[] = [];
  let kept = 0;
  isOutlet.forEach((dropped, index) => (speakerIndex[index] = dropped ? -1 : kept++));
  const mentionIndex: number[] = [];
  const mentions: Attribution['mentions'] = [];
  attribution.mentions.forEach((mention, index) => {
    mentionIndex[index] = isOutlet[mention.speaker] ? -1 : mentions.push({ ...mention, speaker: speakerIndex[mention.speaker] }) - 1;
  });
  const speakers = packedMap(
    attribution.speakers.filter((_, index) => !isOutlet[index]),
    (speaker) => ({ ...speaker, mentions: packedMap(speaker.mentions, (index) => mentionIndex[index]) }),
  );
  const quotes = packedMap(attribution.quotes, (quote) => (quote.speaker === null ? quote : changedQuote(quote, { speaker: speakerIndex[quote.speaker] })));
  return { quotes, speakers, mentions };
}
