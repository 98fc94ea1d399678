import { Stepper } from '@mantine/core';
import type { ImportStatus } from '@frontline/contract';
import { useTranslation } from 'react-i18next';

const STEPS = ['file', 'settings', 'validate', 'review', 'commit', 'done'] as const;

/** The step a batch is at, from its status. */
export function stepOf(status: ImportStatus | null): number {
  switch (status) {
    case null:
      return 0;
    case 'uploaded':
      return 1;
    case 'validating':
      return 2;
    case 'validated':
    case 'failed':
      return 3;
    case 'committing':
      return 4;
    case 'committed':
    case 'undone':
    case 'discarded':
      return 6;
  }
}

/** Where an import stands: choose file → settings → check → review → import → done. */
export function ImportSteps({ status }: { status: ImportStatus | null }) {
  const { t } = useTranslation();
  return (
    <Stepper
      active={stepOf(status)}
      size="sm"
      mb="lg"
      allowNextStepsSelect={false}
      aria-label={t('imports.stepsLabel')}
    >
      {STEPS.map((s) => (
        <Stepper.Step key={s} label={t(`imports.step.${s}`)} />
      ))}
    </Stepper>
  );
}
