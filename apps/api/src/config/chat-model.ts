import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { createChatModel } from '#libs/llm';
import type { AppConfig } from './app-config.js';

/** The chat model the configuration names (CHAT_PROVIDER, CHAT_MODEL, …), or null for the offline default. */
export function configuredChatModel(config: AppConfig): BaseChatModel | null {
  return createChatModel({
    provider: config.get('CHAT_PROVIDER'),
    model: config.get('CHAT_MODEL'),
    baseUrl: config.get('CHAT_BASE_URL'),
    apiKey: config.get('CHAT_API_KEY'),
  });
}
