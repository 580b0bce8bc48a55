import fc from 'fast-check';
import { Ajv, type ValidateFunction } from 'ajv';
import * as ajvFormats from 'ajv-formats';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { errorCodes } from '@ketnoi/shared';
import {
  hostileBodies,
  hostileStrings,
  REMOVE,
  resolve,
  setAt,
  sitesOf,
  validArbitrary,
  violationsFor,
  type Components,
  type JsonSchema,
} from './fuzz-schema.ts';

/**
 * The S10 engine: one OpenAPI operation → ≥ 200 requests (valid, schema-violating, hostile),
 * each sent with app.inject and checked against the operation's declared responses.
 */

export type Operation = {
  method: string;
  path: string;
  key: string;
  parameters: { name: string; in: string; required?: boolean; schema: JsonSchema }[];
  body?: JsonSchema;
  responses: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
};

export type Kind = 'valid' | 'invalid' | 'hostile';

export type FuzzCase = {
  kind: Kind;
  params: Record<string, string>;
  query: Record<string, unknown>;
  /** A value sent as JSON, or raw text (hostile bodies) when `rawBody` is set. */
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  /** Set when Ajv (with the server's options) refuses the request: it must get a 4xx. */
  schemaInvalid: boolean;
  note: string;
};

export type Failure = {
  op: string;
  kind: Kind;
  note: string;
  status: number;
  problem: string;
  request: string;
};

export function operationsOf(document: {
  paths: Record<string, Record<string, Record<string, unknown>>>;
}): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, raw] of Object.entries(methods)) {
      const op = raw as {
        parameters?: Operation['parameters'];
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
        responses: Operation['responses'];
      };
      operations.push({
        method: method.toUpperCase(),
        path,
        key: `${method.toUpperCase()} ${path}`,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema,
        responses: op.responses,
      });
    }
  }
  return operations;
}

/** Ajv set up as the server's (app.ts): bodies uncoerced, params and queries coerced. */
export function createValidators(components: Components) {
  const make = (coerceTypes: false | 'array') => {
    const ajv = new Ajv({ allErrors: false, strict: false, coerceTypes, useDefaults: true });
    ajvFormats.default(ajv, ['email', 'uuid', 'date-time', 'date', 'uri']);
    ajv.addSchema({ $id: 'oas', components: { schemas: components } });
    return ajv;
  };
  const body = make(false);
  const other = make('array');
  const cache = new Map<string, ValidateFunction>();
  const compile = (ajv: Ajv, schema: JsonSchema) => {
    const text = JSON.stringify(schema).replaceAll('"#/components/', '"oas#/components/');
    const id = `${ajv === body ? 'b' : 'o'}${text}`;
    let fn = cache.get(id);
    if (!fn) {
      fn = ajv.compile(JSON.parse(text));
      cache.set(id, fn);
    }
    return fn;
  };
  return {
    body: (schema: JsonSchema, value: unknown) => compile(body, schema)(structuredClone(value)),
    other: (schema: JsonSchema, value: unknown) => compile(other, schema)(structuredClone(value)),
    response: (schema: JsonSchema, value: unknown) => {
      const fn = compile(body, schema);
      return fn(value) ? null : JSON.stringify(fn.errors?.slice(0, 3));
    },
  };
}

type Validators = ReturnType<typeof createValidators>;

function objectSchemaOf(parameters: Operation['parameters'], where: string): JsonSchema {
  const list = parameters.filter((p) => p.in === where);
  return {
    type: 'object',
    properties: Object.fromEntries(list.map((p) => [p.name, p.schema])),
    required: list.filter((p) => p.required || where === 'path').map((p) => p.name),
  };
}

export type Fixture = {
  params?: Record<string, string>;
  /** Top-level body fields replaced in most valid cases (ids of real rows, current versions). */
  body?: Record<string, unknown>;
  query?: Record<string, unknown>;
  /** A known-good request tried first, for the ≥ 1 × 2xx sanity check. */
  good?: { body?: unknown; query?: Record<string, unknown> };
};

