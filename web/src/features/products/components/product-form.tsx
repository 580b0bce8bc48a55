import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/ui/form-errors';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/errors';
import { useForm } from '@/lib/form';
import type { ErrorCode, Product } from '@/types/api';
import { useCreateProduct, useUpdateProduct } from '../api/save-product';
import { ProductOriginFields, ProductTextFields } from './product-form-fields';
import {
  emptyProductValues,
  prepareProductValues,
  productFieldPaths,
  productValuesSchema,
  toProductBody,
  toProductPatch,
  toProductValues,
  type ProductValues,
} from './product-form-values';
import { ProductSeasonField, ProductTradeFields } from './product-trade-fields';

const codeFields: Partial<Record<ErrorCode, string>> = {
  UNKNOWN_PROVINCE: '/province',
  INVALID_HS_CODE: '/hsCode',
};

type ProductFormProps =
  | { mode: 'create'; defaultProvince?: string; onCreated: (product: Product) => void }
  | { mode: 'edit'; product: Product; onReload: () => Promise<unknown> };

/**
 * Every field of a product. Creating makes a draft; editing sends only what changed, with the
 * version it started from: if someone saved in between, the server answers 409 and the form
 * says so instead of overwriting their work.
 */
export function ProductForm(props: ProductFormProps) {
  const { t } = useTranslation();
  const product = props.mode === 'edit' ? props.product : null;
  const form = useForm<ProductValues>({
    initialValues: product
      ? toProductValues(product)
      : emptyProductValues(props.mode === 'create' ? props.defaultProvince : ''),
    schema: productValuesSchema,
    prepare: prepareProductValues,
  });
  const create = useCreateProduct();
  const update = useUpdateProduct();
  const mutation = product ? update : create;
  const conflict = isApiError(update.error) && update.error.code === 'VERSION_CONFLICT';
  const readOnly = product?.status === 'archived';

  // A new version from the server (a save, a submit, "load latest"): start from it, unless the
  // person has unsaved changes, which stay and are compared against the new version instead.
  const [base, setBase] = useState(product);
  const [reloading, setReloading] = useState(false);
  if (product && base && product.version !== base.version) {
    setBase(product);
    if (reloading || !toProductPatch(base, form.values)) {
      setReloading(false);
      form.reset(toProductValues(product));
    }
  }

  const formElement = useRef<HTMLFormElement>(null);
  /** A long form: bring the first field with an error into view, with the keyboard focus on it. */
  const focusFirstError = () =>
    requestAnimationFrame(() =>
      formElement.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  const onError = (error: unknown) => {
    const { codeField } = form.setServerError(error, productFieldPaths, codeFields);
    if (codeField) {
      form.setFieldMessage(codeField, { text: errorMessage(t, error) });
    }
    focusFirstError();
  };

  const submit = () => {
    mutation.reset();
    const values = form.validate();
    if (!values) {
      focusFirstError();
      return;
    }
    if (!product) {
      if (props.mode === 'create') {
        create.mutate(toProductBody(values), { onSuccess: props.onCreated, onError });
      }
      return;
    }
    const patch = toProductPatch(product, values);
    if (!patch) {
      notifications.show({ color: 'gray', message: t('products.form.noChanges') });
      return;
    }
    update.mutate(
      { id: product.id, data: patch },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'green',
            message:
              product.status === 'published' && saved.status === 'pending_review'
                ? t('products.form.savedForReview')
                : t('products.form.saved'),
          });
        },
        onError,
      },
    );
  };

  return (
    <form
      ref={formElement}
      noValidate
      aria-label={product ? t('products.form.editLabel') : t('products.form.createLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="lg">
          {product?.status === 'published' ? (
            <Alert color="blue" variant="light">
              {t('products.form.publishedHint')}
            </Alert>
          ) : null}
          {conflict ? (
            <Alert color="orange" variant="light" role="alert" title={t('errors.VERSION_CONFLICT')}>
              <Stack gap="xs">
                <Text size="sm">{t('products.form.conflictHelp')}</Text>
                <Group>
                  <Button
                    size="xs"
                    variant="white"
                    color="orange"
                    onClick={() => {
                      update.reset();
                      setReloading(true);
                      if (props.mode === 'edit') {
                        void props.onReload();
                      }
                    }}
                  >
                    {t('organization.loadLatest')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          ) : null}
          <ProductTextFields form={form} />
          <ProductOriginFields form={form} />
          <ProductSeasonField form={form} />
          <ProductTradeFields form={form} />
          {conflict ? null : (
            <FormErrors
              error={mutation.error}
              details={form.formErrors}
              shownOnField={form.hasErrors && form.formErrors.length === 0}
            />
          )}
          {readOnly ? null : (
            <Group justify="flex-end">
              <Button type="submit" loading={mutation.isPending} disabled={conflict}>
                {product ? t('products.form.save') : t('products.form.create')}
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
