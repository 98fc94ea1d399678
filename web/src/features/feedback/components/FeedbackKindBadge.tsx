import type { FeedbackKind } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/StatusBadge';

const COLORS: Record<FeedbackKind, string> = { praise: 'teal', improvement: 'orange' };

export function FeedbackKindBadge({ kind }: { kind: FeedbackKind }) {
  const { t } = useTranslation();
  return <StatusBadge value={kind} color={COLORS[kind]} label={t(`feedback.kind.${kind}`)} />;
}
