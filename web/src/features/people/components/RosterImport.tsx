import { Alert, Anchor, Button, Code, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROSTER_COLUMNS, type RosterImportResult } from '@frontline/contract';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SuccessAlert } from '../../../ui/SuccessAlert';
import { ROSTER_TEMPLATE_URL } from '../api';
import { useRosterImport } from '../hooks/usePeople';
import { Section } from '../../../ui/Section';

const MAX_BYTES = 10 * 1024 * 1024;

/**
 * Choose a CSV file → check it (a dry run: counts, or every bad row and column) → import it.
 * Nothing is written until "Import", and the API refuses the whole file if any row is bad.
 */
export function RosterImport() {
  const { t } = useTranslation();
  const run = useRosterImport();
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [checked, setChecked] = useState<RosterImportResult | null>(null);
  const [imported, setImported] = useState<RosterImportResult | null>(null);
  const [tooBig, setTooBig] = useState(false);

  const choose = async (f: File | null) => {
    setFile(f);
    setChecked(null);
    setImported(null);
    setCsv(null);
    run.reset();
    setTooBig(!!f && f.size > MAX_BYTES);
    if (f && f.size <= MAX_BYTES) setCsv(await f.text());
  };
  const validate = () => {
    if (!csv) return;
    setChecked(null);
    setImported(null);
    run.mutate({ csv, dryRun: true }, { onSuccess: setChecked });
  };
  const commit = () => {
    if (!csv) return;
    run.mutate(
      { csv, dryRun: false },
      {
        onSuccess: (r) => {
          setImported(r);
          setChecked(null);
        },
      },
    );
  };
  const summary = (r: RosterImportResult) =>
    t('roster.summary', { rows: r.rows, created: r.created, updated: r.updated, unchanged: r.unchanged });

  return (
    <Stack maw={960}>
      <Section title={t('roster.formatTitle')}>
        <Text mb="xs">{t('roster.intro')}</Text>
        <Code block mb="xs" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {ROSTER_COLUMNS.join(',')}
        </Code>
        <List size="sm" spacing={2} mb="xs">
          <List.Item>{t('roster.ruleRequired')}</List.Item>
          <List.Item>{t('roster.ruleCodes')}</List.Item>
          <List.Item>{t('roster.ruleValues')}</List.Item>
          <List.Item>{t('roster.ruleUpdate')}</List.Item>
        </List>
        <Anchor href={ROSTER_TEMPLATE_URL} download="roster-template.csv">
          {t('roster.template')}
        </Anchor>
      </Section>
      <Section title={t('roster.stepsTitle')}>
        <Stack>
          <FileInput
            label={t('roster.file')}
            description={t('roster.fileHelp')}
            placeholder={t('roster.choose')}
            accept=".csv,text/csv"
            value={file}
            onChange={(f) => void choose(f)}
            clearable
            error={tooBig ? t('errors.payload_too_large') : undefined}
          />
          <Group>
            <Button
              onClick={validate}
              disabled={!csv}
              loading={run.isPending && run.variables?.dryRun === true}
            >
              {t('roster.check')}
            </Button>
            <Button
              onClick={commit}
              disabled={!checked}
              color="green"
              loading={run.isPending && run.variables?.dryRun === false}
            >
              {t('roster.import')}
            </Button>
          </Group>
          <ErrorAlert error={run.error} />
          {checked && (
            <Alert color="blue" variant="light" role="status" title={t('roster.checked')}>
              {summary(checked)} {t('roster.pressImport')}
            </Alert>
          )}
          {imported && (
            <SuccessAlert title={t('roster.done')}>
              {summary(imported)}{' '}
              <Anchor component={Link} to="/people">
                {t('roster.seePeople')}
              </Anchor>
            </SuccessAlert>
          )}
        </Stack>
      </Section>
    </Stack>
  );
}
