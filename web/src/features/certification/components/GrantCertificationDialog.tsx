import { Text, Textarea } from '@mantine/core';
import { GrantCertificationBody, type CertificationRow } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { FormDialog } from '../../../ui/FormDialog';
import { useGrantCertification } from '../hooks/useCertification';

/** A lead certifies an assessor for a scorecard, with the reason (the evidence); it runs for the validity. */
export function GrantCertificationDialog({
  row,
  validityMonths,
  onClose,
}: {
  row: CertificationRow;
  validityMonths: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const name = useLocalName();
  const grant = useGrantCertification();
  const form = useContractForm({
    schema: GrantCertificationBody,
    initialValues: { reason: '' },
    toBody: (v) => ({ userId: row.userId, scorecardCode: row.scorecardCode, reason: v.reason.trim() }),
  });
  const submit = form.onSubmit((body) =>
    grant.mutate(body, { onSuccess: onClose, onError: form.applyServerErrors }),
  );
  return (
    <FormDialog
      title={t('certification.grantTitle')}
      onClose={onClose}
      onSubmit={submit}
      error={grant.error}
      pending={grant.isPending}
      submitLabel={t('certification.grantSubmit')}
    >
      <Text size="sm">
        {t('certification.grantWho', {
          name: row.assessorName,
          scorecard: name(row.scorecardTitleEn, row.scorecardTitleZh),
        })}
      </Text>
      <Textarea
        label={t('certification.grantReason')}
        description={t('certification.grantReasonHint')}
        required
        autosize
        minRows={3}
        data-autofocus
        {...form.getInputProps('reason')}
      />
      <Text size="sm" c="dimmed">
        {t('certification.grantValidity', { months: validityMonths })}
      </Text>
    </FormDialog>
  );
}
