import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PERSON_STATUSES, type PersonStatus, type PersonSummary } from '@frontline/contract';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { Pager } from '../../../ui/Pager';
import { useOrgUnits } from '../../org/hooks/useOrg';
import { unitOptions } from '../../org/utils/tree';
import { useEveryone, usePeople } from '../hooks/usePeople';
import { PeopleTable } from './PeopleTable';

const PAGE_SIZE = 25;
const isStatus = (v: string | null): v is PersonStatus =>
  v !== null && (PERSON_STATUSES as readonly string[]).includes(v);

/** Search, filters and paging, kept in the address so Back and shared links work. */
export function PeopleBrowser() {
  const { t } = useTranslation();
  const name = useLocalName();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const orgUnitId = params.get('orgUnitId');
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : null;
  const page = Math.max(1, Number(params.get('page')) || 1);

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );

  useEffect(() => {
    if ((params.get('q') ?? '') !== debouncedQ) update({ q: debouncedQ || null });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the typed text settles
  }, [debouncedQ]);

  const units = useOrgUnits();
  const people = usePeople({
    q: debouncedQ || undefined,
    orgUnitId: orgUnitId ?? undefined,
    status: status ?? undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  // Manager names: everyone in view (managers outside the view show as —).
  const everyone = useEveryone();
  const managers = useMemo(
    () => new Map<string, PersonSummary>((everyone.data ?? []).map((p) => [p.id, p])),
    [everyone.data],
  );
  const unitData = useMemo(
    () => unitOptions(units.data ?? [], (u) => name(u.nameEn, u.nameZh)),
    [units.data, name],
  );

  return (
    <>
      <Group mb="md" align="end" wrap="wrap" role="search" aria-label={t('people.filters')}>
        <TextInput
          label={t('people.search')}
          description={t('people.searchHelp')}
          type="search"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          miw={240}
        />
        <Select
          label={t('people.orgUnit')}
          placeholder={t('people.allUnits')}
          clearable
          searchable
          value={orgUnitId}
          onChange={(v) => update({ orgUnitId: v })}
          data={unitData}
          miw={260}
        />
        <Select
          label={t('people.status')}
          placeholder={t('people.allStatuses')}
          clearable
          value={status}
          onChange={(v) => update({ status: v })}
          data={PERSON_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
      </Group>
      <ErrorAlert error={people.error} />
      {people.isPending ? (
        <Loading />
      ) : (
        <div aria-busy={people.isFetching}>
          <PeopleTable people={people.data?.items ?? []} managers={managers} />
          <Pager
            total={people.data?.total ?? 0}
            pageSize={PAGE_SIZE}
            page={page}
            onChange={(n) => update({ page: n > 1 ? String(n) : null })}
          />
        </div>
      )}
    </>
  );
}
