import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import type { FieldError } from './problem.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function makeAjv(coerceTypes: boolean): Ajv {
  // allErrors: report every bad field at once, not only the first.
  const ajv = new Ajv({
    allErrors: true,
    coerceTypes,
    removeAdditional: false,
    useDefaults: true,
    strict: false,
  });
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'example' });
  return ajv;
}

// Bodies are JSON and must have the right types as sent ("12" is not a number). Query strings and path
// parameters are text by nature, so there types are coerced.
const strictAjv = makeAjv(false);
const coercingAjv = makeAjv(true);

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? strictAjv : coercingAjv;
  return ajv.compile(schema as object) as ReturnType<FastifySchemaCompiler<unknown>>;
};

const where: Record<string, FieldError['in']> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'header',
};

function describe(e: ErrorObject): { code: string; detail: string; field?: string } {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { code: 'required', detail: 'is required', field: String(p.missingProperty) };
    case 'additionalProperties':
      return { code: 'unknown', detail: 'is not a known field', field: String(p.additionalProperty) };
    case 'type':
      return { code: 'type', detail: `must be of type ${String(p.type)}` };
    case 'format':
      return { code: 'format', detail: `must be a valid ${String(p.format)}` };
    case 'enum':
      return { code: 'enum', detail: `must be one of: ${(p.allowedValues as unknown[]).join(', ')}` };
    default:
      return { code: e.keyword, detail: e.message ?? 'is invalid' };
  }
}

/** Turns ajv errors into one FieldError per bad field, with a dotted path a person can read. */
export function toFieldErrors(errors: ErrorObject[], context: string): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const e of errors) {
    const d = describe(e);
    const path = e.instancePath
      .split('/')
      .filter(Boolean)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (d.field) path.push(d.field);
    const name = path.join('.') || '(root)';
    const key = `${name}:${d.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name, in: where[context] ?? 'body', code: d.code, detail: `${name} ${d.detail}` });
  }
  return out;
}
