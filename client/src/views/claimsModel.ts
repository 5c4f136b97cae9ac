/** The Claims view's tree, built from the annotation service (pure, unit-tested). */

import type { AnnotationItem } from '../../../server/src/protocol/annotations';
import type { AnnotatedDocument } from '../annotations';

export type ClaimsGrouping = 'file' | 'label' | 'claimant';

export interface AnnotationNode {
  kind: 'annotation';
  /** Passed to context-menu commands as an AnnotationRef. */
  uri: string;
  id: string;
  source: string;
  item: AnnotationItem;
}

export interface GroupNode {
  kind: 'group';
  label: string;
  /** 'orphans' groups are shown with a warning icon. */
  role: 'file' | 'label' | 'claimant' | 'corrections' | 'orphans';
  children: AnnotationNode[];
}

function groupKey(node: AnnotationNode, grouping: ClaimsGrouping): { label: string; role: GroupNode['role'] } {
  const body = node.item.annotation.body;
  if (node.item.range === null) {
    return { label: 'Orphans', role: 'orphans' };
  }
  if (grouping === 'file') {
    return { label: node.source, role: 'file' };
  }
  if (body.type !== 'ClaimTag') {
    return { label: 'Corrections', role: 'corrections' };
  }
  return grouping === 'label'
    ? { label: body.label, role: 'label' }
    : { label: body.claimant ?? '(no claimant)', role: 'claimant' };
}

const ROLE_ORDER: Record<GroupNode['role'], number> = { file: 0, label: 0, claimant: 0, corrections: 1, orphans: 2 };

/** Document order: by line, then character; orphans first (they are grouped apart anyway). */
function position(item: AnnotationItem): number {
  return item.range ? item.range.start.line * 2 ** 20 + item.range.start.character : -1;
}

export function buildClaimsTree(documents: readonly AnnotatedDocument[], grouping: ClaimsGrouping): GroupNode[] {
  const groups = new Map<string, GroupNode>();
  const sorted = [...documents].sort((a, b) => a.source.localeCompare(b.source));
  for (const document of sorted) {
    const items = [...document.items].sort((a, b) => position(a) - position(b));
    for (const item of items) {
      const node: AnnotationNode = { kind: 'annotation', uri: document.uri, id: item.annotation.id, source: document.source, item };
      const { label, role } = groupKey(node, grouping);
      const id = `${role}:${label}`;
      let group = groups.get(id);
      if (!group) {
        group = { kind: 'group', label, role, children: [] };
        groups.set(id, group);
      }
      group.children.push(node);
    }
  }
  return [...groups.values()].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.label.localeCompare(b.label));
}
