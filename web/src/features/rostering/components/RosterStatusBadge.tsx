import type { RosterPlanStatus } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/StatusBadge';

const COLORS: Record<RosterPlanStatus, string> = { draft: 'gray', published: 'green' };

export function RosterStatusBadge({ status }: { status: RosterPlanStatus }) {
  const { t } = useTranslation();
  return <StatusBadge value={status} color={COLORS[status]} label={t(`rostering.status.${status}`)} />;
}
