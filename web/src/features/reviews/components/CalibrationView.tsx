import { Anchor, Button, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { ReviewCalibration } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { ScrollRegion } from '../../../ui/ScrollRegion';
import { Section } from '../../../ui/Section';
import { useOrgUnits } from '../../org/hooks/useOrg';
import { useCalibration } from '../hooks/useReviews';
import { CalibrateDialog, useLevelOptions } from './ReviewHistory';
import { ReviewStatusBadge } from './ReviewStatusBadge';

/**
 * Calibration of a cycle's ratings across a unit's managers: how each manager's overall ratings
 * spread over the scale (and their mean), then every review with its evidence warnings, and the
 * change of a rating with its reason.
 */
export function CalibrationView({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const units = useOrgUnits();
  const [orgUnitId, setOrgUnitId] = useState<string | null>(null);
  const cal = useCalibration(cycleId, orgUnitId ? { orgUnitId } : {});
  return (
    <Stack>
      <Select
        label={t('reviews.calibration.unit')}
        placeholder={t('reviews.calibration.allUnits')}
        data={(units.data ?? []).map((u) => ({ value: u.id, label: name(u.nameEn, u.nameZh) }))}
        value={orgUnitId}
        onChange={setOrgUnitId}
        clearable
        searchable
        maw={360}
      />
      <ErrorAlert error={cal.error} />
      {!cal.data ? !cal.error && <Loading /> : <CalibrationTables data={cal.data} />}
    </Stack>
  );
}

function CalibrationTables({ data }: { data: ReviewCalibration }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const levels = useLevelOptions(data.scale);
  const label = (v: number | null) => levels.find((l) => l.value === String(v))?.label ?? '—';
  const [editing, setEditing] = useState<ReviewCalibration['reviews'][number] | null>(null);
  if (data.reviews.length === 0) return <Text c="dimmed">{t('reviews.calibration.none')}</Text>;
  const total = data.distribution.reduce((a, b) => a + b, 0);
  return (
    <Stack>
      <Section title={t('reviews.calibration.byManager')}>
        <Text size="sm" c="dimmed" mb="xs">
          {t('reviews.calibration.byManagerHelp')}
        </Text>
        <ScrollRegion label={t('reviews.tableOf', { name: t('reviews.calibration.byManager') })}>
          <Table miw={560} withTableBorder verticalSpacing="xs">
            <Table.Caption>{t('reviews.calibration.byManager')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reviews.reviewer')}</Table.Th>
                <Table.Th>{t('reviews.calibration.rated')}</Table.Th>
                {data.scale.levels.map((l) => (
                  <Table.Th key={l.value}>
                    <Tooltip label={name(l.labelEn, l.labelZh)}>
                      <span>{l.value}</span>
                    </Tooltip>
                  </Table.Th>
                ))}
                <Table.Th>{t('reviews.calibration.mean')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.managers.map((m) => (
                <Table.Tr key={m.reviewerPersonId ?? 'none'}>
                  <Table.Td>{m.name ? name(m.name, m.nameZh) : t('reviews.noReviewer')}</Table.Td>
                  <Table.Td>
                    {m.rated} / {m.total}
                  </Table.Td>
                  {m.distribution.map((n, i) => (
                    <Table.Td key={i}>{share(n, m.rated)}</Table.Td>
                  ))}
                  <Table.Td>{m.mean === null ? '—' : m.mean.toFixed(2)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={600}>
                <Table.Td>{t('reviews.calibration.everyone')}</Table.Td>
                <Table.Td>{total}</Table.Td>
                {data.distribution.map((n, i) => (
                  <Table.Td key={i}>{share(n, total)}</Table.Td>
                ))}
                <Table.Td />
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      </Section>
      <Section title={t('reviews.calibration.reviews')}>
        <ScrollRegion label={t('reviews.tableOf', { name: t('reviews.calibration.reviews') })}>
          <Table miw={760} striped withTableBorder verticalSpacing="xs">
            <Table.Caption>{t('reviews.calibration.reviews')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reviews.person')}</Table.Th>
                <Table.Th>{t('reviews.reviewer')}</Table.Th>
                <Table.Th>{t('reviews.stage')}</Table.Th>
                <Table.Th>{t('reviews.overall')}</Table.Th>
                <Table.Th>{t('reviews.calibration.formula')}</Table.Th>
                <Table.Th>{t('reviews.warnings.title')}</Table.Th>
                <Table.Th>{t('reviews.calibration.changes')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.reviews.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/reviews/${r.id}`}>
                      {name(r.personName, r.personNameZh)}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {name(r.orgUnitName, r.orgUnitNameZh)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {r.reviewerName ? name(r.reviewerName, r.reviewerNameZh) : t('reviews.noReviewer')}
                  </Table.Td>
                  <Table.Td>
                    <ReviewStatusBadge status={r.status} />
                  </Table.Td>
                  <Table.Td>{label(r.overallRating)}</Table.Td>
                  <Table.Td>{r.formula === null ? '—' : r.formula.toFixed(2)}</Table.Td>
                  <Table.Td>
                    {r.warnings.length === 0 ? (
                      '—'
                    ) : (
                      <Text size="sm" c="orange.9">
                        {r.warnings
                          .map((w) => t(`reviews.calibration.warning.${w.kind}`, { item: w.key }))
                          .join('; ')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{r.changes}</Table.Td>
                  <Table.Td>
                    {r.canCalibrate && (
                      <Button size="xs" variant="default" onClick={() => setEditing(r)}>
                        {t('reviews.calibration.changeShort')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      </Section>
      {editing && (
        <CalibrateDialog
          reviewId={editing.id}
          scale={data.scale}
          current={editing.overallRating}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}

/** "2 (40%)": the count and its share of the manager's rated reviews. */
function share(n: number, of: number) {
  return of === 0 || n === 0 ? String(n) : `${n} (${Math.round((100 * n) / of)}%)`;
}
