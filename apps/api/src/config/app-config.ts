import { z } from 'zod';

/** One configuration variable: its schema, what it is for, and whether its value is a secret. */
interface Variable<T extends z.ZodType = z.ZodType> {
  schema: T;
  description: string;
  secret?: boolean;
}

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const url = (protocols: RegExp) => z.url({ protocol: protocols, error: 'must be a URL' });

/** Every variable DASAN reads, in one place. The README's configuration table is printed from this. */
export const VARIABLES = {
  NODE_ENV: { schema: z.enum(['development', 'production', 'test']).default('development'), description: 'Run mode.' },
  PORT: { schema: int(1, 65535).default(3000), description: 'HTTP port of the API (GraphQL at /graphql, health at /health).' },
  HOST: { schema: z.string().min(1).default('0.0.0.0'), description: 'Interface the API listens on.' },
  LOG_LEVEL: {
    schema: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
    description: 'Least severe log level written.',
  },
  DATABASE_URL: {
    schema: url(/^postgres(ql)?$/).optional(),
    description: 'PostgreSQL with pgvector (`postgres://user:pass@host:5432/db`). Unset: embedded PGlite in DATA_DIR.',
    secret: true,
  },
  DATA_DIR: {
    schema: z.string().min(1).default('.data'),
    description: 'Folder of the embedded database (used when DATABASE_URL is unset).',
  },
  DB_POOL_SIZE: { schema: int(1, 200).default(10), description: 'PostgreSQL connections per process.' },
  DB_MIGRATE_ON_BOOT: { schema: bool.default(true), description: 'Run pending migrations when the API starts.' },
  REDIS_URL: {
    schema: url(/^rediss?$/).optional(),
    description: 'Redis for BullMQ jobs and subscription fan-out (`redis://host:6379`). Unset: jobs run in-process.',
    secret: true,
  },
  KB_DIR: { schema: z.string().min(1).default('knowledge-base'), description: 'Folder of the Markdown knowledge base.' },
  KB_AUTO_INGEST: { schema: bool.default(true), description: 'Ingest the knowledge base when the API starts on an empty database.' },
  EMBEDDINGS_PROVIDER: {
    schema: z.enum(['local', 'openai', 'ollama']).default('local'),
    description: '`local` (deterministic, offline), `openai` (any OpenAI-compatible endpoint) or `ollama`.',
  },
  EMBEDDINGS_MODEL: { schema: z.string().min(1).optional(), description: 'Embedding model name at the provider (openai, ollama).' },
  EMBEDDINGS_BASE_URL: {
    schema: url(/^https?$/).optional(),
    description: 'Base URL of the provider (e.g. `http://vllm:8000/v1`, `http://ollama:11434`).',
  },
  EMBEDDINGS_API_KEY: { schema: z.string().min(1).optional(), description: 'API key of the provider.', secret: true },
  EMBEDDINGS_DIMENSIONS: {
    schema: int(16, 4096).optional(),
    description: 'Vector size (local: hashing size, default 512; openai: requested size for models that can shorten).',
  },
  EMBEDDINGS_TIMEOUT_MS: { schema: int(100, 600000).default(10000), description: 'Time an embedding call may take.' },
  SEARCH_CANDIDATES: { schema: int(5, 500).default(40), description: 'Chunks each retrieval channel hands to the fusion.' },
  SEARCH_VECTOR_WEIGHT: {
    schema: z.coerce.number().min(0).max(10).optional(),
    description:
      'Weight of the vector channel in the fusion (keyword channel: 1). Default 0.5 with the local embedding, whose signal is lexical and weaker, 1 with a real model.',
  },
  CHAT_PROVIDER: {
    schema: z.enum(['none', 'openai', 'ollama']).default('none'),
    description:
      '`none`: answers are extractive from the knowledge base; `openai` (any OpenAI-compatible endpoint) or `ollama` rewrite them from the retrieved passages.',
  },
  CHAT_MODEL: { schema: z.string().min(1).optional(), description: 'Chat model name at the provider.' },
  CHAT_BASE_URL: { schema: url(/^https?$/).optional(), description: 'Base URL of the chat provider.' },
  CHAT_API_KEY: { schema: z.string().min(1).optional(), description: 'API key of the chat provider.', secret: true },
  CHAT_TIMEOUT_MS: {
    schema: int(100, 60000).default(2000),
    description: 'Time budget of a model answer; past it the extractive answer is spoken instead.',
  },
  CALLER_ID_SALT: {
    schema: z.string().min(16, 'must be at least 16 characters').optional(),
    description: 'Salt of the caller-number hash (repeat-caller counts). Required in production.',
    secret: true,
  },
  JWT_SECRET: {
    schema: z.string().min(32, 'must be at least 32 characters').optional(),
    description:
      'Key that signs access tokens; the same on every API instance. Required in production; elsewhere one is generated once and kept in the database.',
    secret: true,
  },
  ACCESS_TOKEN_TTL_SECONDS: { schema: int(60, 86400).default(900), description: 'Lifetime of an access token (refreshed by the console).' },
  REFRESH_TOKEN_TTL_HOURS: { schema: int(1, 720).default(12), description: 'Lifetime of a sign-in session without activity.' },
  ADMIN_USERNAME: {
    schema: z
      .string()
      .regex(/^[a-z0-9._-]{3,40}$/, 'must be 3-40 lowercase letters, digits, . _ -')
      .default('admin'),
    description: 'The administrator created on first start.',
  },
  ADMIN_PASSWORD: {
    schema: z.string().min(10, 'must be at least 10 characters').optional(),
    description: 'Password of that administrator. Unset: a one-time password is generated and printed once in the log.',
    secret: true,
  },
  GATEWAY_API_KEYS: {
    schema: z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean),
      )
      .refine((keys) => keys.every((k) => k.length >= 24), 'each key must be at least 24 characters')
      .optional(),
    description:
      "Comma-separated API keys of the voice gateway (header `x-api-key`), the only clients of the citizen-side call mutations besides supervisors' test calls.",
    secret: true,
  },
  CONSOLE_DIR: {
    schema: z.string().min(1).default('dist/agent-console'),
    description: 'Built agent console served at `/` (built by `npm start`).',
  },
  JOBS_RUN_WORKERS: {
    schema: bool.default(true),
    description: 'Whether the API process also runs job workers (with REDIS_URL). `npm run worker` runs workers alone.',
  },
  JOB_CONCURRENCY: { schema: int(1, 64).default(2), description: 'Jobs one worker process runs at once.' },
  JOB_ATTEMPTS: { schema: int(1, 20).default(3), description: 'Tries of a failing job before it is marked failed.' },
  JOB_BACKOFF_MS: { schema: int(10, 600000).default(2000), description: 'Wait before the first retry; doubles each time.' },
  JOB_LOCK_MS: {
    schema: int(1000, 600000).default(30000),
    description: "How long a job stays locked to a worker without a heartbeat: a dead worker's job runs again after it.",
  },
  JOB_QUEUE_PREFIX: {
    schema: z
      .string()
      .regex(/^[a-z0-9_-]{1,40}$/, 'must be 1-40 lowercase letters, digits, _ or -')
      .default('dasan'),
    description: 'Prefix of the BullMQ keys in Redis, so deployments (or test databases) sharing a Redis keep apart.',
  },
  DRAFT_TIMEOUT_MS: { schema: int(1000, 600000).default(30000), description: 'Time a chat model may take to write a letter body.' },
  PHONE_ENCRYPTION_KEY: {
    schema: z.string().min(32, 'must be at least 32 characters').optional(),
    description:
      "Key that encrypts callers' numbers for sending text messages (AES-256-GCM). Required in production; elsewhere one is generated once and kept in the database.",
    secret: true,
  },
  SMS_PROVIDER: {
    schema: z.enum(['none', 'webhook', 'twilio']).default('none'),
    description:
      '`none` keeps messages in the outbox; `webhook` POSTs them as JSON to SMS_WEBHOOK_URL; `twilio` uses the Twilio Messages API.',
  },
  SMS_WEBHOOK_URL: { schema: url(/^https?$/).optional(), description: 'Where the webhook provider POSTs `{ to, body, reference }`.' },
  SMS_WEBHOOK_TOKEN: { schema: z.string().min(1).optional(), description: 'Bearer token sent to the SMS webhook.', secret: true },
  TWILIO_BASE_URL: {
    schema: url(/^https?$/).default('https://api.twilio.com'),
    description: 'Twilio (or a compatible service) API base URL.',
  },
  TWILIO_ACCOUNT_SID: { schema: z.string().min(1).optional(), description: 'Twilio account SID.' },
  TWILIO_AUTH_TOKEN: { schema: z.string().min(1).optional(), description: 'Twilio auth token.', secret: true },
  SMS_FROM: { schema: z.string().min(1).optional(), description: 'Sender number of text messages (Twilio).' },
  PUBLIC_BASE_URL: {
    schema: url(/^https?$/).optional(),
    description: 'The address the outside world reaches this API at (e.g. `https://dasan.example`), for provider callbacks.',
  },
  SMS_DAILY_CAP: { schema: int(1, 100).default(5), description: 'Text messages one number may receive in 24 hours.' },
  CALLBACK_OFFER_WAIT_SECONDS: {
    schema: int(0, 86400).default(120),
    description:
      "Expected wait for an agent from which a caller who asked for one (or whom the bot could not help) is offered a callback instead of waiting; never in a crisis or an emergency, only with the caller's number. 0: never offer.",
  },
  STT_PROVIDER: {
    schema: z.enum(['none', 'openai']).default('none'),
    description:
      'Speech-to-text of the voice gateway: `openai` is any OpenAI-compatible `/audio/transcriptions` endpoint (Whisper servers, vLLM, cloud); `none` refuses voice streams (keypad and text calls keep working).',
  },
  STT_BASE_URL: { schema: url(/^https?$/).optional(), description: 'Base URL of the transcription endpoint, with its `/v1`.' },
  STT_API_KEY: { schema: z.string().min(1).optional(), description: 'API key of the transcription endpoint.', secret: true },
  STT_MODEL: { schema: z.string().min(1).default('whisper-1'), description: 'Transcription model name at the provider.' },
  STT_TIMEOUT_MS: { schema: int(100, 60000).default(5000), description: 'Time one transcription may take.' },
  TTS_PROVIDER: {
    schema: z.enum(['espeak', 'openai']).default('espeak'),
    description:
      "Text-to-speech of the voice gateway: `espeak` runs Debian's espeak-ng (Korean and English voices, offline); `openai` any OpenAI-compatible `/audio/speech` endpoint.",
  },
  TTS_BASE_URL: { schema: url(/^https?$/).optional(), description: 'Base URL of the speech endpoint, with its `/v1`.' },
  TTS_API_KEY: { schema: z.string().min(1).optional(), description: 'API key of the speech endpoint.', secret: true },
  TTS_MODEL: { schema: z.string().min(1).default('tts-1'), description: 'Speech model name at the provider.' },
  TTS_VOICE: { schema: z.string().min(1).default('alloy'), description: 'Voice name at the speech provider.' },
  TTS_TIMEOUT_MS: { schema: int(100, 60000).default(5000), description: 'Time one sentence of speech may take.' },
  VOICE_SILENCE_MS: {
    schema: int(200, 5000).default(700),
    description: "Quiet after the caller's speech that ends their turn (endpointing).",
  },
  VOICE_MAX_UTTERANCE_MS: {
    schema: int(2000, 60000).default(15000),
    description: 'Speech longer than this is cut and answered anyway.',
  },
  VOICE_BARGE_IN_MS: {
    schema: int(100, 3000).default(400),
    description: 'Caller speech over the bot longer than this stops playback; shorter bursts ("네", "음") do not.',
  },
  VOICE_MAX_CALLS: { schema: int(1, 10000).default(200), description: 'Voice streams one API instance takes at once.' },
  VOICE_HOLD_REPEAT_SECONDS: {
    schema: int(0, 600).default(30),
    description: 'While a caller on an open stream waits for an agent, the hold message repeats this often (0: never).',
  },
  VOICE_AGENT_DIAL: {
    schema: z.string().min(1).optional(),
    description:
      "Where Twilio transfers a handed-off call (a number or `sip:` address of the agents' line); unset: Twilio's queue `120-agents` (`<Enqueue>`).",
  },
} satisfies Record<string, Variable>;

