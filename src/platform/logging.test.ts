import { describe, expect, it } from 'vitest';
import { createLogger } from './logging.js';

describe('logging', () => {
  it('keeps the values of a database error out of the log', () => {
    const lines: string[] = [];
    const logger = createLogger('info', false, {
      write: (s: string) => void lines.push(s),
    });
    const err = Object.assign(new Error('duplicate key value violates unique constraint "clients_bsn_key"'), {
      code: '23505',
      constraint: 'clients_bsn_key',
      detail: 'Key (bsn)=(999999990) already exists.',
    });
    logger.error({ err }, 'unhandled error');
    const out = lines.join('');
    expect(out).toContain('clients_bsn_key');
    expect(out).toContain('23505');
    expect(out).not.toContain('999999990');
  });

  it('logs request URLs without their query string and never the authorization header', () => {
    const lines: string[] = [];
    const logger = createLogger('info', false, { write: (s: string) => void lines.push(s) });
    logger.info(
      {
        req: {
          id: 'r1',
          method: 'GET',
          url: '/api/v1/clients?q=Jansen',
          headers: { authorization: 'Bearer x' },
        },
      },
      'incoming request',
    );
    const out = lines.join('');
    expect(out).toContain('/api/v1/clients');
    expect(out).not.toContain('Jansen');
    expect(out).not.toContain('Bearer');
  });
});
