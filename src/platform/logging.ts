import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Structured logs without personal data: request bodies are never logged, and query strings are cut
 * from logged URLs because search terms and reasons can hold names.
 */
export function createLogger(level: string, pretty = false, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'],
      remove: true,
    },
    serializers: {
      // Database errors carry the offending values in `detail` (e.g. a duplicate BSN); keep what locates the
      // fault (code, constraint, table, stack) and drop the values.
      err: (e: Error & Record<string, unknown>) =>
        e instanceof Error
          ? {
              type: e.name,
              message: e.message,
              stack: e.stack,
              ...(['code', 'constraint', 'table', 'column', 'routine'] as const).reduce(
                (kept, k) => (e[k] === undefined ? kept : { ...kept, [k]: e[k] }),
                {},
              ),
            }
          : e,
      req: (req: { method: string; url: string; id: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url.split('?')[0],
      }),
    },
    ...(pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
          },
        }
      : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}
