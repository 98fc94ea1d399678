import { Button, Card, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { ReplyFeedbackBody, type FeedbackView } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { useContractForm } from '../../../lib/form';
import { formatDateTime } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { StatusBadge } from '../../../ui/StatusBadge';
import { useFeedbackResponse } from '../hooks/useFeedback';
import { EvidenceText } from './EvidenceText';
import { FeedbackKindBadge } from './FeedbackKindBadge';
import { usePersonName } from '../../people/hooks/usePersonName';

/** One piece of feedback: kind, who and when, the text, its evidence; acknowledge and reply where allowed. */
export function FeedbackItem({ item: f }: { item: FeedbackView }) {
  const { t, i18n } = useTranslation();
  const pn = usePersonName();
  const lang = i18n.language;
  const respond = useFeedbackResponse();
  const form = useContractForm({
    schema: ReplyFeedbackBody,
    initialValues: { reply: '' },
    toBody: (v) => ({ reply: v.reply.trim() }),
  });
  const submit = form.onSubmit((body) =>
    respond.mutate({ id: f.id, ...body }, { onSuccess: () => form.reset(), onError: form.applyServerErrors }),
  );
  return (
    <Card
      withBorder
      component="article"
      aria-label={t('feedback.itemLabel', { when: formatDateTime(f.createdAt, lang) })}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Group gap="xs">
            <FeedbackKindBadge kind={f.kind} />
            <Text size="sm" c="dimmed">
              {t('feedback.byOn', { name: f.authorName ?? '—', when: formatDateTime(f.createdAt, lang) })}
            </Text>
          </Group>
          {f.acknowledgedAt ? (
            <StatusBadge
              value="acknowledged"
              color="green"
              label={t('feedback.acknowledgedOn', { when: formatDateTime(f.acknowledgedAt, lang) })}
            />
          ) : (
            <StatusBadge value="unread" color="yellow" label={t('feedback.notAcknowledged')} />
          )}
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{f.body}</Text>
        {f.evidence.length > 0 && (
          <>
            <Text size="sm" fw={500}>
              {t('feedback.evidence')}
            </Text>
            <List size="sm">
              {f.evidence.map((e, i) => (
                <List.Item key={i}>
                  <EvidenceText evidence={e} />
                </List.Item>
              ))}
            </List>
          </>
        )}
        {f.reply && (
          <Text size="sm">
            <Text span fw={500}>
              {t('feedback.replyFrom', { name: pn(f.personId, f.personName) })}
            </Text>{' '}
            {f.reply}
          </Text>
        )}
        {f.abilities.acknowledge && (
          <Button
            w="fit-content"
            onClick={() => respond.mutate({ id: f.id })}
            loading={respond.isPending && !respond.variables?.reply}
          >
            {t('feedback.acknowledge')}
          </Button>
        )}
        {f.abilities.reply && (
          <form onSubmit={submit} noValidate>
            <Group align="flex-end" wrap="wrap">
              <Textarea
                label={t('feedback.reply')}
                {...form.getInputProps('reply')}
                autosize
                minRows={1}
                miw={300}
              />
              <Button
                type="submit"
                variant="default"
                loading={respond.isPending && !!respond.variables?.reply}
              >
                {t('feedback.sendReply')}
              </Button>
            </Group>
          </form>
        )}
        <ErrorAlert error={respond.error} />
      </Stack>
    </Card>
  );
}
