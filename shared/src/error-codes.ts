/**
 * Stable problem-details `code`s. The web app translates them; tests assert them.
 * Never rename one: add a new code instead.
 */
export const errorCodes = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  INVALID_TAX_CODE: 400,
  UNKNOWN_PROVINCE: 400,
  INVALID_HS_CODE: 400,
  WEAK_PASSWORD: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_DISABLED: 401,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  EMAIL_TAKEN: 409,
  TAX_CODE_TAKEN: 409,
  INVALID_STATE: 409,
  PRODUCER_NOT_VERIFIED: 409,
  /** A product already has the most images it may have (8). */
  IMAGE_LIMIT_REACHED: 409,
  /** A pipeline step not allowed from the current status; the problem lists `allowed`. */
  INVALID_TRANSITION: 409,
  /** Only verified organizations may post demands, request samples or be introduced. */
  ORGANIZATION_NOT_VERIFIED: 409,
  /** A match already exists for this demand and product. */
  MATCH_EXISTS: 409,
  /** A request with this Idempotency-Key is still being processed. */
  IDEMPOTENCY_IN_PROGRESS: 409,
  /** The same Idempotency-Key was used with a different request. */
  IDEMPOTENCY_KEY_REUSED: 422,
  /** A quote past its validity date can no longer be accepted. */
  QUOTE_EXPIRED: 409,
  /** A meeting slot overlaps another active meeting of a party or at the table; the problem carries `clash`. */
  MEETING_CLASH: 409,
  /** The event has accepted as many organizations as it has room for. */
  EVENT_FULL: 409,
  /** The event's registration deadline has passed (or it is not open for registration). */
  REGISTRATION_CLOSED: 409,
  /** The person already keeps a saved search by this name. */
  SAVED_SEARCH_NAME_TAKEN: 409,
  /** The person keeps as many saved searches as allowed (MAX_SAVED_SEARCHES). */
  SAVED_SEARCH_LIMIT_REACHED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** A spreadsheet refused before it is read: a zip bomb, too many entries, a damaged archive. */
  IMPORT_FILE_REJECTED: 422,
  /** An image whose width × height (or one side) is over the limit: refused before decoding. */
  IMAGE_DIMENSIONS_TOO_LARGE: 422,
  /** Bytes that look like an allowed image type but cannot be decoded (truncated, corrupt). */
  IMAGE_UNREADABLE: 422,
  TOO_MANY_REQUESTS: 429,
  /**
   * An organization created more demands or sample requests than its quota allows in the window
   * (DEMANDS_PER_ORG_PER_HOUR, SAMPLE_REQUESTS_PER_ORG_PER_DAY); `Retry-After` says when to retry.
   */
  QUOTA_EXCEEDED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
  /**
   * Every password-checking slot of this API process is busy and its short queue is full (a
   * login storm); nothing was checked, so a retry after `Retry-After` is safe.
   */
  AUTH_BUSY: 503,
} as const;

export type ErrorCode = keyof typeof errorCodes;
