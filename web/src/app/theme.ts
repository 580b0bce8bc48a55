import {
  createTheme,
  Modal,
  Notification,
  PasswordInput,
  type MantineColorsTuple,
} from '@mantine/core';
import type { TFunction } from 'i18next';

/** A rice-field green: the brand colour, with enough contrast on white at shades 7–9. */
const brand: MantineColorsTuple = [
  '#e6f7f1',
  '#cdeee2',
  '#9edcc5',
  '#6bc9a6',
  '#42b98c',
  '#28ae7b',
  '#16a472',
  '#0b8c5f',
  '#007a52',
  '#006944',
];

/**
 * The theme takes `t` because some Mantine parts carry built-in English labels (close buttons,
 * the password visibility toggle); they are translated here once for the whole app.
 */
export function createAppTheme(t: TFunction) {
  return createTheme({
    primaryColor: 'brand',
    primaryShade: 7,
    colors: { brand },
    defaultRadius: 'md',
    fontFamily:
      "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
    headings: { fontWeight: '700' },
    cursorType: 'pointer',
    components: {
      Modal: Modal.extend({
        defaultProps: { closeButtonProps: { 'aria-label': t('common.close') } },
      }),
      Notification: Notification.extend({
        defaultProps: { closeButtonProps: { 'aria-label': t('common.close') } },
      }),
      PasswordInput: PasswordInput.extend({
        defaultProps: {
          visibilityToggleButtonProps: { 'aria-label': t('fields.togglePassword') },
        },
      }),
    },
  });
}
