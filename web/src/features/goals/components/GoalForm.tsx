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
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal, GoalKind } from '@frontline/contract';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useIndicators, usePolicies } from '../../indicators/hooks/useIndicators';
import { usePerson } from '../../people/hooks/usePeople';
import { useSaveGoal, useSmartCheck } from '../hooks/useGoals';
import { formatValue } from '../../indicators/utils/format';
import { SmartChecks } from './SmartChecks';

interface Draft {
  personId: string;
  kind: GoalKind;
  title: string;
  description: string;
  indicatorId: string;
  successCriteria: string;
  policyId: string;
  target: number | string;
  periodStart: string;
  periodEnd: string;
  weight: number | string;
}

/** A SMART goal for one person, with the SMART check alongside as it is written. */
export function GoalForm({
  goal,
  personId,
  onSaved,
  onCancel,
}: {
  goal: Goal | null;
  personId: string;
  onSaved: (g: Goal) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const name = useLocalName();
  const indicators = useIndicators();
  const policies = usePolicies();
  const [f, setF] = useState<Draft>({
    personId,
    kind: 'indicator',
    title: '',
    description: '',
    indicatorId: '',
    successCriteria: '',
    policyId: '',
    target: '',
    periodStart: '',
    periodEnd: '',
    weight: 0,
  });
  useEffect(() => {
    if (goal) {
      setF({
        personId: goal.personId,
        kind: goal.kind,
        title: goal.title,
        description: goal.description,
        indicatorId: goal.indicatorId ?? '',
        successCriteria: goal.successCriteria ?? '',
        policyId: goal.policyId ?? '',
        target: goal.target ?? '',
        periodStart: goal.periodStart,
        periodEnd: goal.periodEnd,
        weight: goal.weight,
      });
    }
  }, [goal]);
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
  const [debounced] = useDebouncedValue(JSON.stringify({ personId: f.personId, ...body }), 400);
  const smart = useSmartCheck(debounced, ready);
  const save = useSaveGoal();
  const ind = indicators.data?.find((i) => i.id === f.indicatorId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (goal) {
      const { kind: _kind, ...rest } = body;
      save.mutate({ id: goal.id, body: rest }, { onSuccess: onSaved });
    } else {
      save.mutate({ id: null, body: { personId: f.personId, ...body } }, { onSuccess: onSaved });
    }
  };
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Card withBorder component="form" onSubmit={submit}>
          <Stack>
            <Text>
              {t('goals.person')}: <b>{person.data ? name(person.data.nameEn, person.data.nameZh) : '—'}</b>
            </Text>
            {!goal && (
              <SegmentedControl
                aria-label={t('goals.kind')}
                value={f.kind}
                onChange={(v) => setF({ ...f, kind: v === 'qualitative' ? 'qualitative' : 'indicator' })}
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
                    label: name(i.nameEn, i.nameZh),
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
                label: name(p.current.titleEn, p.current.titleZh),
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
              <Button variant="default" onClick={onCancel}>
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
          {ready && smart.data && (
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
  );
}
