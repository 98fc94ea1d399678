import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localName } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { useIndicators } from './api';
import { IndicatorForm } from './IndicatorForm';
import { useSession } from '../../lib/session';

export function IndicatorsPage() {
  const { t, i18n } = useTranslation();
  const indicators = useIndicators();
  const { can } = useSession();
  return (
    <>
      <PageTitle>{t('indicators.title')}</PageTitle>
      <Text mb="md" c="dimmed">
        {t('indicators.intro')}
      </Text>
      {can('indicators.write') && <IndicatorForm />}
      <ErrorAlert error={indicators.error} />
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('indicators.name')}</Table.Th>
            <Table.Th>{t('indicators.formula')}</Table.Th>
            <Table.Th>{t('indicators.direction')}</Table.Th>
            <Table.Th>{t('indicators.category')}</Table.Th>
            <Table.Th>{t('indicators.minSample')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(indicators.data ?? []).map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>
                <Text fw={600}>{localName(i.nameEn, i.nameZh, i18n.language)}</Text>
                <Text size="xs" c="dimmed">
                  {i.code}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{i.formula}</Text>
                <Text size="xs" c="dimmed">
                  {i.numeratorLabel} ÷ {i.denominatorLabel}
                </Text>
              </Table.Td>
              <Table.Td>{t(`indicators.${i.direction}`)}</Table.Td>
              <Table.Td>
                <Badge variant="light" autoContrast>
                  {t(`indicators.cat.${i.category}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{i.minSample}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