type Variables = typeof VARIABLES;
export type ConfigValues = { [K in keyof Variables]: z.output<Variables[K]['schema']> };

/** Invalid configuration: names every variable at fault, and stops the boot. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * The validated configuration. The only reader of `process.env`; everything else receives this object.
 */
export class AppConfig {
  private constructor(readonly values: Readonly<ConfigValues>) {}

  static fromEnv(env: Record<string, string | undefined> = process.env): AppConfig {
    const values: Record<string, unknown> = {};
    const problems: string[] = [];
    for (const [name, variable] of Object.entries(VARIABLES) as [string, Variable][]) {
      const raw = env[name];
      const result = variable.schema.safeParse(raw === '' ? undefined : raw);
      if (result.success) values[name] = result.data;
      else problems.push(`${name}: ${result.error.issues[0].message}${variable.secret ? '' : ` (got "${raw}")`}`);
    }
    if (values.EMBEDDINGS_PROVIDER !== 'local' && !values.EMBEDDINGS_MODEL) {
      problems.push(`EMBEDDINGS_MODEL: is required when EMBEDDINGS_PROVIDER is ${String(values.EMBEDDINGS_PROVIDER)}`);
    }
    if (values.CHAT_PROVIDER !== 'none' && !values.CHAT_MODEL) {
      problems.push(`CHAT_MODEL: is required when CHAT_PROVIDER is ${String(values.CHAT_PROVIDER)}`);
    }
    if (values.NODE_ENV === 'production' && !values.CALLER_ID_SALT) {
      problems.push('CALLER_ID_SALT: is required in production (a random string of at least 16 characters)');
    }
    if (values.STT_PROVIDER === 'openai' && !values.STT_BASE_URL) problems.push('STT_BASE_URL: is required when STT_PROVIDER is openai');
    if (values.TTS_PROVIDER === 'openai' && !values.TTS_BASE_URL) problems.push('TTS_BASE_URL: is required when TTS_PROVIDER is openai');
    if (values.SMS_PROVIDER === 'webhook' && !values.SMS_WEBHOOK_URL)
      problems.push('SMS_WEBHOOK_URL: is required when SMS_PROVIDER is webhook');
    if (values.SMS_PROVIDER === 'twilio' && !(values.TWILIO_ACCOUNT_SID && values.TWILIO_AUTH_TOKEN && values.SMS_FROM)) {
      problems.push('TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, SMS_FROM: are required when SMS_PROVIDER is twilio');
    }
    if (values.NODE_ENV === 'production' && !values.PHONE_ENCRYPTION_KEY) {
      problems.push('PHONE_ENCRYPTION_KEY: is required in production (a random string of at least 32 characters)');
    }
    if (values.NODE_ENV === 'production' && !values.JWT_SECRET) {
      problems.push('JWT_SECRET: is required in production (the same random string of at least 32 characters on every instance)');
    }
    if (problems.length) throw new ConfigError(problems);
    return new AppConfig(values as ConfigValues);
  }

