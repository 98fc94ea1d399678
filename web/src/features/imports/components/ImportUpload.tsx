import { Button, Card, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../lib/api-client';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useSession } from '../../auth/hooks/useSession';
import { useUploadImport } from '../hooks/useImports';
import { FileDrop } from './FileDrop';
import { ImportSteps } from './ImportSteps';

/** The first step: choose a file and upload it; the import then continues on its own page. */
export function ImportUpload() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const upload = useUploadImport();
  const [file, setFile] = useState<File | null>(null);
  // The server's limit (sent with the session): a larger file is refused before it is sent.
  const maxBytes = useSession().state?.maxImportBytes;
  const tooBig = !!file && maxBytes !== undefined && file.size > maxBytes;
  const handleUpload = () => {
    if (!file || tooBig) return;
    upload.mutate(file, { onSuccess: (b) => void navigate(`/imports/${b.id}`) });
  };
  return (
    <Stack maw={1100}>
      <ImportSteps status={null} />
      <Card withBorder>
        <Stack>
          <FileDrop
            file={file}
            onChange={(f) => {
              setFile(f);
              upload.reset();
            }}
          />
          {tooBig && <ErrorAlert error={new ApiError(413, 'import.too_large', null)} />}
          <ErrorAlert error={upload.error} />
          <Group>
            <Button onClick={handleUpload} disabled={!file || tooBig} loading={upload.isPending}>
              {t('imports.upload')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
