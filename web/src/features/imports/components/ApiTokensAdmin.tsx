import { Alert, Button, Code, CopyButton, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { CreateApiTokenBody, type CreatedApiToken } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContractForm } from '../../../lib/form';
import { formatDateTime } from '../../../lib/i18n';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { StatusBadge } from '../../../ui/StatusBadge';
import { PUSH_PATH } from '../api';
import { useApiTokens, useCreateApiToken, useRevokeApiToken } from '../hooks/useImports';
import { Section } from '../../../ui/Section';

/** An example push with the new token (shown once, beside the secret). */
export function curlExample(origin: string, secret: string): string {
  return [
    `curl -X POST '${origin}${PUSH_PATH}' \\`,
    `  -H 'Authorization: Bearer ${secret}' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '{"source":"my-system","rows":[{"employeeNumber":"E1007","indicator":"CSAT","occurredOn":"2026-01-15","numerator":1,"denominator":1,"key":"ticket-123"}]}'`,
  ].join('\n');
}

/** API tokens for integrations that push observations: create (the secret is shown once), list, revoke. */
export function ApiTokensAdmin() {
  const { t, i18n } = useTranslation();
  const tokens = useApiTokens();
  const create = useCreateApiToken();
  const revoke = useRevokeApiToken();
  const form = useContractForm({
    schema: CreateApiTokenBody,
    initialValues: { name: '' },
    toBody: (v) => ({ name: v.name.trim() }),
  });
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const handleSubmit = form.onSubmit(({ name }) =>
    create.mutate(name, {
      onSuccess: (c) => {
        setCreated(c);
        form.reset();
      },
      onError: form.applyServerErrors,
    }),
  );
  const curl = created ? curlExample(window.location.origin, created.secret) : '';
  return (
    <Stack maw={1000}>
      <Section title={t('apiTokens.newTitle')}>
        <Text size="sm" mb="sm">
          {t('apiTokens.intro')}
        </Text>
        <form onSubmit={handleSubmit} noValidate>
          <Group align="flex-end">
            <TextInput
              label={t('apiTokens.name')}
              maxLength={100}
              {...form.getInputProps('name')}
              required
              miw={280}
            />
            <Button type="submit" loading={create.isPending} disabled={!form.values.name.trim()}>
              {t('apiTokens.create')}
            </Button>
          </Group>
        </form>
        <ErrorAlert error={create.error} />
        {created && (
          <Alert color="green" variant="light" role="status" mt="md" title={t('apiTokens.createdTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('apiTokens.onlyOnce')}</Text>
              <Group gap="xs" wrap="nowrap">
                <Code data-testid="api-token-secret" style={{ wordBreak: 'break-all' }}>
                  {created.secret}
                </Code>
                <CopyButton value={created.secret}>
                  {({ copied, copy }) => (
                    <Button size="xs" variant="default" onClick={copy}>
                      {copied ? t('apiTokens.copied') : t('apiTokens.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
              <Text size="sm">{t('apiTokens.example')}</Text>
              <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                {curl}
              </Code>
              <Group>
                <CopyButton value={curl}>
                  {({ copied, copy }) => (
                    <Button size="xs" variant="default" onClick={copy}>
                      {copied ? t('apiTokens.copied') : t('apiTokens.copyExample')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          </Alert>
        )}
      </Section>
      {tokens.error ? (
        <ErrorAlert error={tokens.error} />
      ) : !tokens.data ? (
        <Loading />
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table striped>
            <Table.Caption>{t('apiTokens.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('apiTokens.name')}</Table.Th>
                <Table.Th scope="col">{t('apiTokens.prefix')}</Table.Th>
                <Table.Th scope="col">{t('apiTokens.created')}</Table.Th>
                <Table.Th scope="col">{t('apiTokens.lastUsed')}</Table.Th>
                <Table.Th scope="col">{t('apiTokens.state')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data.map((tok) => (
                <Table.Tr key={tok.id}>
                  <Table.Td>{tok.name}</Table.Td>
                  <Table.Td ff="monospace">{tok.prefix}…</Table.Td>
                  <Table.Td>{formatDateTime(tok.createdAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    {tok.lastUsedAt ? formatDateTime(tok.lastUsedAt, i18n.language) : t('apiTokens.never')}
                  </Table.Td>
                  <Table.Td>
                    {tok.revokedAt ? (
                      <StatusBadge value="disabled" label={t('apiTokens.revoked')} />
                    ) : (
                      <StatusBadge value="active" label={t('apiTokens.active')} />
                    )}
                  </Table.Td>
                  <Table.Td>
                    {!tok.revokedAt && (
                      <ConfirmButton
                        size="xs"
                        variant="default"
                        color="red"
                        title={t('apiTokens.revokeTitle')}
                        message={t('apiTokens.revokeConfirm', { name: tok.name })}
                        ariaLabel={t('apiTokens.revokeNamed', { name: tok.name })}
                        loading={revoke.isPending && revoke.variables === tok.id}
                        onConfirm={() => revoke.mutate(tok.id)}
                      >
                        {t('apiTokens.revoke')}
                      </ConfirmButton>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
              {tokens.data.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={6}>{t('apiTokens.none')}</Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ErrorAlert error={revoke.error} />
    </Stack>
  );
}
