import { useTranslation } from 'react-i18next';
import { ReviewCycles } from '../features/reviews/components/ReviewCycles';
import { PageTitle } from '../ui/PageTitle';

export function ReviewCyclesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('reviews.cycles.page')}</PageTitle>
      <ReviewCycles />
    </>
  );
}
