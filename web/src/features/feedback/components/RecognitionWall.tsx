import { Button, Card, Group, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { CreateRecognitionBody, RECOGNITION_BADGES, type RecognitionBadge } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { useContractForm } from '../../../lib/form';
import { formatDateTime, useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { SuccessAlert } from '../../../ui/SuccessAlert';
import { useSession } from '../../auth/hooks/useSession';
import { PersonSelect } from '../../people/components/PersonSelect';
import { BadgeLabel } from '../../rewards/components/BadgeLabel';
import { usePostRecognition, useRecognitionColleagues, useRecognitionWall } from '../hooks/useFeedback';
import { usePersonName } from '../../people/hooks/usePersonName';

/** The recognition wall of the user's site, and a form to praise a colleague with a badge. */
export function RecognitionWall() {
  const { t, i18n } = useTranslation();
  const pn = usePersonName();
  const name = useLocalName();
  const { can, me } = useSession();
  const wall = useRecognitionWall();
  const post = usePostRecognition();
  const form = useContractForm({
    schema: CreateRecognitionBody,
    initialValues: { personId: null as string | null, message: '', badge: null as string | null },
    toBody: (v) => ({
      personId: v.personId ?? '',
      message: v.message.trim(),
      ...(v.badge ? { badge: v.badge as RecognitionBadge } : {}),
    }),
  });
  // Everyone at the user's site may be praised (a colleague need not report to the user).
  const colleagues = useRecognitionColleagues(can('recognition.post'));
  const known = [
    ...(colleagues.data ?? []).map((c) => ({ value: c.id, label: name(c.nameEn, c.nameZh) })),
    ...(wall.data?.items ?? []).map((r) => ({ value: r.personId, label: pn(r.personId, r.personName) })),
  ];
  const submit = form.onSubmit((body) =>
    post.mutate(body, { onSuccess: () => form.reset(), onError: form.applyServerErrors }),
  );
  return (
    <Stack>
      {can('recognition.post') && (
        <Card withBorder component="form" onSubmit={submit} noValidate aria-labelledby="recognition-post">
          <Title id="recognition-post" order={2} size="h4" mb="sm">
            {t('recognition.post')}
          </Title>
          <Stack>
            <PersonSelect
              label={t('recognition.colleague')}
              required
              extra={known}
              exclude={me?.personId}
              w={360}
              {...form.getInputProps('personId')}
              value={form.values.personId}
            />
            <Textarea
              label={t('recognition.message')}
              required
              autosize
              minRows={2}
              maxLength={1000}
              {...form.getInputProps('message')}
            />
            <Select
              label={t('recognition.badge')}
              clearable
              w={360}
              {...form.getInputProps('badge')}
              data={RECOGNITION_BADGES.map((b) => ({ value: b, label: t(`badges.${b}`) }))}
            />
            <ErrorAlert error={post.error} />
            {post.isSuccess && <SuccessAlert title={t('recognition.posted')} />}
            <Button type="submit" loading={post.isPending} w="fit-content">
              {t('recognition.submit')}
            </Button>
          </Stack>
        </Card>
      )}
      <section aria-labelledby="recognition-wall">
        <Title id="recognition-wall" order={2} size="h4" mb="sm">
          {wall.data
            ? t('recognition.wallOf', { unit: name(wall.data.unit.nameEn, wall.data.unit.nameZh) })
            : t('recognition.wall')}
        </Title>
        <ErrorAlert error={wall.error} />
        {!wall.data && !wall.error && <Loading />}
        {wall.data && wall.data.items.length === 0 && <Text c="dimmed">{t('recognition.empty')}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: 'none', padding: 0 }}>
          {(wall.data?.items ?? []).map((r) => (
            <Card withBorder component="li" key={r.id}>
              <Stack gap="xs">
                <Group justify="space-between" wrap="wrap">
                  <Text fw={600}>{pn(r.personId, r.personName)}</Text>
                  {r.badge && <BadgeLabel badge={r.badge} />}
                </Group>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{r.message}</Text>
                <Text size="sm" c="dimmed">
                  {r.authorName
                    ? t('recognition.from', {
                        name: r.authorName,
                        when: formatDateTime(r.createdAt, i18n.language),
                      })
                    : t('recognition.fromScheme', { when: formatDateTime(r.createdAt, i18n.language) })}
                  {r.points > 0 ? ` · ${t('rewards.pointsN', { count: r.points })}` : ''}
                </Text>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  );
}
