import { useTranslation } from 'react-i18next';
import { ReviewList } from '../features/reviews/components/ReviewList';
import { PageTitle } from '../ui/PageTitle';

export function ReviewsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('reviews.title')}</PageTitle>
      <ReviewList />
    </>
  );
}
