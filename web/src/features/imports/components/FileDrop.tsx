import { Button, FileButton, Group, Paper, Stack, Text } from '@mantine/core';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/hooks/useSession';
import { IMPORT_ACCEPT } from '../api';

/** A drop area for one file, with an ordinary "Choose a file" button for keyboard and screen reader users. */
export function FileDrop({ file, onChange }: { file: File | null; onChange: (f: File | null) => void }) {
  const { t } = useTranslation();
  // The server's upload limit, as it sends it with the session.
  const mb = Math.floor((useSession().state?.maxImportBytes ?? 0) / (1024 * 1024));
  const [over, setOver] = useState(false);
  const handleDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer.files[0];
    if (f) onChange(f);
  };
  return (
    <Paper
      withBorder
      p="xl"
      radius="md"
      data-testid="import-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={handleDrop}
      style={{
        borderStyle: 'dashed',
        borderWidth: 2,
        background: over ? 'var(--mantine-color-blue-light)' : undefined,
      }}
    >
      <Stack align="center" gap="xs">
        <Text fw={500}>{t('imports.dropHere')}</Text>
        <Text size="sm" c="dimmed">
          {t('imports.fileTypes', { mb })}
        </Text>
        <Group>
          <FileButton onChange={onChange} accept={IMPORT_ACCEPT}>
            {(props) => (
              <Button variant="default" {...props}>
                {t('imports.chooseFile')}
              </Button>
            )}
          </FileButton>
        </Group>
        {file && (
          <Text size="sm" aria-live="polite">
            {t('imports.chosen', { name: file.name, size: (file.size / 1024).toFixed(1) })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
