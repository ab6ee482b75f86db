import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOllama } from '@langchain/ollama';
import { ChatOpenAI } from '@langchain/openai';

export type ChatProviderName = 'none' | 'openai' | 'ollama';

export interface ChatSettings {
  provider: ChatProviderName;
  model?: string;
  baseUrl?: string;
  apiKey?: string;
  temperature?: number;
}

/** The configured LangChain chat model, or null for the offline default (extractive answers, no model). */
export function createChatModel(settings: ChatSettings): BaseChatModel | null {
  switch (settings.provider) {
    case 'none':
      return null;
    case 'openai':
      if (!settings.model) throw new Error('The openai chat provider needs a model');
      return new ChatOpenAI({
        model: settings.model,
        apiKey: settings.apiKey ?? 'not-needed',
        temperature: settings.temperature ?? 0,
        maxRetries: 0,
        configuration: settings.baseUrl ? { baseURL: settings.baseUrl } : undefined,
      });
    case 'ollama':
      if (!settings.model) throw new Error('The ollama chat provider needs a model');
      return new ChatOllama({ model: settings.model, baseUrl: settings.baseUrl, temperature: settings.temperature ?? 0, maxRetries: 0 });
  }
}
