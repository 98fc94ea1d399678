import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useIndicators } from '../hooks/useIndicators';
import { IndicatorForm } from './IndicatorForm';

export function IndicatorLibrary({ canWrite }: { canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const indicators = useIndicators();
  return (
    <>
      {canWrite && <IndicatorForm />}
      <ErrorAlert error={indicators.error} />
      <Table.ScrollContainer minWidth={760}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('indicators.name')}</Table.Th>
              <Table.Th scope="col">{t('indicators.formula')}</Table.Th>
              <Table.Th scope="col">{t('indicators.direction')}</Table.Th>
              <Table.Th scope="col">{t('indicators.category')}</Table.Th>
              <Table.Th scope="col">{t('indicators.minSample')}</Table.Th>
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
                  <Badge variant="light" autoContrast tt="none">
                    {t(`indicators.cat.${i.category}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{i.minSample}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
