import { Alert, Anchor, Button, Card, Checkbox, Group, Stack, Text } from '@mantine/core';
import type { ImportBatch } from '@frontline/contract';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../../../lib/i18n';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { DataList } from '../../../ui/DataList';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SuccessAlert } from '../../../ui/SuccessAlert';
import { useSession } from '../../auth/hooks/useSession';
import { useImportActions } from '../hooks/useImports';
import { ImportCountsList } from './ImportCountsList';
import { ImportIssuesTable } from './ImportIssuesTable';
import { ImportProgress } from './ImportProgress';
import { ImportSettingsForm } from './ImportSettingsForm';
import { ImportStatusBadge } from './ImportStatusBadge';
import { ImportSteps } from './ImportSteps';
import { PreviewTable } from './PreviewTable';
import { RememberedMatches } from './RememberedMatches';
import { UnmatchedStaff } from './UnmatchedStaff';
import { Section } from '../../../ui/Section';

/** One import at whatever step it is: settings, progress, review and matching, import, done (undo, discard). */
export function ImportFlow({ batch }: { batch: ImportBatch }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { can } = useSession();
  const canWrite = can('imports.write');
  const actions = useImportActions(batch.id);
  const [editing, setEditing] = useState(false);
  const [skipUnmatched, setSkipUnmatched] = useState(false);
  const { status } = batch;

  // Figures change once an import lands: refresh the dashboards then.
  const previous = useRef(status);
  const { afterData } = actions;
  useEffect(() => {
    if (previous.current !== status && status === 'committed') void afterData();
    previous.current = status;
  }, [status, afterData]);

  const discard = canWrite && (status === 'uploaded' || status === 'validated' || status === 'failed') && (
    <ConfirmButton
      variant="default"
      color="red"
      title={t('imports.discardTitle')}
      message={t('imports.discardConfirm')}
      loading={actions.discard.isPending}
      onConfirm={() => actions.discard.mutate(undefined, { onSuccess: () => void navigate('/imports') })}
    >
      {t('imports.discard')}
    </ConfirmButton>
  );
  const changeSettings = canWrite && (status === 'validated' || status === 'failed') && (
    <Button variant="default" onClick={() => setEditing(true)}>
      {t('imports.changeSettings')}
    </Button>
  );
  const showSettings = canWrite && (status === 'uploaded' || editing);
  const unmatchedRows = batch.counts.unmatchedObservations;

  return (
    <Stack maw={1200}>
      <ImportSteps status={status} />
      <Card withBorder>
        <DataList
          cols={3}
          items={[
            { label: t('imports.file'), value: batch.fileName },
            { label: t('imports.status'), value: <ImportStatusBadge status={status} /> },
            {
              label: t('imports.source'),
              value: batch.settings ? t(`importSource.${batch.settings.source}`) : null,
            },
            {
              label: t('imports.size'),
              value: t('imports.kb', { size: (batch.fileSize / 1024).toFixed(1) }),
            },
            { label: t('imports.by'), value: batch.createdBy },
            { label: t('imports.when'), value: formatDateTime(batch.createdAt, i18n.language) },
          ]}
        />
      </Card>

      {batch.sameFileAs && batch.sameFileAs !== batch.id && (
        <Alert color="yellow" variant="light" title={t('imports.sameFileTitle')}>
          {t('imports.sameFile')}{' '}
          <Anchor component={Link} to={`/imports/${batch.sameFileAs}`}>
            {t('imports.sameFileLink')}
          </Anchor>
        </Alert>
      )}

      {showSettings && (
        <Section title={t('imports.settingsTitle')}>
          <ImportSettingsForm
            batch={batch}
            pending={actions.validate.isPending}
            error={actions.validate.error}
            onSubmit={(s) => actions.validate.mutate(s, { onSuccess: () => setEditing(false) })}
          />
        </Section>
      )}

      {(status === 'validating' || status === 'committing') && (
        <Card withBorder>
          <ImportProgress batch={batch} />
        </Card>
      )}

      {status === 'failed' && !editing && (
        <Alert color="red" variant="light" role="alert" title={t('imports.failedTitle')}>
          {t('imports.failed')}
        </Alert>
      )}

      {(status === 'validated' || status === 'failed') && !editing && (
        <>
          {status === 'validated' && (
            <Section title={t('imports.reviewTitle')}>
              <ImportCountsList
                counts={batch.counts}
                keys={['records', 'observations', 'matchedObservations', 'unmatchedObservations', 'issues']}
              />
            </Section>
          )}
          {batch.issues.length > 0 && (
            <Section title={t('imports.issuesTitle')}>
              <ImportIssuesTable issues={batch.issues} />
            </Section>
          )}
          {status === 'validated' && batch.unmatched.length > 0 && (
            <Section title={t('imports.unmatchedTitle')}>
              <UnmatchedStaff
                key={batch.unmatched.map((u) => u.staffKey).join('|')}
                unmatched={batch.unmatched}
                canWrite={canWrite}
                pending={actions.match.isPending}
                error={actions.match.error}
                onSave={(m) => actions.match.mutate(m)}
              />
            </Section>
          )}
          {status === 'validated' && batch.remembered && batch.remembered.length > 0 && (
            <Section title={t('imports.rememberedTitle')}>
              <RememberedMatches rows={batch.remembered} />
            </Section>
          )}
          {status === 'validated' && batch.preview.length > 0 && (
            <Section title={t('imports.previewTitle')}>
              <PreviewTable rows={batch.preview} />
            </Section>
          )}
          {canWrite && (
            <Card withBorder>
              <Stack>
                {status === 'validated' && unmatchedRows > 0 && (
                  <Checkbox
                    label={t('imports.skipUnmatched', { count: unmatchedRows })}
                    checked={skipUnmatched}
                    onChange={(e) => setSkipUnmatched(e.currentTarget.checked)}
                  />
                )}
                <ErrorAlert error={actions.commit.error} />
                <Group>
                  {status === 'validated' && (
                    <Button
                      onClick={() => actions.commit.mutate(skipUnmatched)}
                      loading={actions.commit.isPending}
                      disabled={batch.counts.observations === 0}
                    >
                      {t('imports.commit')}
                    </Button>
                  )}
                  {changeSettings}
                  {discard}
                </Group>
              </Stack>
            </Card>
          )}
        </>
      )}

      {status === 'uploaded' && discard && <Group>{discard}</Group>}

      {status === 'committed' && (
        <>
          <SuccessAlert title={t('imports.committedTitle')}>
            {batch.committedAt && (
              <Text size="sm" mb="xs">
                {formatDateTime(batch.committedAt, i18n.language)}
              </Text>
            )}
            <ImportCountsList
              counts={batch.counts}
              keys={['inserted', 'updated', 'unchanged', 'retracted', 'skipped']}
            />
            <Anchor component={Link} to="/dashboards/team" mt="sm" display="inline-block">
              {t('imports.seeTeamDashboard')}
            </Anchor>
          </SuccessAlert>
          {canWrite && (
            <Card withBorder>
              <Stack gap="xs">
                <Group>
                  <ConfirmButton
                    variant="default"
                    color="red"
                    title={t('imports.undoTitle')}
                    message={t('imports.undoConfirm')}
                    loading={actions.undo.isPending}
                    disabled={!batch.canUndo}
                    aria-describedby={batch.canUndo ? undefined : 'undo-blocked'}
                    onConfirm={() => actions.undo.mutate()}
                  >
                    {t('imports.undo')}
                  </ConfirmButton>
                </Group>
                {!batch.canUndo && (
                  <Text id="undo-blocked" size="sm" c="dimmed">
                    {t('imports.undoBlocked')}
                  </Text>
                )}
                <ErrorAlert error={actions.undo.error} />
              </Stack>
            </Card>
          )}
        </>
      )}

      {status === 'undone' && (
        <Alert color="orange" variant="light" role="status" title={t('imports.undoneTitle')}>
          {t('imports.undone', {
            when: batch.undoneAt ? formatDateTime(batch.undoneAt, i18n.language) : '—',
          })}
        </Alert>
      )}
      {status === 'discarded' && <Text>{t('imports.discarded')}</Text>}
      <ErrorAlert error={actions.discard.error} />
    </Stack>
  );
}
