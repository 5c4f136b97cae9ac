/** Byline: Edit Claim — changes the label and attributes of the claim at the cursor (or chosen in the view). */

import { isClaim } from '../../../server/src/annotations';
import { askClaim } from './claimForm';
import { targetAnnotations } from './target';
import type { CommandDeps, CommandHandler } from './types';

export function editClaim(deps: CommandDeps): CommandHandler {
  return async (arg?: unknown) => {
    const [target] = await targetAnnotations(deps, arg, (entry) => isClaim(entry.annotation), 'claim');
    if (!target || !isClaim(target.entry.annotation)) {
      return;
    }
    const current = target.entry.annotation.body;
    const body = await askClaim(deps.ui, deps.claimSettings(), current, 'Edit claim', await deps.server.speakers(target.uri));
    if (!body) {
      return;
    }
    await deps.annotations.update(target.uri, target.text, target.entry.annotation.id, body);
  };
}
