/** The Claims view's tree, built from the annotation service (pure, unit-tested). */

import type { AnchoredAnnotation, DocumentAnnotations } from '../store/documentAnnotations';

export type ClaimsGrouping = 'file' | 'label' | 'claimant';

export interface AnnotationNode {
  kind: 'annotation';
  /** Passed to context-menu commands as an AnnotationRef. */
  uri: string;
  id: string;
  source: string;
  entry: AnchoredAnnotation;
}

export interface GroupNode {
  kind: 'group';
  label: string;
  /** 'orphans' groups are shown with a warning icon. */
  role: 'file' | 'label' | 'claimant' | 'corrections' | 'orphans';
  children: AnnotationNode[];
}

function groupKey(node: AnnotationNode, grouping: ClaimsGrouping): { label: string; role: GroupNode['role'] } {
  const body = node.entry.annotation.body;
  if (node.entry.span === null) {
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

export function buildClaimsTree(documents: readonly DocumentAnnotations[], grouping: ClaimsGrouping): GroupNode[] {
  const groups = new Map<string, GroupNode>();
  const sorted = [...documents].sort((a, b) => a.key.source.localeCompare(b.key.source));
  for (const document of sorted) {
    const entries = [...document.entries].sort((a, b) => (a.span?.start ?? -1) - (b.span?.start ?? -1));
    for (const entry of entries) {
      const node: AnnotationNode = { kind: 'annotation', uri: document.key.uri, id: entry.annotation.id, source: document.key.source, entry };
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
