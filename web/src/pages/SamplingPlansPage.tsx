import { Anchor, Badge, Button, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSamplingPlans } from '../features/sampling/hooks/useSampling';
import { useLocalName } from '../lib/i18n';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';

/** QA sampling plans (assessments.manage). */
export function SamplingPlansPage() {
  const { t } = useTranslation();
  const name = useLocalName();
  const q = useSamplingPlans();
  return (
    <>
      <PageTitle subtitle={t('sampling.subtitle')}>{t('sampling.pageTitle')}</PageTitle>
      <Group mb="md">
        <Button component={Link} to="/sampling/new">
          {t('sampling.new')}
        </Button>
      </Group>
      <QueryState query={q}>
        {(rows) => (
          <Table.ScrollContainer minWidth={480} tabIndex={0} aria-label={t('sampling.pageTitle')}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sampling.title')}</Table.Th>
                  <Table.Th>{t('sampling.scorecard')}</Table.Th>
                  <Table.Th>{t('sampling.perPerson')}</Table.Th>
                  <Table.Th>{t('sampling.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/sampling/${p.id}`}>
                        {p.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{name(p.scorecard.titleEn, p.scorecard.titleZh)}</Table.Td>
                    <Table.Td>{t(`sampling.perPeriod.${p.periodKind}`, { count: p.perPerson })}</Table.Td>
                    <Table.Td>
                      <Badge color={p.active ? 'teal.9' : 'gray.7'}>
                        {p.active ? t('sampling.active') : t('sampling.paused')}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </>
  );
}
