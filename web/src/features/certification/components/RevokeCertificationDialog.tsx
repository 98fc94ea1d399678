import { Text, Textarea } from '@mantine/core';
import { RevokeCertificationBody, type CertificationRow } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { FormDialog } from '../../../ui/FormDialog';
import { useRevokeCertification } from '../hooks/useCertification';

/** A lead revokes an assessor's current certification, after confirming, with the reason. */
export function RevokeCertificationDialog({
  row,
  certificationId,
  onClose,
}: {
  row: CertificationRow;
  certificationId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const name = useLocalName();
  const revoke = useRevokeCertification();
  const form = useContractForm({
    schema: RevokeCertificationBody,
    initialValues: { reason: '' },
    toBody: (v) => ({ reason: v.reason.trim() }),
  });
  const submit = form.onSubmit((body) =>
    revoke.mutate({ id: certificationId, body }, { onSuccess: onClose, onError: form.applyServerErrors }),
  );
  return (
    <FormDialog
      title={t('certification.revokeTitle')}
      onClose={onClose}
      onSubmit={submit}
      error={revoke.error}
      pending={revoke.isPending}
      submitLabel={t('certification.revokeSubmit')}
      color="red"
    >
      <Text size="sm">
        {t('certification.revokeConfirm', {
          name: row.assessorName,
          scorecard: name(row.scorecardTitleEn, row.scorecardTitleZh),
        })}
      </Text>
      <Textarea
        label={t('certification.revokeReason')}
        required
        autosize
        minRows={3}
        data-autofocus
        {...form.getInputProps('reason')}
      />
    </FormDialog>
  );
}
