import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/modules/audit/store.js';
import { deriveAppUrl } from '../../src/platform/db/postgres.js';
import { sampleClient, startRegie, type TestRegie } from '../support/harness.js';

const run = promisify(execFile);

let t: TestRegie;
let rn: string;
let clientId: string;

beforeAll(async () => {
  t = await startRegie();
  rn = await t.login('em-specialist.rn');
  clientId = (await t.api<{ id: string }>('POST', '/api/v1/clients', rn, sampleClient())).body.id;
});
afterAll(() => t?.close());

const verify = () => t.regie.db.asOwner((tx) => verifyAuditChain(tx));

/** Runs the real `regie audit verify` command against the test database. */
async function cliVerify(): Promise<{ code: number; out: string }> {
  try {
    const r = await run('npx', ['tsx', 'src/cli.ts', 'audit', 'verify'], {
      env: { ...process.env, DATABASE_URL: t.databaseUrl, REGIE_ENV: 'test', LOG_LEVEL: 'error' },
    });
    return { code: 0, out: r.stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, out: err.stdout };
  }
}

describe('who looked at a client', () => {
  it('records every read with who and what, and shows it to the client’s organisation', async () => {
    await t.api('GET', `/api/v1/clients/${clientId}`, rn);
    const coordinator = await t.login('em-coordinator.rn');
    await t.api('GET', `/api/v1/clients/${clientId}`, coordinator);
    const r = await t.api<{
      items: { actor: string; actorName: string; action: string; organisation: string }[];
    }>('GET', `/api/v1/audit?clientId=${clientId}`, rn);
    expect(r.status).toBe(200);
    const reads = r.body.items.filter((i) => i.action === 'client.read');
    expect(reads.map((i) => i.actor).sort()).toEqual(['em-coordinator.rn', 'em-specialist.rn']);
    expect(reads.every((i) => i.organisation === 'RN')).toBe(true);
    // A client reading this overview sees people, not account names.
    expect(reads.map((i) => i.actorName).sort()).toEqual(['Eva Jansen', 'Mark de Vries']);
  });

  it('requires a reason from an inspector and records it', async () => {
    const inspector = await t.login('inspector');
    const without = await t.api<{ errors: { name: string; in: string }[] }>(
      'GET',
      `/api/v1/clients/${clientId}`,
      inspector,
    );
    expect(without.status).toBe(400);
    expect(without.body.errors).toEqual([expect.objectContaining({ name: 'reason', in: 'query' })]);
    const withReason = await t.api(
      'GET',
      `/api/v1/clients/${clientId}?reason=Dossieronderzoek%20EM%202026`,
      inspector,
    );
    expect(withReason.status).toBe(200);
    const log = await t.api<{ items: { actor: string; reason: string | null }[] }>(
      'GET',
      `/api/v1/audit?clientId=${clientId}`,
      rn,
    );
    expect(log.body.items.find((i) => i.actor === 'inspector')?.reason).toBe('Dossieronderzoek EM 2026');
  });
});

describe('tamper evidence', () => {
  it('the application role cannot change or remove audit entries', async () => {
    const sql = new pg.Client({ connectionString: deriveAppUrl(t.databaseUrl!) });
    await sql.connect();
    try {
      await expect(sql.query(`UPDATE audit_log SET reason = 'x'`)).rejects.toThrow(/permission denied/);
      await expect(sql.query(`DELETE FROM audit_log`)).rejects.toThrow(/permission denied/);
      await expect(
        sql.query(`INSERT INTO audit_log (seq, at, actor_username, action, resource, prev_hash, hash)
                   VALUES (999999, now(), 'x', 'x', 'x', 'x', 'x')`),
      ).rejects.toThrow(/permission denied/);
    } finally {
      await sql.end();
    }
  });

  it('an intact log verifies, through the service and the regie command', async () => {
    const r = await verify();
    expect(r.problems).toEqual([]);
    expect(r.entries).toBeGreaterThan(3);
    const cli = await cliVerify();
    expect(cli.code).toBe(0);
    expect(cli.out).toMatch(/audit log intact/);
  });

  // The remaining tests tamper as the owner (who can switch the guard trigger off), each on its own copy
  // of the situation, and restore nothing: they run in order and each expects the earlier damage.
  const owner = (sqlText: string, params: unknown[] = []) =>
    t.regie.db.asOwner(async (tx) => {
      await tx.query('ALTER TABLE audit_log DISABLE TRIGGER USER');
      await tx.query(sqlText, params);
      await tx.query('ALTER TABLE audit_log ENABLE TRIGGER USER');
    });

  it('detects a changed entry', async () => {
    await owner(`UPDATE audit_log SET actor_username = 'iemand-anders' WHERE seq = 2`);
    const r = await verify();
    expect(r.problems).toContainEqual(expect.objectContaining({ seq: 2, problem: 'hash-mismatch' }));
    const cli = await cliVerify();
    expect(cli.code).toBe(1);
    expect(cli.out).toMatch(/TAMPERED/);
  });

  it('detects a removed entry', async () => {
    await owner(`DELETE FROM audit_log WHERE seq = 3`);
    const r = await verify();
    expect(r.problems).toContainEqual(expect.objectContaining({ seq: 4, problem: 'gap' }));
    expect(r.problems).toContainEqual(expect.objectContaining({ seq: 4, problem: 'chain-broken' }));
  });

  it('detects an inserted entry, even with a self-consistent hash', async () => {
    await owner(
      `INSERT INTO audit_log (seq, at, actor_username, action, resource, prev_hash, hash)
       SELECT 3, now(), 'vervalst', 'client.read', '/clients', 'f', audit_entry_hash('f', 3, now(), NULL, 'vervalst', NULL, NULL, NULL, 'client.read', '/clients', NULL, '{}')`,
    );
    const r = await verify();
    expect(r.problems).toContainEqual(expect.objectContaining({ seq: 3, problem: 'chain-broken' }));
  });

  it('detects removal of the newest entries', async () => {
    const before = await verify();
    await owner(`DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)`);
    const r = await verify();
    expect(r.entries).toBe(before.entries - 1);
    expect(r.problems).toContainEqual(expect.objectContaining({ problem: 'head-mismatch' }));
  });
});