/** ≥ 200 cases for `op`: `counts.valid` valid, `counts.invalid` violating, `counts.hostile` hostile. */
export function casesFor(
  op: Operation,
  fixture: Fixture,
  components: Components,
  validators: Validators,
  seed: number,
  counts = { valid: 50, invalid: 100, hostile: 50 },
): FuzzCase[] {
  const querySchema = objectSchemaOf(op.parameters, 'query');
  const pathSchema = objectSchemaOf(op.parameters, 'path');
  const pathNames = Object.keys(pathSchema.properties!);
  const params = Object.fromEntries(
    pathNames.map((name) => [
      name,
      fixture.params?.[name] ?? '00000000-0000-4000-8000-000000000000',
    ]),
  );
  const bodySchema = op.body ? resolve(op.body, components) : undefined;
  const sample = <T>(arb: fc.Arbitrary<T>, n: number, offset: number) =>
    fc.sample(arb, { seed: seed + offset, numRuns: n });

  const validQueries = sample(validArbitrary(querySchema, components), counts.valid, 1) as Record<
    string,
    unknown
  >[];
  const validBodies = bodySchema
    ? sample(validArbitrary(bodySchema, components), counts.valid, 2)
    : [];
  const rand = fc.sample(fc.integer({ min: 0, max: 1_000_000 }), {
    seed: seed + 3,
    numRuns: counts.valid + counts.invalid + counts.hostile + 10,
  });
  let r = 0;
  const pick = <T>(list: readonly T[]): T => list[rand[r++ % rand.length]! % list.length]!;

  const withFixture = (body: unknown, i: number) =>
    fixture.body && i % 5 !== 4 && body !== null && typeof body === 'object'
      ? { ...body, ...fixture.body }
      : body;
  const queryWithFixture = (query: Record<string, unknown>) => ({
    ...query,
    ...fixture.query,
  });

  // Judged on what goes over the wire: the query string as parsed back, the body as JSON text.
  const classify = (c: Omit<FuzzCase, 'schemaInvalid'>): FuzzCase => {
    let invalid =
      !validators.other(querySchema, wireQuery(c.query)) || !validators.other(pathSchema, c.params);
    if (bodySchema) {
      if (c.body !== undefined && c.rawBody === undefined) {
        invalid ||= !validators.body(bodySchema, JSON.parse(JSON.stringify(c.body)));
      } else if (c.rawBody !== undefined) {
        try {
          invalid ||= !validators.body(bodySchema, JSON.parse(c.rawBody));
        } catch {
          invalid = true;
        }
      } else {
        invalid ||= !validators.body(bodySchema, c.body);
      }
    }
    return { ...c, schemaInvalid: invalid };
  };

  const cases: FuzzCase[] = [];
  if (fixture.good) {
    cases.push(
      classify({
        kind: 'valid',
        params,
        query: fixture.good.query ?? queryWithFixture({}),
        body: fixture.good.body,
        note: 'known-good request',
      }),
    );
  }
  for (let i = cases.length; i < counts.valid; i++) {
    cases.push(
      classify({
        kind: 'valid',
        params,
        // Every optional parameter at once rarely makes sense together (price ranges, dates):
        // most valid cases carry one or two of them.
        query: queryWithFixture(sparse(validQueries[i] ?? {}, i)),
        body: bodySchema ? withFixture(validBodies[i], i) : undefined,
        note: 'generated from the schema',
      }),
    );
  }

  // Violations: one site broken per case, spread over params, query and body.
  type Target = { where: 'path' | 'query' | 'body'; path: (string | number)[]; values: unknown[] };
  const targets: Target[] = [];
  for (const site of sitesOf(pathSchema, params, components).slice(1)) {
    // An empty segment is another route's URL (GET /products/ is the list), not a bad id.
    const values = violationsFor(site, true).filter((v) => v !== REMOVE && v !== '');
    targets.push({ where: 'path', path: site.path, values });
  }
  const queryBase = queryWithFixture(validQueries[0] ?? {});
  for (const site of sitesOf(querySchema, queryBase, components).slice(1)) {
    targets.push({ where: 'query', path: site.path, values: violationsFor(site, true) });
  }
  const bodyBase = bodySchema ? withFixture(validBodies[0], 0) : undefined;
  if (bodySchema) {
    for (const site of sitesOf(bodySchema, bodyBase, components)) {
      targets.push({ where: 'body', path: site.path, values: violationsFor(site, false) });
    }
    targets.push({ where: 'body', path: [], values: [undefined] });
  }
  const usable = targets.filter((t) => t.values.length > 0);
  for (let i = 0; i < counts.invalid; i++) {
    if (usable.length === 0) {
      // Nothing to violate (no params, query or body): unknown query parameters instead.
      cases.push(
        classify({
          kind: 'invalid',
          params,
          query: { ...queryBase, [`unexpected${i}`]: pick(hostileStrings) },
          body: bodyBase,
          note: 'unknown query parameter',
        }),
      );
      continue;
    }
    const target = usable[i % usable.length]!;
    const value = target.values[Math.floor(i / usable.length) % target.values.length];
    const note = `${target.where} ${target.path.join('.') || '(root)'} = ${describe(value)}`;
    if (target.where === 'body') {
      cases.push(
        classify({
          kind: 'invalid',
          params,
          query: queryBase,
          body: setAt(bodyBase, target.path, value),
          note,
        }),
      );
    } else if (target.where === 'query') {
      cases.push(
        classify({
          kind: 'invalid',
          params,
          query: setAt(queryBase, target.path, value) as Record<string, unknown>,
          body: bodyBase,
          note,
        }),
      );
    } else {
      cases.push(
        classify({
          kind: 'invalid',
          params: setAt(params, target.path, value === REMOVE ? '' : String(value)) as Record<
            string,
            string
          >,
          query: queryBase,
          body: bodyBase,
          note,
        }),
      );
    }
  }

  // Hostile: strange strings in every place a string can go, and hostile bodies.
  const bodySites = bodySchema ? sitesOf(bodySchema, bodyBase, components).slice(1) : [];
  const queryNames = Object.keys(querySchema.properties!);
  const raw = bodySchema ? hostileBodies(bodyBase) : [];
  const places = [
    ...pathNames.map((name) => ({ where: 'path' as const, name })),
    ...queryNames.map((name) => ({ where: 'query' as const, name })),
    ...bodySites.map((site) => ({ where: 'body' as const, name: '', site })),
    { where: 'header' as const, name: 'accept-language' },
    { where: 'extra' as const, name: '__proto__' },
  ];
  for (let i = 0; i < counts.hostile; i++) {
    if (raw.length > 0 && i % 3 === 0) {
      const text = raw[(i / 3) % raw.length]!;
      cases.push(
        classify({
          kind: 'hostile',
          params,
          query: queryBase,
          rawBody: text,
          note: `raw body ${describe(text)}`,
        }),
      );
      continue;
    }
    const value = hostileStrings[i % hostileStrings.length]!;
    const place = places[Math.floor(i / 2) % places.length]!;
    const note = `${place.where} ${place.name || ('site' in place ? place.site.path.join('.') : '')} = ${describe(value)}`;
    const base = { kind: 'hostile' as const, params, query: queryBase, body: bodyBase, note };
    switch (place.where) {
      case 'path':
        cases.push(classify({ ...base, params: { ...params, [place.name]: value || ' ' } }));
        break;
      case 'query':
        cases.push(classify({ ...base, query: { ...queryBase, [place.name]: value } }));
        break;
      case 'body':
        cases.push(classify({ ...base, body: setAt(bodyBase, place.site.path, value) }));
        break;
      case 'header':
        cases.push(
          classify({ ...base, headers: { 'accept-language': value, 'x-request-id': value } }),
        );
        break;
      case 'extra':
        cases.push(
          classify({
            ...base,
            query: { ...queryBase, ['__proto__']: value, 'constructor[prototype]': value },
          }),
        );
        break;
    }
  }
  return cases;
}

