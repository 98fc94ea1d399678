import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/hooks/useSession';
import { FeedbackList } from './FeedbackList';
import { GiveFeedbackForm } from './GiveFeedbackForm';
import { Section } from '../../../ui/Section';

/** The feedback part of a person's page: the form (for those who may give it) and the history. */
export function PersonFeedbackSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { can, me } = useSession();
  return (
    <Section title={t('feedback.title')}>
      <Stack>
        {can('feedback.give') && me?.personId !== personId && <GiveFeedbackForm personId={personId} />}
        <Title order={3} size="h5">
          {t('feedback.history')}
        </Title>
        <FeedbackList personId={personId} />
      </Stack>
    </Section>
  );
}
