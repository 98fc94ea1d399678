import { Alert, Button, Group, List, NumberInput, Progress, Stack, Text } from '@mantine/core';
import type { RosterPlan, RosterSolve } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useRosterPlanChange } from '../hooks/useRostering';
import { num } from '../utils/words';

/** What a finished solve came to, in words (null while none has run). */
export function solveOutcomeText(t: TFunction, s: RosterSolve, lang: string): string | null {
  if (s.state === 'failed') return t('rostering.solve.outcome.failed');
  if (s.state === 'cancelled') return t('rostering.solve.outcome.cancelled');
  if (s.state !== 'done' || !s.outcome) return null;
  switch (s.outcome) {
    case 'optimal':
      return t('rostering.solve.outcome.optimal');
    case 'feasible':
      return s.gap === null
        ? t('rostering.solve.outcome.feasibleNoGap')
        : t('rostering.solve.outcome.feasible', { gap: num(s.gap * 100, lang, 1) });
    case 'infeasible':
      return t('rostering.solve.outcome.infeasible');
    case 'no-roster-found':
      return t('rostering.solve.outcome.no-roster-found');
    case 'cancelled':
      return t('rostering.solve.outcome.cancelled');
  }
}

const OUTCOME_COLOR: Record<string, string> = {
  optimal: 'green',
  feasible: 'blue',
  infeasible: 'red',
  'no-roster-found': 'orange',
  cancelled: 'gray',
};

/**
 * The optimiser: a time limit and Run; while it works, its progress (time used, phase, the best
 * roster's score and how far from the best possible) and Stop; then what it came to, in words.
 */
export function SolvePanel({ plan }: { plan: RosterPlan }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const change = useRosterPlanChange(plan.id);
  const [limit, setLimit] = useState<number | string>(30);
  const s = plan.solve;
  const running = s.state === 'running';
  const outcome = solveOutcomeText(t, s, lang);
  const limitOk = typeof limit === 'number' && Number.isInteger(limit) && limit >= 1 && limit <= 600;
  const share = s.timeLimitSeconds > 0 ? Math.min(100, (s.seconds / s.timeLimitSeconds) * 100) : 0;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('rostering.solve.help')}
      </Text>
      {!running && (
        <Group align="flex-end">
          <NumberInput
            label={t('rostering.solve.timeLimit')}
            min={1}
            max={600}
            allowDecimal={false}
            w={200}
            value={limit}
            onChange={setLimit}
            error={limitOk ? undefined : t('rostering.solve.limitRange')}
          />
          <Button
            loading={change.isPending}
            disabled={!limitOk}
            onClick={() =>
              change.mutate({
                kind: 'solve',
                body: { version: plan.version, timeLimitSeconds: Number(limit) },
              })
            }
          >
            {t('rostering.solve.run')}
          </Button>
        </Group>
      )}
      {running && (
        <Stack gap="xs" role="status" aria-live="polite">
          <Progress value={share} animated aria-label={t('rostering.solve.progressLabel')} size="lg" />
          <Text size="sm">
            {t('rostering.solve.progress', {
              seconds: Math.round(s.seconds),
              limit: s.timeLimitSeconds,
            })}{' '}
            {s.phase && t(`rostering.solve.phase.${s.phase}`, { defaultValue: s.phase })}
          </Text>
          {s.objective !== null && (
            <Text size="sm">{t('rostering.solve.best', { objective: num(s.objective, lang, 1) })}</Text>
          )}
          <Text size="sm">
            {s.gap === null
              ? t('rostering.solve.gapUnknown')
              : t('rostering.solve.gap', { gap: num(s.gap * 100, lang, 1) })}
          </Text>
          <Button
            color="red"
            variant="light"
            w="fit-content"
            loading={change.isPending}
            onClick={() => change.mutate({ kind: 'cancel' })}
          >
            {t('rostering.solve.stop')}
          </Button>
        </Stack>
      )}
      {!running && outcome && (
        <Alert
          color={s.state === 'failed' ? 'red' : (OUTCOME_COLOR[s.outcome ?? 'cancelled'] ?? 'gray')}
          variant="light"
          title={t('rostering.solve.outcomeTitle')}
        >
          <Text>{outcome}</Text>
          {s.conflicts.length > 0 && (
            <List mt="xs" size="sm">
              {s.conflicts.map((c, i) => (
                <List.Item key={i}>{c.message}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      <ErrorAlert error={change.error} />
    </Stack>
  );
}
