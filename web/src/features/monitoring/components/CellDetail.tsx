import { Sparkline } from '@mantine/charts';
import { Group, Stack, Text } from '@mantine/core';
import type { Cell, Figure, IndicatorRef } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { formatAttainment, formatFigure } from '../utils/format';
import { FigureText } from './FigureText';
import { StandingBadge } from './StandingBadge';

/** One table cell of a dashboard: figure, target and attainment, standing, and (optionally) a sparkline. */
export function CellDetail({
  figure,
  indicator,
  spark,
}: {
  figure: Figure | Cell | undefined;
  indicator: IndicatorRef;
  spark?: boolean;
}) {
  const { t, i18n } = useTranslation();
  if (!figure) return <Text c="dimmed">—</Text>;
  const points = spark && 'spark' in figure ? figure.spark : null;
  return (
    <Stack gap={4} miw={130}>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <FigureText figure={figure} indicator={indicator} />
        {points && points.some((v) => v !== null) && (
          // Decorative (the figures beside it carry the meaning); inert keeps the chart out of the tab order.
          <div inert>
            <Sparkline
              w={70}
              h={28}
              data={points}
              curveType="linear"
              color={figure.lowSample ? 'gray' : 'indigo'}
              fillOpacity={0.2}
            />
          </div>
        )}
      </Group>
      {figure.target !== null && (
        <Text size="xs">
          {t('dashboards.targetShort', { target: formatFigure(figure.target, indicator, i18n.language) })}
          {figure.attainment !== null &&
            ` · ${t('dashboards.attainmentShort', { value: formatAttainment(figure.attainment, i18n.language) })}`}
        </Text>
      )}
      <div>
        <StandingBadge standing={figure.standing} />
      </div>
    </Stack>
  );
}