function sparse(query: Record<string, unknown>, i: number): Record<string, unknown> {
  if (i % 5 === 4) {
    return query;
  }
  const keys = Object.keys(query);
  const kept = keys.length === 0 ? [] : [keys[i % keys.length]!, keys[(i * 7) % keys.length]!];
  return Object.fromEntries(kept.slice(0, i % 3).map((k) => [k, query[k]]));
}

function describe(value: unknown): string {
  if (value === REMOVE) {
    return '(removed)';
  }
  if (value === undefined) {
    return '(no body)';
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40
    ? `${JSON.stringify(text.slice(0, 30))}… (${text.length} chars)`
    : JSON.stringify(text);
}

/** Percent-encodes, sending lone surrogates as the (invalid UTF-8) bytes of a surrogate. */
export function encodeComponent(value: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    out += code >= 0xd800 && code <= 0xdfff ? '%ED%A0%80' : encodeURIComponent(ch);
  }
  return out;
}

function wireQuery(query: Record<string, unknown>): Record<string, string | string[]> {
  const parsed: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(queryString(query).slice(1))) {
    const held = parsed[key];
    parsed[key] = held === undefined ? value : [...(Array.isArray(held) ? held : [held]), value];
  }
  return parsed;
}

function queryString(query: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === REMOVE) {
      continue;
    }
    for (const item of Array.isArray(value) ? value : [value]) {
      const text = typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item);
      parts.push(`${encodeComponent(key)}=${encodeComponent(text)}`);
    }
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export function requestFor(op: Operation, c: FuzzCase, token?: string): InjectOptions {
  const url = op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    name === '*' ? (c.params[name] ?? '') : encodeComponent(c.params[name] ?? ''),
  );
  const headers: Record<string, string> = {
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...c.headers,
  };
  const options: InjectOptions = {
    method: op.method,
    url: `${url}${queryString(c.query)}`,
    headers,
  };
  if (c.rawBody !== undefined) {
    options.payload = c.rawBody;
    headers['content-type'] = 'application/json';
  } else if (c.body !== undefined) {
    options.payload = JSON.stringify(c.body);
    headers['content-type'] = 'application/json';
  }
  return options;
}

