import { Anchor, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useOrgUnits } from '../features/org/hooks/useOrg';
import { PersonSelect } from '../features/people/components/PersonSelect';
import { DutiesAdmin } from '../features/rostering/components/DutiesAdmin';
import { RosterProfileEditor } from '../features/rostering/components/RosterProfileEditor';
import { ShiftTemplatesAdmin } from '../features/rostering/components/ShiftTemplatesAdmin';
import { isUuid } from '../lib/api-client';
import { useLocalName } from '../lib/i18n';
import { PageTitle } from '../ui/PageTitle';
import { Section } from '../ui/Section';

/**
 * Roster setup (rosters.manage): a site's duties and shift templates, and a person's roster profile
 * (`?unitId=` and `?personId=` keep the choices in the address, so the roster can link to a person).
 */
export function RosterSetupPage() {
  const { t } = useTranslation();
  const name = useLocalName();
  const units = useOrgUnits();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unitId');
  const personId = params.get('personId');
  const choose = (key: 'unitId' | 'personId', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageTitle
        subtitle={t('rostering.setup.subtitle')}
        actions={
          <Anchor component={Link} to="/rosters">
            {t('rostering.backToPlans')}
          </Anchor>
        }
      >
        {t('rostering.setup.title')}
      </PageTitle>
      <Stack>
        <Select
          label={t('rostering.site')}
          searchable
          maw={360}
          nothingFoundMessage={t('common.nothingFound')}
          data={(units.data ?? []).map((u) => ({ value: u.id, label: name(u.nameEn, u.nameZh) }))}
          value={isUuid(unitId) ? unitId : null}
          onChange={(v) => choose('unitId', v)}
        />
        {isUuid(unitId) ? (
          <>
            <Section title={t('rostering.setup.duties')}>
              <DutiesAdmin unitId={unitId} />
            </Section>
            <Section title={t('rostering.setup.shifts')}>
              <ShiftTemplatesAdmin unitId={unitId} />
            </Section>
          </>
        ) : (
          <Text c="dimmed">{t('rostering.setup.chooseSite')}</Text>
        )}
        <Section title={t('rostering.profile.title')}>
          <Stack>
            <PersonSelect
              label={t('rostering.profile.person')}
              maw={360}
              value={isUuid(personId) ? personId : null}
              onChange={(v) => choose('personId', v)}
            />
            {isUuid(personId) ? (
              <RosterProfileEditor personId={personId} />
            ) : (
              <Text c="dimmed">{t('rostering.profile.choose')}</Text>
            )}
          </Stack>
        </Section>
      </Stack>
    </>
  );
}
