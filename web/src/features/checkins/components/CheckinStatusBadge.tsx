import type { CheckinStatus } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/StatusBadge';

const COLORS: Record<CheckinStatus, string> = { planned: 'blue', held: 'green', cancelled: 'gray' };

export function CheckinStatusBadge({ status }: { status: CheckinStatus }) {
  const { t } = useTranslation();
  return <StatusBadge value={status} color={COLORS[status]} label={t(`checkins.status.${status}`)} />;
}
