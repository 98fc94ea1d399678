import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/hooks/useSession';
import { IndicatorLibrary } from '../features/indicators/components/IndicatorLibrary';
import { PageTitle } from '../ui/PageTitle';

export function IndicatorsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <>
      <PageTitle subtitle={t('indicators.intro')}>{t('indicators.title')}</PageTitle>
      <IndicatorLibrary canWrite={can('indicators.write')} />
    </>
  );
}
