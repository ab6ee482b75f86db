import { beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { type As, GATEWAY, TEST_ADMIN_PASSWORD, apiOn, gql, signIn, subscribe, userAs } from '../support/api-client.js';
import { testBackends } from '../support/test-database.js';

type Principal = 'ANONYMOUS' | 'GATEWAY' | 'AGENT' | 'SUPERVISOR' | 'DRAFTER' | 'ADMIN';
const EVERYONE_SIGNED_IN: Principal[] = ['AGENT', 'SUPERVISOR', 'DRAFTER', 'ADMIN'];
const FLOOR: Principal[] = ['AGENT', 'SUPERVISOR'];
const OVERSIGHT: Principal[] = ['SUPERVISOR', 'ADMIN'];
const CALLER_SIDE: Principal[] = ['GATEWAY', 'SUPERVISOR', 'ADMIN'];
const WRITERS: Principal[] = ['DRAFTER', 'SUPERVISOR', 'ADMIN'];

/** Who may run each operation: the access policy, written out. A new operation must be added here or this test fails. */
const POLICY: Record<string, Principal[] | 'public'> = {
  signIn: 'public',
  refreshSession: 'public',
  signOut: EVERYONE_SIGNED_IN,
  me: EVERYONE_SIGNED_IN,
  searchKnowledge: EVERYONE_SIGNED_IN,
  setMyStatus: FLOOR,
  users: ['ADMIN'],
  createUser: ['ADMIN'],
  setUserActive: ['ADMIN'],
  agents: OVERSIGHT,
  dashboard: OVERSIGHT,
  knowledgeGaps: OVERSIGHT,
  resolveKnowledgeGap: OVERSIGHT,
  handoffQueue: FLOOR,
  handoff: FLOOR,
  myActiveHandoff: FLOOR,
  claimHandoff: FLOOR,
  wrapUpHandoff: FLOOR,
  assist: FLOOR,
  sendArticleSms: FLOOR,
  reportKnowledgeGap: FLOOR,
  callbacks: FLOOR,
  takeCallback: ['AGENT'],
  completeCallback: ['AGENT'],
  startCall: CALLER_SIDE,
  sendUtterance: CALLER_SIDE,
  sendDigit: CALLER_SIDE,
  endCall: CALLER_SIDE,
  call: [...CALLER_SIDE, 'AGENT'],
  queueEvents: FLOOR,
  callEvents: FLOOR,
  createLetter: WRITERS,
  documents: WRITERS,
  document: WRITERS,
  documentDiff: WRITERS,
  checkDocument: WRITERS,
  updateDocument: WRITERS,
  submitDocument: WRITERS,
  approveDocument: WRITERS,
  returnDocument: WRITERS,
  exportDocument: WRITERS,
  createMeetingSummary: WRITERS,
  meetings: WRITERS,
  meeting: WRITERS,
  job: WRITERS,
  cancelJob: WRITERS,
  jobProgress: WRITERS,
};

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface Field {
  name: string;
  args: { name: string; type: TypeRef }[];
  type: TypeRef;
}
interface FullType {
  name: string;
  kind: string;
  fields: Field[] | null;
  inputFields: { name: string; type: TypeRef }[] | null;
  enumValues: { name: string }[] | null;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
const INTROSPECT = `{ __schema { queryType { name } mutationType { name } subscriptionType { name }
  types { name kind enumValues { name } inputFields { name type { ${TYPE_REF} } }
          fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } } } } }`;

/** A well-typed operation for one field, with made-up arguments: enough to get past validation to the guard. */
function operationFor(kind: 'query' | 'mutation' | 'subscription', field: Field, types: Map<string, FullType>): string {
  const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
  const literal = (t: TypeRef): string => {
    if (t.kind === 'NON_NULL') return literal(t.ofType!);
    if (t.kind === 'LIST') return `[${literal(t.ofType!)}]`;
    const type = types.get(t.name!)!;
    if (type.kind === 'ENUM') return type.enumValues![0].name;
    if (type.kind === 'INPUT_OBJECT') {
      const required = type.inputFields!.filter((f) => f.type.kind === 'NON_NULL');
      return `{ ${required.map((f) => `${f.name}: ${literal(f.type)}`).join(', ')} }`;
    }
    switch (t.name) {
      case 'ID':
        return JSON.stringify(randomUUID());
      case 'Int':
        return '1';
      case 'Float':
        return '1.0';
      case 'Boolean':
        return 'true';
      case 'DateTime':
        return JSON.stringify(new Date().toISOString());
      default:
        return '"x"';
    }
  };
  const args = field.args.filter((a) => a.type.kind === 'NON_NULL');
  const argList = args.length ? `(${args.map((a) => `${a.name}: ${literal(a.type)}`).join(', ')})` : '';
  const returns = types.get(named(field.type).name!)!;
  const selection = returns.kind === 'OBJECT' ? ' { __typename }' : '';
  return `${kind} { ${field.name}${argList}${selection} }`;
}

describe.each(testBackends())('access to every operation on %s', (backend) => {
  const api = apiOn(backend);
  const as = {} as Record<Principal, As>;
  const operations: { kind: 'query' | 'mutation' | 'subscription'; name: string; document: string }[] = [];

  beforeAll(async () => {
    as.ANONYMOUS = 'anonymous';
    as.GATEWAY = GATEWAY;
    for (const role of ['AGENT', 'SUPERVISOR', 'DRAFTER', 'ADMIN'] as const) as[role] = (await userAs(api.url, role)).as;
    const schema = await gql<{
      __schema: { queryType: { name: string }; mutationType: { name: string }; subscriptionType: { name: string }; types: FullType[] };
    }>(api.url, INTROSPECT, {}, 'anonymous');
    const types = new Map(schema.data!.__schema.types.map((t) => [t.name, t]));
    for (const kind of ['query', 'mutation', 'subscription'] as const) {
      const root = types.get(schema.data!.__schema[`${kind}Type`].name)!;
      for (const field of root.fields!) operations.push({ kind, name: field.name, document: operationFor(kind, field, types) });
    }
  });

  /** The error code and reason an operation gets from this principal (nulls when it passes). */
  async function outcome(op: (typeof operations)[number], who: Principal): Promise<{ code: string | null; reason: string | null }> {
    if (op.kind === 'subscription') {
      const sub = subscribe(api.url, as[who], op.document);
      try {
        await sub.next(() => false, 1500);
        return { code: null, reason: null };
      } catch (error) {
        const message = String((error as Error).message);
        return { code: /"code":"([A-Z_]+)"/.exec(message)?.[1] ?? null, reason: /"reason":"([A-Z_]+)"/.exec(message)?.[1] ?? null };
      } finally {
        await sub.dispose();
      }
    }
    const res = await gql(api.url, op.document, {}, as[who]);
    const extensions = res.errors?.[0]?.extensions;
    return { code: extensions?.code ?? null, reason: (extensions?.reason as string) ?? null };
  }
  const codeOf = async (op: (typeof operations)[number], who: Principal) => (await outcome(op, who)).code;

  it('has a written access rule for every operation of the schema, and nothing else', () => {
    expect(operations.map((o) => o.name).sort()).toEqual(Object.keys(POLICY).sort());
  });

  it('refuses every guarded operation without credentials (UNAUTHENTICATED) and to the wrong role (FORBIDDEN)', async () => {
    const wrong: string[] = [];
    for (const op of operations) {
      const allowed = POLICY[op.name];
      if (allowed === 'public') continue;
      for (const who of Object.keys(as) as Principal[]) {
        if (allowed.includes(who)) continue;
        const expected = who === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        const code = await codeOf(op, who);
        if (code !== expected) wrong.push(`${op.name} as ${who}: ${code} (expected ${expected})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lets each allowed role past the guard', async () => {
    const wrong: string[] = [];
    for (const op of operations) {
      const allowed = POLICY[op.name];
      for (const who of allowed === 'public' ? (['ANONYMOUS'] as Principal[]) : allowed) {
        // Past the guard, an operation may still refuse made-up arguments (wrong password, unknown id), never the caller.
        const { reason } = await outcome(op, who);
        if (reason === 'NOT_SIGNED_IN' || reason === 'ROLE_NOT_ALLOWED' || reason === 'TOKEN_INVALID')
          wrong.push(`${op.name} as ${who}: ${reason}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses an unknown gateway key and a forged token', async () => {
    const start = `mutation { startCall(input: { channel: TEST }) { id } }`;
    const badKey = await gql(api.url, start, {}, { apiKey: 'not-a-key-of-this-gateway-000000' });
    expect(badKey.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const forged = await gql(api.url, '{ me { id } }', {}, { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' });
    expect(forged.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' } });
  });

  describe('sign-in sessions', () => {
    it('refreshes with a new pair, and a refresh token works once: reusing it ends every session of the user', async () => {
      const agent = await userAs(api.url, 'AGENT');
      const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken user { username } } }`;
      const first = await gql<{ refreshSession: { accessToken: string; refreshToken: string } }>(
        api.url,
        REFRESH,
        { t: agent.refreshToken },
        'anonymous',
      );
      const next = first.data!.refreshSession;
      expect(next.refreshToken).not.toBe(agent.refreshToken);
      const me = await gql<{ me: { username: string } }>(api.url, '{ me { username } }', {}, { token: next.accessToken });
      expect(me.data!.me.username).toBe(agent.user.username);
      const reused = await gql(api.url, REFRESH, { t: agent.refreshToken }, 'anonymous');
      expect(reused.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_INVALID' } });
      const afterTheft = await gql(api.url, REFRESH, { t: next.refreshToken }, 'anonymous');
      expect(afterTheft.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    });

    it('signs out: the refresh token stops working and the agent shows offline', async () => {
      const agent = await userAs(api.url, 'AGENT');
      const out = await gql<{ signOut: boolean }>(
        api.url,
        `mutation($t: String!) { signOut(refreshToken: $t) }`,
        { t: agent.refreshToken },
        agent.as,
      );
      expect(out.data!.signOut).toBe(true);
      const refresh = await gql(
        api.url,
        `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`,
        { t: agent.refreshToken },
        'anonymous',
      );
      expect(refresh.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      const supervisor = await userAs(api.url, 'SUPERVISOR');
      const agents = await gql<{ agents: { username: string; agentStatus: string }[] }>(
        api.url,
        '{ agents { username agentStatus } }',
        {},
        supervisor.as,
      );
      expect(agents.data!.agents.find((a) => a.username === agent.user.username)!.agentStatus).toBe('OFFLINE');
    });

    it('slows down repeated failed sign-ins, even with the right password, and says when to try again', async () => {
      const agent = await userAs(api.url, 'AGENT');
      const SIGN_IN = `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { accessToken } }`;
      for (let i = 0; i < 5; i++) {
        const res = await gql(api.url, SIGN_IN, { u: agent.user.username, p: 'wrong-password' }, 'anonymous');
        expect(res.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' } });
      }
      const locked = await gql(api.url, SIGN_IN, { u: agent.user.username, p: `pw-${agent.user.username}-long` }, 'anonymous');
      expect(locked.errors![0]).toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS', reason: 'SIGN_IN_THROTTLED' } });
      expect(locked.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
      expect(locked.errors![0].message).toMatch(/try again in \d+ seconds/);
    });

    it('keeps a disabled user out, and lets the administrator create users with a one-time password', async () => {
      const admin = await signIn(api.url, 'admin', TEST_ADMIN_PASSWORD);
      const created = await gql<{ createUser: { user: { id: string; username: string }; oneTimePassword: string } }>(
        api.url,
        `mutation { createUser(input: { username: "park.drafter", displayName: "박주무관", role: DRAFTER }) { user { id username } oneTimePassword } }`,
        {},
        admin.as,
      );
      const { user, oneTimePassword } = created.data!.createUser;
      expect(oneTimePassword.length).toBeGreaterThanOrEqual(12);
      const session = await signIn(api.url, 'park.drafter', oneTimePassword);
      expect(session.user.role).toBe('DRAFTER');
      const again = await gql(
        api.url,
        `mutation { createUser(input: { username: "park.drafter", displayName: "둘째", role: AGENT }) { user { id } } }`,
        {},
        admin.as,
      );
      expect(again.errors![0].extensions!.code).toBe('CONFLICT');
      await gql(api.url, `mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }`, { id: user.id }, admin.as);
      await expect(signIn(api.url, 'park.drafter', oneTimePassword)).rejects.toThrow(/UNAUTHENTICATED/);
    });

    it('rejects a bad new user with a message naming the field, and creates nothing', async () => {
      const admin = await signIn(api.url, 'admin', TEST_ADMIN_PASSWORD);
      const bad = await gql(
        api.url,
        `mutation { createUser(input: { username: "Bad Name!", displayName: "x", role: AGENT }) { user { id } } }`,
        {},
        admin.as,
      );
      expect(bad.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(bad.errors![0].message).toMatch(/username/);
      const users = await gql<{ users: { username: string }[] }>(api.url, '{ users { username } }', {}, admin.as);
      expect(users.data!.users.some((u) => u.username.includes('bad'))).toBe(false);
    });
  });
});
