import { Anchor, Badge, Grid, Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrgUnit, PersonSummary } from '@frontline/contract';
import { useLocalName } from '../../../lib/i18n';
import { TreeList, type TreeItem } from '../../../ui/TreeList';
import { prune, reportingForest, unitForest, type Node } from '../utils/tree';
import { Section } from '../../../ui/Section';

function PersonLink({ p }: { p: PersonSummary }) {
  const name = useLocalName();
  return (
    <>
      <Anchor component={Link} to={`/people/${p.id}`}>
        {name(p.nameEn, p.nameZh)}
      </Anchor>
      {p.jobRoleName && (
        <Text span size="sm" c="dimmed">
          {' '}
          {name(p.jobRoleName, p.jobRoleNameZh)}
        </Text>
      )}
    </>
  );
}

/**
 * Two views of the organisation the user may see: the units with the people in each, and the
 * reporting lines. Someone who does not see everyone sees only the units that hold their people.
 */
export function OrgChart({
  units,
  people,
  showEmptyUnits,
}: {
  units: OrgUnit[];
  people: PersonSummary[];
  showEmptyUnits: boolean;
}) {
  const { t } = useTranslation();
  const name = useLocalName();

  const unitItems = useMemo(() => {
    const inUnit = new Map<string, PersonSummary[]>();
    for (const p of people) inUnit.set(p.orgUnitId, [...(inUnit.get(p.orgUnitId) ?? []), p]);
    let forest = unitForest(units);
    if (!showEmptyUnits) forest = prune(forest, (u) => (inUnit.get(u.id)?.length ?? 0) > 0);
    const toItem = (n: Node<OrgUnit>): TreeItem => {
      const u = n.item;
      const members = [...(inUnit.get(u.id) ?? [])].sort((a, b) => a.nameEn.localeCompare(b.nameEn));
      const unitName = name(u.nameEn, u.nameZh);
      return {
        id: `unit-${u.id}`,
        label: unitName,
        content: (
          <Group gap={6} wrap="wrap">
            <Text fw={600} component="span">
              {unitName}
            </Text>
            <Badge variant="light" size="sm" color="gray" autoContrast tt="none">
              {t(`unitKind.${u.kind}`)}
            </Badge>
            {members.length > 0 && (
              <Text span size="xs" c="dimmed">
                {t('orgChart.peopleCount', { count: members.length })}
              </Text>
            )}
          </Group>
        ),
        children: [
          ...members.map((p) => ({
            id: `member-${u.id}-${p.id}`,
            label: name(p.nameEn, p.nameZh),
            content: <PersonLink p={p} />,
            children: [],
          })),
          ...n.children.map(toItem),
        ],
      };
    };
    return forest.map(toItem);
  }, [units, people, showEmptyUnits, name, t]);

  const lineItems = useMemo(() => {
    const toItem = (n: Node<PersonSummary>): TreeItem => ({
      id: `line-${n.item.id}`,
      label: name(n.item.nameEn, n.item.nameZh),
      content: <PersonLink p={n.item} />,
      children: n.children.map(toItem),
    });
    return reportingForest(people.filter((p) => p.status !== 'left')).map(toItem);
  }, [people, name]);

  return (
    <Grid>
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <Section title={t('orgChart.byUnit')}>
          {unitItems.length === 0 ? (
            <Text c="dimmed">{t('orgChart.empty')}</Text>
          ) : (
            <TreeList items={unitItems} label={t('orgChart.byUnit')} />
          )}
        </Section>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <Section title={t('orgChart.reportingLines')}>
          {lineItems.length === 0 ? (
            <Text c="dimmed">{t('orgChart.empty')}</Text>
          ) : (
            <TreeList items={lineItems} label={t('orgChart.reportingLines')} />
          )}
        </Section>
      </Grid.Col>
    </Grid>
  );
}
