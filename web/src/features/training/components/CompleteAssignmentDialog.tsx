import { Button, Group, NumberInput, Stack, Textarea } from '@mantine/core';
import type { Assignment } from '@frontline/contract';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../ui/Dialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
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
  const [evidence, setEvidence] = useState('');
  const [score, setScore] = useState<number | string>('');
  const [missing, setMissing] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      ...(evidence.trim() ? { evidence: evidence.trim() } : {}),
      ...(a.abilities.enterScore && typeof score === 'number' ? { score } : {}),
    };
    if (Object.keys(body).length === 0) {
      setMissing(true);
      return;
    }
    change.mutate({ id: a.id, kind: 'complete', body }, { onSuccess: onClose });
  };
  return (
    <Dialog opened onClose={onClose} title={t('training.completeNamed', { name: title(a.course) })} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Textarea
            label={t('training.evidence')}
            description={t('training.evidenceHelp')}
            autosize
            minRows={2}
            value={evidence}
            onChange={(e) => {
              setEvidence(e.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('training.evidenceOrScore') : undefined}
          />
          {a.abilities.enterScore && (
            <NumberInput
              label={t('training.score')}
              description={
                a.course.passScore !== null
                  ? t('training.passScore', { score: a.course.passScore })
                  : undefined
              }
              min={0}
              max={100}
              value={score}
              onChange={setScore}
            />
          )}
          <ErrorAlert error={change.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t('training.markComplete')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
