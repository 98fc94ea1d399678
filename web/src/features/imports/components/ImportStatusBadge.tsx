import type { ImportStatus } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/StatusBadge';

const COLORS: Record<ImportStatus, string> = {
  uploaded: 'gray',
  validating: 'blue',
  validated: 'cyan',
  failed: 'red',
  committing: 'blue',
  committed: 'green',
  undone: 'orange',
  discarded: 'dark',
};

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return <StatusBadge value={status} color={COLORS[status]} label={t(`importStatus.${status}`)} />;
}
