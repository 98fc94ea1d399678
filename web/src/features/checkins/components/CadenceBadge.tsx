import type { CadenceStatus } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/StatusBadge';

const COLORS: Record<CadenceStatus, string> = {
  overdue: 'red',
  due: 'orange',
  ok: 'green',
  no_cadence: 'gray',
};

/** Where a person stands against their check-in cadence, in words. */
export function CadenceBadge({ status }: { status: CadenceStatus }) {
  const { t } = useTranslation();
  return <StatusBadge value={status} color={COLORS[status]} label={t(`checkins.cadence.${status}`)} />;
}
