import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { FieldError } from '../../platform/http/problem.js';
import { toFieldErrors } from '../../platform/http/validation.js';

// Route helpers the EM advice module's routes share.

// Declared so that the OpenAPI document lists the 422; the shape is the problem document (serialised as is).
export const Problem422 = {
  422: Type.Object(
    {
      type: Type.String(),
      title: Type.String(),
      status: Type.Integer(),
      detail: Type.Optional(Type.String()),
      instance: Type.Optional(Type.String()),
      errors: Type.Optional(
        Type.Array(
          Type.Object({ name: Type.String(), in: Type.String(), code: Type.String(), detail: Type.String() }),
        ),
      ),
    },
    { description: 'Incomplete or invalid: every bad field is named in errors' },
  ),
};

/** Type and format problems the schema found (attachValidation), to be answered together with the rest. */
export function schemaErrorsOf(req: FastifyRequest): FieldError[] {
  const v = req.validationError as
    (Error & { validation?: unknown[]; validationContext?: string }) | undefined;
  if (!v) return [];
  if (v.validationContext && v.validationContext !== 'body') throw v;
  return toFieldErrors((v.validation ?? []) as never, 'body');
}

export type P = { Params: { id: string } };
