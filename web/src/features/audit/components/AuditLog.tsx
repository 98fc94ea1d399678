import { Badge, Button, Code, Group, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AuditEntry, AuditQuery } from '@frontline/contract';
import { formatDateTime } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { Pager } from '../../../ui/Pager';
import { useAudit } from '../hooks/useAudit';
import { diffRecords, showValue, type FieldChange } from '../utils/diff';

const PAGE_SIZE = 50;
const FILTERS = ['action', 'entityType', 'entityId', 'subjectPersonId', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];

/** A date (YYYY-MM-DD) as the start or the end of that day in the browser's time zone. */
function dayBound(d: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return undefined;
  const at = new Date(`${d}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

function Diff({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const changes = diffRecords(entry.before, entry.after);
  const shown = all ? changes : changes.filter((c) => c.kind !== 'same');
  const kindLabel = (c: FieldChange) => t(`audit.kind.${c.kind}`);
  return (
    <div>
      <Group justify="space-between" mb="xs">
        <Text size="sm">
          {t('audit.changedFields', { count: changes.filter((c) => c.kind !== 'same').length })}
        </Text>
        <Switch
          size="xs"
          label={t('audit.showUnchanged')}
          checked={all}
          onChange={(e) => setAll(e.currentTarget.checked)}
        />
      </Group>
      <Table fz="sm" withTableBorder withColumnBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.field')}</Table.Th>
            <Table.Th scope="col">{t('audit.before')}</Table.Th>
            <Table.Th scope="col">{t('audit.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((c) => (
            <Table.Tr key={c.field} className={c.kind === 'same' ? undefined : 'fl-diff-changed'}>
              <Table.Th scope="row" fw={500}>
                <Code>{c.field}</Code>{' '}
                {c.kind !== 'same' && (
                  <Badge size="xs" variant="light" color="yellow" autoContrast tt="none">
                    {kindLabel(c)}
                  </Badge>
                )}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{showValue(c.before)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{showValue(c.after)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/** The append-only audit log: filters in the address, newest first, each change expandable. */
export function AuditLog() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState<Record<Filter, string>>(() => {
    const out = {} as Record<Filter, string>;
    for (const f of FILTERS) out[f] = params.get(f) ?? '';
    return out;
  });
  const [debounced] = useDebouncedValue(draft, 400);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [open, setOpen] = useState<number | null>(null);

  const setFilter = (f: Filter, v: string) => {
    setDraft((d) => ({ ...d, [f]: v }));
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (v) next.set(f, v);
        else next.delete(f);
        next.delete('page');
        return next;
      },
      { replace: true },
    );
  };
  const query: AuditQuery = {
    action: debounced.action.trim() || undefined,
    entityType: debounced.entityType.trim() || undefined,
    entityId: debounced.entityId.trim() || undefined,
    subjectPersonId: /^[0-9a-f-]{36}$/i.test(debounced.subjectPersonId)
      ? debounced.subjectPersonId
      : undefined,
    from: dayBound(debounced.from, false),
    to: dayBound(debounced.to, true),
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
  const audit = useAudit(query);
  const text = (f: Filter, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput
      label={label}
      value={draft[f]}
      onChange={(e) => setFilter(f, e.currentTarget.value)}
      {...extra}
    />
  );

  return (
    <>
      <Group mb="md" align="end" wrap="wrap" role="search" aria-label={t('audit.filters')}>
        {text('action', t('audit.action'), { placeholder: 'person.updated' })}
        {text('entityType', t('audit.entityType'), { placeholder: 'person' })}
        {text('entityId', t('audit.entityId'))}
        {text('from', t('audit.from'), { type: 'date' })}
        {text('to', t('audit.to'), { type: 'date' })}
      </Group>
      {draft.subjectPersonId && (
        <Group mb="sm">
          <Text size="sm">
            {t('audit.forPerson')}{' '}
            <Link to={`/people/${draft.subjectPersonId}`}>{t('audit.openPerson')}</Link>
          </Text>
          <Button size="compact-xs" variant="default" onClick={() => setFilter('subjectPersonId', '')}>
            {t('audit.clearPerson')}
          </Button>
        </Group>
      )}
      <ErrorAlert error={audit.error} />
      {audit.isPending ? (
        <Loading />
      ) : (
        <>
          <Table.ScrollContainer minWidth={820}>
            <Table striped>
              <Table.Caption className="fl-sr-only">{t('audit.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('audit.when')}</Table.Th>
                  <Table.Th scope="col">{t('audit.who')}</Table.Th>
                  <Table.Th scope="col">{t('audit.action')}</Table.Th>
                  <Table.Th scope="col">{t('audit.entity')}</Table.Th>
                  <Table.Th scope="col">{t('audit.details')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(audit.data?.items ?? []).map((e) => {
                  const expanded = open === e.id;
                  const hasData = e.before !== null || e.after !== null;
                  return (
                    <Fragment key={e.id}>
                      <Table.Tr>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          {formatDateTime(e.occurredAt, i18n.language)}
                        </Table.Td>
                        <Table.Td>{e.actorName ?? t('audit.system')}</Table.Td>
                        <Table.Td>
                          <Code>{e.action}</Code>
                        </Table.Td>
                        <Table.Td>
                          {e.entityType}
                          {e.entityId && (
                            <Text span size="xs" c="dimmed" ff="monospace">
                              {' '}
                              {e.entityId.slice(0, 8)}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {hasData && (
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              onClick={() => setOpen(expanded ? null : e.id)}
                              aria-expanded={expanded}
                              aria-controls={`audit-${e.id}`}
                            >
                              {expanded ? t('audit.hide') : t('audit.show')}
                            </Button>
                          )}
                        </Table.Td>
                      </Table.Tr>
                      {expanded && (
                        <Table.Tr id={`audit-${e.id}`}>
                          <Table.Td colSpan={5}>
                            <Diff entry={e} />
                            {e.requestId && (
                              <Text size="xs" c="dimmed" mt={4}>
                                {t('audit.requestId')}: {e.requestId}
                              </Text>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      )}
                    </Fragment>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {(audit.data?.items ?? []).length === 0 && <Text c="dimmed">{t('audit.none')}</Text>}
          <Pager
            total={audit.data?.total ?? 0}
            pageSize={PAGE_SIZE}
            page={page}
            onChange={(n) =>
              setParams(
                (prev) => {
                  const next = new URLSearchParams(prev);
                  if (n > 1) next.set('page', String(n));
                  else next.delete('page');
                  return next;
                },
                { replace: true },
              )
            }
          />
        </>
      )}
    </>
  );
}
