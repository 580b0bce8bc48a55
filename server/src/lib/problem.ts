import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorObject } from 'ajv';
import { errorCodes, type ErrorCode, type Locale } from '@ketnoi/shared';
import { AppError, type FieldError } from './errors.ts';
import { localeFromHeader, type Localized } from './locale.ts';
import { localizeValidationErrors } from './validation-messages.ts';

/** A short human title per code, in both languages; `detail` carries the specifics. */
const titles: Partial<Record<ErrorCode, Localized>> & { default: Localized } = {
  VALIDATION_FAILED: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
  MALFORMED_JSON: {
    vi: 'Nội dung gửi lên không phải JSON hợp lệ',
    en: 'The request body is not valid JSON',
  },
  UNAUTHENTICATED: { vi: 'Bạn cần đăng nhập', en: 'Authentication required' },
  INVALID_CREDENTIALS: { vi: 'E-mail hoặc mật khẩu không đúng', en: 'Wrong e-mail or password' },
  FORBIDDEN: {
    vi: 'Bạn không có quyền thực hiện thao tác này',
    en: 'You are not allowed to do this',
  },
  NOT_FOUND: { vi: 'Không tìm thấy', en: 'Not found' },
  ROUTE_NOT_FOUND: { vi: 'Không có đường dẫn này', en: 'No such route' },
  VERSION_CONFLICT: { vi: 'Dữ liệu đã bị người khác thay đổi', en: 'Changed by someone else' },
  TOO_MANY_REQUESTS: {
    vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau',
    en: 'Too many requests, try again later',
  },
  QUOTA_EXCEEDED: {
    vi: 'Tổ chức đã đạt giới hạn trong khoảng thời gian này',
    en: 'Your organization has reached its limit for now',
  },
  SERVICE_UNAVAILABLE: { vi: 'Dịch vụ tạm thời gián đoạn', en: 'Service temporarily unavailable' },
  AUTH_BUSY: {
    vi: 'Hệ thống đang có quá nhiều lượt đăng nhập, vui lòng thử lại sau giây lát',
    en: 'Too many sign-ins right now, try again in a moment',
  },
  INTERNAL: { vi: 'Lỗi hệ thống', en: 'Internal error' },
  default: { vi: 'Yêu cầu không thực hiện được', en: 'The request could not be completed' },
};

const statusCodes: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'ROUTE_NOT_FOUND',
  406: 'UNSUPPORTED_MEDIA_TYPE',
  409: 'INVALID_STATE',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/** Fastify's own error codes with a better stable code of ours. */
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
};

/** PostgreSQL unreachable or restarting: the client may retry, so it is a 503, not a 500. */
const unavailableErrors = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
]);
function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) {
    return false;
  }
  // drizzle wraps the driver's error (DrizzleQueryError): its SQLSTATE and message are on `cause`.
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const code = (error as { code?: string }).code;
  if ([code, cause?.code].some((c) => typeof c === 'string' && unavailableErrors.has(c))) {
    return true;
  }
  return [error.message, cause?.message].some(
    (message) =>
      typeof message === 'string' &&
      /timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED/i.test(
        message,
      ),
  );
}

/**
 * PostgreSQL data exceptions that only input can cause once the schemas have passed it: a lone
 * UTF-16 surrogate inside a jsonb document (22P02 "invalid input syntax for type json", or
 * 22P05), a character the encoding lacks (22021), a number beyond a column's range (22003).
 * The client sent it, so it is a 400, not a 500.
 */
const unstorableInputErrors = new Set(['22P02', '22P05', '22021', '22003']);
function isUnstorableInput(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return [code, cause].some((c) => typeof c === 'string' && unstorableInputErrors.has(c));
}

const localizeFieldError = (e: FieldError, locale: Locale) => ({
  path: e.path,
  message: typeof e.message === 'string' ? e.message : e.message[locale],
});

export type Problem = {
  status: number;
  code: ErrorCode;
  detail: string;
  errors?: { path: string; message: string }[];
  headers?: Record<string, string>;
  data?: Record<string, unknown>;
};

export function toProblem(error: unknown, locale: Locale): Problem {
  if (error instanceof AppError) {
    return {
      status: error.status,
      code: error.code,
      detail: error.message,
      ...(error.extra.errors
        ? { errors: error.extra.errors.map((e) => localizeFieldError(e, locale)) }
        : {}),
      ...(error.extra.headers ? { headers: error.extra.headers } : {}),
      ...(error.extra.data ? { data: error.extra.data } : {}),
    };
  }
  const fastifyError = error as FastifyError & {
    validationContext?: string;
    validation?: ErrorObject[];
  };
  if (fastifyError.validation) {
    const errors = localizeValidationErrors(
      fastifyError.validation,
      fastifyError.validationContext ?? 'body',
      locale,
    );
    const first = errors[0];
    return {
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: first ? `${first.path}: ${first.message}` : 'Invalid input',
      errors,
    };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      status: 503,
      code: 'SERVICE_UNAVAILABLE',
      detail: 'The database is not reachable right now',
      headers: { 'retry-after': '5' },
    };
  }
  if (isUnstorableInput(error)) {
    return {
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: 'The request holds text or a number that cannot be stored',
    };
  }
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = fastifyCodes[fastifyError.code] ?? statusCodes[status] ?? 'VALIDATION_FAILED';
    return { status, code, detail: fastifyError.message };
  }
  return {
    status: 500,
    code: 'INTERNAL',
    detail: 'Something went wrong on our side. It has been logged.',
  };
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem) {
  const locale = localeFromHeader(request.headers['accept-language']);
  const title = (titles[problem.code] ?? titles.default)[locale];
  for (const [name, value] of Object.entries(problem.headers ?? {})) {
    void reply.header(name, value);
  }
  return reply
    .status(problem.status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `https://ketnoi.vn/problems/${problem.code.toLowerCase().replaceAll('_', '-')}`,
      title,
      status: problem.status,
      detail: problem.detail,
      code: problem.code,
      instance: request.id,
      ...(problem.errors ? { errors: problem.errors } : {}),
      ...problem.data,
    });
}

export { errorCodes };
