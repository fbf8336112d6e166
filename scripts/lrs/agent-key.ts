/**
 * One string per xAPI agent, from its inverse functional identifier, so the same learner sent with
 * a different name or property order finds the same documents.
 */
export function agentKey(agent: unknown): string | undefined {
  if (typeof agent !== 'object' || agent === null) return undefined;
  const a = agent as Record<string, unknown>;
  const account = a['account'] as { homePage?: unknown; name?: unknown } | undefined;
  if (account && typeof account.homePage === 'string' && typeof account.name === 'string') {
    return `account:${account.homePage}|${account.name}`;
  }
  for (const ifi of ['mbox', 'mbox_sha1sum', 'openid'] as const) {
    const value = a[ifi];
    if (typeof value === 'string') return `${ifi}:${value}`;
  }
  return undefined;
}

/** Parses the `agent` query parameter; undefined when it is not JSON naming an agent. */
export function agentKeyFromParam(param: string | null): string | undefined {
  if (param === null) return undefined;
  try {
    return agentKey(JSON.parse(param));
  } catch {
    return undefined;
  }
}
