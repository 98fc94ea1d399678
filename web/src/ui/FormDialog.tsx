import type { FormEventHandler, ReactNode } from 'react';
import { Stack, type ButtonProps, type ModalProps } from '@mantine/core';
import { Dialog } from './Dialog';
import { FormFooter } from './FormFooter';

/** A dialog holding one form: its fields, then the server's error, Cancel and the submit button. */
export function FormDialog({
  title,
  onClose,
  onSubmit,
  error,
  pending,
  submitLabel,
  color,
  size,
  children,
}: {
  title: ReactNode;
  onClose: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  error: unknown;
  pending: boolean;
  submitLabel: ReactNode;
  color?: ButtonProps['color'];
  size?: ModalProps['size'];
  children: ReactNode;
}) {
  return (
    <Dialog opened onClose={onClose} title={title} size={size} centered>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {children}
          <FormFooter
            error={error}
            pending={pending}
            onCancel={onClose}
            submitLabel={submitLabel}
            color={color}
          />
        </Stack>
      </form>
    </Dialog>
  );
}
