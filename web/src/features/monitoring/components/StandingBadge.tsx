import type { Standing } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/StatusBadge';

const COLORS: Record<Standing, string> = {
  below: 'red',
  meets: 'green',
  above: 'teal',
  unclear: 'yellow',
  no_target: 'gray',
  no_data: 'gray',
};

/** Where a figure stands against its target, as the server judged it from the interval (text, not only colour). */
export function StandingBadge({ standing }: { standing: Standing }) {
  const { t } = useTranslation();
  return <StatusBadge value={standing} color={COLORS[standing]} label={t(`standing.${standing}`)} />;
}
