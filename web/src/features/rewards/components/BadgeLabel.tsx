import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { badgeKey } from '../utils/badges';

/** A badge by its name (the words carry it; the colour is decoration). */
export function BadgeLabel({ badge, count }: { badge: string; count?: number }) {
  const { t } = useTranslation();
  const key = badgeKey(badge);
  const label = key ? t(key) : badge;
  return (
    <Badge variant="light" color="grape" tt="none" autoContrast>
      {count !== undefined && count > 1 ? t('badges.withCount', { label, count }) : label}
    </Badge>
  );
}
