import { Button, Checkbox, Group, List, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import {
  CancelCoachingBody,
  COACHING_RATINGS,
  CoachingSessionBody,
  CompleteCoachingBody,
  UpdateCoachingBody,
  type CoachingPlan,
  type CoachingRating,
} from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, todayIso } from '../../../lib/dates';
import { useContractForm } from '../../../lib/form';
import { DataList } from '../../../ui/DataList';
import { Dialog } from '../../../ui/Dialog';
import { DueBadge } from '../../../ui/DueBadge';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormDialog } from '../../../ui/FormDialog';
import { SuccessAlert } from '../../../ui/SuccessAlert';
import { AssignCourseDialog } from '../../training/components/AssignCourseDialog';
import { AssignmentTable } from '../../training/components/AssignmentTable';
import { useAssignments } from '../../training/hooks/useTraining';
import { usePlanChange } from '../hooks/useCoaching';
import { CoachingStatusBadge } from './CoachingStatusBadge';
import { EffectPanel } from './EffectPanel';
import { useIndicatorName } from '../hooks/useIndicatorName';
import { usePersonName } from '../../people/hooks/usePersonName';
import { Section } from '../../../ui/Section';

/** One coaching plan: GROW, gap, agreed actions, sessions, follow-up, outcome, the measured effect and courses. */
export function CoachingDetail({ plan: p }: { plan: CoachingPlan }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const pn = usePersonName();
  const focusName = useIndicatorName();
  const change = usePlanChange(p.id);
  const courses = useAssignments({ coachingPlanId: p.id });
  const [dialog, setDialog] = useState<'complete' | 'cancel' | 'assign' | null>(null);
  // abilities come from the server's coaching policy: they already say "only while active"
  const edit = p.abilities.edit;
  return (
    <Stack>
      <Section title={t('coaching.summary')}>
        <DataList
          items={[
            { label: t('checkins.state'), value: <CoachingStatusBadge status={p.status} /> },
            { label: t('coaching.originLabel'), value: t(`coaching.origin.${p.origin}`) },
            {
              label: t('coaching.focus'),
              value: [focusName(p.focusIndicatorId, p.focusIndicatorCode), p.focusSkill]
                .filter(Boolean)
                .join(' · '),
            },
            { label: t('coaching.coach'), value: p.coachName ? pn(p.coachPersonId, p.coachName) : null },
            { label: t('coaching.startedOn'), value: formatDate(p.startedOn, lang) },
            { label: t('coaching.followUpOn'), value: p.followUpOn ? formatDate(p.followUpOn, lang) : null },
            { label: t('coaching.endedOn'), value: p.endedOn ? formatDate(p.endedOn, lang) : null },
            {
              label: t('coaching.outcome'),
              value: p.outcome
                ? `${p.outcomeRating ? `${t(`coaching.rating.${p.outcomeRating}`)}: ` : ''}${p.outcome}`
                : null,
            },
          ]}
        />
        <Group mt="md">
          {p.abilities.complete && (
            <Button onClick={() => setDialog('complete')}>{t('coaching.complete')}</Button>
          )}
          {p.abilities.assignCourse && (
            <Button variant="default" onClick={() => setDialog('assign')}>
              {t('training.assign')}
            </Button>
          )}
          {p.abilities.startImprovementPlan && (
            <Button
              variant="default"
              component={Link}
              to={`/improvement-plans/new?source=coaching&sourceId=${p.id}&personId=${p.personId}${
                p.focusIndicatorId ? `&indicatorId=${p.focusIndicatorId}` : ''
              }`}
            >
              {t('improvementPlans.new')}
            </Button>
          )}
          {p.abilities.cancel && (
            <Button variant="outline" color="red" onClick={() => setDialog('cancel')}>
              {t('coaching.cancel')}
            </Button>
          )}
        </Group>
      </Section>
      <GrowCard plan={p} edit={edit} />
      <Section title={t('coaching.actions')}>
        {p.actions.length ? (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {p.actions.map((a) => (
              <Group component="li" key={a.id} justify="space-between">
                <Checkbox
                  label={a.title}
                  checked={a.doneAt !== null}
                  disabled={!edit || a.doneAt !== null || change.isPending}
                  onChange={() => change.mutate({ kind: 'update', body: { doneActionIds: [a.id] } })}
                />
                <Group gap="xs">
                  <Text size="sm" c="dimmed">
                    {t('checkins.owner', { name: pn(a.ownerPersonId, a.ownerName) })}
                  </Text>
                  <DueBadge dueOn={a.dueOn} done={a.doneAt !== null} />
                </Group>
              </Group>
            ))}
          </Stack>
        ) : (
          <Text c="dimmed">{t('checkins.noActions')}</Text>
        )}
        {edit && <AddAction planId={p.id} />}
      </Section>
      <Section title={t('coaching.sessions')}>
        {p.sessions.length ? (
          <List>
            {p.sessions.map((s) => (
              <List.Item key={s.id}>
                <Text fw={500}>{formatDate(s.heldOn, lang)}</Text>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{s.notes}</Text>
                {s.nextSteps && (
                  <Text size="sm" c="dimmed">
                    {t('coaching.nextStepsText', { text: s.nextSteps })}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text c="dimmed">{t('coaching.noSessions')}</Text>
        )}
        {edit && <AddSession planId={p.id} />}
      </Section>
      <Section title={t('training.planCourses')}>
        <ErrorAlert error={courses.error} />
        {courses.data && (
          <AssignmentTable items={courses.data} caption={t('training.planCourses')} showPerson={false} />
        )}
      </Section>
      <Section title={t('coaching.effect')}>
        <EffectPanel plan={p} />
      </Section>
      <ErrorAlert error={change.error} />
      {dialog === 'complete' && <CompleteDialog plan={p} onClose={() => setDialog(null)} />}
      {dialog === 'cancel' && <CancelDialog plan={p} onClose={() => setDialog(null)} />}
      {dialog === 'assign' && (
        <AssignCourseDialog
          personId={p.personId}
          personName={pn(p.personId, p.personName)}
          coachingPlanId={p.id}
          reason={t('coaching.courseReason', { focus: p.focusIndicatorCode ?? p.focusSkill ?? '' })}
          onClose={() => setDialog(null)}
        />
      )}
    </Stack>
  );
}

function GrowCard({ plan: p, edit }: { plan: CoachingPlan; edit: boolean }) {
  const { t } = useTranslation();
  const change = usePlanChange(p.id);
  const form = useContractForm({
    schema: UpdateCoachingBody,
    initialValues: {
      gap: p.gap,
      growGoal: p.growGoal,
      growReality: p.growReality,
      growOptions: p.growOptions,
      growWill: p.growWill,
      followUpOn: p.followUpOn ?? '',
    },
    toBody: (f) => ({ ...f, followUpOn: f.followUpOn || null }),
  });
  const fields: { key: 'gap' | 'growGoal' | 'growReality' | 'growOptions' | 'growWill'; label: string }[] = [
    { key: 'gap', label: t('coaching.gap') },
    { key: 'growGoal', label: t('coaching.grow.goal') },
    { key: 'growReality', label: t('coaching.grow.reality') },
    { key: 'growOptions', label: t('coaching.grow.options') },
    { key: 'growWill', label: t('coaching.grow.will') },
  ];
  const submit = form.onSubmit((body) =>
    change.mutate({ kind: 'update', body }, { onError: form.applyServerErrors }),
  );
  return (
    <Section title={t('coaching.growTitle')}>
      {edit ? (
        <form onSubmit={submit} noValidate>
          <Stack>
            {fields.map((x) => (
              <Textarea key={x.key} label={x.label} autosize minRows={2} {...form.getInputProps(x.key)} />
            ))}
            <TextInput label={t('coaching.followUpOn')} type="date" {...form.getInputProps('followUpOn')} />
            <ErrorAlert error={change.error} />
            {change.isSuccess && <SuccessAlert title={t('coaching.saved')} />}
            <Button type="submit" loading={change.isPending} w="fit-content">
              {t('common.save')}
            </Button>
          </Stack>
        </form>
      ) : (
        <DataList cols={1} items={fields.map((x) => ({ label: x.label, value: form.values[x.key] }))} />
      )}
    </Section>
  );
}

function AddAction({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const change = usePlanChange(planId);
  const form = useContractForm({
    schema: UpdateCoachingBody,
    initialValues: { title: '', dueOn: '' },
    toBody: (v) => ({ addActions: [{ title: v.title.trim(), dueOn: v.dueOn || null }] }),
    // The one action added is the title (and its due date) of this form.
    fields: { addActions: 'title' },
  });
  const submit = form.onSubmit((body) =>
    change.mutate(
      { kind: 'update', body },
      { onSuccess: () => form.reset(), onError: form.applyServerErrors },
    ),
  );
  return (
    <form onSubmit={submit} noValidate aria-label={t('coaching.addAction')}>
      <Group align="flex-end" mt="md" wrap="wrap">
        <TextInput label={t('checkins.actionTitle')} required miw={260} {...form.getInputProps('title')} />
        <TextInput label={t('checkins.actionDue')} type="date" {...form.getInputProps('dueOn')} />
        <Button type="submit" variant="default" loading={change.isPending}>
          {t('coaching.addAction')}
        </Button>
      </Group>
      <ErrorAlert error={change.error} />
    </form>
  );
}

function AddSession({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const change = usePlanChange(planId);
  const form = useContractForm({
    schema: CoachingSessionBody,
    initialValues: { heldOn: todayIso(), notes: '', nextSteps: '' },
    toBody: (v) => ({
      heldOn: v.heldOn,
      notes: v.notes.trim(),
      ...(v.nextSteps.trim() ? { nextSteps: v.nextSteps.trim() } : {}),
    }),
  });
  const submit = form.onSubmit((body) =>
    change.mutate(
      { kind: 'session', body },
      {
        // The date stays for the next session noted.
        onSuccess: () => form.setValues({ notes: '', nextSteps: '' }),
        onError: form.applyServerErrors,
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate aria-label={t('coaching.addSession')}>
      <Stack mt="md">
        <TextInput
          label={t('coaching.heldOn')}
          type="date"
          required
          w={220}
          {...form.getInputProps('heldOn')}
        />
        <Textarea
          label={t('coaching.sessionNotes')}
          required
          autosize
          minRows={2}
          {...form.getInputProps('notes')}
        />
        <Textarea label={t('coaching.nextSteps')} autosize {...form.getInputProps('nextSteps')} />
        <ErrorAlert error={change.error} />
        <Button type="submit" variant="default" loading={change.isPending} w="fit-content">
          {t('coaching.addSession')}
        </Button>
      </Stack>
    </form>
  );
}

function CompleteDialog({ plan, onClose }: { plan: CoachingPlan; onClose: () => void }) {
  const { t } = useTranslation();
  const change = usePlanChange(plan.id);
  const form = useContractForm({
    schema: CompleteCoachingBody,
    initialValues: { outcome: '', rating: null as string | null },
    toBody: (v) => ({ outcome: v.outcome.trim(), rating: (v.rating ?? '') as CoachingRating }),
  });
  const submit = form.onSubmit((body) =>
    change.mutate({ kind: 'complete', body }, { onSuccess: onClose, onError: form.applyServerErrors }),
  );
  return (
    <FormDialog
      title={t('coaching.complete')}
      onClose={onClose}
      onSubmit={submit}
      error={change.error}
      pending={change.isPending}
      submitLabel={t('coaching.recordOutcome')}
    >
      <Select
        label={t('coaching.ratingLabel')}
        required
        data={COACHING_RATINGS.map((r) => ({ value: r, label: t(`coaching.rating.${r}`) }))}
        {...form.getInputProps('rating')}
      />
      <Textarea
        label={t('coaching.outcome')}
        required
        autosize
        minRows={3}
        {...form.getInputProps('outcome')}
      />
    </FormDialog>
  );
}

function CancelDialog({ plan, onClose }: { plan: CoachingPlan; onClose: () => void }) {
  const { t } = useTranslation();
  const change = usePlanChange(plan.id);
  const form = useContractForm({
    schema: CancelCoachingBody,
    initialValues: { reason: '' },
    toBody: (v) => ({ reason: v.reason.trim() }),
  });
  const submit = form.onSubmit((body) =>
    change.mutate({ kind: 'cancel', body }, { onSuccess: onClose, onError: form.applyServerErrors }),
  );
  return (
    <Dialog opened onClose={onClose} title={t('coaching.cancel')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Textarea
            label={t('rewards.reason')}
            required
            autosize
            minRows={2}
            {...form.getInputProps('reason')}
          />
          <ErrorAlert error={change.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
            <Button type="submit" color="red" loading={change.isPending}>
              {t('coaching.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
