import type { TSchema } from 'typebox';
import Value from 'typebox/value';
import { useCallback, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemFieldErrors } from '@/lib/errors';
import type { ErrorCode } from '@/types/api';

/**
 * A small form helper: nested values addressed by JSON pointer (the same `path` the server uses
 * in `errors[]`), TypeBox validation mapped to translated messages, and server field errors.
 *
 * Validation messages are kept as keys and translated on render, so switching the language
 * re-translates errors already on screen. Schemas may carry `errorKey` (an i18n key under
 * `validation.`) to say what a failed `pattern`/`format` means.
 */

export const validationKeys = [
  'required',
  'email',
  'minLength',
  'maxLength',
  'taxCode',
  'phone',
  'website',
  'invalid',
  'number',
  'positiveNumber',
  'integer',
  'hsCode',
  'chooseOne',
  'date',
] as const;
export type ValidationKey = (typeof validationKeys)[number];

export type FieldMessage = { key: ValidationKey; count?: number } | { text: string };
export type FieldMessages = Record<string, FieldMessage>;

export function getAt(value: unknown, path: string): unknown {
  let current = value;
  for (const segment of path.split('/').slice(1)) {
    if (typeof current !== 'object' || current === null) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

export function setAt<T>(value: T, path: string, next: unknown): T {
  const [head, ...rest] = path.split('/').slice(1);
  if (head === undefined) {
    return next as T;
  }
  const record = (value ?? {}) as Record<string, unknown>;
  return {
    ...record,
    [head]: rest.length === 0 ? next : setAt(record[head], `/${rest.join('/')}`, next),
  } as T;
}

function schemaAt(schema: TSchema, schemaPath: string): Record<string, unknown> | undefined {
  let current: unknown = schema;
  for (const segment of schemaPath.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    if (typeof current !== 'object' || current === null) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return typeof current === 'object' && current !== null
    ? (current as Record<string, unknown>)
    : undefined;
}

/** Validate `value` against a TypeBox schema; the first problem per field wins. */
export function validateSchema(schema: TSchema, value: unknown): FieldMessages {
  const messages: FieldMessages = {};
  for (const error of Value.Errors(schema, value)) {
    const node = schemaAt(schema, error.schemaPath);
    const params = error.params as Record<string, unknown>;
    if (error.keyword === 'required' && Array.isArray(params.requiredProperties)) {
      for (const property of params.requiredProperties) {
        messages[`${error.instancePath}/${String(property)}`] ??= { key: 'required' };
      }
      continue;
    }
    const errorKey = node?.errorKey as ValidationKey | undefined;
    // TypeBox lists every JSON Schema keyword; only these few get their own message.
    const keyword: string = error.keyword;
    let message: FieldMessage;
    switch (keyword) {
      case 'minLength':
        message =
          Number(params.limit) <= 1
            ? { key: 'required' }
            : { key: 'minLength', count: Number(params.limit) };
        break;
      case 'maxLength':
        message = { key: 'maxLength', count: Number(params.limit) };
        break;
      case 'format':
        message = { key: errorKey ?? (params.format === 'email' ? 'email' : 'invalid') };
        break;
      case 'enum':
      case 'const':
      case 'anyOf':
        message = { key: errorKey ?? 'required' };
        break;
      default:
        message = { key: errorKey ?? 'invalid' };
    }
    messages[error.instancePath] ??= message;
  }
  return messages;
}

/** A schema, or a function of the values when the rules depend on a choice (the role). */
type SchemaOption<T> = TSchema | ((values: T) => TSchema);

/** `TSchema` is an empty interface, so `typeof === 'function'` alone does not narrow it. */
function isSchemaFactory<T>(schema: SchemaOption<T>): schema is (values: T) => TSchema {
  return typeof schema === 'function';
}

/** What a text input shows for a stored value: strings and numbers as such, anything else empty. */
function toText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

type UseFormOptions<T, P> = {
  initialValues: T;
  schema: SchemaOption<T>;
  /** Applied before validation and submit (trim, drop empties…). */
  prepare?: (values: T) => P;
};

/** `T` is what the inputs hold (strings), `P` what the server gets after `prepare`. */
export function useForm<T extends object, P = T>({
  initialValues,
  schema,
  prepare,
}: UseFormOptions<T, P>) {
  const { t } = useTranslation();
  const [values, setValues] = useState<T>(initialValues);
  const [messages, setMessages] = useState<FieldMessages>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);

  const setValue = useCallback((path: string, next: unknown) => {
    setValues((current) => setAt(current, path, next));
    setMessages((current) => {
      if (!(path in current)) {
        return current;
      }
      const { [path]: _removed, ...rest } = current;
      return rest;
    });
  }, []);

  const translate = (message: FieldMessage | undefined) => {
    if (!message) {
      return undefined;
    }
    if ('text' in message) {
      return message.text;
    }
    return t(`validation.${message.key}`, { count: message.count ?? 0 });
  };

  /** Props for text inputs (TextInput, PasswordInput, Textarea). */
  const textProps = (path: string) => ({
    value: toText(getAt(values, path)),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setValue(path, event.currentTarget.value),
    error: translate(messages[path]),
  });

  /** Props for Mantine Select-like inputs (value or null). */
  const selectProps = (path: string) => ({
    value: (getAt(values, path) as string | null | undefined) || null,
    onChange: (value: string | null) => setValue(path, value ?? ''),
    error: translate(messages[path]),
  });

  const validate = (): P | null => {
    const prepared = prepare ? prepare(values) : (values as unknown as P);
    const found = validateSchema(isSchemaFactory(schema) ? schema(values) : schema, prepared);
    setMessages(found);
    setFormErrors([]);
    return Object.keys(found).length === 0 ? prepared : null;
  };

  /** Show a server problem: field errors beside their inputs, the rest above the form. */
  const setServerError = (
    error: unknown,
    fieldPaths: readonly string[],
    codeFields: Partial<Record<ErrorCode, string>> = {},
  ) => {
    const { fields, unmatched, codeField } = problemFieldErrors(error, fieldPaths, codeFields);
    const next: FieldMessages = {};
    for (const [path, text] of Object.entries(fields)) {
      next[path] = { text };
    }
    setMessages(next);
    setFormErrors(unmatched);
    return { codeField, hasFieldErrors: Object.keys(fields).length > 0 };
  };

  const reset = useCallback((next: T) => {
    setValues(next);
    setMessages({});
    setFormErrors([]);
  }, []);

  return {
    values,
    setValue,
    textProps,
    selectProps,
    /** The translated message of any field (checkbox groups, multi-selects). */
    errorOf: (path: string) => translate(messages[path]),
    validate,
    setServerError,
    setFieldMessage: (path: string, message: FieldMessage) =>
      setMessages((current) => ({ ...current, [path]: message })),
    formErrors,
    hasErrors: Object.keys(messages).length > 0,
    reset,
  };
}

/** Trim every string; empty optional strings become `null` or are dropped by the caller. */
export function trimStrings<T>(value: T): T {
  if (typeof value === 'string') {
    return value.trim() as T;
  }
  if (Array.isArray(value)) {
    return value.map(trimStrings) as T;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, trimStrings(inner)]),
    ) as T;
  }
  return value;
}

export function emptyToNull(value: string | null | undefined) {
  return value ? value : null;
}

/** Same rule as the server (Vietnamese MST): 10 digits, or 10 digits + "-" + 3 for a branch. */
export const TAX_CODE_PATTERN = '^\\d{10}(-\\d{3})?$';
export const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';
export const OPTIONAL_EMAIL_PATTERN = `^$|${EMAIL_PATTERN}`;
export const OPTIONAL_PHONE_PATTERN = '^$|^[0-9+() .-]{6,24}$';
export const OPTIONAL_WEBSITE_PATTERN = '^$|^https?://[^\\s]+$';
