import { ActionIcon, Button, Group } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface TreeItem {
  id: string;
  /** Plain-text name, for the expand/collapse button's accessible name. */
  label: string;
  content: ReactNode;
  children: TreeItem[];
}

function allBranchIds(items: TreeItem[]): string[] {
  return items.flatMap((i) => (i.children.length > 0 ? [i.id, ...allBranchIds(i.children)] : []));
}

function Chevron({ open }: { open: boolean }) {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 24 24"
      aria-hidden="true"
      style={{ transform: open ? 'rotate(90deg)' : undefined, transition: 'transform 120ms' }}
    >
      <path d="M9 6l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}

/**
 * A tree as nested lists: every branch has a disclosure button (aria-expanded) before its content,
 * so it works with Tab, Enter and Space and reads well in a screen reader. Links in the content stay
 * ordinary links. All branches start open.
 */
export function TreeList({ items, label }: { items: TreeItem[]; label: string }) {
  const { t } = useTranslation();
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setClosed((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const branches = allBranchIds(items);

  const render = (list: TreeItem[], depth: number) => (
    <ul className="fl-tree" data-depth={depth} aria-label={depth === 0 ? label : undefined}>
      {list.map((item) => {
        const open = !closed.has(item.id);
        const hasChildren = item.children.length > 0;
        return (
          <li key={item.id}>
            <div className="fl-tree-row">
              {hasChildren ? (
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-expanded={open}
                  aria-label={t(open ? 'tree.collapse' : 'tree.expand', { name: item.label })}
                  onClick={() => toggle(item.id)}
                >
                  <Chevron open={open} />
                </ActionIcon>
              ) : (
                <span className="fl-tree-spacer" aria-hidden="true" />
              )}
              <div className="fl-tree-content">{item.content}</div>
            </div>
            {hasChildren && open && render(item.children, depth + 1)}
          </li>
        );
      })}
    </ul>
  );

  return (
    <div>
      {branches.length > 0 && (
        <Group gap="xs" mb="xs">
          <Button size="compact-sm" variant="default" onClick={() => setClosed(new Set())}>
            {t('tree.expandAll')}
          </Button>
          <Button size="compact-sm" variant="default" onClick={() => setClosed(new Set(branches))}>
            {t('tree.collapseAll')}
          </Button>
        </Group>
      )}
      {render(items, 0)}
    </div>
  );
}
