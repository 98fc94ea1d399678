import {
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { COACHING_RATINGS, type CoachingPlan, type CoachingRating } from '@frontline/contract';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIso } from '../../../lib/dates';
import { DataList } from '../../../ui/DataList';
import { Dialog } from '../../../ui/Dialog';
import { DueBadge } from '../../../ui/DueBadge';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SuccessAlert } from '../../../ui/SuccessAlert';
import { useSession } from '../../auth/hooks/useSession';
import { AssignCourseDialog } from '../../training/components/AssignCourseDialog';
import { AssignmentTable } from '../../training/components/AssignmentTable';
import { useAssignments } from '../../training/hooks/useTraining';
import { usePlanChange } from '../hooks/useCoaching';
import { CoachingStatusBadge } from './CoachingStatusBadge';
import { EffectPanel } from './EffectPanel';
import { useIndicatorName } from '../hooks/useIndicatorName';
import { usePersonName } from '../../people/hooks/usePersonName';

/** One coaching plan: GROW, gap, agreed actions, sessions, follow-up, outcome, the measured effect and courses. */
export function CoachingDetail({ plan: p }: { plan: CoachingPlan }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const pn = usePersonName();
  const focusName = useIndicatorName();
  const { can } = useSession();
  const change = usePlanChange(p.id);
  const courses = useAssignments({ coachingPlanId: p.id });
  const [dialog, setDialog] = useState<'complete' | 'cancel' | 'assign' | null>(null);
  const edit = p.abilities.edit && p.status === 'active';
  return (
    <Stack>
      <Card withBorder component="section" aria-labelledby="coaching-summary">
        <Title id="coaching-summary" order={2} size="h4" mb="sm">
          {t('coaching.summary')}
        </Title>
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
          {p.abilities.complete && p.status === 'active' && (
            <Button onClick={() => setDialog('complete')}>{t('coaching.complete')}</Button>
          )}
          {can('training.assign') && p.status === 'active' && (
            <Button variant="default" onClick={() => setDialog('assign')}>
              {t('training.assign')}
            </Button>
          )}
          {p.abilities.cancel && p.status === 'active' && (
            <Button variant="outline" color="red" onClick={() => setDialog('cancel')}>
              {t('coaching.cancel')}
            </Button>
          )}
        </Group>
      </Card>
      <GrowCard plan={p} edit={edit} />
      <Card withBorder component="section" aria-labelledby="coaching-actions">
        <Title id="coaching-actions" order={2} size="h4" mb="sm">
          {t('coaching.actions')}
        </Title>
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
      </Card>
      <Card withBorder component="section" aria-labelledby="coaching-sessions">
        <Title id="coaching-sessions" order={2} size="h4" mb="sm">
          {t('coaching.sessions')}
        </Title>
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
      </Card>
      <Card withBorder component="section" aria-labelledby="coaching-courses">
        <Title id="coaching-courses" order={2} size="h4" mb="sm">
          {t('training.planCourses')}
        </Title>
        <ErrorAlert error={courses.error} />
        {courses.data && (
          <AssignmentTable items={courses.data} caption={t('training.planCourses')} showPerson={false} />
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="coaching-effect">
        <Title id="coaching-effect" order={2} size="h4" mb="sm">
          {t('coaching.effect')}
        </Title>
        <EffectPanel plan={p} />
      </Card>
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
  const [f, setF] = useState({
    gap: p.gap,
    growGoal: p.growGoal,
    growReality: p.growReality,
    growOptions: p.growOptions,
    growWill: p.growWill,
    followUpOn: p.followUpOn ?? '',
  });
  const fields: { key: keyof typeof f; label: string }[] = [
    { key: 'gap', label: t('coaching.gap') },
    { key: 'growGoal', label: t('coaching.grow.goal') },
    { key: 'growReality', label: t('coaching.grow.reality') },
    { key: 'growOptions', label: t('coaching.grow.options') },
    { key: 'growWill', label: t('coaching.grow.will') },
  ];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate({ kind: 'update', body: { ...f, followUpOn: f.followUpOn || null } });
  };
  return (
    <Card withBorder component="section" aria-labelledby="coaching-grow">
      <Title id="coaching-grow" order={2} size="h4" mb="sm">
        {t('coaching.growTitle')}
      </Title>
      {edit ? (
        <form onSubmit={submit}>
          <Stack>
            {fields.map((x) => (
              <Textarea
                key={x.key}
                label={x.label}
                autosize
                minRows={2}
                value={f[x.key]}
                onChange={(e) => setF({ ...f, [x.key]: e.currentTarget.value })}
              />
            ))}
            <TextInput
              label={t('coaching.followUpOn')}
              type="date"
              value={f.followUpOn}
              onChange={(e) => setF({ ...f, followUpOn: e.currentTarget.value })}
            />
            <ErrorAlert error={change.error} />
            {change.isSuccess && <SuccessAlert title={t('coaching.saved')} />}
            <Button type="submit" loading={change.isPending} w="fit-content">
              {t('common.save')}
            </Button>
          </Stack>
        </form>
      ) : (
        <DataList cols={1} items={fields.map((x) => ({ label: x.label, value: f[x.key] }))} />
      )}
    </Card>
  );
}

function AddAction({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const change = usePlanChange(planId);
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return;
    change.mutate(
      { kind: 'update', body: { addActions: [{ title: title.trim(), dueOn: dueOn || null }] } },
      {
        onSuccess: () => {
          setTitle('');
          setDueOn('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label={t('coaching.addAction')}>
      <Group align="flex-end" mt="md" wrap="wrap">
        <TextInput
          label={t('checkins.actionTitle')}
          required
          miw={260}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <TextInput
          label={t('checkins.actionDue')}
          type="date"
          value={dueOn}
          onChange={(e) => setDueOn(e.currentTarget.value)}
        />
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
  const [heldOn, setHeldOn] = useState(todayIso());
  const [notes, setNotes] = useState('');
  const [nextSteps, setNextSteps] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!notes.trim() || !heldOn) return;
    change.mutate(
      {
        kind: 'session',
        body: { heldOn, notes: notes.trim(), ...(nextSteps.trim() ? { nextSteps: nextSteps.trim() } : {}) },
      },
      {
        onSuccess: () => {
          setNotes('');
          setNextSteps('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label={t('coaching.addSession')}>
      <Stack mt="md">
        <TextInput
          label={t('coaching.heldOn')}
          type="date"
          required
          value={heldOn}
          onChange={(e) => setHeldOn(e.currentTarget.value)}
          w={220}
        />
        <Textarea
          label={t('coaching.sessionNotes')}
          required
          autosize
          minRows={2}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
        />
        <Textarea
          label={t('coaching.nextSteps')}
          autosize
          value={nextSteps}
          onChange={(e) => setNextSteps(e.currentTarget.value)}
        />
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
  const [outcome, setOutcome] = useState('');
  const [rating, setRating] = useState<CoachingRating | null>(null);
  const [missing, setMissing] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!outcome.trim() || !rating) {
      setMissing(true);
      return;
    }
    change.mutate({ kind: 'complete', body: { outcome: outcome.trim(), rating } }, { onSuccess: onClose });
  };
  return (
    <Dialog opened onClose={onClose} title={t('coaching.complete')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label={t('coaching.ratingLabel')}
            required
            value={rating}
            onChange={(v) => setRating((v as CoachingRating | null) ?? null)}
            data={COACHING_RATINGS.map((r) => ({ value: r, label: t(`coaching.rating.${r}`) }))}
            error={missing && !rating ? t('validation.required') : undefined}
          />
          <Textarea
            label={t('coaching.outcome')}
            required
            autosize
            minRows={3}
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value)}
            error={missing && !outcome.trim() ? t('validation.required') : undefined}
          />
          <ErrorAlert error={change.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t('coaching.recordOutcome')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

function CancelDialog({ plan, onClose }: { plan: CoachingPlan; onClose: () => void }) {
  const { t } = useTranslation();
  const change = usePlanChange(plan.id);
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim()) {
      change.mutate({ kind: 'cancel', body: { reason: reason.trim() } }, { onSuccess: onClose });
    }
  };
  return (
    <Dialog opened onClose={onClose} title={t('coaching.cancel')} centered>
      <form onSubmit={submit}>
        <Stack>
          <Textarea
            label={t('rewards.reason')}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
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
