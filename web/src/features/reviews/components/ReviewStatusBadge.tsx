import type { ReviewStatus } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/StatusBadge';

const COLORS: Record<ReviewStatus, string> = {
  self_review: 'yellow',
  manager_review: 'blue',
  sign_off: 'violet',
  signed: 'green',
};

export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  const { t } = useTranslation();
  return <StatusBadge value={status} color={COLORS[status]} label={t(`reviews.status.${status}`)} />;
}
