import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from './ConfirmButton';

/** The Edit and Delete (asked first) buttons of an admin table row, labelled with the row's name. */
export function EditDeleteActions({
  name,
  onEdit,
  deleteTitle,
  deleteMessage,
  onDelete,
}: {
  name: string;
  onEdit: () => void;
  deleteTitle: string;
  deleteMessage: string;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="xs" variant="light" aria-label={t('common.editNamed', { name })} onClick={onEdit}>
        {t('common.edit')}
      </Button>
      <ConfirmButton
        size="xs"
        variant="subtle"
        color="red"
        ariaLabel={t('common.deleteNamed', { name })}
        title={deleteTitle}
        message={deleteMessage}
        onConfirm={onDelete}
      >
        {t('common.delete')}
      </ConfirmButton>
    </Group>
  );
}
