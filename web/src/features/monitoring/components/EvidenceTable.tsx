import { Anchor, Select, Stack, Table } from '@mantine/core';
import type { IndicatorRef } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { Pager } from '../../../ui/Pager';
import { useSession } from '../../auth/hooks/useSession';
import { useObservations } from '../hooks/useDashboards';

const PAGE = 25;

/** The observations behind a person's figures, paged, with where each came from. */
export function EvidenceTable({
  personId,
  indicators,
  from,
  to,
}: {
  personId: string;
  indicators: IndicatorRef[];
  from: string;
  to: string;
}) {
  const { t, i18n } = useTranslation();
  const name = useLocalName();
  const { can } = useSession();
  const [indicatorId, setIndicatorId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const obs = useObservations(personId, {
    indicatorId: indicatorId ?? undefined,
    from,
    to,
    limit: PAGE,
    offset: (page - 1) * PAGE,
  });
  const byId = new Map(indicators.map((i) => [i.id, i]));
  return (
    <Stack>
      <Select
        label={t('dashboards.evidenceIndicator')}
        placeholder={t('dashboards.allIndicators')}
        data={indicators.map((i) => ({ value: i.id, label: name(i.nameEn, i.nameZh) }))}
        value={indicatorId}
        onChange={(v) => {
          setIndicatorId(v);
          setPage(1);
        }}
        clearable
        w={300}
      />
      <ErrorAlert error={obs.error} />
      {!obs.data && !obs.error && <Loading />}
      {obs.data && (
        <>
          <Table.ScrollContainer minWidth={700}>
            <Table fz="sm" striped withTableBorder data-testid="evidence">
              <Table.Caption>{t('dashboards.evidenceCaption', { from, to })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('dashboards.date')}</Table.Th>
                  <Table.Th scope="col">{t('dashboards.indicator')}</Table.Th>
                  <Table.Th scope="col">{t('imports.numerator')}</Table.Th>
                  <Table.Th scope="col">{t('imports.denominator')}</Table.Th>
                  <Table.Th scope="col">{t('imports.source')}</Table.Th>
                  <Table.Th scope="col">{t('dashboards.batch')}</Table.Th>
                  <Table.Th scope="col">{t('dashboards.externalKey')}</Table.Th>
                  <Table.Th scope="col">{t('dashboards.recorded')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {obs.data.items.map((o) => {
                  const ind = byId.get(o.indicatorId);
                  return (
                    <Table.Tr key={o.id}>
                      <Table.Td>{o.occurredOn}</Table.Td>
                      <Table.Td>{ind ? name(ind.nameEn, ind.nameZh) : o.indicatorCode}</Table.Td>
                      <Table.Td>{o.numerator}</Table.Td>
                      <Table.Td>{o.denominator}</Table.Td>
                      <Table.Td>{o.source}</Table.Td>
                      <Table.Td>
                        {o.batchId && can('imports.read') ? (
                          <Anchor component={Link} to={`/imports/${o.batchId}`}>
                            {t('dashboards.openBatch')}
                          </Anchor>
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                      <Table.Td ff="monospace">{o.externalKey ?? '—'}</Table.Td>
                      <Table.Td>{formatDateTime(o.createdAt, i18n.language)}</Table.Td>
                    </Table.Tr>
                  );
                })}
                {obs.data.items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={8}>{t('dashboards.noEvidence')}</Table.Td>
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager total={obs.data.total} pageSize={PAGE} page={page} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}
