import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import {
  DATE_ORDERS,
  IMPORT_SOURCES,
  type DateOrder,
  type ImportBatch,
  type ImportSettings,
  type ImportSource,
} from '@frontline/contract';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SuccessAlert } from '../../../ui/SuccessAlert';
import { useDeletePreset, usePresets, useSavePreset } from '../hooks/useImports';
import { draftOf, initialSettings, mappingOf, timeZones, type MappingDraft } from '../utils/settings';
import { MappingFields } from './MappingFields';
import { MysteryShopScorecardSelect } from './MysteryShopScorecardSelect';
import { SampleTable } from './SampleTable';

/** Source, time zone and date order (and, for a generic file, the column mapping and presets); then "Check". */
export function ImportSettingsForm({
  batch,
  onSubmit,
  pending,
  error,
}: {
  batch: ImportBatch;
  onSubmit: (s: ImportSettings) => void;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const start = useMemo(() => initialSettings(batch), [batch]);
  const [source, setSource] = useState<ImportSource>(start.source);
  const [timeZone, setTimeZone] = useState(start.timeZone);
  const [dateOrder, setDateOrder] = useState<DateOrder>(start.dateOrder);
  const [mapping, setMapping] = useState<MappingDraft>(draftOf(start.mapping));
  const [showErrors, setShowErrors] = useState(false);
  const [presetName, setPresetName] = useState('');
  const presets = usePresets();
  const savePreset = useSavePreset();
  const deletePreset = useDeletePreset();
  const [presetId, setPresetId] = useState<string | null>(null);
  const zones = useMemo(() => timeZones(timeZone), [timeZone]);
  const generic = source === 'generic';
  const [scorecardId, setScorecardId] = useState<string | undefined>(start.scorecardId);

  const settings = (): ImportSettings | null => {
    const base: ImportSettings = { source, timeZone, dateOrder };
    if (source === 'mystery_shop') return scorecardId ? { ...base, scorecardId } : null;
    if (!generic) return base;
    const m = mappingOf(mapping);
    return m ? { ...base, mapping: m } : null;
  };
  const handleSubmit = () => {
    const s = settings();
    if (!s) {
      setShowErrors(true);
      return;
    }
    onSubmit(s);
  };
  const applyPreset = (id: string | null) => {
    setPresetId(id);
    const p = presets.data?.find((x) => x.id === id);
    if (!p) return;
    setSource(p.settings.source);
    setTimeZone(p.settings.timeZone);
    setDateOrder(p.settings.dateOrder);
    setMapping(draftOf(p.settings.mapping));
    setScorecardId(p.settings.scorecardId);
  };
  const handleSavePreset = () => {
    const s = settings();
    if (!s || !presetName.trim()) {
      setShowErrors(true);
      return;
    }
    savePreset.mutate({ name: presetName.trim(), settings: s }, { onSuccess: () => setPresetName('') });
  };
  const chosenPreset = presets.data?.find((p) => p.id === presetId);

  return (
    <Stack>
      {batch.detectedSource && (
        <Text size="sm">{t('imports.detected', { source: t(`importSource.${batch.detectedSource}`) })}</Text>
      )}
      <Group grow align="flex-start">
        <Select
          label={t('imports.source')}
          data={IMPORT_SOURCES.map((s) => ({ value: s, label: t(`importSource.${s}`) }))}
          value={source}
          onChange={(v) => v && setSource(v as ImportSource)}
          allowDeselect={false}
        />
        <Select
          label={t('imports.timeZone')}
          description={source === 'zendesk' ? t('imports.timeZoneZendesk') : t('imports.timeZoneHelp')}
          data={zones}
          value={timeZone}
          onChange={(v) => v && setTimeZone(v)}
          searchable
          allowDeselect={false}
          limit={400}
        />
        <Select
          label={t('imports.dateOrder')}
          description={t('imports.dateOrderHelp')}
          data={DATE_ORDERS.map((d) => ({ value: d, label: t(`imports.dateOrders.${d}`) }))}
          value={dateOrder}
          onChange={(v) => v && setDateOrder(v as DateOrder)}
          allowDeselect={false}
        />
      </Group>
      {source === 'mystery_shop' && (
        <MysteryShopScorecardSelect value={scorecardId} onChange={setScorecardId} showErrors={showErrors} />
      )}
      {generic && (
        <Stack component="section" aria-labelledby="import-mapping">
          <Title id="import-mapping" order={3} size="h5">
            {t('imports.mappingTitle')}
          </Title>
          <Group align="flex-end">
            <Select
              label={t('imports.presetPick')}
              placeholder={t('imports.presetNone')}
              data={(presets.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
              value={presetId}
              onChange={applyPreset}
              clearable
              miw={260}
            />
            {chosenPreset && (
              <ConfirmButton
                variant="default"
                color="red"
                title={t('imports.presetDeleteTitle')}
                message={t('imports.presetDeleteConfirm', { name: chosenPreset.name })}
                onConfirm={() => deletePreset.mutate(chosenPreset.id, { onSuccess: () => setPresetId(null) })}
                loading={deletePreset.isPending}
              >
                {t('imports.presetDelete')}
              </ConfirmButton>
            )}
          </Group>
          <MappingFields
            columns={batch.columns}
            value={mapping}
            onChange={setMapping}
            showErrors={showErrors}
          />
          <Group align="flex-end">
            <TextInput
              label={t('imports.presetName')}
              value={presetName}
              onChange={(e) => setPresetName(e.currentTarget.value)}
              miw={260}
            />
            <Button
              variant="default"
              onClick={handleSavePreset}
              loading={savePreset.isPending}
              disabled={!presetName.trim()}
            >
              {t('imports.presetSave')}
            </Button>
          </Group>
          {savePreset.isSuccess && <SuccessAlert title={t('imports.presetSaved')} />}
          <ErrorAlert error={savePreset.error ?? deletePreset.error} />
        </Stack>
      )}
      {batch.columns.length > 0 && <SampleTable columns={batch.columns} rows={batch.sample} />}
      <ErrorAlert error={error} />
      <Group>
        <Button onClick={handleSubmit} loading={pending}>
          {t('imports.validate')}
        </Button>
      </Group>
    </Stack>
  );
}
