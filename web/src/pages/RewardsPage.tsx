import { Card, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/hooks/useSession';
import { LeaderboardView } from '../features/rewards/components/LeaderboardView';
import { PointsLeaderboardView } from '../features/rewards/components/PointsLeaderboardView';
import { SchemesAdmin } from '../features/rewards/components/SchemesAdmin';
import { PageTitle } from '../ui/PageTitle';

export function RewardsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <>
      <PageTitle subtitle={t('rewards.subtitle')}>{t('rewards.title')}</PageTitle>
      <Stack>
        <Card withBorder component="section" aria-labelledby="rewards-schemes">
          <Title id="rewards-schemes" order={2} size="h4" mb="sm">
            {t('rewards.schemes')}
          </Title>
          <SchemesAdmin />
        </Card>
        {can('dashboards.read') && (
          <Card withBorder component="section" aria-labelledby="rewards-leaderboard">
            <Title id="rewards-leaderboard" order={2} size="h4" mb="sm">
              {t('rewards.leaderboard')}
            </Title>
            <LeaderboardView />
          </Card>
        )}
        {can('dashboards.read') && (
          <Card withBorder component="section" aria-labelledby="rewards-points">
            <Title id="rewards-points" order={2} size="h4" mb="sm">
              {t('rewards.pointsLeaderboard')}
            </Title>
            <PointsLeaderboardView />
          </Card>
        )}
      </Stack>
    </>
  );
}
