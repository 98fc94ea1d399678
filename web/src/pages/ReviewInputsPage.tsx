import { useTranslation } from 'react-i18next';
import { InputRequests } from '../features/reviews/components/ReviewInputs';
import { useMyInputs } from '../features/reviews/hooks/useReviews';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';

export function ReviewInputsPage() {
  const { t } = useTranslation();
  const requests = useMyInputs();
  return (
    <>
      <PageTitle>{t('reviews.inputs.pageTitle')}</PageTitle>
      <QueryState query={requests}>{(data) => <InputRequests requests={data} />}</QueryState>
    </>
  );
}
