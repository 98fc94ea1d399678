import { Progress, Stack, Text } from '@mantine/core';
import type { ImportBatch } from '@frontline/contract';
import { useTranslation } from 'react-i18next';

/** The server's progress on a batch: a labelled bar (indeterminate while the total is unknown) and the phase. */
export function ImportProgress({ batch }: { batch: ImportBatch }) {
  const { t } = useTranslation();
  const label = t(batch.status === 'committing' ? 'imports.progressCommit' : 'imports.progressValidate');
  const total = batch.progressTotal;
  const pct = total && total > 0 ? Math.min(100, Math.round((batch.progressDone / total) * 100)) : null;
  return (
    <Stack gap={6} role="status" aria-live="polite">
      <Text fw={500} id={`progress-${batch.id}`}>
        {label}
      </Text>
      <Progress.Root size="lg">
        {pct === null ? (
          <Progress.Section
            value={100}
            animated
            striped
            withAria={false}
            role="progressbar"
            aria-labelledby={`progress-${batch.id}`}
          />
        ) : (
          <Progress.Section value={pct} aria-labelledby={`progress-${batch.id}`} />
        )}
      </Progress.Root>
      <Text size="sm" c="dimmed">
        {batch.phase ? t(`importPhase.${batch.phase}`, { defaultValue: batch.phase }) : null}
        {total ? ` ${t('imports.progressCount', { done: batch.progressDone, total })}` : null}
      </Text>
    </Stack>
  );
}
