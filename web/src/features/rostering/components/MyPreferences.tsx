import { Box, Button, Stack, Text, Title } from '@mantine/core';
import { MyRosterPreferencesInput, type MyRosterPreferences as Mine } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { useContractForm } from '../../../lib/form';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { QueryState } from '../../../ui/QueryState';
import { SuccessAlert } from '../../../ui/SuccessAlert';
import { useMyPreferences, useSetMyPreferences } from '../hooks/useRostering';
import { NEW_PREFERENCE, PreferenceFields, fromPreferenceRows, toPreferenceRows } from './PreferenceFields';

/** My own roster preferences: the days and shifts I want or would rather avoid (the optimiser weighs them). */
export function MyPreferences() {
  const q = useMyPreferences();
  // A login without a person record (the set-up admin) has no roster, so no preferences either.
  if (q.error instanceof ApiError && q.error.status === 404) return null;
  return <QueryState query={q}>{(mine) => <PreferencesForm mine={mine} />}</QueryState>;
}

function PreferencesForm({ mine }: { mine: Mine }) {
  const { t } = useTranslation();
  const save = useSetMyPreferences();
  const form = useContractForm({
    schema: MyRosterPreferencesInput,
    initialValues: { preferences: toPreferenceRows(mine.preferences) },
    toBody: (f) => ({ preferences: fromPreferenceRows(f.preferences) }),
    deep: true,
  });
  const submit = form.onSubmit((body) => save.mutate(body, { onError: form.applyServerErrors }));
  return (
    <Box component="form" onSubmit={submit} noValidate aria-labelledby="my-preferences">
      <Stack>
        <Title order={2} size="h4" id="my-preferences">
          {t('rostering.mine.preferences')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('rostering.mine.preferencesHelp')}
        </Text>
        <PreferenceFields
          rows={form.values.preferences}
          shifts={mine.shiftTemplates}
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
