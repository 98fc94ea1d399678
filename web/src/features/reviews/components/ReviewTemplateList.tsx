import { Anchor, Table, Text } from '@mantine/core';
import type { ReviewTemplate } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalName } from '../../../lib/i18n';
import { ScrollRegion } from '../../../ui/ScrollRegion';
import { StatusBadge } from '../../../ui/StatusBadge';

/** The review templates: code, title in the UI language, rating rule, number of sections, active. */
export function ReviewTemplateList({ templates }: { templates: readonly ReviewTemplate[] }) {
  const { t } = useTranslation();
  const name = useLocalName();
  if (templates.length === 0) return <Text c="dimmed">{t('reviewTemplates.none')}</Text>;
  return (
    <ScrollRegion label={t('reviewTemplates.tableLabel')}>
      <Table miw={600} striped withTableBorder verticalSpacing="sm">
        <Table.Caption>{t('reviewTemplates.tableLabel')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reviewTemplates.code')}</Table.Th>
            <Table.Th scope="col">{t('reviewTemplates.titleCol')}</Table.Th>
            <Table.Th scope="col">{t('reviewTemplates.ruleCol')}</Table.Th>
            <Table.Th scope="col">{t('reviewTemplates.sectionsCol')}</Table.Th>
            <Table.Th scope="col">{t('reviewTemplates.activeCol')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {templates.map((x) => (
            <Table.Tr key={x.id}>
              <Table.Td ff="monospace">{x.code}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/review-templates/${x.id}`}>
                  {name(x.titleEn, x.titleZh)}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`reviewTemplates.rule.${x.ratingRule}`)}</Table.Td>
              <Table.Td>{x.sections.length}</Table.Td>
              <Table.Td>
                <StatusBadge
                  value={x.active ? 'active' : 'left'}
                  label={t(x.active ? 'reviewTemplates.active' : 'reviewTemplates.inactive')}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
