import { Button, Group, Text, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

/** A button that asks before it acts (for deleting and revoking). */
export function ConfirmButton({
  children,
  title,
  message,
  confirmLabel,
  onConfirm,
  loading,
  ariaLabel,
  ...buttonProps
}: ButtonProps & {
  children: string;
  title: string;
  message: string;
  confirmLabel?: string;
  onConfirm: () => void;
  loading?: boolean;
  ariaLabel?: string;
}) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button {...buttonProps} aria-label={ariaLabel} onClick={open} loading={loading}>
        {children}
      </Button>
      <Dialog opened={opened} onClose={close} title={title} centered>
        <Text mb="lg">{message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            onClick={() => {
              close();
              onConfirm();
            }}
          >
            {confirmLabel ?? children}
          </Button>
        </Group>
      </Dialog>
    </>
  );
}
