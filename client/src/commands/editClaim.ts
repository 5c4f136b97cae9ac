/** Byline: Edit Claim — changes the label and attributes of the claim at the cursor (or chosen in the view). */

import { askClaim } from './claimForm';
import { targetAnnotations } from './target';
import type { CommandDeps, CommandHandler } from './types';

export function editClaim(deps: CommandDeps): CommandHandler {
  return async (arg?: unknown) => {
    const [target] = await targetAnnotations(deps, arg, (item) => item.annotation.body.type === 'ClaimTag', 'claim');
    const current = target?.item.annotation.body;
    if (!target || current?.type !== 'ClaimTag') {
      return;
    }
    const body = await askClaim(deps.ui, deps.claimSettings(), current, 'Edit claim', await deps.server.speakers(target.uri));
    if (!body) {
      return;
    }
    await deps.annotations.update(target.uri, target.item.annotation.id, body);
  };
}
