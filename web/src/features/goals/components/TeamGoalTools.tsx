import { Alert, Button, Card, Checkbox, Group, Select, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { TeamGoalsFromStandardBody } from '@frontline/contract';
import { useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useSession } from '../../auth/hooks/useSession';
import { useIndicators } from '../../indicators/hooks/useIndicators';
import { PersonSelect } from '../../people/components/PersonSelect';
import { useTeamGoalsFromStandard } from '../hooks/useGoals';

/** Draft goals for the whole team from the standard target, and a new goal for one person. */
export function TeamGoalTools() {
  const { t } = useTranslation();
  const name = useLocalName();
  const { me } = useSession();
  const navigate = useNavigate();
  const indicators = useIndicators();
  const bulk = useTeamGoalsFromStandard();
  const form = useContractForm({
    schema: TeamGoalsFromStandardBody,
    initialValues: { indicatorId: null as string | null, periodStart: '', periodEnd: '', useStretch: false },
    toBody: (f) => ({ ...f, indicatorId: f.indicatorId ?? '' }),
  });
  // Whom "New goal" opens the goal form for: a choice on the screen, not a form sent to the server.
  const [person, setPerson] = useState<string | null>(null);
  const submit = form.onSubmit((body) => bulk.mutate(body, { onError: form.applyServerErrors }));
  return (
    <>
      <Card withBorder component="form" onSubmit={submit} noValidate>
        <Title order={2} size="h4" mb="xs">
          {t('goals.fromStandard')}
        </Title>
        <Group align="end" wrap="wrap">
          <Select
            label={t('goals.indicator')}
            required
            searchable
            data={(indicators.data ?? []).map((i) => ({ value: i.id, label: name(i.nameEn, i.nameZh) }))}
            {...form.getInputProps('indicatorId')}
          />
          <TextInput
            label={t('goals.periodStart')}
            type="date"
            required
            {...form.getInputProps('periodStart')}
          />
          <TextInput label={t('goals.periodEnd')} type="date" required {...form.getInputProps('periodEnd')} />
          <Checkbox
            label={t('goals.useStretch')}
            {...form.getInputProps('useStretch', { type: 'checkbox' })}
          />
          <Button type="submit" loading={bulk.isPending}>
            {t('goals.createDrafts')}
          </Button>
        </Group>
        <ErrorAlert error={bulk.error} />
        {bulk.data && (
          <Alert mt="sm" color="blue" role="status">
            {t('goals.bulkResult', { created: bulk.data.created.length, skipped: bulk.data.skipped.length })}
          </Alert>
        )}
      </Card>
      <Group align="end">
        {/* one's own goals start from "My goals" */}
        <PersonSelect label={t('goals.newFor')} value={person} onChange={setPerson} exclude={me?.personId} />
        <Button disabled={!person} onClick={() => person && void navigate(`/goals/new?personId=${person}`)}>
          {t('goals.new')}
        </Button>
      </Group>
    </>
  );
}
