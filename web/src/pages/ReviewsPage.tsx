import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { InputRequestsLink } from '../features/reviews/components/ReviewInputs';
import { ReviewList } from '../features/reviews/components/ReviewList';
import { useMyInputs, useReviews } from '../features/reviews/hooks/useReviews';
import { useLocalName } from '../lib/i18n';
import { PageTitle } from '../ui/PageTitle';

export function ReviewsPage() {
  const { t } = useTranslation();
  const name = useLocalName();
  const { can } = useSession();
  const conduct = can('reviews.conduct');
  const inputs = useMyInputs();
  const team = useReviews({ scope: 'team' }, conduct);
  // The cycles of the reviews I write or see, each with its calibration view.
  const cycles = new Map<string, string>();
  for (const r of team.data ?? []) cycles.set(r.cycleId, name(r.cycleNameEn, r.cycleNameZh));
  return (
    <>
      <PageTitle>{t('reviews.title')}</PageTitle>
      <Group mb="md">
        <InputRequestsLink open={(inputs.data ?? []).filter((r) => r.open && !r.submittedAt).length} />
        {[...cycles].map(([id, cycle]) => (
          <Anchor key={id} component={Link} to={`/review-cycles/${id}/calibration`}>
            {t('reviews.calibration.link', { name: cycle })}
          </Anchor>
        ))}
      </Group>
      <ReviewList />
    </>
  );
}
