/** Markdown shown when hovering a claim or correction (pure, so views and decorations share it). */

import type { Annotation } from '../../server/src/protocol/annotations';

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/gu, (char) => `\\${char}`);
}

export function annotationMarkdown(annotation: Annotation): string {
  const body = annotation.body;
  const lines: string[] = [];
  if (body.type === 'ClaimTag') {
    lines.push(`**Claim:** ${escape(body.label)}`);
    const attributes: [string, string | undefined][] = [
      ['Claimant', body.claimant],
      ['Claim type', body.claimType],
      ['Verdict', body.verdict],
      ['Note', body.note],
    ];
    for (const [name, value] of attributes) {
      if (value) {
        lines.push(`${name}: ${escape(value)}`);
      }
    }
  } else {
    switch (body.action) {
      case 'set-speaker':
        lines.push(`**Correction:** speaker is ${escape(body.speaker)}`);
        break;
      case 'add':
        lines.push(`**Correction:** marked as ${body.layer}${body.kind ? ` (${escape(body.kind)})` : ''}`);
        if (body.value) {
          lines.push(`Value: ${escape(body.value)}`);
        }
        if (body.speaker) {
          lines.push(`Speaker: ${escape(body.speaker)}`);
        }
        break;
      case 'reject':
        lines.push(`**Correction:** not a ${body.layer}`);
        break;
    }
    if (body.note) {
      lines.push(`Note: ${escape(body.note)}`);
    }
  }
  lines.push(`*${escape(annotation.creator.name)}, ${annotation.modified.slice(0, 16).replace('T', ' ')}*`);
  return lines.join('  \n');
}
