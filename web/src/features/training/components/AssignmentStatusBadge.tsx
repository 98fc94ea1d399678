import type { Assignment } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { DueBadge } from '../../../ui/DueBadge';
import { StatusBadge } from '../../../ui/StatusBadge';

/** An assignment's state: due/overdue while assigned, else completed (passed or not) or cancelled. */
export function AssignmentStatusBadge({ a }: { a: Assignment }) {
  const { t } = useTranslation();
  if (a.status === 'assigned') return <DueBadge dueOn={a.dueOn} />;
  if (a.status === 'cancelled') {
    return <StatusBadge value="cancelled" label={t('training.status.cancelled')} />;
  }
  if (a.passed === false) return <StatusBadge value="failed" color="red" label={t('training.notPassed')} />;
  return <StatusBadge value="completed" color="green" label={t('training.status.completed')} />;
}
