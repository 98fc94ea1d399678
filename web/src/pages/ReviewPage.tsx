import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ReviewDetail } from '../features/reviews/components/ReviewDetail';
import { useReview } from '../features/reviews/hooks/useReviews';
import { isUuid } from '../lib/api-client';
import { useLocalName } from '../lib/i18n';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';

export function ReviewPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const name = useLocalName();
  const q = useReview(id);
  return (
    <QueryState query={q} valid={isUuid(id)}>
      {(data) => (
        <>
          <PageTitle>{t('reviews.reviewOf', { name: name(data.personName, data.personNameZh) })}</PageTitle>
          <ReviewDetail key={`${data.id}-${data.status}`} review={data} />
        </>
      )}
    </QueryState>
  );
}
