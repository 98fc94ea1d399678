import { Card, Stack, Text, Textarea, Title } from '@mantine/core';
import type { Answer, AnswerValue, ScorecardContent } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { useLocalName } from '../../../lib/i18n';
import { AnswerInput } from './AnswerInput';

/** Every item of the scorecard with its answer and comment; `answers` holds the answered ones. */
export function AnswersEditor({
  sections,
  answers,
  onChange,
}: {
  sections: ScorecardContent;
  answers: Answer[];
  onChange: (answers: Answer[]) => void;
}) {
  const { t } = useTranslation();
  const name = useLocalName();
  const byId = new Map(answers.map((a) => [a.itemId, a]));
  const set = (itemId: string, patch: { value?: AnswerValue | null; comment?: string }) => {
    const cur = byId.get(itemId);
    const value = patch.value !== undefined ? patch.value : (cur?.value ?? null);
    const comment = patch.comment ?? cur?.comment ?? '';
    const others = answers.filter((a) => a.itemId !== itemId);
    onChange(value === null ? others : [...others, { itemId, value, ...(comment ? { comment } : {}) }]);
  };
  return (
    <Stack>
      {sections.map((s) => (
        <Card withBorder key={s.id}>
          <Title order={3} size="h4" mb="sm">
            {name(s.titleEn, s.titleZh)}
          </Title>
          <Stack>
            {s.items.map((item) => (
              <Stack key={item.id} gap={6}>
                <AnswerInput
                  item={item}
                  label={`${name(item.textEn, item.textZh)}${item.critical !== 'none' ? ` (${t('assessments.critical')})` : ''}`}
                  value={byId.get(item.id)?.value ?? null}
                  onChange={(v) => set(item.id, { value: v })}
                />
                <Textarea
                  aria-label={t('assessments.commentOn', { item: name(item.textEn, item.textZh) })}
                  placeholder={t('assessments.comment')}
                  autosize
                  minRows={1}
                  value={byId.get(item.id)?.comment ?? ''}
                  onChange={(e) => set(item.id, { comment: e.currentTarget.value })}
                />
              </Stack>
            ))}
          </Stack>
        </Card>
      ))}
      <Text size="sm" c="dimmed">
        {t('assessments.answeredOf', {
          n: answers.length,
          of: sections.reduce((a, s) => a + s.items.length, 0),
        })}
      </Text>
    </Stack>
  );
}
