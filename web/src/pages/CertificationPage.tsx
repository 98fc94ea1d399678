import { useTranslation } from 'react-i18next';
import { CertificationTable } from '../features/certification/components/CertificationTable';
import { useCertificationOverview } from '../features/certification/hooks/useCertification';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';

/** Assessor certification: everyone's for a lead, the assessor's own otherwise. */
export function CertificationPage() {
  const { t } = useTranslation();
  const q = useCertificationOverview();
  return (
    <>
      <PageTitle subtitle={t('certification.subtitle')}>{t('certification.pageTitle')}</PageTitle>
      <QueryState query={q}>{(data) => <CertificationTable data={data} />}</QueryState>
    </>
  );
}
