import fc from 'fast-check';

/**
 * JSON Schema (as found in the app's OpenAPI 3.0 document) → fast-check arbitraries for values
 * that satisfy it, plus the mutations that break it and the hostile values any input must
 * survive. Used by the S10 fuzzing suite (fuzz-openapi.test.ts); every generated request is
 * then classified with Ajv, so a mutation that happens to stay valid is never counted as one.
 */

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  nullable?: boolean;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  minProperties?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  multipleOf?: number;
  default?: unknown;
};

export type Components = Record<string, JsonSchema>;

export function resolve(schema: JsonSchema, components: Components): JsonSchema {
  let current = schema;
  for (let i = 0; current.$ref && i < 10; i++) {
    const name = current.$ref.replace('#/components/schemas/', '');
    current = components[name] ?? {};
  }
  return current;
}

const typeOf = (schema: JsonSchema): string | undefined =>
  Array.isArray(schema.type) ? schema.type[0] : schema.type;

/** Letters a Vietnamese user types, ASCII punctuation and a few wider characters. */
const textChar = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-()/&'.split(''),
  ...'àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵĐ'.split(''),
  '€',
  '漢',
  '🍯',
);

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 40, Math.max(min + 40, 40));
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'email':
      return fc
        .tuple(
          fc.stringMatching(/^[a-z][a-z0-9]{0,11}$/),
          fc.constantFrom('example.vn', 'ketnoi.test', 'mail.example.com'),
        )
        .map(([user, domain]) => `${user}@${domain}`);
    case 'date-time':
      return fc
        .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) })
        .map((ms) => new Date(ms).toISOString());
    case 'date':
      return fc
        .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) })
        .map((ms) => new Date(ms).toISOString().slice(0, 10));
    case 'uri':
      return fc.stringMatching(/^[a-z]{1,10}$/).map((path) => `https://example.vn/${path}`);
  }
  if (schema.pattern) {
    const regex = new RegExp(schema.pattern, 'u');
    const fits = (s: string) => s.length >= min && s.length <= (schema.maxLength ?? Infinity);
    // Patterns that only exclude control characters: draw ordinary text and check it.
    if (/^\^\[\^/.test(schema.pattern)) {
      return fc
        .string({ unit: textChar, minLength: min, maxLength: max })
        .filter((s) => regex.test(s) && fits(s));
    }
    return fc.stringMatching(regex).filter(fits);
  }
  return fc.string({ unit: textChar, minLength: min, maxLength: max });
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const exclusiveMin = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : null;
  const exclusiveMax = typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum : null;
  let min = schema.minimum ?? (exclusiveMin !== null ? exclusiveMin : -1_000_000);
  let max = schema.maximum ?? (exclusiveMax !== null ? exclusiveMax : 1_000_000);
  if (integer || schema.multipleOf) {
    const step = schema.multipleOf ?? 1;
    if (exclusiveMin !== null) {
      min = Math.floor(exclusiveMin / step) * step + step;
    }
    if (exclusiveMax !== null) {
      max = Math.ceil(exclusiveMax / step) * step - step;
    }
    const lo = Math.ceil(min / step);
    const hi = Math.floor(max / step);
    return fc
      .oneof(
        fc.integer({ min: lo, max: Math.min(hi, lo + 1000) }),
        fc.integer({ min: Math.max(-(2 ** 52), lo), max: Math.min(2 ** 52, hi) }),
      )
      .map((n) => n * step);
  }
  if (exclusiveMin !== null) {
    min = exclusiveMin + Math.max(Math.abs(exclusiveMin) * 1e-9, 1e-6);
  }
  if (exclusiveMax !== null) {
    max = exclusiveMax - Math.max(Math.abs(exclusiveMax) * 1e-9, 1e-6);
  }
  return fc.oneof(
    fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, Math.ceil(min) + 1000)) }),
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
  );
}

