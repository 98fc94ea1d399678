import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addDays, formatDate } from '../../../lib/dates';
import type { PeriodValue } from '../utils/period';

/**
 * Where the figures end ("Latest figures: 29 Nov 2026"), and, when the period shown has none,
 * why — with the four weeks up to the latest figures one click away.
 */
export function DataEnds({
  latestDay,
  hasData,
  period,
  onPeriod,
}: {
  latestDay: string | null;
  hasData: boolean;
  period: PeriodValue;
  onPeriod: (p: PeriodValue) => void;
}) {
  const { t, i18n } = useTranslation();
  if (!latestDay) {
    return hasData ? null : (
      <Alert color="gray" role="status">
        {t('dashboards.dataEnds.none')}
      </Alert>
    );
  }
  const date = formatDate(latestDay, i18n.language);
  if (hasData) {
    return (
      <Text size="sm" c="dimmed">
        {t('dashboards.dataEnds.latest', { date })}
      </Text>
    );
  }
  const why = latestDay < period.from ? 'dashboards.dataEnds.emptyBefore' : 'dashboards.dataEnds.emptyOther';
  return (
    <Alert color="yellow" role="status">
      <Text size="sm" mb="xs">
        {t(why, { date })}
      </Text>
      <Button
        size="xs"
        variant="light"
        onClick={() => onPeriod({ from: addDays(latestDay, -27), to: latestDay, grain: period.grain })}
      >
        {t('dashboards.dataEnds.show', { date })}
      </Button>
    </Alert>
  );
}
