import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ReviewTemplateForm } from '../features/reviews/components/ReviewTemplateForm';
import { ReviewTemplateList } from '../features/reviews/components/ReviewTemplateList';
import { useReviewTemplates } from '../features/reviews/hooks/useReviews';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';
import { Section } from '../ui/Section';

/** HR's review templates: the list, and a new template (blank or copied from one of them). */
export function ReviewTemplatesPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const templates = useReviewTemplates();
  return (
    <>
      <PageTitle subtitle={t('reviewTemplates.subtitle')}>{t('reviewTemplates.page')}</PageTitle>
      <QueryState query={templates}>
        {(list) => (
          <>
            <Section title={t('reviewTemplates.title')} mb="md">
              <ReviewTemplateList templates={list} />
            </Section>
            <Section title={t('reviewTemplates.new')}>
              <ReviewTemplateForm templates={list} startFrom={params.get('from')} />
            </Section>
          </>
        )}
      </QueryState>
    </>
  );
}
