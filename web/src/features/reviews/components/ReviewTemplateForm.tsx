import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CreateReviewTemplateBody,
  REVIEW_RATING_RULES,
  REVIEW_SECTION_KINDS,
  type ReviewRatingRule,
  type ReviewSectionKind,
  type ReviewTemplate,
} from '@frontline/contract';
import { problemIssues, problemMessage } from '../../../lib/problem';
import { ApiError } from '../../../lib/api-client';
import { useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SuccessAlert } from '../../../ui/SuccessAlert';
import { moved } from '../../assessments/utils/scorecardDraft';
import { useCreateReviewTemplate } from '../hooks/useCreateReviewTemplate';
import {
  draftFromTemplate,
  emptyTemplateDraft,
  isUnrated,
  keyFollowing,
  MAX_ITEMS,
  MAX_LEVELS,
  MAX_SECTIONS,
  MIN_LEVELS,
  newItem,
  newLevel,
  newSection,
  otherItemKeys,
  otherSectionKeys,
  serverIssueKey,
  templateBodyOf,
  templateProblems,
  weightShare,
  weightTotal,
  withKind,
  withoutLevel,
  type TemplateDraft,
} from '../utils/templateDraft';

/**
 * A new review template: code and titles, the rating scale (a label and description per level in
 * both languages, the "meets expectations" level), the sections (kind, key, titles, weight; the
 * competencies rated in a competencies section) and the overall-rating rule. It may start as a
 * copy of a saved template. Checked against the contract's body and the server's own checks before
 * it is sent; the server's field issues land on their fields.
 */
