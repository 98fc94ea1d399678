import { Badge, Box, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { CertificationOverview, CertificationRow, CertificationStatus } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, useLocalName } from '../../../lib/i18n';
import { GrantCertificationDialog } from './GrantCertificationDialog';
import { RevokeCertificationDialog } from './RevokeCertificationDialog';

const COLOR: Record<CertificationStatus, string> = {
  certified: 'green',
  expiring: 'yellow',
  expired: 'red',
  revoked: 'gray',
  not_certified: 'gray',
};

const pct = (x: number | null) => (x === null ? '—' : x.toFixed(2));

/** Certified now (or soon ending): what a lead may revoke; otherwise what a lead may grant. */
const active = (s: CertificationStatus) => s === 'certified' || s === 'expiring';
const canGrant = (r: CertificationRow) => r.abilities.grant && !active(r.status);
const canRevoke = (r: CertificationRow) => r.abilities.revoke && r.current !== null && active(r.status);

/** Each assessor × scorecard: status, until when, what is missing, the basis; a lead grants and revokes. */
export function CertificationTable({ data }: { data: CertificationOverview }) {
  const { t, i18n } = useTranslation();
  const name = useLocalName();
  const s = data.settings;
  const [granting, setGranting] = useState<CertificationRow | null>(null);
  const [revoking, setRevoking] = useState<CertificationRow | null>(null);
  const actions = data.rows.some((r) => canGrant(r) || canRevoke(r));
  return (
    <Stack>
      <Text size="sm" c="dimmed" data-testid="certification-rule">
        {t('certification.rule', {
          course: s.assessorCourseId
            ? name(s.assessorCourseTitleEn, s.assessorCourseTitleZh)
            : t('certification.noCourse'),
          alpha: s.minAlpha === null ? '—' : s.minAlpha,
          bias: s.maxBiasPoints === null ? '—' : s.maxBiasPoints,
          months: s.validityMonths,
        })}{' '}
        {t(`certification.policy.${s.uncertifiedPolicy}`)}
      </Text>
      {data.rows.length === 0 ? (
        <Text c="dimmed">{t('certification.none')}</Text>
      ) : (
        <Box
          tabIndex={0}
          role="region"
          aria-label={t('certification.pageTitle')}
          style={{ overflowX: 'auto' }}
        >
          <Table miw={560}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('certification.assessor')}</Table.Th>
                <Table.Th>{t('certification.scorecard')}</Table.Th>
                <Table.Th>{t('certification.statusLabel')}</Table.Th>
                <Table.Th>{t('certification.basis')}</Table.Th>
                {actions && <Table.Th>{t('certification.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((r) => (
                <Table.Tr key={`${r.userId}|${r.scorecardCode}`} data-testid="certification-row">
                  <Table.Td>{r.assessorName}</Table.Td>
                  <Table.Td>{name(r.scorecardTitleEn, r.scorecardTitleZh)}</Table.Td>
                  <Table.Td>
                    <Badge color={COLOR[r.status]} variant="light">
                      {t(`certification.status.${r.status}`)}
                    </Badge>
                    {r.current &&
                      (r.status === 'certified' || r.status === 'expiring' || r.status === 'expired') && (
                        <Text size="xs">
                          {t(r.status === 'expired' ? 'certification.endedOn' : 'certification.until', {
                            date: formatDateTime(r.current.expiresAt, i18n.language),
                          })}
                        </Text>
                      )}
                    {r.missing.length > 0 && r.status !== 'certified' && r.status !== 'expiring' && (
                      <Text size="xs" c="dimmed">
                        {t('certification.missing', {
                          what: r.missing
                            .map((m) => t(`certification.missingWhat.${m}`))
                            .join(t('certification.and')),
                        })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {r.current
                        ? r.current.source === 'manual'
                          ? t('certification.byLead', {
                              name: r.current.grantedByName ?? '',
                              reason: r.current.reason ?? '',
                            })
                          : t('certification.byCalibration', {
                              session: r.current.calibrationSessionTitle ?? '',
                              alpha: pct(r.current.alpha),
                              bias: pct(r.current.biasPoints),
                            })
                        : t('certification.best', { alpha: pct(r.bestAlpha), bias: pct(r.bestBiasPoints) })}
                    </Text>
                    {r.current?.revokedAt && r.status === 'revoked' && (
                      <Text size="xs" c="dimmed">
                        {t('certification.revokedBecause', { reason: r.current.revokeReason ?? '' })}
                      </Text>
                    )}
                  </Table.Td>
                  {actions && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        {canGrant(r) && (
                          <Button
                            size="xs"
                            variant="light"
                            aria-label={t('certification.grantFor', {
                              name: r.assessorName,
                              scorecard: name(r.scorecardTitleEn, r.scorecardTitleZh),
                            })}
                            onClick={() => setGranting(r)}
                          >
                            {t('certification.grant')}
                          </Button>
                        )}
                        {canRevoke(r) && (
                          <Button
                            size="xs"
                            variant="light"
                            color="red"
                            aria-label={t('certification.revokeFor', {
                              name: r.assessorName,
                              scorecard: name(r.scorecardTitleEn, r.scorecardTitleZh),
                            })}
                            onClick={() => setRevoking(r)}
                          >
                            {t('certification.revoke')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}
      {granting && (
        <GrantCertificationDialog
          row={granting}
          validityMonths={s.validityMonths}
          onClose={() => setGranting(null)}
        />
      )}
      {revoking?.current && (
        <RevokeCertificationDialog
          row={revoking}
          certificationId={revoking.current.id}
          onClose={() => setRevoking(null)}
        />
      )}
    </Stack>
  );
}
