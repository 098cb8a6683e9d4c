import { request } from './client';
import type {
  AssignmentInput,
  AuditEntry,
  AuthConfig,
  Caseload,
  Client,
  ClientSummary,
  JournalEntry,
  JournalEntryInput,
  Order,
  User,
  WorkerCaseload,
} from './types';

/** Inspectors state why they look; the reason travels as `?reason=` and lands in the audit log. */
export type Reason = string | undefined;

const id = (s: string) => encodeURIComponent(s);

export const api = {
  authConfig: () => request<AuthConfig>('GET', '/api/v1/auth/config'),
  devLogin: (username: string) =>
    request<{ token: string; user: User }>('POST', '/api/v1/auth/dev-login', { body: { username } }),
  me: () => request<User>('GET', '/api/v1/me'),

  caseload: () => request<Caseload>('GET', '/api/v1/caseload'),
  caseloads: () => request<{ items: WorkerCaseload[] }>('GET', '/api/v1/caseloads'),

  searchClients: (q: string, reason?: Reason) =>
    request<{ items: ClientSummary[]; total: number }>('GET', '/api/v1/clients', {
      query: { q: q || undefined, limit: 50, reason },
    }),
  client: (clientId: string, reason?: Reason) =>
    request<Client>('GET', `/api/v1/clients/${id(clientId)}`, { query: { reason } }),
  clientOrders: (clientId: string, reason?: Reason) =>
    request<{ items: Order[] }>('GET', `/api/v1/clients/${id(clientId)}/orders`, { query: { reason } }),
  journal: (clientId: string, reason?: Reason) =>
    request<{ items: JournalEntry[] }>('GET', `/api/v1/clients/${id(clientId)}/journal-entries`, {
      query: { reason },
    }),
  addJournalEntry: (clientId: string, input: JournalEntryInput) =>
    request<JournalEntry>('POST', `/api/v1/clients/${id(clientId)}/journal-entries`, { body: input }),
  audit: (clientId: string, reason?: Reason) =>
    request<{ items: AuditEntry[] }>('GET', '/api/v1/audit', { query: { clientId, reason } }),

  order: (orderId: string, reason?: Reason) =>
    request<Order>('GET', `/api/v1/orders/${id(orderId)}`, { query: { reason } }),
  assignOrder: (orderId: string, input: AssignmentInput) =>
    request<Order>('POST', `/api/v1/orders/${id(orderId)}/assignment`, { body: input }),
};