export function ReviewTemplateForm({
  templates,
  startFrom = null,
}: {
  templates: readonly ReviewTemplate[];
  /** The id of a saved template to copy in at first. */
  startFrom?: string | null;
}) {
  const { t } = useTranslation();
  const name = useLocalName();
  const create = useCreateReviewTemplate();
  const codes = templates.map((x) => x.code);
  const initialCopy = templates.find((x) => x.id === startFrom);
  const [from, setFrom] = useState<string | null>(initialCopy?.id ?? null);
  const [marked, setMarked] = useState(0);
  const [created, setCreated] = useState<ReviewTemplate | null>(null);
  const form = useContractForm({
    schema: CreateReviewTemplateBody,
    initialValues: initialCopy ? draftFromTemplate(initialCopy, codes) : emptyTemplateDraft(),
    toBody: templateBodyOf,
    deep: true,
    extra: templateProblems,
  });
  const v = form.getValues();
  const levels = v.scale.levels;
  const sections = v.sections;
  const total = weightTotal(v);

  const change = (apply: () => void) => {
    form.clearErrors();
    setMarked(0);
    apply();
  };
  const setSections = (next: TemplateDraft['sections']) => change(() => form.setFieldValue('sections', next));
  const setItems = (si: number, next: TemplateDraft['sections'][number]['items']) =>
    change(() => form.setFieldValue(`sections.${si}.items`, next));

  const copyFrom = (id: string | null) => {
    setFrom(id);
    const source = templates.find((x) => x.id === id);
    change(() => form.setValues(source ? draftFromTemplate(source, codes) : emptyTemplateDraft()));
  };

  const titleChange =
    (path: string, keyPath: string, keyEdited: boolean, taken: ReadonlySet<string>) =>
    (e: ChangeEvent<HTMLInputElement>) => {
      const text = e.currentTarget.value;
      form.setFieldValue(path, text);
      if (!keyEdited) form.setFieldValue(keyPath, keyFollowing(text, taken));
    };
  const keyChange = (path: string) => (e: ChangeEvent<HTMLInputElement>) => {
    const key = e.currentTarget.value;
    form.setFieldValue(path, key);
    form.setFieldValue(path.replace(/\.key$/, '.keyEdited'), key !== '');
  };

  const submit = form.onSubmit((body) => {
    setCreated(null);
    create.mutate(body, {
      onSuccess: (saved) => {
        setCreated(saved);
        setFrom(null);
        setMarked(0);
        form.setValues(emptyTemplateDraft());
        form.resetDirty();
      },
      onError: (e) => {
        let n = 0;
        if (e instanceof ApiError && e.code === 'review_template.code_taken') {
          form.setFieldError('code', t('errors.review_template.code_taken'));
          n++;
        }
        n += form.applyServerErrors(e);
        // The server's own checks, in the user's language rather than "not valid".
        for (const issue of problemIssues(e)) {
          const key = serverIssueKey(issue.message);
          const parts = issue.path.split('/').filter(Boolean);
          const field = (parts[0] === 'body' ? parts.slice(1) : parts).join('.');
          if (key && field) form.setFieldError(field, t(key));
        }
        setMarked(n);
      },
    });
  });

  const rowActions = (
    label: string,
    index: number,
    count: number,
    min: number,
    onMove: ((by: number) => void) | null,
    onRemove: () => void,
  ) => (
    <Group gap={4} wrap="nowrap">
      {onMove && (
        <>
          <ActionIcon
            variant="subtle"
            aria-label={t('reviewTemplates.form.moveUp', { name: label })}
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            <span aria-hidden>↑</span>
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            aria-label={t('reviewTemplates.form.moveDown', { name: label })}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            <span aria-hidden>↓</span>
          </ActionIcon>
        </>
      )}
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={t('reviewTemplates.form.remove', { name: label })}
        disabled={count <= min}
        onClick={onRemove}
      >
        <span aria-hidden>✕</span>
      </ActionIcon>
    </Group>
  );

  const listError = (path: string) => {
    const e = form.errors[path];
    return e ? (
      <Text c="red.8" size="sm" role="alert">
        {e}
      </Text>
    ) : null;
  };

  const levelLabel = (i: number) => {
    const l = levels[i];
    const text = l ? name(l.labelEn, l.labelZh) : '';
    return text ? `${i + 1} · ${text}` : String(i + 1);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {created && (
          <SuccessAlert
            title={t('reviewTemplates.form.created', {
              name: name(created.titleEn, created.titleZh),
              code: created.code,
            })}
          />
        )}
        <Fieldset legend={t('reviewTemplates.form.about')}>
          <Stack>
            <Select
              label={t('reviewTemplates.form.startFrom')}
              description={t('reviewTemplates.form.startFromHelp')}
              placeholder={t('reviewTemplates.form.blank')}
              clearable
              data={templates.map((x) => ({
                value: x.id,
                label: `${name(x.titleEn, x.titleZh)} (${x.code})`,
              }))}
              value={from}
              onChange={copyFrom}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('reviewTemplates.form.code')}
                description={t('reviewTemplates.form.codeHelp')}
                required
                {...form.getInputProps('code')}
              />
              <TextInput
                label={t('reviewTemplates.form.titleEn')}
                required
                {...form.getInputProps('titleEn')}
              />
              <TextInput
                label={t('reviewTemplates.form.titleZh')}
                required
                {...form.getInputProps('titleZh')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('reviewTemplates.form.scale')}>
          <Stack>
            <Text size="sm" c="dimmed">
              {t('reviewTemplates.form.scaleHelp')}
            </Text>
            {levels.map((l, li) => {
              const label = t('reviewTemplates.form.levelN', { n: li + 1 });
              const lp = `scale.levels.${li}`;
              return (
                <Fieldset
                  key={l.uid}
                  variant="filled"
                  legend={`${label}${l.labelEn ? ` · ${name(l.labelEn, l.labelZh)}` : ''}`}
                >
                  <Stack gap="sm">
                    <Group justify="flex-end">
                      {rowActions(label, li, levels.length, MIN_LEVELS, null, () =>
                        change(() => form.setFieldValue('scale', withoutLevel(v, li))),
                      )}
                    </Group>
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <TextInput
                        label={t('reviewTemplates.form.labelEn')}
                        required
                        {...form.getInputProps(`${lp}.labelEn`)}
                      />
                      <TextInput
                        label={t('reviewTemplates.form.labelZh')}
                        required
                        {...form.getInputProps(`${lp}.labelZh`)}
                      />
                      <Textarea
                        label={t('reviewTemplates.form.descriptionEn')}
                        autosize
                        minRows={1}
                        {...form.getInputProps(`${lp}.descriptionEn`)}
                      />
                      <Textarea
                        label={t('reviewTemplates.form.descriptionZh')}
                        autosize
                        minRows={1}
                        {...form.getInputProps(`${lp}.descriptionZh`)}
                      />
                    </SimpleGrid>
                  </Stack>
                </Fieldset>
              );
            })}
            <Group align="flex-end" justify="space-between">
              <Button
                variant="light"
                disabled={levels.length >= MAX_LEVELS}
                onClick={() => change(() => form.setFieldValue('scale.levels', [...levels, newLevel()]))}
              >
                {t('reviewTemplates.form.addLevel')}
              </Button>
              <Select
                label={t('reviewTemplates.form.meets')}
                description={t('reviewTemplates.form.meetsHelp')}
                required
                allowDeselect={false}
                miw={260}
                data={levels.map((_, i) => ({ value: String(i + 1), label: levelLabel(i) }))}
                {...form.getInputProps('scale.meets')}
              />
            </Group>
          </Stack>
        </Fieldset>

        <Title order={2} size="h4">
          {t('reviewTemplates.form.sections')}
        </Title>
        {listError('sections')}
        {sections.map((s, si) => {
          const label = t('reviewTemplates.form.sectionN', { n: si + 1 });
          const sp = `sections.${si}`;
          const share = weightShare(v, si);
          return (
            <Fieldset key={s.uid} legend={`${label}${s.titleEn ? ` · ${name(s.titleEn, s.titleZh)}` : ''}`}>
              <Stack>
                <Group justify="flex-end">
                  {rowActions(
                    label,
                    si,
                    sections.length,
                    1,
                    (by) => setSections(moved(sections, si, by)),
                    () => setSections(sections.filter((_, i) => i !== si)),
                  )}
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <Select
                    label={t('reviewTemplates.form.kind')}
                    description={t(`reviewTemplates.kindHelp.${s.kind}`)}
                    required
                    allowDeselect={false}
                    data={REVIEW_SECTION_KINDS.map((k) => ({
                      value: k,
                      label: t(`reviewTemplates.kind.${k}`),
                    }))}
                    value={s.kind}
                    onChange={(k) =>
                      k && change(() => form.setFieldValue(sp, withKind(s, k as ReviewSectionKind)))
                    }
                    error={form.errors[`${sp}.kind`]}
                  />
                  <TextInput
                    label={t('reviewTemplates.form.sectionTitleEn')}
                    required
                    {...form.getInputProps(`${sp}.titleEn`)}
                    onChange={titleChange(`${sp}.titleEn`, `${sp}.key`, s.keyEdited, otherSectionKeys(v, si))}
                  />
                  <TextInput
                    label={t('reviewTemplates.form.sectionTitleZh')}
                    required
                    {...form.getInputProps(`${sp}.titleZh`)}
                  />
                  <TextInput
                    label={t('reviewTemplates.form.key')}
                    description={t('reviewTemplates.form.keyHelp')}
                    required
                    {...form.getInputProps(`${sp}.key`)}
                    onChange={keyChange(`${sp}.key`)}
                  />
                  {!isUnrated(s.kind) && (
                    <NumberInput
                      label={t('reviewTemplates.form.weight')}
                      description={
                        share === null
                          ? t('reviewTemplates.form.notCounted')
                          : t('reviewTemplates.form.share', { share })
                      }
                      required
                      min={0}
                      max={100}
                      decimalScale={2}
                      {...form.getInputProps(`${sp}.weight`)}
                    />
                  )}
                </SimpleGrid>
                {s.kind === 'competencies' && (
                  <Stack gap="sm">
                    <Title order={3} size="h5">
                      {t('reviewTemplates.form.items', { name: label })}
                    </Title>
                    {listError(`${sp}.items`)}
                    {s.items.map((it, ii) => {
                      const iLabel = t('reviewTemplates.form.itemN', { n: `${si + 1}.${ii + 1}` });
                      const ip = `${sp}.items.${ii}`;
                      return (
                        <Fieldset
                          key={it.uid}
                          variant="filled"
                          legend={`${iLabel}${it.titleEn ? ` · ${name(it.titleEn, it.titleZh)}` : ''}`}
                        >
                          <Stack gap="sm">
                            <Group justify="flex-end">
                              {rowActions(
                                iLabel,
                                ii,
                                s.items.length,
                                1,
                                (by) => setItems(si, moved(s.items, ii, by)),
                                () =>
                                  setItems(
                                    si,
                                    s.items.filter((_, i) => i !== ii),
                                  ),
                              )}
                            </Group>
                            <SimpleGrid cols={{ base: 1, sm: 3 }}>
                              <TextInput
                                label={t('reviewTemplates.form.itemTitleEn')}
                                required
                                {...form.getInputProps(`${ip}.titleEn`)}
                                onChange={titleChange(
                                  `${ip}.titleEn`,
                                  `${ip}.key`,
                                  it.keyEdited,
                                  otherItemKeys(v, si, ii),
                                )}
                              />
                              <TextInput
                                label={t('reviewTemplates.form.itemTitleZh')}
                                required
                                {...form.getInputProps(`${ip}.titleZh`)}
                              />
                              <TextInput
                                label={t('reviewTemplates.form.key')}
                                description={t('reviewTemplates.form.keyHelp')}
                                required
                                {...form.getInputProps(`${ip}.key`)}
                                onChange={keyChange(`${ip}.key`)}
                              />
                            </SimpleGrid>
                            <SimpleGrid cols={{ base: 1, sm: 2 }}>
                              <Textarea
                                label={t('reviewTemplates.form.descriptionEn')}
                                autosize
                                minRows={1}
                                {...form.getInputProps(`${ip}.descriptionEn`)}
                              />
                              <Textarea
                                label={t('reviewTemplates.form.descriptionZh')}
                                autosize
                                minRows={1}
                                {...form.getInputProps(`${ip}.descriptionZh`)}
                              />
                            </SimpleGrid>
                          </Stack>
                        </Fieldset>
                      );
                    })}
                    <Button
                      variant="light"
                      w="fit-content"
                      disabled={s.items.length >= MAX_ITEMS}
                      onClick={() => setItems(si, [...s.items, newItem()])}
                    >
                      {t('reviewTemplates.form.addItem', { name: label })}
                    </Button>
                  </Stack>
                )}
              </Stack>
            </Fieldset>
          );
        })}
        <Button
          variant="light"
          w="fit-content"
          disabled={sections.length >= MAX_SECTIONS}
          onClick={() => setSections([...sections, newSection()])}
        >
          {t('reviewTemplates.form.addSection')}
        </Button>

        <Radio.Group
          label={t('reviewTemplates.form.rule')}
          required
          value={v.ratingRule}
          onChange={(r) => change(() => form.setFieldValue('ratingRule', r as ReviewRatingRule))}
          error={form.errors.ratingRule}
        >
          <Stack gap="xs" mt="xs">
            {REVIEW_RATING_RULES.map((r) => (
              <Radio
                key={r}
                value={r}
                label={t(`reviewTemplates.rule.${r}`)}
                description={t(`reviewTemplates.ruleHelp.${r}`)}
              />
            ))}
          </Stack>
        </Radio.Group>

        <Text role="status" aria-live="polite" fw={600}>
          {t('reviewTemplates.form.total', { total })}{' '}
          <Text span fw={400} c="dimmed">
            {v.ratingRule === 'weighted'
              ? t('reviewTemplates.form.totalWeighted')
              : t('reviewTemplates.form.totalJudgement')}
          </Text>
        </Text>

        {create.error !== null &&
          (marked > 0 ? (
            <Alert color="red" variant="light" role="alert">
              {problemMessage(t, create.error)}
            </Alert>
          ) : (
            <ErrorAlert error={create.error} />
          ))}
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('reviewTemplates.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
