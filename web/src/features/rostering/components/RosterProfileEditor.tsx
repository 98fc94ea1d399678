import {
  ActionIcon,
  Badge,
  Box,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { RosterProfileInput, type RosterProfile } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, isIsoDate } from '../../../lib/dates';
import { numberValue, useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { QueryState } from '../../../ui/QueryState';
import { SuccessAlert } from '../../../ui/SuccessAlert';
import { useDuties, useRosterProfile, useSetRosterProfile, useShiftTemplates } from '../hooks/useRostering';
import { NEW_PREFERENCE, PreferenceFields, fromPreferenceRows, toPreferenceRows } from './PreferenceFields';

/** A person's roster profile: contract hours, rest, cost, skills per duty, days they cannot work, preferences. */
export function RosterProfileEditor({ personId }: { personId: string }) {
  const q = useRosterProfile(personId);
  return <QueryState query={q}>{(p) => <ProfileForm key={p.personId} profile={p} />}</QueryState>;
}

function ProfileForm({ profile: p }: { profile: RosterProfile }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = useLocalName();
  const duties = useDuties(null);
  const shifts = useShiftTemplates(null);
  const save = useSetRosterProfile(p.personId);
  const [newDate, setNewDate] = useState('');
  const levels = new Map(p.skills.map((s) => [s.dutyId, s.level]));
  const form = useContractForm({
    schema: RosterProfileInput,
    initialValues: {
      minWeekHours: p.minWeekHours as number | string,
      maxWeekHours: p.maxWeekHours as number | string,
      maxConsecutiveDays: p.maxConsecutiveDays as number | string,
      minRestHours: p.minRestHours as number | string,
      hourlyCost: p.hourlyCost as number | string,
      overtimePremium: p.overtimePremium as number | string,
      skills: Object.fromEntries([...levels].map(([id, level]) => [id, String(level)])) as Record<
        string,
        string | null
      >,
      unavailableDates: [...p.unavailableDates].sort(),
      preferences: toPreferenceRows(p.preferences),
    },
    toBody: (f) => ({
      minWeekHours: numberValue(f.minWeekHours),
      maxWeekHours: numberValue(f.maxWeekHours),
      maxConsecutiveDays: numberValue(f.maxConsecutiveDays),
      minRestHours: numberValue(f.minRestHours),
      hourlyCost: numberValue(f.hourlyCost),
      overtimePremium: numberValue(f.overtimePremium),
      skills: Object.entries(f.skills)
        .filter(([, level]) => level)
        .map(([dutyId, level]) => ({ dutyId, level: Number(level) })),
      unavailableDates: f.unavailableDates,
      preferences: fromPreferenceRows(f.preferences),
    }),
    deep: true,
    extra: (f) =>
      typeof f.minWeekHours === 'number' &&
      typeof f.maxWeekHours === 'number' &&
      f.minWeekHours > f.maxWeekHours
        ? { minWeekHours: 'errors.rostering.min_above_max' }
        : {},
  });
  const submit = form.onSubmit((body) => save.mutate(body, { onError: form.applyServerErrors }));
  const addDate = () => {
    if (!isIsoDate(newDate) || form.values.unavailableDates.includes(newDate)) return;
    form.setFieldValue('unavailableDates', [...form.values.unavailableDates, newDate].sort());
    setNewDate('');
  };
  return (
    <Box
      component="form"
      onSubmit={submit}
      noValidate
      aria-label={t('rostering.profile.of', { name: p.personName })}
    >
      <Stack>
        {!p.saved && <Text c="dimmed">{t('rostering.profile.defaults')}</Text>}
        <Title order={3} size="h5">
          {t('rostering.profile.contract')}
        </Title>
        <Group grow align="flex-start" wrap="wrap">
          <NumberInput
            label={t('rostering.profile.minWeekHours')}
            min={0}
            max={80}
            miw={150}
            {...form.getInputProps('minWeekHours')}
          />
          <NumberInput
            label={t('rostering.profile.maxWeekHours')}
            min={0}
            max={80}
            miw={150}
            {...form.getInputProps('maxWeekHours')}
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <NumberInput
            label={t('rostering.profile.maxConsecutiveDays')}
            description={t('rostering.profile.restDayNote')}
            min={1}
            max={6}
            allowDecimal={false}
            miw={150}
            {...form.getInputProps('maxConsecutiveDays')}
          />
          <NumberInput
            label={t('rostering.profile.minRestHours')}
            min={0}
            max={24}
            miw={150}
            {...form.getInputProps('minRestHours')}
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <NumberInput
            label={t('rostering.profile.hourlyCost')}
            min={0}
            decimalScale={2}
            miw={150}
            {...form.getInputProps('hourlyCost')}
          />
          <NumberInput
            label={t('rostering.profile.overtimePremium')}
            description={t('rostering.profile.overtimeHelp')}
            min={1}
            max={3}
            decimalScale={2}
            step={0.1}
            miw={150}
            {...form.getInputProps('overtimePremium')}
          />
        </Group>

        <Title order={3} size="h5">
          {t('rostering.profile.skills')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('rostering.profile.skillsHelp')}
        </Text>
        {(duties.data ?? []).length === 0 ? (
          <Text c="dimmed">{t('rostering.setup.noDuties')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={360}>
            <Table verticalSpacing={4}>
              <Table.Caption>{t('rostering.profile.skillsCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('rostering.duty')}</Table.Th>
                  <Table.Th scope="col">{t('rostering.profile.level')}</Table.Th>
                  <Table.Th scope="col">{t('rostering.profile.fromRecords')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(duties.data ?? []).map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Th scope="row" fw={400}>
                      {d.code} · {name(d.nameEn, d.nameZh)}{' '}
                      <Text span size="xs" c="dimmed">
                        {name(d.unitName)}
                      </Text>
                    </Table.Th>
                    <Table.Td>
                      <Select
                        size="xs"
                        w={180}
                        clearable
                        placeholder={t('rostering.profile.notTrained')}
                        aria-label={t('rostering.profile.levelFor', { duty: name(d.nameEn, d.nameZh) })}
                        data={['1', '2', '3'].map((v) => ({ value: v, label: t(`rostering.level.${v}`) }))}
                        value={form.values.skills[d.id] ?? null}
                        onChange={(v) => form.setFieldValue('skills', { ...form.values.skills, [d.id]: v })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {p.derivedSkills
                          .filter((k) => k.dutyId === d.id)
                          .map((k) =>
                            t(`rostering.profile.derived.${k.source}`, {
                              level: t(`rostering.level.${k.level}`),
                              evidence: k.evidence,
                              percent: k.percent ?? '',
                              date: formatDate(k.on, lang),
                            }),
                          )
                          .join('; ') || '—'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}

        <Title order={3} size="h5">
          {t('rostering.profile.unavailable')}
        </Title>
        <Group gap="xs">
          {form.values.unavailableDates.length === 0 && (
            <Text c="dimmed">{t('rostering.profile.noUnavailable')}</Text>
          )}
          {form.values.unavailableDates.map((d) => (
            <Badge
              key={d}
              variant="light"
              tt="none"
              rightSection={
                <ActionIcon
                  size="xs"
                  variant="transparent"
                  aria-label={t('rostering.profile.removeDate', { date: formatDate(d, lang) })}
                  onClick={() =>
                    form.setFieldValue(
                      'unavailableDates',
                      form.values.unavailableDates.filter((x) => x !== d),
                    )
                  }
                >
                  ×
                </ActionIcon>
              }
            >
              {formatDate(d, lang)}
            </Badge>
          ))}
        </Group>
        <Group align="flex-end">
          <TextInput
            label={t('rostering.profile.addDate')}
            type="date"
            value={newDate}
            onChange={(e) => setNewDate(e.currentTarget.value)}
          />
          <Button variant="default" onClick={addDate} disabled={!isIsoDate(newDate)}>
            {t('rostering.profile.add')}
          </Button>
        </Group>

        <Title order={3} size="h5">
          {t('rostering.profile.preferences')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('rostering.profile.preferencesHelp')}
        </Text>
        <PreferenceFields
          rows={form.values.preferences}
          shifts={shifts.data ?? []}
          inputProps={(i, field) => form.getInputProps(`preferences.${i}.${field}`)}
          onAdd={() => form.insertListItem('preferences', NEW_PREFERENCE)}
          onRemove={(i) => form.removeListItem('preferences', i)}
        />

        <ErrorAlert error={save.error} />
        {save.isSuccess && <SuccessAlert title={t('rostering.profile.saved')} />}
        <Button type="submit" loading={save.isPending} w="fit-content">
          {t('common.save')}
        </Button>
      </Stack>
    </Box>
  );
}
