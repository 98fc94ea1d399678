import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FeedbackList } from './FeedbackList';
import { GiveFeedbackForm } from './GiveFeedbackForm';
import { Section } from '../../../ui/Section';

/**
 * The feedback part of a person's page: the form (when the person's abilities say the reader may
 * give feedback: `Person.abilities.giveFeedback`) and the history.
 */
export function PersonFeedbackSection({ personId, canGive }: { personId: string; canGive: boolean }) {
  const { t } = useTranslation();
  return (
    <Section title={t('feedback.title')}>
      <Stack>
        {canGive && <GiveFeedbackForm personId={personId} />}
        <Title order={3} size="h5">
          {t('feedback.history')}
        </Title>
        <FeedbackList personId={personId} />
      </Stack>
    </Section>
  );
}
