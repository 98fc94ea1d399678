import { Alert, Button, Card, Checkbox, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { post } from '../../lib/api-client';
import { localName } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { usePeople } from '../people/api';
import { GoalTable } from './GoalList';
import { useGoals, useIndicators } from './api';

export function TeamGoalsPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const goals = useGoals({ scope: 'team' });
  const indicators = useIndicators();
  const team = usePeople({ limit: 500 });
  const [f, setF] = useState({ indicatorId: '', periodStart: '', periodEnd: '', useStretch: false });
  const [person, setPerson] = useState<string | null>(null);
  const bulk = useMutation({
    mutationFn: () => post<{ created: unknown[]; skipped: unknown[] }>('/api/v1/goals/team-from-standard', f),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['goals'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    bulk.mutate();
  };
  return (
    <>
      <PageTitle>{t('goals.teamTitle')}</PageTitle>
      <Stack>
        <Card withBorder component="form" onSubmit={submit}>
          <Title order={2} size="h4" mb="xs">
            {t('goals.fromStandard')}
          </Title>
          <Group align="end" wrap="wrap">
            <Select
              label={t('goals.indicator')}
              required
              searchable
              value={f.indicatorId || null}
              onChange={(v) => setF({ ...f, indicatorId: v ?? '' })}
              data={(indicators.data ?? []).map((i) => ({
                value: i.id,
                label: localName(i.nameEn, i.nameZh, i18n.language),
              }))}
            />
            <TextInput
              label={t('goals.periodStart')}
              type="date"
              required
              value={f.periodStart}
              onChange={(e) => setF({ ...f, periodStart: e.currentTarget.value })}
            />
            <TextInput
              label={t('goals.periodEnd')}
              type="date"
              required
              value={f.periodEnd}
              onChange={(e) => setF({ ...f, periodEnd: e.currentTarget.value })}
            />
            <Checkbox
              label={t('goals.useStretch')}
              checked={f.useStretch}
              onChange={(e) => setF({ ...f, useStretch: e.currentTarget.checked })}
            />
            <Button type="submit" loading={bulk.isPending}>
              {t('goals.createDrafts')}
            </Button>
          </Group>
          <ErrorAlert error={bulk.error} />
          {bulk.data && (
            <Alert mt="sm" color="blue">
              {t('goals.bulkResult', {
                created: bulk.data.created.length,
                skipped: bulk.data.skipped.length,
              })}
            </Alert>
          )}
        </Card>
        <Group align="end">
          <Select
            label={t('goals.newFor')}
            searchable
            value={person}
            onChange={setPerson}
            data={(team.data?.items ?? [])
              .filter((p) => p.id !== me?.personId)
              .map((p) => ({ value: p.id, label: localName(p.nameEn, p.nameZh, i18n.language) }))}
          />
          <Button disabled={!person} onClick={() => void navigate(`/goals/new?personId=${person}`)}>
            {t('goals.new')}
          </Button>
        </Group>
        <ErrorAlert error={goals.error} />
        <GoalTable goals={goals.data ?? []} showPerson />
      </Stack>
    </>
  );
}
