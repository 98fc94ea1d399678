import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { usePersonAwards } from '../hooks/useRewards';
import { sortBadges } from '../utils/badges';
import { BadgeLabel } from './BadgeLabel';
import { Section } from '../../../ui/Section';

/** A person's reward points and badges. */
export function PersonAwardsPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const q = usePersonAwards(personId);
  return (
    <Section title={t('rewards.pointsAndBadges')}>
      <ErrorAlert error={q.error} />
      {!q.data && !q.error && <Loading />}
      {q.data && (
        <>
          <Text mb="xs">{t('rewards.totalPoints', { count: q.data.totalPoints })}</Text>
          {q.data.badges.length ? (
            <Group
              gap="xs"
              component="ul"
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
              aria-label={t('rewards.badges')}
            >
              {sortBadges(q.data.badges).map((b) => (
                <li key={b.badge}>
                  <BadgeLabel badge={b.badge} count={b.count} />
                </li>
              ))}
            </Group>
          ) : (
            <Text c="dimmed">{t('rewards.noBadges')}</Text>
          )}
        </>
      )}
    </Section>
  );
}
