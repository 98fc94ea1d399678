import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/hooks/useSession';
import { FeedbackList } from '../features/feedback/components/FeedbackList';
import { PageTitle } from '../ui/PageTitle';

export function MyFeedbackPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <>
      <PageTitle subtitle={t('feedback.mySubtitle')}>{t('feedback.myTitle')}</PageTitle>
      {me?.personId ? <FeedbackList personId={me.personId} /> : <Text>{t('feedback.noPerson')}</Text>}
    </>
  );
}
