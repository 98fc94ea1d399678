import type { ImprovementPlanStatus } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/StatusBadge';

const COLORS: Record<ImprovementPlanStatus, string> = {
  draft: 'gray',
  active: 'blue',
  extended: 'orange',
  awaiting_sign_off: 'yellow',
  completed: 'green',
  not_met: 'red',
};

export function PlanStatusBadge({ status }: { status: ImprovementPlanStatus }) {
  const { t } = useTranslation();
  return <StatusBadge value={status} color={COLORS[status]} label={t(`improvementPlans.status.${status}`)} />;
}
