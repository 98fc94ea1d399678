import { describe, expect, it } from 'vitest';
import { badgeKey, isBadge, sortBadges } from './badges';

describe('badges', () => {
  it('knows the fixed badges', () => {
    expect(isBadge('customer_hero')).toBe(true);
    expect(isBadge('made_up')).toBe(false);
    expect(badgeKey('csat_star')).toBe('badges.csat_star');
    expect(badgeKey('made_up')).toBeNull();
    expect(badgeKey(null)).toBeNull();
  });

  it('sorts the most earned first', () => {
    expect(
      sortBadges([
        { badge: 'team_player', count: 1 },
        { badge: 'csat_star', count: 3 },
        { badge: 'above_and_beyond', count: 1 },
      ]).map((b) => b.badge),
    ).toEqual(['csat_star', 'above_and_beyond', 'team_player']);
  });
});