  /** A copy with some values replaced (already typed), for command-line tools and tests. */
  override(values: Partial<ConfigValues>): AppConfig {
    return new AppConfig({ ...this.values, ...values });
  }

  get<K extends keyof ConfigValues>(name: K): ConfigValues[K] {
    return this.values[name];
  }

  /** The caller-number salt; outside production a fixed development salt stands in. */
  get callerIdSalt(): string {
    return this.values.CALLER_ID_SALT ?? 'dasan-development-salt-not-for-production';
  }

  get databaseBackend(): 'postgres' | 'pglite' {
    return this.values.DATABASE_URL ? 'postgres' : 'pglite';
  }

  get queueBackend(): 'bullmq' | 'in-process' {
    return this.values.REDIS_URL ? 'bullmq' : 'in-process';
  }

  /** The configuration table for the README. */
  static markdownTable(): string {
    const rows = (Object.entries(VARIABLES) as [string, Variable][]).map(([name, v]) => {
      const def = v.schema.safeParse(undefined);
      const shown = def.success && def.data !== undefined ? `\`${String(def.data)}\`` : '—';
      return `| \`${name}\` | ${shown} | ${v.description}${v.secret ? ' **Secret.**' : ''} |`;
    });
    return ['| variable | default | what |', '| --- | --- | --- |', ...rows].join('\n');
  }
}
