import { Alert, Select } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useScorecards } from '../../assessments/hooks/useAssessments';

/**
 * Mystery-shop visits: the scorecard (version) the shoppers scored on. Every version of every
 * mystery-shop scorecard may be chosen; the only active one is chosen by itself.
 */
export function MysteryShopScorecardSelect({
  value,
  onChange,
  showErrors,
}: {
  value: string | undefined;
  onChange: (id: string | undefined) => void;
  showErrors: boolean;
}) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const cards = useScorecards({ kind: 'mystery_shop', all: true });
  const list = cards.data ?? [];
  const active = list.filter((c) => c.active);
  const only = active.length === 1 ? active[0]!.id : undefined;
  useEffect(() => {
    if (value === undefined && only) onChange(only);
  }, [value, only, onChange]);
  if (cards.isSuccess && list.length === 0) {
    return (
      <Alert color="yellow" role="status">
        {t('mysteryShop.noScorecard')}
      </Alert>
    );
  }
  return (
    <Select
      label={t('mysteryShop.scorecard')}
      description={t('mysteryShop.scorecardHelp')}
      data={list.map((c) => ({
        value: c.id,
        label: `${zh ? c.titleZh : c.titleEn} (${c.code} v${c.version})`,
      }))}
      value={value ?? null}
      onChange={(v) => onChange(v ?? undefined)}
      error={showErrors && !value ? t('mysteryShop.scorecardRequired') : undefined}
      allowDeselect={false}
      required
    />
  );
}