/** Values that satisfy `schema`. */
export function validArbitrary(
  schema: JsonSchema,
  components: Components,
  depth = 0,
): fc.Arbitrary<unknown> {
  const s = resolve(schema, components);
  let base: fc.Arbitrary<unknown>;
  if (s.const !== undefined) {
    base = fc.constant(s.const);
  } else if (s.enum) {
    base = fc.constantFrom(...s.enum);
  } else if (s.anyOf || s.oneOf) {
    base = fc.oneof(...(s.anyOf ?? s.oneOf)!.map((x) => validArbitrary(x, components, depth + 1)));
  } else if (s.allOf) {
    base = validArbitrary(mergeAll(s.allOf, components), components, depth + 1);
  } else {
    switch (typeOf(s)) {
      case 'string':
        base = stringArbitrary(s);
        break;
      case 'integer':
        base = numberArbitrary(s, true);
        break;
      case 'number':
        base = numberArbitrary(s, false);
        break;
      case 'boolean':
        base = fc.boolean();
        break;
      case 'array': {
        const minLength = s.minItems ?? 0;
        const maxLength = Math.max(minLength, Math.min(s.maxItems ?? 4, 4));
        const item = validArbitrary(s.items ?? {}, components, depth + 1);
        base = s.uniqueItems
          ? fc.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
          : fc.array(item, { minLength, maxLength });
        break;
      }
      case 'object':
      case undefined: {
        if (!s.properties) {
          base = typeOf(s) === 'object' ? fc.constant({}) : fc.constant('x');
          break;
        }
        const required = s.required ?? [];
        const model: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [key, value] of Object.entries(s.properties)) {
          model[key] = validArbitrary(value, components, depth + 1);
        }
        base = fc
          .record(model, { requiredKeys: required })
          .filter((v) => Object.keys(v as object).length >= (s.minProperties ?? 0));
        break;
      }
      default:
        base = fc.constant(null);
    }
  }
  return s.nullable ? fc.option(base, { nil: null, freq: 6 }) : base;
}

function mergeAll(parts: JsonSchema[], components: Components): JsonSchema {
  const merged: JsonSchema = { type: 'object', properties: {}, required: [] };
  for (const part of parts.map((p) => resolve(p, components))) {
    Object.assign(merged.properties!, part.properties ?? {});
    merged.required!.push(...(part.required ?? []));
  }
  return merged;
}

/** A place in a value where a mutation or a hostile value can go, with the schema there. */
export type Site = { path: (string | number)[]; schema: JsonSchema; required: boolean };

/** Every property (recursively) that the generated value `value` holds or could hold. */
export function sitesOf(
  schema: JsonSchema,
  value: unknown,
  components: Components,
  path: (string | number)[] = [],
  required = true,
): Site[] {
  const s = resolve(schema, components);
  const sites: Site[] = [{ path, schema: s, required }];
  if (s.properties && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(s.properties)) {
      const held = (value as Record<string, unknown>)[key];
      sites.push(
        ...sitesOf(child, held, components, [...path, key], (s.required ?? []).includes(key)),
      );
    }
  }
  if (typeOf(s) === 'array' && s.items && Array.isArray(value) && value.length > 0) {
    sites.push(...sitesOf(s.items, value[0], components, [...path, 0], true));
  }
  return sites;
}

export const REMOVE = Symbol('remove');

/** Returns a copy of `root` with the value at `path` replaced (or removed with REMOVE). */
export function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) {
    return value;
  }
  const [head, ...rest] = path;
  const container = (
    Array.isArray(root)
      ? [...(root as unknown[])]
      : root !== null && typeof root === 'object'
        ? { ...(root as Record<string, unknown>) }
        : typeof head === 'number'
          ? []
          : {}
  ) as Record<string | number, unknown>;
  const next = setAt(container[head!], rest, value);
  if (next === REMOVE) {
    delete container[head!];
  } else {
    container[head!] = next;
  }
  return container;
}

/**
 * Values that break `schema` at one site: wrong types, out of range, enum misses, too long or
 * short, pattern violations, missing required properties, unknown properties. `asQuery` keeps
 * them to what a query string can carry (strings).
 */
