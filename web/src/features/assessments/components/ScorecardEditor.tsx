import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CreateScorecardBody,
  CRITICAL_KINDS,
  ITEM_TYPES,
  SCORECARD_KINDS,
  type Scorecard,
  type UpdateScorecardBody,
} from '@frontline/contract';
import { ApiError } from '../../../lib/api-client';
import { useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useIndicators } from '../../indicators/hooks/useIndicators';
import { useSaveScorecard } from '../hooks/useAssessments';
import {
  createBodyOf,
  draftOf,
  duplicateIds,
  emptyDraft,
  moved,
  newItem,
  newSection,
  otherItemIds,
  otherSectionIds,
  slugKey,
  uniqueKey,
  type ScorecardDraft,
} from '../utils/scorecardDraft';

/**
 * A scorecard template, new or changed: titles, indicator, sections and their items (type, weight,
 * levels or points, criticality, N/A). Checked against the contract's body before it is sent; a
 * change of one with evaluations is saved by the server as the next version, which it says first.
 */
export function ScorecardEditor({
  card,
  onSaved,
  onCancel,
}: {
  card: Scorecard | null;
  onSaved: (card: Scorecard) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const name = useLocalName();
  const indicators = useIndicators();
  const save = useSaveScorecard();
  const form = useContractForm({
    schema: CreateScorecardBody,
    initialValues: card ? draftOf(card) : emptyDraft(),
    toBody: createBodyOf,
    deep: true,
    extra: (v) =>
      Object.fromEntries(duplicateIds(v).map((field) => [field, 'assessments.editor.duplicateId'])),
  });
  const v = form.getValues();
  const sections = v.sections;
  const contentChanged = (body: CreateScorecardBody) =>
    !card ||
    JSON.stringify(body.sections) !== JSON.stringify(card.sections) ||
    (v.indicatorId ?? null) !== card.indicatorId;
  const versions = card !== null && card.evaluations > 0;

  const setList = (next: ScorecardDraft['sections']) => {
    form.clearErrors();
    form.setFieldValue('sections', next);
  };
  const setItems = (si: number, next: ScorecardDraft['sections'][number]['items']) => {
    form.clearErrors();
    form.setFieldValue(`sections.${si}.items`, next);
  };

  const submit = form.onSubmit((body) => {
    const onError = (e: unknown) => {
      if (!card && e instanceof ApiError && e.code === 'scorecard.code_taken') {
        form.setFieldError('code', t('errors.scorecard.code_taken'));
      }
      form.applyServerErrors(e);
    };
    if (!card) {
      save.mutate({ id: null, body }, { onSuccess: onSaved, onError });
      return;
    }
    const patch: UpdateScorecardBody = { titleEn: body.titleEn, titleZh: body.titleZh };
    if (contentChanged(body)) {
      patch.sections = body.sections;
      patch.indicatorId = v.indicatorId ?? null;
    }
    save.mutate({ id: card.id, body: patch }, { onSuccess: onSaved, onError });
  });

  const textEnChange =
    (path: string, idPath: string, idEdited: boolean, taken: Set<string>) =>
    (e: ChangeEvent<HTMLInputElement>) => {
      const text = e.currentTarget.value;
      form.setFieldValue(path, text);
      if (!idEdited) form.setFieldValue(idPath, uniqueKey(slugKey(text), taken));
    };
  const idChange = (path: string) => (e: ChangeEvent<HTMLInputElement>) => {
    const id = e.currentTarget.value;
    form.setFieldValue(path, id);
    form.setFieldValue(path.replace(/\.id$/, '.idEdited'), id !== '');
  };

  const moveButtons = (
    label: string,
    index: number,
    count: number,
    onMove: (by: number) => void,
    onRemove: () => void,
  ) => (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        variant="subtle"
        aria-label={t('assessments.editor.moveUp', { name: label })}
        disabled={index === 0}
        onClick={() => onMove(-1)}
      >
        <span aria-hidden>↑</span>
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        aria-label={t('assessments.editor.moveDown', { name: label })}
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      >
        <span aria-hidden>↓</span>
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={t('assessments.editor.remove', { name: label })}
        disabled={count === 1}
        onClick={onRemove}
      >
        <span aria-hidden>✕</span>
      </ActionIcon>
    </Group>
  );

  const listError = (path: string) => {
    const e = form.errors[path];
    return e ? (
      <Text c="red" size="sm" role="alert">
        {e}
      </Text>
    ) : null;
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Fieldset legend={t('assessments.editor.about')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {card ? (
              <Text size="sm">
                {t('assessments.editor.codeKindVersion', {
                  code: card.code,
                  kind: t(`assessments.kind.${card.kind}`),
                  version: card.version,
                })}
              </Text>
            ) : (
              <>
                <TextInput
                  label={t('assessments.editor.code')}
                  description={t('assessments.editor.codeHelp')}
                  required
                  {...form.getInputProps('code')}
                />
                <Select
                  label={t('assessments.editor.kind')}
                  required
                  allowDeselect={false}
                  data={SCORECARD_KINDS.map((k) => ({
                    value: k,
                    label: t(`assessments.kind.${k}`),
                  }))}
                  {...form.getInputProps('kind')}
                />
              </>
            )}
            <TextInput label={t('assessments.editor.titleEn')} required {...form.getInputProps('titleEn')} />
            <TextInput label={t('assessments.editor.titleZh')} required {...form.getInputProps('titleZh')} />
            <Select
              label={t('assessments.editor.indicator')}
              description={t(
                card ? 'assessments.editor.indicatorNone' : 'assessments.editor.indicatorDefault',
              )}
              clearable
              searchable
              data={(indicators.data ?? []).map((i) => ({
                value: i.id,
                label: `${name(i.nameEn, i.nameZh)} (${i.code})`,
              }))}
              {...form.getInputProps('indicatorId')}
            />
          </SimpleGrid>
        </Fieldset>

        <Title order={2} size="h4">
          {t('assessments.editor.sections')}
        </Title>
        {listError('sections')}
        {sections.map((s, si) => {
          const sLabel = t('assessments.editor.sectionN', { n: si + 1 });
          const sp = `sections.${si}`;
          return (
            <Fieldset key={s.key} legend={`${sLabel}${s.titleEn ? ` · ${s.titleEn}` : ''}`}>
              <Stack>
                <Group justify="flex-end">
                  {moveButtons(
                    sLabel,
                    si,
                    sections.length,
                    (by) => setList(moved(sections, si, by)),
                    () => setList(sections.filter((_, a) => a !== si)),
                  )}
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <TextInput
                    label={t('assessments.editor.sectionTitleEn')}
                    required
                    {...form.getInputProps(`${sp}.titleEn`)}
                    onChange={textEnChange(`${sp}.titleEn`, `${sp}.id`, s.idEdited, otherSectionIds(v, si))}
                  />
                  <TextInput
                    label={t('assessments.editor.sectionTitleZh')}
                    required
                    {...form.getInputProps(`${sp}.titleZh`)}
                  />
                  <TextInput
                    label={t('assessments.editor.key')}
                    description={t('assessments.editor.keyHelp')}
                    required
                    {...form.getInputProps(`${sp}.id`)}
                    onChange={idChange(`${sp}.id`)}
                  />
                </SimpleGrid>
                {listError(`${sp}.items`)}
                {s.items.map((i, ii) => {
                  const iLabel = t('assessments.editor.itemN', { n: `${si + 1}.${ii + 1}` });
                  const ip = `${sp}.items.${ii}`;
                  return (
                    <Fieldset
                      key={i.key}
                      variant="filled"
                      legend={`${iLabel}${i.textEn ? ` · ${i.textEn}` : ''}`}
                    >
                      <Stack gap="sm">
                        <Group justify="flex-end">
                          {moveButtons(
                            iLabel,
                            ii,
                            s.items.length,
                            (by) => setItems(si, moved(s.items, ii, by)),
                            () =>
                              setItems(
                                si,
                                s.items.filter((_, b) => b !== ii),
                              ),
                          )}
                        </Group>
                        <SimpleGrid cols={{ base: 1, sm: 3 }}>
                          <TextInput
                            label={t('assessments.editor.itemTextEn')}
                            required
                            {...form.getInputProps(`${ip}.textEn`)}
                            onChange={textEnChange(
                              `${ip}.textEn`,
                              `${ip}.id`,
                              i.idEdited,
                              otherItemIds(v, si, ii),
                            )}
                          />
                          <TextInput
                            label={t('assessments.editor.itemTextZh')}
                            required
                            {...form.getInputProps(`${ip}.textZh`)}
                          />
                          <TextInput
                            label={t('assessments.editor.key')}
                            description={t('assessments.editor.keyHelp')}
                            required
                            {...form.getInputProps(`${ip}.id`)}
                            onChange={idChange(`${ip}.id`)}
                          />
                          <Select
                            label={t('assessments.editor.type')}
                            allowDeselect={false}
                            data={ITEM_TYPES.map((x) => ({
                              value: x,
                              label: t(`assessments.editor.types.${x}`),
                            }))}
                            {...form.getInputProps(`${ip}.type`)}
                          />
                          <NumberInput
                            label={t('assessments.editor.weight')}
                            description={t('assessments.editor.weightHelp')}
                            required
                            min={0.01}
                            decimalScale={2}
                            {...form.getInputProps(`${ip}.weight`)}
                          />
                          {i.type === 'points' && (
                            <NumberInput
                              label={t('assessments.editor.maxPoints')}
                              required
                              min={1}
                              max={100}
                              allowDecimal={false}
                              {...form.getInputProps(`${ip}.maxPoints`)}
                            />
                          )}
                          <Select
                            label={t('assessments.editor.critical')}
                            allowDeselect={false}
                            data={CRITICAL_KINDS.map((x) => ({
                              value: x,
                              label: t(`assessments.editor.criticalKinds.${x}`),
                            }))}
                            {...form.getInputProps(`${ip}.critical`)}
                          />
                        </SimpleGrid>
                        <Checkbox
                          label={t('assessments.editor.naAllowed')}
                          {...form.getInputProps(`${ip}.naAllowed`, { type: 'checkbox' })}
                        />
                        {i.type === 'scale_1_5' && (
                          <Stack gap="xs">
                            <Text fw={600} size="sm">
                              {t('assessments.editor.levels')}
                            </Text>
                            {listError(`${ip}.levels`)}
                            {i.levels.map((_, li) => (
                              <SimpleGrid key={li} cols={{ base: 1, sm: 2 }}>
                                <TextInput
                                  label={t('assessments.editor.levelEn', { n: li + 1 })}
                                  required
                                  {...form.getInputProps(`${ip}.levels.${li}.en`)}
                                />
                                <TextInput
                                  label={t('assessments.editor.levelZh', { n: li + 1 })}
                                  required
                                  {...form.getInputProps(`${ip}.levels.${li}.zh`)}
                                />
                              </SimpleGrid>
                            ))}
                          </Stack>
                        )}
                      </Stack>
                    </Fieldset>
                  );
                })}
                <Button variant="light" w="fit-content" onClick={() => setItems(si, [...s.items, newItem()])}>
                  {t('assessments.editor.addItem', { name: sLabel })}
                </Button>
              </Stack>
            </Fieldset>
          );
        })}
        <Button variant="light" w="fit-content" onClick={() => setList([...sections, newSection()])}>
          {t('assessments.editor.addSection')}
        </Button>

        {versions && (
          <Alert
            role="status"
            color="yellow"
            title={t('assessments.editor.versionTitle', { next: card.version + 1 })}
          >
            {t('assessments.editor.versionNote', {
              count: card.evaluations,
              version: card.version,
              next: card.version + 1,
            })}
          </Alert>
        )}
        <ErrorAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {versions ? t('assessments.editor.saveVersion', { next: card.version + 1 }) : t('common.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
