import { useTranslation } from 'react-i18next';
import { RecognitionWall } from '../features/feedback/components/RecognitionWall';
import { PageTitle } from '../ui/PageTitle';

export function RecognitionPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle subtitle={t('recognition.subtitle')}>{t('recognition.title')}</PageTitle>
      <RecognitionWall />
    </>
  );
}