export function violationsFor(site: Site, asQuery: boolean): unknown[] {
  const s = site.schema;
  const out: unknown[] = [];
  const type = typeOf(s);
  if (site.path.length > 0 && site.required) {
    out.push(REMOVE);
  }
  if (s.enum) {
    out.push('not-a-listed-value', asQuery ? 'Food' : 42);
  }
  switch (type) {
    case 'string':
      if (!asQuery) {
        out.push(12345, true, { nested: 'object' }, ['array']);
      }
      if (s.maxLength !== undefined) {
        out.push('x'.repeat(s.maxLength + 1));
      }
      if (s.minLength !== undefined && s.minLength > 0) {
        out.push('x'.repeat(s.minLength - 1));
      }
      if (s.pattern || s.format) {
        out.push('not valid \u0001 ~~');
      }
      break;
    case 'integer':
    case 'number': {
      out.push(asQuery ? 'abc' : 'abc', asQuery ? '1e999x' : null);
      if (type === 'integer') {
        out.push(asQuery ? '1.5' : 1.5);
      }
      const max = s.maximum ?? (typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum : null);
      const min = s.minimum ?? (typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum : null);
      if (max !== null) {
        out.push(asQuery ? String(max + 1) : max + 1);
      }
      if (min !== null) {
        out.push(asQuery ? String(min - 1) : min - 1);
      }
      break;
    }
    case 'boolean':
      out.push(asQuery ? 'maybe' : 'true', asQuery ? '2' : 1);
      break;
    case 'array':
      if (!asQuery) {
        out.push('not-an-array', { 0: 'x' });
      }
      if (s.maxItems !== undefined && s.items && !asQuery) {
        out.push(Array.from({ length: s.maxItems + 1 }, (_, i) => `item-${i}`));
      }
      break;
    case 'object':
      if (!asQuery && !s.nullable) {
        out.push('not-an-object', [1, 2], null);
      }
      if (!asQuery && s.additionalProperties === false) {
        out.push({ unexpectedField: 'x' });
      }
      break;
    case undefined:
    default:
      break;
  }
  return out;
}

/** Strings that have broken parsers, databases and renderers before. */
export const hostileStrings: readonly string[] = [
  '',
  'a',
  'x'.repeat(10),
  'A'.repeat(10_000),
  'nul\u0000byte',
  '\u0000',
  'lone \ud800 surrogate',
  '\udfff',
  'rtl \u202e override',
  '\ufeffbom',
  "' OR 1=1 --",
  '"; DROP TABLE users; --',
  "Robert'); DELETE FROM products;--",
  '%_\\',
  '& | ! ( ) :* \' "',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}}',
  '${7*7}',
  '#{7*7}',
  '../../../../etc/passwd',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '__proto__',
  'constructor',
  '=HYPERLINK("http://x","y")',
  '\r\nX-Injected: 1',
  'e\u0301\u0301\u0301\u0301',
  '🍯'.repeat(100),
];

/** Whole request bodies that are hostile in themselves, sent as raw JSON text. */
export function hostileBodies(sample: unknown): string[] {
  const base = sample !== null && typeof sample === 'object' ? sample : {};
  const inner = JSON.stringify(base).slice(1, -1);
  const sep = inner.length > 0 ? ',' : '';
  let deep = '1';
  for (let i = 0; i < 10_000; i++) {
    deep = `{"a":${deep}}`;
  }
  let deepArray = '1';
  for (let i = 0; i < 10_000; i++) {
    deepArray = `[${deepArray}]`;
  }
  return [
    `{"__proto__":{"isAdmin":true}${sep}${inner}}`,
    `{"constructor":{"prototype":{"isAdmin":true}}${sep}${inner}}`,
    `{${inner}${sep}"__proto__":{"role":"admin"}}`,
    deep,
    deepArray,
    `{"deep":${deep}${sep}${inner}}`,
    '1e999',
    '123456789012345678901234567890123456789',
    '"just a string"',
    'null',
    '[]',
    '{"a":1,"a":2}',
    `{${inner}${sep}${inner}}`,
    '{',
    '{"x": NaN}',
    "{'single': 'quotes'}",
    `{"big":"${'x'.repeat(1_000_000)}"}`,
  ];
}
