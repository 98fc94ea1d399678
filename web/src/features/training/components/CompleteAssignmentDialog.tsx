import { NumberInput, Textarea } from '@mantine/core';
import { CompleteAssignmentBody, type Assignment } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { numberValue, useContractForm } from '../../../lib/form';
import { FormDialog } from '../../../ui/FormDialog';
import { useCourseTitle } from '../hooks/useCourseTitle';
import { useAssignmentChange } from '../hooks/useTraining';

/** Marks an assignment complete: evidence (anyone allowed), a score only for the assigner side. */
export function CompleteAssignmentDialog({
  assignment: a,
  onClose,
}: {
  assignment: Assignment;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const title = useCourseTitle();
  const change = useAssignmentChange();
  const scored = a.abilities.enterScore;
  const form = useContractForm({
    schema: CompleteAssignmentBody,
    initialValues: { evidence: '', score: '' as number | string },
    toBody: (v) => ({
      ...(v.evidence.trim() ? { evidence: v.evidence.trim() } : {}),
      ...(scored && v.score !== '' ? { score: numberValue(v.score) } : {}),
    }),
    // The body needs evidence or a score; the schema says so only as "at least one property".
    extra: (v) =>
      !v.evidence.trim() && !(scored && v.score !== '') ? { evidence: 'training.evidenceOrScore' } : {},
  });
  const submit = form.onSubmit((body) =>
    change.mutate(
      { id: a.id, kind: 'complete', body },
      { onSuccess: onClose, onError: form.applyServerErrors },
    ),
  );
  return (
    <FormDialog
      title={t('training.completeNamed', { name: title(a.course) })}
      onClose={onClose}
      onSubmit={submit}
      error={change.error}
      pending={change.isPending}
      submitLabel={t('training.markComplete')}
    >
      <Textarea
        label={t('training.evidence')}
        description={t('training.evidenceHelp')}
        autosize
        minRows={2}
        {...form.getInputProps('evidence')}
      />
      {scored && (
        <NumberInput
          label={t('training.score')}
          description={
            a.course.passScore !== null ? t('training.passScore', { score: a.course.passScore }) : undefined
          }
          min={0}
          max={100}
          {...form.getInputProps('score')}
        />
      )}
    </FormDialog>
  );
}
