import { NativeSelect, Stack, Table, Text } from '@mantine/core';
import type { RosterPlan } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { useComparison, useRosterPlans } from '../hooks/useRostering';
import { num } from '../utils/words';
import { ScrollRegion } from '../../../ui/ScrollRegion';

const dash = (v: number | null, lang: string, digits = 1) => (v === null ? '—' : num(v, lang, digits));

/** The plan beside another plan of the same site (two drafts of the same weeks, say): totals and each person's hours and cost. */
export function CompareSection({ plan }: { plan: RosterPlan }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const plans = useRosterPlans();
  const [other, setOther] = useState<string | null>(null);
  const comparison = useComparison(plan.id, other);
  const choices = (plans.data ?? []).filter((p) => p.id !== plan.id && p.unitId === plan.unitId);
  if (plans.isPending) return <Loading />;
  if (choices.length === 0) return <Text c="dimmed">{t('rostering.compare.none')}</Text>;
  const c = comparison.data;
  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('rostering.compare.with')}
        data={[
          { value: '', label: t('rostering.compare.choose') },
          ...choices.map((p) => ({ value: p.id, label: `${p.name} (${p.startsOn})` })),
        ]}
        value={other ?? ''}
        onChange={(e) => setOther(e.currentTarget.value || null)}
      />
      <ErrorAlert error={comparison.error} />
      {c && (
        <>
          <Text>{t('rostering.compare.summary', { count: c.differentShifts })}</Text>
          <ScrollRegion label={t('rostering.compare.caption')}>
            <Table miw={320} striped withTableBorder>
              <Table.Caption>{t('rostering.compare.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('rostering.compare.figure')}</Table.Th>
                  {c.plans.map((p) => (
                    <Table.Th scope="col" key={p.id}>
                      {p.name}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(
                  [
                    ['hours', (x: (typeof c.plans)[number]) => num(x.totals.hours, lang)],
                    ['cost', (x: (typeof c.plans)[number]) => num(x.totals.cost, lang, 0)],
                    ['shortfall', (x: (typeof c.plans)[number]) => String(x.totals.shortfall)],
                    ['surplus', (x: (typeof c.plans)[number]) => String(x.totals.surplus)],
                    ['warnings', (x: (typeof c.plans)[number]) => String(x.warnings)],
                  ] as const
                ).map(([k, f]) => (
                  <Table.Tr key={k}>
                    <Table.Th scope="row">{t(`rostering.compare.row.${k}`)}</Table.Th>
                    {c.plans.map((p) => (
                      <Table.Td key={p.id}>{f(p)}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
                {c.people.map((p) => (
                  <Table.Tr key={p.personId}>
                    <Table.Th scope="row">{p.personName}</Table.Th>
                    {c.plans.map((x, i) => (
                      <Table.Td key={x.id}>
                        {t('rostering.compare.personCell', {
                          hours: dash(p.hours[i] ?? null, lang),
                          cost: dash(p.cost[i] ?? null, lang, 0),
                        })}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        </>
      )}
    </Stack>
  );
}
