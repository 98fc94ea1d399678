import { Button, Group, NumberInput, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../ui/Dialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
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
  const [days, setDays] = useState<number | string>(everyDays ?? 14);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (typeof days !== 'number') return;
    save.mutate({ personId, everyDays: days }, { onSuccess: onClose });
  };
  return (
    <Dialog opened onClose={onClose} title={t('checkins.setCadenceFor', { name: personName })} centered>
      <form onSubmit={submit}>
        <Stack>
          <NumberInput
            label={t('checkins.everyDays')}
            required
            min={1}
            max={365}
            value={days}
            onChange={setDays}
            allowDecimal={false}
          />
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
