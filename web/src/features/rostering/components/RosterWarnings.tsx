import { Alert, List } from '@mantine/core';
import type { RosterPlan } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { warningText } from '../utils/words';

/** The hard rules the roster breaks, each in words. */
export function RosterWarnings({ plan }: { plan: RosterPlan }) {
  const { t, i18n } = useTranslation();
  if (plan.warnings.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      mt="md"
      title={t('rostering.roster.warnings', { count: plan.warnings.length })}
      data-testid="roster-warnings"
    >
      <List size="sm">
        {plan.warnings.map((w, i) => (
          <List.Item key={i}>{warningText(t, w, plan.startsOn, i18n.language)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
