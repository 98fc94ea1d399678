import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ReviewTemplateView } from '../features/reviews/components/ReviewTemplateView';
import { useReviewTemplates } from '../features/reviews/hooks/useReviews';
import { isUuid } from '../lib/api-client';
import { useLocalName } from '../lib/i18n';
import { NotFound } from '../ui/NotFound';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';

/** One review template, read-only (templates are not changed once saved; a new one starts as its copy). */
export function ReviewTemplatePage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const name = useLocalName();
  const templates = useReviewTemplates();
  return (
    <QueryState query={templates} valid={isUuid(id)}>
      {(list) => {
        const tpl = list.find((x) => x.id === id);
        if (!tpl) return <NotFound />;
        return (
          <>
            <PageTitle
              subtitle={t('reviewTemplates.view.subtitle', {
                code: tpl.code,
                rule: t(`reviewTemplates.rule.${tpl.ratingRule}`),
                state: t(tpl.active ? 'reviewTemplates.active' : 'reviewTemplates.inactive'),
              })}
              actions={
                <Button component={Link} to={`/review-templates?from=${tpl.id}`} variant="light">
                  {t('reviewTemplates.view.copy')}
                </Button>
              }
            >
              {t('reviewTemplates.view.title', { name: name(tpl.titleEn, tpl.titleZh) })}
            </PageTitle>
            <ReviewTemplateView template={tpl} />
          </>
        );
      }}
    </QueryState>
  );
}
