import type { CoachingStatus } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/StatusBadge';

const COLORS: Record<CoachingStatus, string> = { active: 'blue', completed: 'green', cancelled: 'gray' };

export function CoachingStatusBadge({ status }: { status: CoachingStatus }) {
  const { t } = useTranslation();
  return <StatusBadge value={status} color={COLORS[status]} label={t(`coaching.status.${status}`)} />;
}
