import { Alert, Anchor, Button, Card, FileInput, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROSTER_COLUMNS, type RosterImportResult } from '@frontline/contract';
import { api } from '../../lib/api-client';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';

export function RosterImportPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<RosterImportResult | null>(null);
  const [done, setDone] = useState<RosterImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = async (dryRun: boolean, text: string) => {
    setBusy(true);
    setError(null);
    try {
      const r = await api<RosterImportResult>('POST', `/api/v1/people/import?dryRun=${dryRun}`, text, {
        contentType: 'text/csv',
      });
      if (dryRun) setPreview(r);
      else {
        setDone(r);
        setPreview(null);
        await qc.invalidateQueries({ queryKey: ['people'] });
      }
    } catch (err) {
      setError(err);
      setPreview(null);
    } finally {
      setBusy(false);
    }
  };
  const choose = async (f: File | null) => {
    setFile(f);
    setPreview(null);
    setDone(null);
    setError(null);
    if (!f) return;
    const text = await f.text();
    setCsv(text);
    await run(true, text);
  };
  return (
    <>
      <PageTitle>{t('roster.title')}</PageTitle>
      <Stack maw={900}>
        <Text>{t('roster.intro')}</Text>
        <Text size="sm" ff="monospace">
          {ROSTER_COLUMNS.join(', ')}
        </Text>
        <Anchor href="/api/v1/people/import/template" download>
          {t('roster.template')}
        </Anchor>
        <Card withBorder>
          <Stack>
            <FileInput
              label={t('roster.file')}
              accept=".csv,text/csv"
              value={file}
              onChange={(f) => void choose(f)}
              clearable
            />
            <ErrorAlert error={error} />
            {preview && (
              <Alert color="blue" title={t('roster.checked')}>
                {t('roster.summary', preview)}
              </Alert>
            )}
            {done && (
              <Alert color="green" title={t('roster.done')}>
                {t('roster.summary', done)}
              </Alert>
            )}
            <Group>
              <Button disabled={!preview || !csv} loading={busy} onClick={() => csv && void run(false, csv)}>
                {t('roster.import')}
              </Button>
            </Group>
          </Stack>
        </Card>
      </Stack>
    </>
  );
}
