import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/hooks/useSession';
import { CertificationSettingsForm } from '../features/certification/components/CertificationSettingsForm';
import { CertificationTable } from '../features/certification/components/CertificationTable';
import {
  useCertificationOverview,
  useCertificationSettings,
} from '../features/certification/hooks/useCertification';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';
import { Section } from '../ui/Section';

/** Assessor certification: everyone's for a lead (who grants, revokes and sets the rules), one's own otherwise. */
export function CertificationPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const manage = can('assessments.manage');
  const q = useCertificationOverview();
  const settings = useCertificationSettings(manage);
  return (
    <>
      <PageTitle subtitle={t('certification.subtitle')}>{t('certification.pageTitle')}</PageTitle>
      <QueryState query={q}>{(data) => <CertificationTable data={data} />}</QueryState>
      {manage && (
        <Section title={t('certification.settings.title')} mt="lg">
          <QueryState query={settings}>{(s) => <CertificationSettingsForm settings={s} />}</QueryState>
        </Section>
      )}
    </>
  );
}
