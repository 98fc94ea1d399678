import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { usePersonFeedback } from '../hooks/useFeedback';
import { FeedbackItem } from './FeedbackItem';

/** The feedback history of one person, newest first. */
export function FeedbackList({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const q = usePersonFeedback(personId);
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!q.data) return <Loading />;
  if (q.data.items.length === 0) return <Text c="dimmed">{t('feedback.none')}</Text>;
  return (
    <Stack>
      {q.data.items.map((f) => (
        <FeedbackItem key={f.id} item={f} />
      ))}
    </Stack>
  );
}
