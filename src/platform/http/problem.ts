/**
 * RFC 9457 problem details, with the NLGov `errors` extension naming each bad field. Every error the API
 * returns goes through here, so clients can rely on one shape.
 */
export interface FieldError {
  /** The field, as a JSON-pointer-like dotted path, e.g. `addressContact.phone`. */
  name: string;
  in: 'body' | 'query' | 'path' | 'header';
  code: string;
  detail: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly type = 'about:blank',
  ) {
    super(detail ?? title);
  }
  toProblem(instance?: string): Problem {
    return {
      type: this.type,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(instance ? { instance } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

export const badRequest = (detail: string, errors?: FieldError[]) =>
  new ProblemError(400, 'Bad Request', detail, errors);
export const unauthorized = (detail = 'Sign in first: a valid bearer token is required.') =>
  new ProblemError(401, 'Unauthorized', detail);
export const forbidden = (detail: string) => new ProblemError(403, 'Forbidden', detail);
export const notFound = (what: string) => new ProblemError(404, 'Not Found', `${what} was not found.`);
export const conflict = (detail: string) => new ProblemError(409, 'Conflict', detail);
export const unprocessable = (detail: string, errors: FieldError[]) =>
  new ProblemError(422, 'Unprocessable Content', detail, errors);
