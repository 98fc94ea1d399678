import { Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CreateAssignmentBody } from '@frontline/contract';
import { addDays, todayIso } from '../../../lib/dates';
import { useContractForm } from '../../../lib/form';
import { Dialog } from '../../../ui/Dialog';
import { FormFooter } from '../../../ui/FormFooter';
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
  reason = '',
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
  const form = useContractForm({
    schema: CreateAssignmentBody,
    initialValues: {
      personId: personId ?? null,
      courseId: courseId ?? null,
      dueOn: addDays(todayIso(), 14),
      reason,
    },
    toBody: (v) => ({
      courseId: v.courseId ?? '',
      personId: v.personId ?? '',
      dueOn: v.dueOn || null,
      reason: v.reason.trim() || null,
      ...(coachingPlanId ? { coachingPlanId } : {}),
    }),
  });
  const submit = form.onSubmit((body) =>
    assign.mutate(body, { onSuccess: onClose, onError: form.applyServerErrors }),
  );
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
              {...form.getInputProps('personId')}
              value={form.values.personId}
            />
          )}
          <Select
            label={t('training.course')}
            required
            searchable
            data={(courses.data ?? [])
              .filter((c) => c.active)
              .map((c) => ({ value: c.id, label: `${title(c)} · ${c.code}` }))}
            {...form.getInputProps('courseId')}
          />
          <TextInput label={t('training.dueOn')} type="date" {...form.getInputProps('dueOn')} />
          <Textarea label={t('training.reason')} autosize {...form.getInputProps('reason')} />
          <FormFooter
            error={assign.error}
            pending={assign.isPending}
            onCancel={onClose}
            submitLabel={t('training.assignSubmit')}
          />
        </Stack>
      </form>
    </Dialog>
  );
}
