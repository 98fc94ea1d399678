import { Badge, Button, Group, List, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import {
  CloseImprovementPlanBody,
  ExtendImprovementPlanBody,
  IMPROVEMENT_PLAN_OUTCOMES,
  ImprovementReviewBody,
  OBJECTIVE_VERDICTS,
  SignOffImprovementPlanBody,
  type ImprovementCheckpoint,
  type ImprovementObjective,
  type ImprovementPlan,
  type ImprovementPlanOutcome,
  type ObjectiveProgress,
  type ObjectiveVerdict,
} from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { DataList } from '../../../ui/DataList';
import { Dialog } from '../../../ui/Dialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormDialog } from '../../../ui/FormDialog';
import { FormFooter } from '../../../ui/FormFooter';
import { Section } from '../../../ui/Section';
import { useImprovementPlanChange } from '../hooks/useImprovementPlans';
import { PlanStatusBadge } from './PlanStatusBadge';

const VERDICT_COLORS: Record<ObjectiveVerdict, string> = {
  met: 'green',
  not_met: 'red',
  not_yet_clear: 'gray',
};

function num(v: number | null, decimals: number | null, unit: string | null, lang: string): string {
  if (v === null) return '—';
  const s = new Intl.NumberFormat(lang === 'zh-Hant' ? 'zh-HK' : 'en-GB', {
    maximumFractionDigits: decimals ?? 1,
  }).format(v);
  return unit === 'percent' ? `${s}%` : s;
}

/** One improvement plan: its objectives and support, reviews with their evidence, and the steps the reader may take. */
export function ImprovementPlanDetail({ plan: p }: { plan: ImprovementPlan }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = useLocalName();
  const change = useImprovementPlanChange(p.id);
  const [dialog, setDialog] = useState<
    'extend' | 'close' | 'signOff' | { review: ImprovementCheckpoint } | null
  >(null);
  const objectiveName = (o: ImprovementObjective) =>
    o.kind === 'indicator'
      ? `${o.indicatorNameEn ? name(o.indicatorNameEn, o.indicatorNameZh) : (o.indicatorCode ?? '')} · ${t(
          'improvementPlans.targetValue',
          { target: num(o.target, o.decimals, o.unit, lang) },
        )}`
      : t('improvementPlans.behaviourLabel');
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('improvementPlans.visibility')}
      </Text>
      <Section title={t('improvementPlans.summary')}>
        <DataList
          items={[
            { label: t('improvementPlans.statusLabel'), value: <PlanStatusBadge status={p.status} /> },
            { label: t('improvementPlans.sourceLabel'), value: t(`improvementPlans.source.${p.sourceKind}`) },
            { label: t('improvementPlans.reason'), value: p.reason },
            { label: t('improvementPlans.startsOn'), value: formatDate(p.startsOn, lang) },
            {
              label: t('improvementPlans.endsOn'),
              value: p.originalEndsOn
                ? t('improvementPlans.extendedFrom', {
                    date: formatDate(p.endsOn, lang),
                    from: formatDate(p.originalEndsOn, lang),
                    reason: p.extensionReason ?? '',
                  })
                : formatDate(p.endsOn, lang),
            },
            {
              label: t('improvementPlans.acknowledgement'),
              value: p.acknowledgedAt
                ? t('improvementPlans.acknowledgedOn', {
                    date: formatDate(p.acknowledgedAt.slice(0, 10), lang),
                  })
                : t('improvementPlans.notAcknowledged'),
            },
            { label: t('improvementPlans.createdBy'), value: p.createdByName },
            {
              label: t('improvementPlans.outcomeLabel'),
              value: p.proposedOutcome
                ? `${t(`improvementPlans.outcome.${p.proposedOutcome}`)}${p.outcomeNote ? `: ${p.outcomeNote}` : ''}`
                : null,
            },
            {
              label: t('improvementPlans.signOff'),
              value: p.signedOffAt
                ? t('improvementPlans.signedOff', {
                    name: p.signedOffByName ?? '',
                    date: formatDate(p.signedOffAt.slice(0, 10), lang),
                  }) + (p.signOffNote ? ` — ${p.signOffNote}` : '')
                : p.status === 'awaiting_sign_off'
                  ? t('improvementPlans.awaitingSignOff')
                  : null,
            },
          ]}
        />
        <Group mt="md">
          {p.abilities.acknowledge && (
            <Button loading={change.isPending} onClick={() => change.mutate({ kind: 'acknowledge' })}>
              {t('improvementPlans.acknowledge')}
            </Button>
          )}
          {p.abilities.extend && (
            <Button variant="default" onClick={() => setDialog('extend')}>
              {t('improvementPlans.extend')}
            </Button>
          )}
          {p.abilities.close && (
            <Button variant="default" onClick={() => setDialog('close')}>
              {t('improvementPlans.close')}
            </Button>
          )}
          {p.abilities.signOff && (
            <Button onClick={() => setDialog('signOff')}>{t('improvementPlans.signOffAction')}</Button>
          )}
        </Group>
        <ErrorAlert error={change.error} />
      </Section>

      <Section title={t('improvementPlans.objectives')}>
        <List type="ordered">
          {p.objectives.map((o) => (
            <List.Item key={o.id}>
              <Text fw={500}>{objectiveName(o)}</Text>
              <Text>{o.description}</Text>
              {o.successCriteria && (
                <Text size="sm" c="dimmed">
                  {t('improvementPlans.criteriaText', { text: o.successCriteria })}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      </Section>

      <Section title={t('improvementPlans.support')}>
        {p.support.length ? (
          <List>
            {p.support.map((s, i) => (
              <List.Item key={i}>
                {t(`improvementPlans.supportKind.${s.kind}`)}
                {s.detail ? ` — ${s.detail}` : ''}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text c="dimmed">{t('improvementPlans.noSupport')}</Text>
        )}
      </Section>

      <Section title={t('improvementPlans.reviews')}>
        <Stack>
          {p.checkpoints.map((c) => (
            <Stack key={c.id} gap={4} data-testid="checkpoint">
              <Group justify="space-between">
                <Text fw={600}>{t('improvementPlans.reviewOn', { date: formatDate(c.dueOn, lang) })}</Text>
                {!c.reviewedAt && p.abilities.review && (
                  <Button size="xs" variant="default" onClick={() => setDialog({ review: c })}>
                    {t('improvementPlans.recordReview')}
                  </Button>
                )}
              </Group>
              {c.reviewedAt ? (
                <>
                  <Text size="sm" c="dimmed">
                    {t('improvementPlans.reviewedBy', {
                      name: c.reviewerName ?? '',
                      date: formatDate(c.reviewedAt.slice(0, 10), lang),
                    })}
                  </Text>
                  <Text style={{ whiteSpace: 'pre-wrap' }}>{c.notes}</Text>
                  <List>
                    {c.progress.map((g) => {
                      const o = p.objectives.find((x) => x.id === g.objectiveId);
                      return (
                        <List.Item key={g.objectiveId}>
                          <ProgressLine progress={g} objective={o} label={o ? objectiveName(o) : ''} />
                        </List.Item>
                      );
                    })}
                  </List>
                </>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('improvementPlans.notReviewed')}
                </Text>
              )}
            </Stack>
          ))}
        </Stack>
        <Text size="xs" c="dimmed" mt="sm">
          {t('improvementPlans.verdictHelp')}
        </Text>
      </Section>

      {dialog === 'extend' && <ExtendDialog plan={p} onClose={() => setDialog(null)} />}
      {dialog === 'close' && <CloseDialog plan={p} onClose={() => setDialog(null)} />}
      {dialog === 'signOff' && <SignOffDialog plan={p} onClose={() => setDialog(null)} />}
      {dialog !== null && typeof dialog === 'object' && (
        <ReviewDialog plan={p} checkpoint={dialog.review} onClose={() => setDialog(null)} />
      )}
    </Stack>
  );
}

function ProgressLine({
  progress: g,
  objective: o,
  label,
}: {
  progress: ObjectiveProgress;
  objective: ImprovementObjective | undefined;
  label: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const f = (v: number | null) => num(v, o?.decimals ?? 1, o?.unit ?? null, lang);
  return (
    <Group gap="xs" wrap="wrap">
      <Text span fw={500}>
        {label}:
      </Text>
      <Badge color={VERDICT_COLORS[g.verdict]} variant="light">
        {t(`improvementPlans.verdict.${g.verdict}`)}
      </Badge>
      <Text span size="sm">
        {g.kind === 'indicator'
          ? g.value === null
            ? t('improvementPlans.noData')
            : t('improvementPlans.figureLine', {
                value: f(g.value),
                n: g.sample,
                low: f(g.low),
                high: f(g.high),
                from: g.from ? formatDate(g.from, lang) : '',
                to: g.to ? formatDate(g.to, lang) : '',
              })
          : t('improvementPlans.evidenceText', { text: g.evidence ?? '' })}
      </Text>
    </Group>
  );
}

function ReviewDialog({
  plan,
  checkpoint,
  onClose,
}: {
  plan: ImprovementPlan;
  checkpoint: ImprovementCheckpoint;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const change = useImprovementPlanChange(plan.id);
  const behaviour = plan.objectives.filter((o) => o.kind === 'behaviour');
  const initial: Record<string, string | null> = { notes: '' };
  for (const o of behaviour) {
    initial[`verdict_${o.id}`] = null;
    initial[`evidence_${o.id}`] = '';
  }
  const form = useContractForm({
    schema: ImprovementReviewBody,
    initialValues: initial,
    toBody: (v) => ({
      checkpointId: checkpoint.id,
      notes: (v.notes ?? '').trim(),
      behaviour: behaviour.map((o) => ({
        objectiveId: o.id,
        verdict: (v[`verdict_${o.id}`] ?? '') as ObjectiveVerdict,
        evidence: (v[`evidence_${o.id}`] ?? '').trim(),
      })),
    }),
    extra: (v) => {
      const out: Record<string, string> = {};
      for (const o of behaviour) {
        if (!v[`verdict_${o.id}`]) out[`verdict_${o.id}`] = 'validation.required';
        if (!v[`evidence_${o.id}`]?.trim()) out[`evidence_${o.id}`] = 'validation.required';
      }
      return out;
    },
  });
  const submit = form.onSubmit((body) =>
    change.mutate({ kind: 'review', body }, { onSuccess: onClose, onError: form.applyServerErrors }),
  );
  return (
    <Dialog
      opened
      onClose={onClose}
      title={t('improvementPlans.reviewOn', { date: formatDate(checkpoint.dueOn, i18n.language) })}
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('improvementPlans.reviewFigures')}
          </Text>
          <Textarea
            label={t('improvementPlans.reviewNotes')}
            required
            autosize
            minRows={3}
            {...form.getInputProps('notes')}
          />
          {behaviour.map((o) => (
            <Stack key={o.id} gap="xs">
              <Text fw={500}>{o.description}</Text>
              <Select
                label={t('improvementPlans.judgement')}
                required
                data={OBJECTIVE_VERDICTS.map((v) => ({
                  value: v,
                  label: t(`improvementPlans.verdict.${v}`),
                }))}
                {...form.getInputProps(`verdict_${o.id}`)}
              />
              <Textarea
                label={t('improvementPlans.evidence')}
                required
                autosize
                minRows={2}
                {...form.getInputProps(`evidence_${o.id}`)}
              />
            </Stack>
          ))}
          <FormFooter
            error={change.error}
            pending={change.isPending}
            onCancel={onClose}
            submitLabel={t('improvementPlans.recordReview')}
          />
        </Stack>
      </form>
    </Dialog>
  );
}

function ExtendDialog({ plan, onClose }: { plan: ImprovementPlan; onClose: () => void }) {
  const { t } = useTranslation();
  const change = useImprovementPlanChange(plan.id);
  const form = useContractForm({
    schema: ExtendImprovementPlanBody,
    initialValues: { endsOn: '', reason: '' },
    toBody: (v) => ({ endsOn: v.endsOn, reason: v.reason.trim() }),
  });
  const submit = form.onSubmit((body) =>
    change.mutate({ kind: 'extend', body }, { onSuccess: onClose, onError: form.applyServerErrors }),
  );
  return (
    <FormDialog
      title={t('improvementPlans.extend')}
      onClose={onClose}
      onSubmit={submit}
      error={change.error}
      pending={change.isPending}
      submitLabel={t('improvementPlans.extend')}
    >
      <Text size="sm">{t('improvementPlans.extendHelp')}</Text>
      <TextInput
        label={t('improvementPlans.newEndsOn')}
        type="date"
        required
        {...form.getInputProps('endsOn')}
      />
      <Textarea
        label={t('improvementPlans.extensionReason')}
        required
        autosize
        minRows={2}
        {...form.getInputProps('reason')}
      />
    </FormDialog>
  );
}

function CloseDialog({ plan, onClose }: { plan: ImprovementPlan; onClose: () => void }) {
  const { t } = useTranslation();
  const change = useImprovementPlanChange(plan.id);
  const form = useContractForm({
    schema: CloseImprovementPlanBody,
    initialValues: { outcome: null as string | null, note: '' },
    toBody: (v) => ({ outcome: (v.outcome ?? '') as ImprovementPlanOutcome, note: v.note.trim() }),
  });
  const submit = form.onSubmit((body) =>
    change.mutate({ kind: 'close', body }, { onSuccess: onClose, onError: form.applyServerErrors }),
  );
  return (
    <FormDialog
      title={t('improvementPlans.close')}
      onClose={onClose}
      onSubmit={submit}
      error={change.error}
      pending={change.isPending}
      submitLabel={t('improvementPlans.close')}
    >
      <Text size="sm">{t('improvementPlans.closeHelp')}</Text>
      <Select
        label={t('improvementPlans.outcomeLabel')}
        required
        data={IMPROVEMENT_PLAN_OUTCOMES.map((o) => ({
          value: o,
          label: t(`improvementPlans.outcome.${o}`),
        }))}
        {...form.getInputProps('outcome')}
      />
      <Textarea
        label={t('improvementPlans.outcomeNote')}
        required
        autosize
        minRows={2}
        {...form.getInputProps('note')}
      />
    </FormDialog>
  );
}

function SignOffDialog({ plan, onClose }: { plan: ImprovementPlan; onClose: () => void }) {
  const { t } = useTranslation();
  const change = useImprovementPlanChange(plan.id);
  const form = useContractForm({
    schema: SignOffImprovementPlanBody,
    initialValues: { note: '' },
    toBody: (v) => (v.note.trim() ? { note: v.note.trim() } : {}),
  });
  const submit = form.onSubmit((body) =>
    change.mutate({ kind: 'signOff', body }, { onSuccess: onClose, onError: form.applyServerErrors }),
  );
  return (
    <FormDialog
      title={t('improvementPlans.signOffAction')}
      onClose={onClose}
      onSubmit={submit}
      error={change.error}
      pending={change.isPending}
      submitLabel={t('improvementPlans.signOffAction')}
    >
      <Text size="sm">
        {t('improvementPlans.signOffHelp', {
          outcome: plan.proposedOutcome ? t(`improvementPlans.outcome.${plan.proposedOutcome}`) : '',
        })}
      </Text>
      <Textarea
        label={t('improvementPlans.signOffNote')}
        autosize
        minRows={2}
        {...form.getInputProps('note')}
      />
    </FormDialog>
  );
}
