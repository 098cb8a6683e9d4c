import { cleanParameters, ruleParameterProblems, type SignalRule } from '../../domain/em-signal/index.js';
import type { Database, Queryable } from '../../platform/db/index.js';
import { forbidden, notFound, unprocessable, type FieldError } from '../../platform/http/problem.js';
import { auditAccess } from '../audit/access.js';
import { hasRole, type AuthUser } from '../identity/model.js';
import type { EmSignalRuleInput } from './schemas.js';
import * as store from './store.js';

const FORBIDDEN = 'Only the 3RO functional administrator (of the intake point) changes EM signal rules.';

/** Deep equality for the JSON a rule state is made of. */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The EM signal rules as configuration: everyone signed in reads them and their history; only the 3RO
 * functional administrator (an administrator of the intake point) changes description, parameters or
 * `active`, with a reason. A change takes effect at once: the signals of advice orders read the rules on
 * every request. The database's policies say the same (migration 008).
 */
export class EmSignalRuleService {
  constructor(private readonly db: Database) {}

  listRules() {
    return this.db.asApp((tx) => store.listStoredSignalRules(tx));
  }

  history(id: string) {
    return this.db.asApp(async (tx) => {
      if (!(await store.findSignalRule(tx, id))) throw notFound(`EM signal rule ${id}`);
      return store.signalRuleHistory(tx, id);
    });
  }

  /**
   * Changes a rule. Every problem is reported at once, each naming its field (schema problems included,
   * `schemaErrors`), and nothing changes when there is any. A change that changes nothing is refused too,
   * so the history holds only real changes.
   */
  changeRule(user: AuthUser, id: string, input: EmSignalRuleInput, schemaErrors: FieldError[]) {
    if (!hasRole(user, 'administrator')) throw forbidden(FORBIDDEN);
    return this.db.asActor({ userId: user.id }, async (tx) => {
      if (!(await isThreeRoAdministrator(tx))) throw forbidden(FORBIDDEN);
      const rule = await store.findSignalRule(tx, id, true);
      if (!rule) throw notFound(`EM signal rule ${id}`);

      const body = (typeof input === 'object' && input !== null ? input : {}) as Partial<EmSignalRuleInput>;
      const errors = new Map<string, FieldError>();
      const add = (e: Omit<FieldError, 'in'>) => {
        if (!errors.has(e.name)) errors.set(e.name, { ...e, in: 'body' });
      };
      if (body.parameters !== undefined) {
        for (const p of ruleParameterProblems(rule.kind, body.parameters, rule.parameters)) add(p);
      }
      if (typeof body.descriptionNl === 'string') {
        const d = body.descriptionNl.trim();
        if (d.length < 10 || d.length > 300) {
          add({
            name: 'descriptionNl',
            code: 'length',
            detail: 'descriptionNl must be 10 to 300 characters',
          });
        }
      }
      if (typeof body.reason === 'string' && body.reason.trim().length < 5) {
        add({ name: 'reason', code: 'minLength', detail: 'reason must be at least 5 characters' });
      }
      for (const e of schemaErrors) add(e);
      if (errors.size > 0) {
        throw unprocessable('The change of the EM signal rule is not valid; nothing was changed.', [
          ...errors.values(),
        ]);
      }

      const before: store.RuleState = {
        descriptionNl: rule.descriptionNl,
        parameters: rule.parameters,
        active: rule.active,
      };
      const after: store.RuleState = {
        descriptionNl: body.descriptionNl?.trim() ?? rule.descriptionNl,
        parameters:
          body.parameters !== undefined
            ? cleanParameters(body.parameters as SignalRule['parameters'])
            : rule.parameters,
        active: body.active ?? rule.active,
      };
      const changed = (['descriptionNl', 'parameters', 'active'] as const).filter(
        (k) => !same(before[k], after[k]),
      );
      if (changed.length === 0) {
        throw unprocessable('The change changes nothing; nothing was changed.', [
          {
            name: '(root)',
            in: 'body',
            code: 'unchanged',
            detail: 'description, parameters and active are as they are',
          },
        ]);
      }
      await store.changeSignalRule(tx, id, before, after, user.id, body.reason!.trim());
      await auditAccess(
        tx,
        {},
        {
          action: 'em-signal-rule.change',
          resource: `/em-signal-rules/${id}`,
          details: { ruleId: id, changed, before, after, reason: body.reason!.trim() },
        },
      );
      return (await store.findSignalRule(tx, id))!;
    });
  }
}

async function isThreeRoAdministrator(tx: Queryable): Promise<boolean> {
  const { rows } = await tx.query<{ ok: boolean }>('SELECT app_is_3ro_administrator() AS ok');
  return rows[0]?.ok === true;
}