const documentedCodes = new Set(Object.keys(errorCodes));

/** Checks one response against the operation's declared statuses and schemas; null when it holds. */
export function checkResponse(
  op: Operation,
  c: FuzzCase,
  response: { statusCode: number; headers: Record<string, unknown>; body: string },
  validators: Validators,
  components: Components,
): string | null {
  const status = response.statusCode;
  if (status >= 500) {
    return `5xx: ${response.body.slice(0, 300)}`;
  }
  const declared = op.responses[String(status)] ?? op.responses[`${Math.floor(status / 100)}XX`];
  if (!declared) {
    return `undeclared status ${status}`;
  }
  const contentType = response.headers['content-type'];
  const type = typeof contentType === 'string' ? contentType : '';
  if (status >= 400) {
    if (!type.startsWith('application/problem+json')) {
      return `4xx with content-type ${type}`;
    }
    let problem: { code?: string };
    try {
      problem = JSON.parse(response.body);
    } catch {
      return '4xx body is not JSON';
    }
    if (!problem.code || !documentedCodes.has(problem.code)) {
      return `4xx with undocumented code ${problem.code}`;
    }
    const problemSchema = declared.content?.['application/json']?.schema ?? {
      $ref: '#/components/schemas/def-0',
    };
    const error = validators.response(problemSchema, problem);
    return error ? `problem body off its schema: ${error}` : null;
  }
  if (c.schemaInvalid) {
    return `schema-invalid request answered ${status}`;
  }
  const schema = declared.content?.['application/json']?.schema;
  if (schema && type.startsWith('application/json') && status !== 204) {
    const error = validators.response(resolve(schema, components), JSON.parse(response.body));
    return error ? `${status} body off its schema: ${error}` : null;
  }
  return null;
}

export async function runCases(
  app: FastifyInstance,
  op: Operation,
  cases: FuzzCase[],
  token: string | undefined,
  validators: Validators,
  components: Components,
  concurrency = 4,
) {
  const failures: Failure[] = [];
  const statuses: Record<string, number> = {};
  const durations: number[] = [];
  let next = 0;
  async function worker() {
    while (next < cases.length) {
      const c = cases[next++]!;
      const started = performance.now();
      const options = requestFor(op, c, token);
      const response = await app.inject(options);
      durations.push(performance.now() - started);
      statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
      const problem = checkResponse(op, c, response, validators, components);
      if (problem) {
        failures.push({
          op: op.key,
          kind: c.kind,
          note: c.note,
          status: response.statusCode,
          problem,
          request: `${typeof options.url === 'string' ? options.url : ''} ${typeof options.payload === 'string' ? options.payload.slice(0, 300) : ''}`,
        });
      }
    }
  }
  // The known-good request first, alone: later cases may change the state it needs.
  if (cases[0]?.note === 'known-good request') {
    next = 0;
    const only = cases.slice(0, 1);
    const rest = cases.slice(1);
    cases.splice(0, cases.length, ...only);
    await worker();
    cases.splice(0, cases.length, ...only, ...rest);
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { failures, statuses, durations };
}
