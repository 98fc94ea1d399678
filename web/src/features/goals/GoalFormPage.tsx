import {
  Button,
  Card,
  Grid,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { Goal, SmartResult } from '@frontline/contract';
import { patch, post } from '../../lib/api-client';
import { localName } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { usePerson } from '../people/api';
import { SmartChecks } from './SmartChecks';
import { formatValue, useGoal, useIndicators, usePolicies } from './api';

export function GoalFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const existing = useGoal(id);
  const indicators = useIndicators();
  const policies = usePolicies();
  const [f, setF] = useState({
    personId: params.get('personId') ?? '',
    kind: 'indicator' as 'indicator' | 'qualitative',
    title: '',
    description: '',
    indicatorId: '',
    successCriteria: '',
    policyId: '',
    target: '' as number | string,
    periodStart: '',
    periodEnd: '',
    weight: 0 as number | string,
  });
  useEffect(() => {
    const g = existing.data;
    if (g) {
      setF({
        personId: g.personId,
        kind: g.kind,
        title: g.title,
        description: g.description,
        indicatorId: g.indicatorId ?? '',
        successCriteria: g.successCriteria ?? '',
        policyId: g.policyId ?? '',
        target: g.target ?? '',
        periodStart: g.periodStart,
        periodEnd: g.periodEnd,
        weight: g.weight,
      });
    }
  }, [existing.data]);
  const person = usePerson(f.personId || undefined);
  const body = {
    kind: f.kind,
    title: f.title,
    description: f.description,
    indicatorId: f.kind === 'indicator' ? f.indicatorId || null : null,
    successCriteria: f.kind === 'qualitative' ? f.successCriteria : null,
    policyId: f.policyId || null,
    target: f.kind === 'indicator' && f.target !== '' ? Number(f.target) : null,
    periodStart: f.periodStart,
    periodEnd: f.periodEnd,
    weight: Number(f.weight) || 0,
  };
  const ready = !!(f.personId && f.title && f.periodStart && f.periodEnd);
  const [debounced] = useDebouncedValue(JSON.stringify(body), 400);
  const smart = useQuery({
    queryKey: ['smart', f.personId, debounced],
    queryFn: () =>
      post<SmartResult>('/api/v1/goals/smart-check', { personId: f.personId, ...JSON.parse(debounced) }),
    enabled: ready,
  });
  const save = useMutation({
    mutationFn: () => {
      if (id) {
        const { kind: _kind, ...rest } = body;
        return patch<Goal>(`/api/v1/goals/${id}`, rest);
      }
      return post<Goal>('/api/v1/goals', { personId: f.personId, ...body });
    },
    onSuccess: async (g) => {
      await qc.invalidateQueries({ queryKey: ['goals'] });
      await qc.invalidateQueries({ queryKey: ['goal', g.id] });
      void navigate(`/goals/${g.id}`);
    },
  });
  const ind = indicators.data?.find((i) => i.id === f.indicatorId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <>
      <PageTitle>{id ? t('goals.editTitle') : t('goals.newTitle')}</PageTitle>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder component="form" onSubmit={submit}>
            <Stack>
              <Text>
                {t('goals.person')}:{' '}
                <b>{person.data ? localName(person.data.nameEn, person.data.nameZh, i18n.language) : '—'}</b>
              </Text>
              {!id && (
                <SegmentedControl
                  aria-label={t('goals.kind')}
                  value={f.kind}
                  onChange={(v) => setF({ ...f, kind: v as 'indicator' | 'qualitative' })}
                  data={[
                    { value: 'indicator', label: t('goals.kindIndicator') },
                    { value: 'qualitative', label: t('goals.qualitative') },
                  ]}
                />
              )}
              <TextInput
                label={t('goals.titleField')}
                required
                value={f.title}
                onChange={(e) => setF({ ...f, title: e.currentTarget.value })}
              />
              <Textarea
                label={t('goals.description')}
                description={t('goals.descriptionHelp')}
                autosize
                minRows={2}
                value={f.description}
                onChange={(e) => setF({ ...f, description: e.currentTarget.value })}
              />
              {f.kind === 'indicator' ? (
                <Group grow align="start">
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
                  <NumberInput
                    label={t('goals.target')}
                    required
                    value={f.target}
                    onChange={(v) => setF({ ...f, target: v })}
                    description={ind ? ind.formula : undefined}
                    decimalScale={4}
                  />
                </Group>
              ) : (
                <Textarea
                  label={t('goals.successCriteria')}
                  required
                  autosize
                  minRows={2}
                  value={f.successCriteria}
                  onChange={(e) => setF({ ...f, successCriteria: e.currentTarget.value })}
                />
              )}
              <Select
                label={t('goals.policy')}
                clearable
                value={f.policyId || null}
                onChange={(v) => setF({ ...f, policyId: v ?? '' })}
                data={(policies.data ?? []).map((p) => ({
                  value: p.id,
                  label: localName(p.current.titleEn, p.current.titleZh, i18n.language),
                }))}
              />
              <Group grow>
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
                <NumberInput
                  label={t('goals.weight')}
                  min={0}
                  max={100}
                  suffix="%"
                  value={f.weight}
                  onChange={(v) => setF({ ...f, weight: v })}
                />
              </Group>
              <ErrorAlert error={save.error} />
              <Group>
                <Button type="submit" loading={save.isPending} disabled={!ready}>
                  {t('common.save')}
                </Button>
                <Button variant="default" onClick={() => void navigate(-1)}>
                  {t('common.cancel')}
                </Button>
              </Group>
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('smart.title')}
            </Title>
            {!ready && <Text c="dimmed">{t('smart.fillIn')}</Text>}
            <ErrorAlert error={smart.error} />
            {smart.data && (
              <Stack>
                <SmartChecks checks={smart.data.checks} />
                {f.kind === 'indicator' && (
                  <Text size="sm" c="dimmed">
                    {t('smart.baseline', {
                      value: formatValue(smart.data.baseline, ind, i18n.language),
                      n: smart.data.baselineSample ?? 0,
                    })}
                  </Text>
                )}
              </Stack>
            )}
          </Card>
        </Grid.Col>
      </Grid>
    </>
  );
}
