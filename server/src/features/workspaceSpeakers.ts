import { mentionCount, mentionRange, type WorkspaceSpeakerIndex } from '../core/workspaceIndex';
import type { WorkspaceSpeakersParams, WorkspaceSpeakersResult } from '../protocol/protocol';

const MAX_SPEAKERS = 2000;
const DEFAULT_MAX_FILES = 50;

/** The `byline/workspaceSpeakers` answer for the client's speakers view. */
export function workspaceSpeakers(params: WorkspaceSpeakersParams, index: WorkspaceSpeakerIndex, complete: boolean): WorkspaceSpeakersResult {
  const speakers = index.speakers(params.query ?? '', params.uri).slice(0, MAX_SPEAKERS);
  const maxFiles = params.maxFiles ?? DEFAULT_MAX_FILES;
  return {
    complete,
    speakers: speakers.map((speaker) => ({
      name: speaker.name,
      kind: speaker.kind,
      aliases: speaker.aliases,
      roles: speaker.roles,
      quotes: speaker.quotes,
      mentions: speaker.mentions,
      mentionedOnly: speaker.quotes === 0,
      claimant: speaker.quotes > 0 && speaker.named,
      fileCount: speaker.files.length,
      files: speaker.files
        .filter((file) => mentionCount(file.entry) > 0)
        .slice(0, maxFiles)
        .map((file) => ({
          uri: file.uri,
          quotes: file.entry.quotes,
          mentions: mentionCount(file.entry),
          firstMention: mentionRange(file.entry, 0),
        })),
    })),
  };
}
