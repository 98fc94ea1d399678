import { Anchor, List, Stack, Table, Text } from '@mantine/core';
import type { SamplingPeriodKind, SamplingPrecision } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const pts = (x: number) => Math.round(x);

/** "With 4 evaluations a month, a person's monthly QA score is known to about ±12 points", the alternatives and the numbers on request. */
export function PrecisionText({ p, kind }: { p: SamplingPrecision; kind: SamplingPeriodKind }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Stack gap="xs">
      <Text fw={600}>{t(`sampling.precision.${kind}`, { count: p.n, points: pts(p.halfWidth) })}</Text>
      <Table withTableBorder w="fit-content" aria-label={t('sampling.precision.alternatives')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sampling.perPerson')}</Table.Th>
            <Table.Th>{t('sampling.precision.within')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {p.alternatives.map((a) => (
            <Table.Tr key={a.n} fw={a.n === p.n ? 700 : undefined}>
              <Table.Td>{a.n}</Table.Td>
              <Table.Td>±{pts(a.halfWidth)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Anchor component="button" type="button" onClick={() => setOpen((o) => !o)} w="fit-content">
        {open ? t('sampling.precision.hide') : t('sampling.precision.show')}
      </Anchor>
      {open && (
        <List size="sm">
          <List.Item>
            {t('sampling.precision.formula', { z: p.z.toFixed(2), sd: p.sd.toFixed(1), n: p.n })}
          </List.Item>
          <List.Item>
            {p.sdSource === 'observed'
              ? t('sampling.precision.observed', { evaluations: p.evaluations, people: p.people })
              : t('sampling.precision.assumed', { sd: p.sd, evaluations: p.evaluations })}
          </List.Item>
        </List>
      )}
    </Stack>
  );
}
