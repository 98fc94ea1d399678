import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ReviewTemplateView } from '../features/reviews/components/ReviewTemplateView';
import { useSetReviewTemplateActive } from '../features/reviews/hooks/useCreateReviewTemplate';
import { useReviewTemplates } from '../features/reviews/hooks/useReviews';
import { ErrorAlert } from '../ui/ErrorAlert';
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
                <Group gap="xs">
                  <Button component={Link} to={`/review-templates?from=${tpl.id}`} variant="light">
                    {t('reviewTemplates.view.copy')}
                  </Button>
                  <ActiveToggle id={tpl.id} active={tpl.active} />
                </Group>
              }
            >
              {t('reviewTemplates.view.title', { name: name(tpl.titleEn, tpl.titleZh) })}
            </PageTitle>
            {!tpl.active && (
              <Alert color="gray" mb="md">
                {t('reviewTemplates.view.retiredHelp')}
              </Alert>
            )}
            <ReviewTemplateView template={tpl} />
          </>
        );
      }}
    </QueryState>
  );
}

/** Retire the template from new cycles (cycles that use it keep it), or offer it again. */
function ActiveToggle({ id, active }: { id: string; active: boolean }) {
  const { t } = useTranslation();
  const change = useSetReviewTemplateActive(id);
  return (
    <>
      <Button variant="default" loading={change.isPending} onClick={() => change.mutate(!active)}>
        {t(active ? 'reviewTemplates.view.retire' : 'reviewTemplates.view.reinstate')}
      </Button>
      <ErrorAlert error={change.error} />
    </>
  );
}
