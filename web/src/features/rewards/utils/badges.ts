import { RECOGNITION_BADGES, type RecognitionBadge } from '@frontline/contract';

export function isBadge(v: string | null | undefined): v is RecognitionBadge {
  return !!v && (RECOGNITION_BADGES as readonly string[]).includes(v);
}

/** The translation key of a badge, or null for one this version does not know (shown as it is). */
export function badgeKey(badge: string | null | undefined): string | null {
  return isBadge(badge) ? `badges.${badge}` : null;
}

/** The badges shown as a summary, the most earned first, then by name. */
export function sortBadges<T extends { badge: string; count: number }>(badges: T[]): T[] {
  return [...badges].sort((a, b) => b.count - a.count || a.badge.localeCompare(b.badge));
}
