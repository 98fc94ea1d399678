import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { PersonDashboard } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { useLocalName } from '../../../lib/i18n';
import { formatFigure } from '../utils/format';
import { EvidenceTable } from './EvidenceTable';
import { FigureText } from './FigureText';
import { IndicatorChart } from './IndicatorChart';
import { StandingBadge } from './StandingBadge';
import { Section } from '../../../ui/Section';

/** Per indicator: the figure, the team's, the goal and a control chart; then the evidence. */
export function PersonPerformance({ data }: { data: PersonDashboard }) {
  const { t, i18n } = useTranslation();
  const name = useLocalName();
  return (
    <Stack>
      {data.indicators.length === 0 && <Text>{t('dashboards.noIndicators')}</Text>}
      {data.indicators.map((row) => {
        const title = name(row.indicator.nameEn, row.indicator.nameZh);
        return (
          <Section
            key={row.indicator.id}
            title={title}
            aside={<StandingBadge standing={row.figure.standing} />}
          >
            <SimpleGrid cols={{ base: 1, sm: 4 }} mb="sm">
              <div>
                <Text size="sm" c="dimmed">
                  {t('dashboards.thisPerson')}
                </Text>
                <FigureText figure={row.figure} indicator={row.indicator} />
              </div>
              <div>
                <Text size="sm" c="dimmed">
                  {t('dashboards.team')}
                </Text>
                <FigureText figure={row.team} indicator={row.indicator} />
              </div>
              <div>
                <Text size="sm" c="dimmed">
                  {t('dashboards.target')}
                </Text>
                <Text fw={600}>{formatFigure(row.figure.target, row.indicator, i18n.language)}</Text>
                {row.stretch !== null && (
                  <Text size="xs">
                    {t('dashboards.stretch', {
                      value: formatFigure(row.stretch, row.indicator, i18n.language),
                    })}
                  </Text>
                )}
              </div>
              <div>
                <Text size="sm" c="dimmed">
                  {t('dashboards.goal')}
                </Text>
                {row.goal ? (
                  <>
                    <Text fw={600}>{formatFigure(row.goal.target, row.indicator, i18n.language)}</Text>
                    <Text size="xs">{row.goal.title}</Text>
                  </>
                ) : (
                  <Text>—</Text>
                )}
              </div>
            </SimpleGrid>
            {row.series.length > 0 ? (
              <IndicatorChart
                indicator={row.indicator}
                series={row.series}
                target={row.figure.target}
                goal={row.goal?.target ?? null}
                title={title}
              />
            ) : (
              <Text c="dimmed">{t('dashboards.noSeries')}</Text>
            )}
          </Section>
        );
      })}
      <Section title={t('dashboards.evidence')}>
        <EvidenceTable
          personId={data.person.id}
          indicators={data.indicators.map((r) => r.indicator)}
          from={data.from}
          to={data.to}
        />
      </Section>
    </Stack>
  );
}
