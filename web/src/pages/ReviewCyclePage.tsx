import { useTranslation } from 'react-i18next';
import { Anchor } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { CycleProgress } from '../features/reviews/components/ReviewCycles';
import { reviewKeys, fetchCycles } from '../features/reviews/api';
import { isUuid } from '../lib/api-client';
import { useLocalName } from '../lib/i18n';
import { PageTitle } from '../ui/PageTitle';
import { NotFound } from '../ui/NotFound';

export function ReviewCyclePage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const name = useLocalName();
  const cycles = useQuery({ queryKey: reviewKeys.cycles, queryFn: fetchCycles });
  if (!isUuid(id)) return <NotFound />;
  const c = cycles.data?.find((x) => x.id === id);
  return (
    <>
      <PageTitle>{t('reviews.progress.title', { name: c ? name(c.nameEn, c.nameZh) : '' })}</PageTitle>
      <Anchor component={Link} to={`/review-cycles/${id}/calibration`} mb="md" display="block">
        {t('reviews.calibration.open')}
      </Anchor>
      <CycleProgress cycleId={id} />
    </>
  );
}
