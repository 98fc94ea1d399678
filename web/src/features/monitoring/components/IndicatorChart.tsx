import { LineChart } from '@mantine/charts';
import { Table, VisuallyHidden } from '@mantine/core';
import type { IndicatorRef, SeriesPoint } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { formatFigure, formatInterval, formatSample } from '../utils/format';

/**
 * A person's series for one indicator with the control limits (centre, UCL, LCL), the target and goal
 * lines and the periods with a signal marked; a visually hidden table carries the same data for screen readers.
 */
export function IndicatorChart({
  indicator,
  series,
  target,
  goal,
  title,
}: {
  indicator: IndicatorRef;
  series: SeriesPoint[];
  target: number | null;
  goal: number | null;
  title: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const fmt = (v: number | null | undefined) => formatFigure(v, indicator, lang);
  const data = series.map((p) => ({
    label: p.label,
    value: p.value,
    centre: p.centre,
    ucl: p.ucl,
    lcl: p.lcl,
  }));
  const signalled = series.filter((p) => p.signals.length > 0 && p.value !== null);
  const referenceLines = [
    ...(target !== null
      ? [{ y: target, label: t('dashboards.target'), color: 'red.7', strokeDasharray: '6 3' }]
      : []),
    ...(goal !== null
      ? [{ y: goal, label: t('dashboards.goal'), color: 'teal.7', strokeDasharray: '2 2' }]
      : []),
  ];
  const summary = t('dashboards.chartSummary', {
    indicator: title,
    count: series.length,
    first: fmt(series[0]?.value),
    last: fmt(series[series.length - 1]?.value),
    signals: signalled.length,
  });
  return (
    <figure style={{ margin: 0 }}>
      <div role="img" aria-label={summary}>
        <LineChart
          h={240}
          data={data}
          dataKey="label"
          series={[
            { name: 'value', label: t('dashboards.value'), color: 'indigo.6' },
            { name: 'centre', label: t('dashboards.centre'), color: 'gray.6', strokeDasharray: '4 4' },
            { name: 'ucl', label: t('dashboards.ucl'), color: 'orange.6', strokeDasharray: '2 4' },
            { name: 'lcl', label: t('dashboards.lcl'), color: 'orange.6', strokeDasharray: '2 4' },
          ]}
          referenceLines={referenceLines}
          referenceDots={signalled.map((p) => ({
            x: p.label,
            y: p.value ?? 0,
            r: 7,
            fill: 'none',
            stroke: 'var(--mantine-color-red-7)',
            strokeWidth: 2,
          }))}
          valueFormatter={(v) => fmt(v)}
          withLegend
          connectNulls
          curveType="linear"
        />
      </div>
      <VisuallyHidden>
        <Table>
          <caption>{t('dashboards.chartTable', { indicator: title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboards.periodColumn')}</th>
              <th scope="col">{t('dashboards.value')}</th>
              <th scope="col">{t('dashboards.sample')}</th>
              <th scope="col">{t('dashboards.interval')}</th>
              <th scope="col">{t('dashboards.limits')}</th>
              <th scope="col">{t('dashboards.signal')}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((p) => (
              <tr key={p.start}>
                <th scope="row">{p.label}</th>
                <td>{fmt(p.value)}</td>
                <td>{formatSample(p.sample, lang)}</td>
                <td>{formatInterval(p.low, p.high, indicator, lang) || '—'}</td>
                <td>{formatInterval(p.lcl, p.ucl, indicator, lang) || '—'}</td>
                <td>{p.signals.map((s) => t(`signal.${s.kind}`)).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </VisuallyHidden>
    </figure>
  );
}
