import { request, requestBlob } from './client';
import type {
  OrganisationStructure,
  AdviceAddressInput,
  AssignmentCandidates,
  AssignmentInput,
  AuditEntry,
  CaseProfile,
  ChamberHearing,
  ChamberHearingInput,
  ConclusionInput,
  Distribution,
  DistributionKey,
  EmAdvice,
  EmRequestCreated,
  EmRequestInput,
  EmSignalRule,
  EmSignalRuleChange,
  EmSignalRuleInput,
  EmSignalView,
  Feasibility,
  FeasibilityAspects,
  HearingOutcomeInput,
  HomeVisit,
  IntakeQueueItem,
  Shares,
  ZonesInput,
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
  organisations: () => request<{ items: OrganisationStructure[] }>('GET', '/api/v1/organisations'),

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
  assignmentCandidates: (orderId: string) =>
    request<AssignmentCandidates>('GET', `/api/v1/orders/${id(orderId)}/assignment-candidates`),
  linkOfficialOrder: (orderId: string, officialOrderId: string) =>
    request<{ provisionalOrder: Order; officialOrder: Order }>(
      'POST',
      `/api/v1/orders/${id(orderId)}/official-order`,
      { body: { officialOrderId } },
    ),

  // Intake point
  intakeQueue: () => request<{ items: IntakeQueueItem[] }>('GET', '/api/v1/intake/queue'),
  distribute: (orderId: string, input: { organisation?: string; reason?: string } = {}) =>
    request<Order & { distribution: Distribution }>('POST', `/api/v1/orders/${id(orderId)}/distribution`, {
      body: input,
    }),
  distributionKeys: () => request<{ items: DistributionKey[] }>('GET', '/api/v1/distribution-keys'),
  setDistributionKey: (region: string, input: { shares: Shares; reason: string }) =>
    request<DistributionKey>('PUT', `/api/v1/distribution-keys/${id(region)}`, { body: input }),
  distributionKeyHistory: (region: string) =>
    request<{ items: DistributionKey[] }>('GET', `/api/v1/distribution-keys/${id(region)}/history`),
  emSignalRules: () => request<{ items: EmSignalRule[] }>('GET', '/api/v1/em-signal-rules'),
  setEmSignalRule: (ruleId: string, input: EmSignalRuleInput) =>
    request<EmSignalRule>('PUT', `/api/v1/em-signal-rules/${id(ruleId)}`, { body: input }),
  emSignalRuleHistory: (ruleId: string) =>
    request<{ items: EmSignalRuleChange[] }>('GET', `/api/v1/em-signal-rules/${id(ruleId)}/history`),

  // Shadow list
  hearings: (status: 'pending' | 'overdue' | 'all') =>
    request<{ items: ChamberHearing[] }>('GET', '/api/v1/chamber-hearings', { query: { status } }),
  addHearing: (input: ChamberHearingInput) =>
    request<ChamberHearing>('POST', '/api/v1/chamber-hearings', { body: input }),
  recordHearingOutcome: (hearingId: string, input: HearingOutcomeInput) =>
    request<ChamberHearing>('PUT', `/api/v1/chamber-hearings/${id(hearingId)}/outcome`, { body: input }),

  // EM request desk and EM advice
  emRequest: (input: EmRequestInput) =>
    request<EmRequestCreated>('POST', '/api/v1/em-requests', { body: input }),
  feasibilityAspects: () => request<FeasibilityAspects>('GET', '/api/v1/em-advices/feasibility-aspects'),
  emAdvice: (adviceId: string) => request<EmAdvice>('GET', `/api/v1/em-advices/${id(adviceId)}`),
  saveFeasibility: (adviceId: string, input: Partial<Feasibility> & { homeVisit?: HomeVisit }) =>
    request<EmAdvice>('PUT', `/api/v1/em-advices/${id(adviceId)}/feasibility`, { body: input }),
  savePoliceInformation: (
    adviceId: string,
    input: { requestedAt?: string; receivedAt?: string; summary?: string },
  ) => request<EmAdvice>('PUT', `/api/v1/em-advices/${id(adviceId)}/police-information`, { body: input }),
  saveZones: (adviceId: string, input: ZonesInput) =>
    request<EmAdvice>('PUT', `/api/v1/em-advices/${id(adviceId)}/zones`, { body: input }),
  saveIntendedAddress: (adviceId: string, input: AdviceAddressInput) =>
    request<EmAdvice>('PUT', `/api/v1/em-advices/${id(adviceId)}/intended-address`, { body: input }),
  saveVictimAddress: (adviceId: string, input: AdviceAddressInput) =>
    request<EmAdvice>('PUT', `/api/v1/em-advices/${id(adviceId)}/victim-address`, { body: input }),
  saveConclusion: (adviceId: string, input: ConclusionInput) =>
    request<EmAdvice>('POST', `/api/v1/em-advices/${id(adviceId)}/conclusion`, { body: input }),
  emAdviceDocument: (adviceId: string) => requestBlob(`/api/v1/em-advices/${id(adviceId)}/document`),
  sendEmAdvice: (adviceId: string) => request<EmAdvice>('POST', `/api/v1/em-advices/${id(adviceId)}/sending`),

  // EM signal on regular advice orders
  emSignal: (orderId: string) => request<EmSignalView>('GET', `/api/v1/orders/${id(orderId)}/em-signal`),
  saveCaseProfile: (orderId: string, profile: CaseProfile) =>
    request<EmSignalView>('PUT', `/api/v1/orders/${id(orderId)}/case-profile`, { body: profile }),
  considerEm: (orderId: string, input: { emAdvised: boolean; reason?: string }) =>
    request<EmSignalView>('POST', `/api/v1/orders/${id(orderId)}/em-consideration`, { body: input }),
  completeOrder: (orderId: string) =>
    request<{ orderId: string; status: string }>('POST', `/api/v1/orders/${id(orderId)}/completion`),
};
