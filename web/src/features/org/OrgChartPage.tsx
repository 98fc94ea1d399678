import { Anchor, Badge, Card, Grid, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrgUnit, PersonSummary } from '@frontline/contract';
import { localName } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { usePeople } from '../people/api';
import { useOrgUnits } from './api';

/** Two views of the organisation: units with the people in each, and the reporting lines. */
export function OrgChartPage() {
  const { t, i18n } = useTranslation();
  const units = useOrgUnits();
  const people = usePeople({ limit: 500 });
  if (units.error || people.error) return <ErrorAlert error={units.error ?? people.error} />;
  if (!units.data || !people.data) return <Loading />;
  const lang = i18n.language;
  const visible = people.data.items;
  const inUnit = new Map<string, PersonSummary[]>();
  for (const p of visible) inUnit.set(p.orgUnitId, [...(inUnit.get(p.orgUnitId) ?? []), p]);
  const childrenOf = (id: string | null) => units.data.filter((u) => u.parentId === id);
  // Only the branches that hold someone the user may see.
  const holds = (u: OrgUnit): boolean => (inUnit.get(u.id)?.length ?? 0) > 0 || childrenOf(u.id).some(holds);

  const unitTree = (parent: string | null) => {
    const kids = childrenOf(parent).filter(holds);
    if (kids.length === 0) return null;
    return (
      <ul className="fl-tree">
        {kids.map((u) => (
          <li key={u.id}>
            <Group gap={6}>
              <Text fw={600}>{localName(u.nameEn, u.nameZh, lang)}</Text>
              <Badge variant="light" size="sm" color="gray" autoContrast>
                {t(`unitKind.${u.kind}`)}
              </Badge>
            </Group>
            {(inUnit.get(u.id) ?? []).length > 0 && (
              <ul className="fl-tree">
                {(inUnit.get(u.id) ?? []).map((p) => (
                  <li key={p.id}>
                    <Anchor component={Link} to={`/people/${p.id}`}>
                      {localName(p.nameEn, p.nameZh, lang)}
                    </Anchor>{' '}
                    <Text span size="sm" c="dimmed">
                      {p.jobRoleName ? localName(p.jobRoleName, p.jobRoleNameZh, lang) : ''}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
            {unitTree(u.id)}
          </li>
        ))}
      </ul>
    );
  };

  const ids = new Set(visible.map((p) => p.id));
  const roots = visible.filter((p) => !p.managerId || !ids.has(p.managerId));
  const reportsOf = (id: string) => visible.filter((p) => p.managerId === id);
  const lineTree = (list: PersonSummary[]) => (
    <ul className="fl-tree">
      {list.map((p) => (
        <li key={p.id}>
          <Anchor component={Link} to={`/people/${p.id}`}>
            {localName(p.nameEn, p.nameZh, lang)}
          </Anchor>{' '}
          <Text span size="sm" c="dimmed">
            {p.jobRoleName ? localName(p.jobRoleName, p.jobRoleNameZh, lang) : ''}
          </Text>
          {reportsOf(p.id).length > 0 && lineTree(reportsOf(p.id))}
        </li>
      ))}
    </ul>
  );

  return (
    <>
      <PageTitle>{t('orgChart.title')}</PageTitle>
      <style>{`.fl-tree{list-style:none;margin:0;padding-left:1.1rem;border-left:1px solid var(--mantine-color-gray-3)} .fl-tree>li{padding:2px 0}`}</style>
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('orgChart.byUnit')}
            </Title>
            <nav aria-label={t('orgChart.byUnit')}>{unitTree(null)}</nav>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('orgChart.reportingLines')}
            </Title>
            <nav aria-label={t('orgChart.reportingLines')}>{lineTree(roots)}</nav>
          </Card>
        </Grid.Col>
      </Grid>
    </>
  );
}
