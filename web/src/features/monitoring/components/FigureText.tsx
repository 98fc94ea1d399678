import { Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import type { Figure } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { formatFigure, formatInterval, formatSample, type UnitOf } from '../utils/format';

/** A value with its sample size and interval; a small sample is greyed with an explaining tooltip. */
export function FigureText({
  figure,
  indicator,
  withInterval = true,
}: {
  figure: Figure;
  indicator: UnitOf;
  withInterval?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const interval = withInterval ? formatInterval(figure.low, figure.high, indicator, lang) : '';
  // How the interval was computed, named where the figure explains itself (hover, screen readers).
  const method = figure.method ? t(`dashboards.intervalMethod.${figure.method}`) : undefined;
  const body = (
    <Stack
      gap={0}
      c={figure.lowSample ? 'dimmed' : undefined}
      data-low-sample={figure.lowSample || undefined}
    >
      <Text fw={600} span>
        {formatFigure(figure.value, indicator, lang)}
      </Text>
      <Text size="xs" span data-testid="figure-sample">
        {formatSample(figure.sample, lang)}
        {figure.lowSample ? ` · ${t('dashboards.smallSample')}` : ''}
      </Text>
      {interval && (
        <Text size="xs" span title={method}>
          <VisuallyHidden>{method ?? t('dashboards.interval')}: </VisuallyHidden>
          {interval}
        </Text>
      )}
    </Stack>
  );
  return figure.lowSample ? (
    <Tooltip label={t('dashboards.smallSampleHelp')} multiline w={240} withArrow>
      <div tabIndex={0}>{body}</div>
    </Tooltip>
  ) : (
    body
  );
}
