import { Type, type Static, type TSchema } from 'typebox';

export const IdSchema = Type.String({ format: 'uuid', description: 'UUID v7' });
export const IdParamsSchema = Type.Object({ id: IdSchema }, { additionalProperties: false });
export type IdParams = Static<typeof IdParamsSchema>;

export const TimestampSchema = Type.String({ format: 'date-time' });

/** Optimistic concurrency: the version the client last read. A stale one gets 409. */
export const VersionSchema = Type.Integer({ minimum: 1 });

export const PageQuerySchema = Type.Object(
  {
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);

export function PageSchema<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    page: Type.Integer(),
    limit: Type.Integer(),
  });
}

/** A single-line human text: no control characters (NUL would break PostgreSQL `text`). */
export function Text(options: { minLength?: number; maxLength: number; description?: string }) {
  return Type.String({ pattern: '^[^\\u0000-\\u001f\\u007f]*$', ...options });
}

/** Multi-line text: newlines and tabs allowed, other control characters not. */
export function LongText(options: { minLength?: number; maxLength: number; description?: string }) {
  return Type.String({
    pattern: '^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$',
    ...options,
  });
}

export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}

export const ProblemDetailsSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.String(),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
    currentVersion: Type.Optional(
      Type.Integer({ description: 'With VERSION_CONFLICT: the version now stored' }),
    ),
    allowed: Type.Optional(
      Type.Array(Type.String(), { description: 'With INVALID_STATE: the transitions allowed now' }),
    ),
  },
  { $id: 'ProblemDetails', additionalProperties: true },
);
export type ProblemDetails = Static<typeof ProblemDetailsSchema>;
