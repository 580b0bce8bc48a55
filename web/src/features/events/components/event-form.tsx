import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '@/components/ui/country-select';
import { FormErrors } from '@/components/ui/form-errors';
import { TrashIcon } from '@/components/ui/icons';
import { isApiError } from '@/lib/api-client';
import { useForm } from '@/lib/form';
import { useCreateEvent, useUpdateEvent } from '../api/events';
import { eventKinds, eventProgrammes, type Event } from '../types';
import {
  emptyEventValues,
  eventFormPaths,
  eventValuesSchema,
  prepareEventValues,
  toCreateEventBody,
  toEventPatch,
  toEventValues,
  type EventValues,
} from './event-form-values';

type EventFormProps =
  | { mode: 'create'; onSaved: (event: Event) => void }
  | { mode: 'edit'; event: Event; onSaved: (event: Event) => void; onReload: () => void };

/**
 * Every field of an event. Times are typed in Vietnam's time whatever the browser's zone;
 * meeting hours are one window per day (none: the whole event is meeting time).
 */
export function EventForm(props: EventFormProps) {
  const { t } = useTranslation();
  const event = props.mode === 'edit' ? props.event : null;
  const form = useForm<EventValues>({
    initialValues: event ? toEventValues(event) : emptyEventValues(),
    schema: eventValuesSchema,
    prepare: prepareEventValues,
  });
  const create = useCreateEvent();
  const update = useUpdateEvent();
  const mutation = event ? update : create;
  const conflict = isApiError(update.error) && update.error.code === 'VERSION_CONFLICT';
  const formElement = useRef<HTMLFormElement>(null);
  const focusFirstError = () =>
    requestAnimationFrame(() =>
      formElement.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  const submit = () => {
    const values = form.validate();
    if (!values) {
      focusFirstError();
      return;
    }
    const onError = (error: unknown) => {
      form.setServerError(error, eventFormPaths(values));
      focusFirstError();
    };
    if (event) {
      const patch = toEventPatch(event, values);
      if (!patch) {
        notifications.show({ color: 'gray', message: t('events.form.unchanged') });
        return;
      }
      update.mutate(
        { id: event.id, body: patch },
        {
          onSuccess: (saved) => {
            notifications.show({ color: 'green', message: t('events.form.saved') });
            props.onSaved(saved);
          },
          onError,
        },
      );
    } else {
      create.mutate(toCreateEventBody(values), {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', message: t('events.form.created') });
          props.onSaved(saved);
        },
        onError,
      });
    }
  };

  const hours = form.values.meetingHours;
  const dateTimeProps = (path: string) => ({
    type: 'datetime-local',
    ...form.textProps(path),
  });

  return (
    <form
      ref={formElement}
      noValidate
      aria-label={event ? t('events.form.editLabel') : t('events.form.createLabel')}
      onSubmit={(submitted) => {
        submitted.preventDefault();
        submit();
      }}
    >
      <Stack gap="lg">
        <Fieldset legend={t('events.form.about')}>
          <Stack gap="sm">
            <Select
              label={t('events.fields.kind')}
              required
              allowDeselect={false}
              data={eventKinds.map((value) => ({ value, label: t(`events.kind.${value}`) }))}
              value={form.values.kind}
              onChange={(value) => form.setValue('/kind', value ?? form.values.kind)}
              error={form.errorOf('/kind')}
            />
            <TextInput
              label={t('events.fields.titleVi')}
              required
              {...form.textProps('/titleVi')}
            />
            <TextInput label={t('events.fields.titleEn')} {...form.textProps('/titleEn')} />
            <Textarea
              label={t('events.fields.descriptionVi')}
              autosize
              minRows={3}
              {...form.textProps('/descriptionVi')}
            />
            <Textarea
              label={t('events.fields.descriptionEn')}
              autosize
              minRows={3}
              {...form.textProps('/descriptionEn')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('events.form.whenWhere')}>
          <Stack gap="sm">
            <Text size="xs" c="dimmed">
              {t('events.form.timeZoneHint')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('events.fields.startsAt')}
                required
                {...dateTimeProps('/startsAt')}
              />
              <TextInput label={t('events.fields.endsAt')} required {...dateTimeProps('/endsAt')} />
            </SimpleGrid>
            <TextInput label={t('events.fields.place')} required {...form.textProps('/place')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <CountrySelect
                label={t('events.fields.country')}
                required
                {...form.selectProps('/country')}
              />
              <TextInput
                label={t('events.fields.partnerRetailer')}
                description={t('events.form.partnerHint')}
                {...form.textProps('/partnerRetailer')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('events.form.registration')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('events.fields.capacity')}
                description={t('events.form.capacityHint')}
                inputMode="numeric"
                {...form.textProps('/capacity')}
              />
              <TextInput
                label={t('events.fields.registrationDeadline')}
                description={t('events.form.deadlineHint')}
                {...dateTimeProps('/registrationDeadline')}
              />
            </SimpleGrid>
            <Checkbox.Group
              label={t('events.fields.programmes')}
              description={t('events.form.programmesHint')}
              value={form.values.programmes}
              onChange={(value) => form.setValue('/programmes', value)}
              error={form.errorOf('/programmes')}
            >
              <Group gap="md" mt={6}>
                {eventProgrammes.map((value) => (
                  <Checkbox key={value} value={value} label={t(`events.programme.${value}`)} />
                ))}
              </Group>
            </Checkbox.Group>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('events.form.meetings')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('events.fields.slotMinutes')}
                description={t('events.form.slotHint')}
                inputMode="numeric"
                required
                {...form.textProps('/slotMinutes')}
              />
              <TextInput
                label={t('events.fields.tables')}
                inputMode="numeric"
                required
                {...form.textProps('/tables')}
              />
            </SimpleGrid>
            <Text size="sm" fw={500}>
              {t('events.fields.meetingHours')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('events.form.hoursHint')}
            </Text>
            {hours.map((_, index) => (
              <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" style={{ flex: 1 }}>
                  <TextInput
                    label={t('events.form.hoursFrom', { n: index + 1 })}
                    {...dateTimeProps(`/meetingHours/${index}/startsAt`)}
                    error={
                      form.errorOf(`/meetingHours/${index}/startsAt`) ??
                      form.errorOf(`/meetingHours/${index}`)
                    }
                  />
                  <TextInput
                    label={t('events.form.hoursTo', { n: index + 1 })}
                    {...dateTimeProps(`/meetingHours/${index}/endsAt`)}
                  />
                </SimpleGrid>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('events.form.removeHours', { n: index + 1 })}
                  onClick={() =>
                    form.setValue(
                      '/meetingHours',
                      hours.filter((__, i) => i !== index),
                    )
                  }
                >
                  <TrashIcon size={18} />
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="light"
              w="fit-content"
              onClick={() => {
                // A new window starts as the event's first day, to be adjusted.
                const day = (form.values.startsAt || '').slice(0, 10);
                form.setValue('/meetingHours', [
                  ...hours,
                  day
                    ? { startsAt: `${day}T08:30`, endsAt: `${day}T11:30` }
                    : { startsAt: '', endsAt: '' },
                ]);
              }}
            >
              {t('events.form.addHours')}
            </Button>
          </Stack>
        </Fieldset>

        <FormErrors
          error={mutation.error}
          details={form.formErrors}
          shownOnField={form.hasErrors}
        />
        <Group justify="flex-end" gap="xs">
          {conflict && props.mode === 'edit' ? (
            <Button
              variant="default"
              onClick={() => {
                update.reset();
                props.onReload();
              }}
            >
              {t('events.form.reload')}
            </Button>
          ) : null}
          <Button type="submit" loading={mutation.isPending}>
            {event ? t('events.form.save') : t('events.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
