// Inspectors give a reason per look. Kept in memory only (never stored, never in the URL) for this tab,
// so the client page and the order pages of the same client do not ask twice; a reload asks again.

const byClient = new Map<string, string>();
const clientOfOrder = new Map<string, string>();

export const reasons = {
  forClient: (clientId: string) => byClient.get(clientId),
  forOrder: (orderId: string) => {
    const c = clientOfOrder.get(orderId);
    return c ? byClient.get(c) : undefined;
  },
  remember(clientId: string, reason: string, orderIds: string[] = []) {
    byClient.set(clientId, reason);
    for (const o of orderIds) clientOfOrder.set(o, clientId);
  },
  linkOrders(clientId: string, orderIds: string[]) {
    for (const o of orderIds) clientOfOrder.set(o, clientId);
  },
};
