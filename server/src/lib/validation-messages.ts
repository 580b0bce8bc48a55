import type { ErrorObject } from 'ajv';
import type { Locale } from '@ketnoi/shared';
import { format, type Localized } from './locale.ts';

const messages: Record<string, Localized> = {
  required: { vi: 'Trường này là bắt buộc', en: 'This field is required' },
  additionalProperties: { vi: 'Trường này không được phép', en: 'This field is not allowed' },
  type: { vi: 'Sai kiểu dữ liệu: cần {type}', en: 'Wrong type: expected {type}' },
  minLength: { vi: 'Cần ít nhất {limit} ký tự', en: 'Must be at least {limit} characters' },
  maxLength: { vi: 'Tối đa {limit} ký tự', en: 'Must be at most {limit} characters' },
  minimum: { vi: 'Phải lớn hơn hoặc bằng {limit}', en: 'Must be at least {limit}' },
  maximum: { vi: 'Phải nhỏ hơn hoặc bằng {limit}', en: 'Must be at most {limit}' },
  exclusiveMinimum: { vi: 'Phải lớn hơn {limit}', en: 'Must be greater than {limit}' },
  exclusiveMaximum: { vi: 'Phải nhỏ hơn {limit}', en: 'Must be less than {limit}' },
  minItems: { vi: 'Cần ít nhất {limit} mục', en: 'Must have at least {limit} items' },
  maxItems: { vi: 'Tối đa {limit} mục', en: 'Must have at most {limit} items' },
  uniqueItems: { vi: 'Các mục không được trùng nhau', en: 'Items must be unique' },
  minProperties: { vi: 'Cần ít nhất {limit} trường', en: 'Must have at least {limit} fields' },
  enum: {
    vi: 'Giá trị không hợp lệ; chọn một trong: {allowed}',
    en: 'Invalid value; choose one of: {allowed}',
  },
  const: { vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
  pattern: {
    vi: 'Định dạng không hợp lệ (có thể chứa ký tự điều khiển)',
    en: 'Invalid format (it may contain control characters)',
  },
  format: { vi: 'Định dạng không hợp lệ: cần {format}', en: 'Invalid format: expected {format}' },
  anyOf: { vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
  fallback: { vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
};

const typeNames: Record<string, Localized> = {
  string: { vi: 'chuỗi', en: 'a string' },
  integer: { vi: 'số nguyên', en: 'an integer' },
  number: { vi: 'số', en: 'a number' },
  boolean: { vi: 'true/false', en: 'true/false' },
  object: { vi: 'đối tượng', en: 'an object' },
  array: { vi: 'danh sách', en: 'a list' },
  null: { vi: 'null', en: 'null' },
};

const formatNames: Record<string, Localized> = {
  email: { vi: 'địa chỉ e-mail', en: 'an e-mail address' },
  uuid: { vi: 'mã định danh (UUID)', en: 'an identifier (UUID)' },
  'date-time': { vi: 'ngày giờ ISO 8601', en: 'an ISO 8601 date-time' },
  date: { vi: 'ngày (YYYY-MM-DD)', en: 'a date (YYYY-MM-DD)' },
};

const partPrefix: Record<string, string> = {
  body: '',
  querystring: '/query',
  params: '/params',
  headers: '/headers',
};

/**
 * Turns Ajv errors into `{ path, message }` pairs in the user's language. The path is a JSON
 * pointer into the body (`/organization/taxCode`), or prefixed `/query`, `/params` for other parts.
 */
export function localizeValidationErrors(
  errors: ErrorObject[],
  part: string,
  locale: Locale,
): { path: string; message: string }[] {
  const seen = new Set<string>();
  const result: { path: string; message: string }[] = [];
  for (const error of errors) {
    let path = `${partPrefix[part] ?? ''}${error.instancePath}`;
    const params = error.params as Record<string, unknown>;
    if (error.keyword === 'required') {
      path += `/${String(params.missingProperty)}`;
    } else if (error.keyword === 'additionalProperties') {
      path += `/${String(params.additionalProperty)}`;
    }
    // anyOf over nullable types repeats the same complaint once per branch: keep the first.
    if (seen.has(path)) {
      continue;
    }
    seen.add(path);
    const template = messages[error.keyword] ?? messages.fallback!;
    const values: Record<string, string | number> = {};
    if (typeof params.limit === 'number') {
      values.limit = params.limit;
    }
    if (typeof params.type === 'string') {
      values.type = typeNames[params.type]?.[locale] ?? params.type;
    }
    if (typeof params.format === 'string') {
      values.format = formatNames[params.format]?.[locale] ?? params.format;
    }
    if (Array.isArray(params.allowedValues)) {
      values.allowed = params.allowedValues.join(', ');
    }
    result.push({ path: path || '/', message: format(template[locale], values) });
  }
  return result;
}
