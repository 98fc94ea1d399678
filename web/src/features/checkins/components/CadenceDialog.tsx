import { NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PutCadenceBody } from '@frontline/contract';
import { numberValue, useContractForm } from '../../../lib/form';
import { FormDialog } from '../../../ui/FormDialog';
import { useSetCadence } from '../hooks/useCheckins';

/** Sets how often a person has a check-in (every n days). */
export function CadenceDialog({
  personId,
  personName,
  everyDays,
  onClose,
}: {
  personId: string;
  personName: string;
  everyDays: number | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSetCadence();
  const form = useContractForm({
    schema: PutCadenceBody,
    initialValues: { everyDays: (everyDays ?? 14) as number | string },
    toBody: (v) => ({ everyDays: numberValue(v.everyDays) }),
  });
  const submit = form.onSubmit((body) =>
    save.mutate({ personId, ...body }, { onSuccess: onClose, onError: form.applyServerErrors }),
  );
  return (
    <FormDialog
      title={t('checkins.setCadenceFor', { name: personName })}
      onClose={onClose}
      onSubmit={submit}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('common.save')}
    >
      <NumberInput
        label={t('checkins.everyDays')}
        required
        min={1}
        max={365}
        allowDecimal={false}
        {...form.getInputProps('everyDays')}
      />
    </FormDialog>
  );
}
