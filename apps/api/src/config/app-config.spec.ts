import { describe, expect, it } from '@jest/globals';
import { AppConfig, ConfigError } from './app-config.js';

describe(AppConfig.name, () => {
  it('gives the embedded defaults when nothing is set', () => {
    const sut = AppConfig.fromEnv({});
    expect(sut.get('PORT')).toBe(3000);
    expect(sut.databaseBackend).toBe('pglite');
    expect(sut.queueBackend).toBe('in-process');
    expect(sut.get('EMBEDDINGS_PROVIDER')).toBe('local');
    expect(sut.get('KB_AUTO_INGEST')).toBe(true);
  });

  it('switches to PostgreSQL and BullMQ when their URLs are set', () => {
    const sut = AppConfig.fromEnv({ DATABASE_URL: 'postgres://u:p@db:5432/dasan', REDIS_URL: 'redis://cache:6379' });
    expect(sut.databaseBackend).toBe('postgres');
    expect(sut.queueBackend).toBe('bullmq');
  });

  it('stops with every bad variable named, without echoing secrets', () => {
    let error: unknown;
    try {
      AppConfig.fromEnv({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://root:secret@db/x',
        EMBEDDINGS_PROVIDER: 'openai',
        KB_AUTO_INGEST: 'maybe',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/PORT: .*"eighty"/);
    expect(message).toMatch(/DATABASE_URL: /);
    expect(message).not.toContain('secret');
    expect(message).toMatch(/KB_AUTO_INGEST: must be true or false/);
    expect(message).toMatch(/EMBEDDINGS_MODEL: is required when EMBEDDINGS_PROVIDER is openai/);
  });

  it('prints the configuration table for the README', () => {
    expect(AppConfig.markdownTable()).toMatch(/\| `DATABASE_URL` \| — \| .*\*\*Secret\.\*\* \|/);
  });
});
