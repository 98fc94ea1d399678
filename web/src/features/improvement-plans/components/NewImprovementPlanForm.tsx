import {
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import {
  CreateImprovementPlanBody,
  SUPPORT_KINDS,
  type ImprovementObjectiveInput,
  type ImprovementPlanSource,
  type ImprovementSupportInput,
  type SupportKind,
} from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { addDays, todayIso } from '../../../lib/dates';
import { numberValue, useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useSession } from '../../auth/hooks/useSession';
import { useIndicators } from '../../indicators/hooks/useIndicators';
import { PersonSelect } from '../../people/components/PersonSelect';
import { usePerson } from '../../people/hooks/usePeople';
import { useCreateImprovementPlan } from '../hooks/useImprovementPlans';

/**
 * Starts an improvement plan: from "Needs attention" (the person and an indicator objective come
 * prefilled), from a coaching plan that did not help, or by hand. Objectives each carry a measure
 * (an indicator with a target, or a behaviour with success criteria); the support offered; review
 * dates, each put on the calendar as a check-in.
 */
export function NewImprovementPlanForm({
  source,
  sourceId,
  personId,
  indicatorId,
  target,
}: {
  source: ImprovementPlanSource;
  sourceId: string | null;
  personId: string | null;
  indicatorId: string | null;
  target: number | null;
}) {
  const { t } = useTranslation();
  const name = useLocalName();
  const navigate = useNavigate();
  const { me } = useSession();
  const indicators = useIndicators();
  const create = useCreateImprovementPlan();
  const known = usePerson(personId);
  const today = todayIso();
  const form = useContractForm({
    schema: CreateImprovementPlanBody,
    initialValues: {
      personId,
      reason: '',
      startsOn: today,
      endsOn: addDays(today, 56),
      indicatorId,
      target: (target ?? '') as number | string,
      indicatorDescription: '',
      behaviourDescription: '',
      successCriteria: '',
      support1Kind: 'coaching' as string | null,
      support1Detail: '',
      support2Kind: null as string | null,
      support2Detail: '',
      review1: addDays(today, 28),
      review2: addDays(today, 56),
    },
    toBody: (f) => {
      const objectives: ImprovementObjectiveInput[] = [];
      if (f.indicatorId) {
        objectives.push({
          kind: 'indicator',
          indicatorId: f.indicatorId,
          target: f.target === '' ? null : numberValue(f.target),
          description: f.indicatorDescription.trim(),
        });
      }
      if (f.behaviourDescription.trim()) {
        objectives.push({
          kind: 'behaviour',
          description: f.behaviourDescription.trim(),
          successCriteria: f.successCriteria.trim(),
        });
      }
      const support: ImprovementSupportInput[] = [];
      if (f.support1Kind) {
        support.push({ kind: f.support1Kind as SupportKind, detail: f.support1Detail.trim() });
      }
      if (f.support2Kind) {
        support.push({ kind: f.support2Kind as SupportKind, detail: f.support2Detail.trim() });
      }
      return {
        personId: f.personId ?? '',
        sourceKind: source,
        ...(sourceId ? { sourceId } : {}),
        reason: f.reason.trim(),
        startsOn: f.startsOn,
        endsOn: f.endsOn,
        objectives,
        support,
        reviewDates: [f.review1, f.review2].filter(Boolean),
      };
    },
    // Each objective carries its measure (the server checks it too, with its own codes).
    extra: (f) => ({
      ...(!f.indicatorId && !f.behaviourDescription.trim()
        ? { indicatorId: 'improvementPlans.objectiveRequired' }
        : {}),
      ...(f.indicatorId && f.target === '' ? { target: 'validation.required' } : {}),
      ...(f.indicatorId && !f.indicatorDescription.trim()
        ? { indicatorDescription: 'validation.required' }
        : {}),
      ...(f.behaviourDescription.trim() && !f.successCriteria.trim()
        ? { successCriteria: 'improvementPlans.criteriaRequired' }
        : {}),
      ...(f.endsOn && f.startsOn && f.endsOn < f.startsOn
        ? { endsOn: 'errors.improvement_plans.end_before_start' }
        : {}),
    }),
  });
  const submit = form.onSubmit((body) =>
    create.mutate(body, {
      onSuccess: (p) => void navigate(`/improvement-plans/${p.id}`),
      onError: form.applyServerErrors,
    }),
  );
  const supportData = SUPPORT_KINDS.map((k) => ({ value: k, label: t(`improvementPlans.supportKind.${k}`) }));
  return (
    <Card withBorder component="form" onSubmit={submit} noValidate maw={760}>
      <Stack>
        {source === 'needs_attention' && <Text c="dimmed">{t('improvementPlans.fromAttention')}</Text>}
        {source === 'coaching' && <Text c="dimmed">{t('improvementPlans.fromCoaching')}</Text>}
        {source === 'review' && <Text c="dimmed">{t('improvementPlans.fromReview')}</Text>}
        <Text size="sm">{t('improvementPlans.visibility')}</Text>
        {personId ? (
          <TextInput
            label={t('improvementPlans.person')}
            readOnly
            value={known.data ? name(known.data.nameEn, known.data.nameZh) : ''}
          />
        ) : (
          <PersonSelect
            label={t('improvementPlans.person')}
            required
            exclude={me?.personId}
            {...form.getInputProps('personId')}
            value={form.values.personId}
          />
        )}
        <Textarea
          label={t('improvementPlans.reason')}
          required
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
        />
        <Group grow align="flex-start">
          <TextInput
            label={t('improvementPlans.startsOn')}
            type="date"
            required
            {...form.getInputProps('startsOn')}
          />
          <TextInput
            label={t('improvementPlans.endsOn')}
            type="date"
            required
            {...form.getInputProps('endsOn')}
          />
        </Group>

        <Title order={3} size="h4">
          {t('improvementPlans.indicatorObjective')}
        </Title>
        <Select
          label={t('improvementPlans.indicator')}
          searchable
          clearable
          data={(indicators.data ?? []).map((i) => ({ value: i.id, label: name(i.nameEn, i.nameZh) }))}
          {...form.getInputProps('indicatorId')}
        />
        <NumberInput
          label={t('improvementPlans.target')}
          description={t('improvementPlans.targetHelp')}
          decimalScale={4}
          {...form.getInputProps('target')}
        />
        <TextInput
          label={t('improvementPlans.description')}
          {...form.getInputProps('indicatorDescription')}
        />

        <Title order={3} size="h4">
          {t('improvementPlans.behaviourObjective')}
        </Title>
        <TextInput label={t('improvementPlans.behaviour')} {...form.getInputProps('behaviourDescription')} />
        <TextInput label={t('improvementPlans.successCriteria')} {...form.getInputProps('successCriteria')} />

        <Title order={3} size="h4">
          {t('improvementPlans.support')}
        </Title>
        <Group grow align="flex-start">
          <Select
            label={t('improvementPlans.supportN', { n: 1 })}
            clearable
            data={supportData}
            {...form.getInputProps('support1Kind')}
          />
          <TextInput label={t('improvementPlans.supportDetail')} {...form.getInputProps('support1Detail')} />
        </Group>
        <Group grow align="flex-start">
          <Select
            label={t('improvementPlans.supportN', { n: 2 })}
            clearable
            data={supportData}
            {...form.getInputProps('support2Kind')}
          />
          <TextInput label={t('improvementPlans.supportDetail')} {...form.getInputProps('support2Detail')} />
        </Group>

        <Title order={3} size="h4">
          {t('improvementPlans.reviewDates')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('improvementPlans.reviewDatesHelp')}
        </Text>
        <Group grow align="flex-start">
          <TextInput
            label={t('improvementPlans.reviewN', { n: 1 })}
            type="date"
            required
            {...form.getInputProps('review1')}
          />
          <TextInput
            label={t('improvementPlans.reviewN', { n: 2 })}
            type="date"
            {...form.getInputProps('review2')}
          />
        </Group>
        <ErrorAlert error={create.error} />
        <Button type="submit" loading={create.isPending} w="fit-content">
          {t('improvementPlans.create')}
        </Button>
      </Stack>
    </Card>
  );
}
