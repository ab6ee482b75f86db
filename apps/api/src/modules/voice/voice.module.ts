import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type BeforeApplicationShutdown, Inject, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import {
  EspeakSynthesizer,
  OpenAiSpeechSynthesizer,
  OpenAiTranscriber,
  PromptCache,
  type SpeechToText,
  type TextToSpeech,
} from '#libs/speech';
import { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import { AppConfig } from '../../config/app-config.js';
import { tokenSecret } from '../auth/auth.module.js';
import { AuthService } from '../auth/auth.service.js';
import { CallsModule } from '../calls/calls.module.js';
import { CallsService } from '../calls/calls.service.js';
import { PcmStream } from './pcm-stream.js';
import { StreamTokens } from './stream-tokens.js';
import { TwilioCallController } from './twilio-call.controller.js';
import { TwilioStream } from './twilio-stream.js';
import { VoiceTurnEntity } from './voice-turn.entity.js';
import { VOICE_PROMPTS, VoiceService } from './voice.service.js';

export function speechToText(config: AppConfig): SpeechToText | null {
  if (config.get('STT_PROVIDER') === 'none') return null;
  return new OpenAiTranscriber({
    baseUrl: config.get('STT_BASE_URL')!,
    apiKey: config.get('STT_API_KEY'),
    model: config.get('STT_MODEL'),
    timeoutMs: config.get('STT_TIMEOUT_MS'),
  });
}

export function textToSpeech(config: AppConfig): TextToSpeech {
  if (config.get('TTS_PROVIDER') === 'espeak') return new EspeakSynthesizer();
  return new OpenAiSpeechSynthesizer({
    baseUrl: config.get('TTS_BASE_URL')!,
    apiKey: config.get('TTS_API_KEY'),
    model: config.get('TTS_MODEL'),
    voice: config.get('TTS_VOICE'),
    timeoutMs: config.get('TTS_TIMEOUT_MS'),
  });
}

/** The WebSocket paths of the media streams. */
export const VOICE_PATHS = { twilio: '/voice/twilio', pcm: '/voice/pcm' } as const;

/** Largest WebSocket message a media stream may send (a Twilio media message is about 250 bytes; 1 s of PCM is 32 kB). */
const MAX_MESSAGE_BYTES = 256 * 1024;

/**
 * The voice gateway: telephony media streams (Twilio's protocol, 16 kHz PCM) on the API's HTTP server, each one a
 * call of the voicebot with speech recognition and synthesis around it.
 */
@Module({
  imports: [CallsModule],
  providers: [
    {
      provide: VoiceService,
      inject: [AppConfig, AuthService, CallsService, DataSource],
      useFactory: async (config: AppConfig, auth: AuthService, calls: CallsService, dataSource: DataSource) => {
        const logger = new Logger('Voice');
        // Monitor-stream tokens are signed with a key derived from the access-token key: the same on every instance.
        const streamKey = createHash('sha256')
          .update(`voice-stream:${await tokenSecret(config, dataSource)}`)
          .digest('hex');
        return new VoiceService({
          principalFrom: (credentials) => auth.principalFrom(credentials),
          calls,
          stt: speechToText(config),
          voice: new PromptCache(textToSpeech(config), { maxEntries: 128 }),
          settings: {
            silenceMs: config.get('VOICE_SILENCE_MS'),
            maxUtteranceMs: config.get('VOICE_MAX_UTTERANCE_MS'),
            bargeInMs: config.get('VOICE_BARGE_IN_MS'),
            holdRepeatMs: config.get('VOICE_HOLD_REPEAT_SECONDS') * 1000,
            digitTimeoutMs: 1500,
            markTimeoutMs: 3000,
            prompts: VOICE_PROMPTS,
          },
          maxCalls: config.get('VOICE_MAX_CALLS'),
          streamTokens: new StreamTokens(streamKey),
          recordTimings: async ({ callId, seq, timings, bargeIn, speechMs }) => {
            await dataSource.getRepository(VoiceTurnEntity).insert({ callId, seq, bargeIn, speechMs, ...timings });
          },
          log: logger,
        });
      },
    },
  ],
  controllers: [TwilioCallController],
  exports: [VoiceService],
})
export class VoiceModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Voice');
  private readonly sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  private readonly warming = new AbortController();

  constructor(
    @Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost,
    @Inject(VoiceService) private readonly voice: VoiceService,
  ) {}

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as import('node:http').Server | undefined;
    if (!server) return; // no HTTP server (CLI contexts)
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => this.upgrade(req, socket, head));
    if (!this.voice.sttAvailable) {
      // No stream can open, so no prompt would ever be played: nothing to synthesise.
      this.logger.log('No speech-to-text provider (STT_PROVIDER=none): voice streams will be refused; keypad and text calls work.');
      return;
    }
    const started = performance.now();
    void this.voice
      .warm(this.warming.signal)
      .then(() => this.logger.log(`fixed prompts synthesised in ${Math.round(performance.now() - started)} ms`))
      .catch((error: Error) => {
        if (!this.warming.signal.aborted) this.logger.warn(`fixed prompts not synthesised ahead: ${error.message}`);
      });
  }

  /** Before the HTTP server closes (it would wait for the streams): end every call and drop the sockets. */
  async beforeApplicationShutdown(): Promise<void> {
    this.warming.abort();
    await this.voice.closeAll('the API is shutting down');
    for (const client of this.sockets.clients) client.terminate();
    this.sockets.close();
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname.replace(/\/$/, '');
    if (path !== VOICE_PATHS.twilio && path !== VOICE_PATHS.pcm) return; // GraphQL subscriptions have their own handler
    this.sockets.handleUpgrade(req, socket, head, (ws) => {
      if (path === VOICE_PATHS.twilio) new TwilioStream(ws, this.voice, this.logger);
      else new PcmStream(ws, this.voice, this.logger, url.searchParams);
    });
  }
}
