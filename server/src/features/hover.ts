import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { Speaker } from '../core';
import { mentionRange, type WorkspaceSpeakerIndex } from '../core/workspaceIndex';
import { dateHover } from './dateHover';
import { counted } from '../protocol/plural';
import { boilerplateAt, dateAt, firstWords, mentionAt, quoteAt, quoteExtent, type Article } from '../documents/article';

const MAX_LISTED_QUOTES = 6;
const MAX_LINKED_FILES = 5;

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

function speakerHover(article: Article, speaker: Speaker, index: WorkspaceSpeakerIndex): string {
  const { analysis, offsets } = article;
  const lines = [`**${speaker.name}** — ${speaker.kind === 'org' ? 'organisation' : 'person'}`];
  if (speaker.roles.length) {
    lines.push(`Roles: ${speaker.roles.join('; ')}`);
  }
  if (speaker.aliases.length) {
    lines.push(`Also: ${speaker.aliases.join(', ')}`);
  }
  const quotes = speaker.quotes.map((quoteIndex) => analysis.quotes[quoteIndex]);
  lines.push(`${counted(quotes.length, 'quote')} in this article`);
  for (const quote of quotes.slice(0, MAX_LISTED_QUOTES)) {
    lines.push(`- line ${offsets.positionAt(quote.start).line + 1}: “${firstWords(quote.text)}”`);
  }
  const workspace = index.speaker(speaker.name);
  if (workspace) {
    lines.push(
      `Workspace: ${counted(workspace.quotes, 'quote')} in ${counted(workspace.files.length, 'file')}`,
    );
    for (const file of workspace.files.slice(0, MAX_LINKED_FILES)) {
      const first = mentionRange(file.entry, 0).start;
      lines.push(`- [${fileName(file.uri)}](${file.uri}#L${first.line + 1}) (${counted(file.entry.quotes, 'quote')})`);
    }
  }
  return lines.join('\n\n');
}

/** What the cursor is on: a speaker mention, a date, a quote, or boilerplate (in that order). */
export function hover(article: Article, position: Position, index: WorkspaceSpeakerIndex): Hover | null {
  const { analysis, offsets } = article;
  const offset = offsets.offsetAt(position);
  const mention = mentionAt(analysis, offset);
  if (mention && analysis.speakers[mention.speaker]) {
    const value = speakerHover(article, analysis.speakers[mention.speaker], index);
    return { contents: { kind: MarkupKind.Markdown, value }, range: offsets.rangeOf(mention) };
  }
  const date = dateAt(analysis, offset);
  if (date) {
    return { contents: { kind: MarkupKind.Markdown, value: dateHover(date, analysis, article.uri) }, range: offsets.rangeOf(date) };
  }
  const quote = quoteAt(analysis, offset);
  if (quote) {
    const speaker = quote.speaker === null ? null : analysis.speakers[quote.speaker];
    const lines = [
      `**${quote.kind} quote**${quote.marks === 'balanced' ? '' : ` (${quote.marks} marks)`}`,
      speaker ? `Speaker: **${speaker.name}**` : 'No attributable speaker',
    ];
    if (quote.cue) {
      lines.push(`Cue: “${quote.cue.text}”`);
    }
    return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range: offsets.rangeOf(quoteExtent(quote)) };
  }
  const block = boilerplateAt(analysis, offset);
  if (block) {
    return { contents: { kind: MarkupKind.Markdown, value: `Boilerplate: **${block.kind}**` }, range: offsets.rangeOf(block) };
  }
  return null;
}
