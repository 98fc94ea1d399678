import { Badge, List, Stack, Table, Text } from '@mantine/core';
import type { ReviewTemplate } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { useLocalName } from '../../../lib/i18n';
import { ScrollRegion } from '../../../ui/ScrollRegion';
import { Section } from '../../../ui/Section';

/** A saved template, read-only: its scale (the "meets" level marked) and its sections with their items. */
export function ReviewTemplateView({ template }: { template: ReviewTemplate }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const rated = template.sections.filter((s) => s.kind !== 'text' && s.kind !== 'development');
  const total = rated.reduce((sum, s) => sum + s.weight, 0);
  return (
    <Stack>
      <Section title={t('reviewTemplates.view.scale')}>
        <ScrollRegion label={t('reviews.tableOf', { name: t('reviewTemplates.view.scale') })}>
          <Table miw={520} striped withTableBorder verticalSpacing="sm">
            <Table.Caption>
              {t('reviewTemplates.view.scaleCaption', { level: template.scale.meets })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('reviewTemplates.view.level')}</Table.Th>
                <Table.Th scope="col">{t('reviewTemplates.view.label')}</Table.Th>
                <Table.Th scope="col">{t('reviewTemplates.view.description')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {template.scale.levels.map((l) => (
                <Table.Tr key={l.value}>
                  <Table.Td>{l.value}</Table.Td>
                  <Table.Td>
                    {name(l.labelEn, l.labelZh)}{' '}
                    {l.value === template.scale.meets && (
                      <Badge variant="light" color="blue" tt="none">
                        {t('reviewTemplates.view.meets')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{name(l.descriptionEn, l.descriptionZh) || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      </Section>
      <Section title={t('reviewTemplates.view.sections')}>
        <Text size="sm" mb="sm">
          {t(`reviewTemplates.ruleHelp.${template.ratingRule}`)} {t('reviewTemplates.form.total', { total })}
        </Text>
        <ScrollRegion label={t('reviews.tableOf', { name: t('reviewTemplates.view.sections') })}>
          <Table miw={640} striped withTableBorder verticalSpacing="sm">
            <Table.Caption>{t('reviewTemplates.view.sections')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('reviewTemplates.view.section')}</Table.Th>
                <Table.Th scope="col">{t('reviewTemplates.form.kind')}</Table.Th>
                <Table.Th scope="col">{t('reviewTemplates.form.key')}</Table.Th>
                <Table.Th scope="col">{t('reviewTemplates.form.weight')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {template.sections.map((s) => (
                <Table.Tr key={s.key}>
                  <Table.Td>
                    <Text fw={600} size="sm">
                      {name(s.titleEn, s.titleZh)}
                    </Text>
                    {s.kind === 'competencies' && (
                      <List size="sm" mt={4}>
                        {(s.items ?? []).map((i) => (
                          <List.Item key={i.key}>
                            {name(i.titleEn, i.titleZh)}
                            {name(i.descriptionEn, i.descriptionZh) &&
                              ` — ${name(i.descriptionEn, i.descriptionZh)}`}
                          </List.Item>
                        ))}
                      </List>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`reviewTemplates.kind.${s.kind}`)}</Table.Td>
                  <Table.Td ff="monospace">{s.key}</Table.Td>
                  <Table.Td>
                    {s.kind === 'text' || s.kind === 'development'
                      ? t('reviewTemplates.view.notRated')
                      : s.weight}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      </Section>
    </Stack>
  );
}
