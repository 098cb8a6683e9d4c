/** The small surface every store needs: parameterised SQL, nothing else. */
export interface Queryable {
  query<T = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
  ): Promise<{ rows: T[]; rowCount: number }>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** Who is acting. Row-level security reads `app.user_id`; the database derives organisation and scope from it. */
export interface Actor {
  userId: string;
}

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `fn` in one transaction as the application role with the actor's identity set for row-level security.
   * Everything a user does goes through here, so the database itself keeps organisations apart.
   */
  asActor<T>(actor: Actor, fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs `fn` in one transaction as the application role without an actor: sees no personal data. */
  asApp<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs `fn` in one transaction as the schema owner: migrations, seeding, audit verification only. */
  asOwner<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export const APP_ROLE = 'regie_app';
