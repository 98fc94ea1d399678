import { Box, Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { CreateRosterPlanBody, isoWeekday } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { addDays, isIsoDate, todayIso, weekStart } from '../../../lib/dates';
import { numberValue, useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useOrgUnits } from '../../org/hooks/useOrg';
import { useCreateRosterPlan } from '../hooks/useRostering';

/** A new draft plan: the site, a name, the Monday it starts and 1–6 weeks; the people are the leader's team. */
export function NewRosterPlanForm() {
  const { t } = useTranslation();
  const name = useLocalName();
  const navigate = useNavigate();
  const units = useOrgUnits();
  const create = useCreateRosterPlan();
  const form = useContractForm({
    schema: CreateRosterPlanBody,
    initialValues: {
      unitId: null as string | null,
      name: '',
      startsOn: addDays(weekStart(todayIso()), 7),
      weeks: 4 as number | string,
    },
    toBody: (f) => ({
      unitId: f.unitId ?? '',
      name: f.name.trim(),
      startsOn: f.startsOn,
      weeks: numberValue(f.weeks),
    }),
    extra: (f) =>
      isIsoDate(f.startsOn) && isoWeekday(f.startsOn) !== 1
        ? { startsOn: 'errors.rostering.not_monday' }
        : {},
  });
  const submit = form.onSubmit((body) =>
    create.mutate(body, {
      onSuccess: (p) => void navigate(`/rosters/${p.id}`),
      onError: form.applyServerErrors,
    }),
  );
  return (
    <Box component="form" onSubmit={submit} noValidate maw={720}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('rostering.newPlanHelp')}
        </Text>
        <Select
          label={t('rostering.site')}
          required
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          data={(units.data ?? []).map((u) => ({ value: u.id, label: name(u.nameEn, u.nameZh) }))}
          {...form.getInputProps('unitId')}
        />
        <TextInput label={t('rostering.name')} required {...form.getInputProps('name')} />
        <Group grow align="flex-start">
          <TextInput
            label={t('rostering.startsOn')}
            description={t('rostering.mondayHelp')}
            type="date"
            required
            {...form.getInputProps('startsOn')}
          />
          <NumberInput
            label={t('rostering.weeks')}
            required
            min={1}
            max={6}
            allowDecimal={false}
            {...form.getInputProps('weeks')}
          />
        </Group>
        <ErrorAlert error={create.error} />
        <Button type="submit" loading={create.isPending} w="fit-content">
          {t('rostering.createPlan')}
        </Button>
      </Stack>
    </Box>
  );
}
