import { Button, Group, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, todayIso } from '../../../lib/dates';
import { Dialog } from '../../../ui/Dialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PersonSelect } from '../../people/components/PersonSelect';
import { useCourseTitle } from '../hooks/useCourseTitle';
import { useAssignCourse, useCourses } from '../hooks/useTraining';

/** Assigns a course to a person with a due date; person, course and coaching plan may be given. */
export function AssignCourseDialog({
  onClose,
  personId,
  personName,
  courseId,
  coachingPlanId,
  reason: initialReason = '',
}: {
  onClose: () => void;
  personId?: string;
  personName?: string;
  courseId?: string;
  coachingPlanId?: string;
  reason?: string;
}) {
  const { t } = useTranslation();
  const title = useCourseTitle();
  const courses = useCourses();
  const assign = useAssignCourse();
  const [person, setPerson] = useState<string | null>(personId ?? null);
  const [course, setCourse] = useState<string | null>(courseId ?? null);
  const [dueOn, setDueOn] = useState(addDays(todayIso(), 14));
  const [reason, setReason] = useState(initialReason);
  const [missing, setMissing] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!person || !course) {
      setMissing(true);
      return;
    }
    assign.mutate(
      {
        courseId: course,
        personId: person,
        dueOn: dueOn || null,
        reason: reason.trim() || null,
        ...(coachingPlanId ? { coachingPlanId } : {}),
      },
      { onSuccess: onClose },
    );
  };
  return (
    <Dialog
      opened
      onClose={onClose}
      title={personName ? t('training.assignTo', { name: personName }) : t('training.assign')}
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {!personId && (
            <PersonSelect
              label={t('checkins.person')}
              required
              value={person}
              onChange={setPerson}
              error={missing && !person ? t('validation.required') : undefined}
            />
          )}
          <Select
            label={t('training.course')}
            required
            searchable
            value={course}
            onChange={setCourse}
            error={missing && !course ? t('validation.required') : undefined}
            data={(courses.data ?? [])
              .filter((c) => c.active)
              .map((c) => ({ value: c.id, label: `${title(c)} · ${c.code}` }))}
          />
          <TextInput
            label={t('training.dueOn')}
            type="date"
            value={dueOn}
            onChange={(e) => setDueOn(e.currentTarget.value)}
          />
          <Textarea
            label={t('training.reason')}
            autosize
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <ErrorAlert error={assign.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={assign.isPending}>
              {t('training.assignSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
