import { Body, Controller, ForbiddenException, Header, Headers, HttpCode, Inject, NotFoundException, Post } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { CallEntity } from '../calls/call.entity.js';
import { sameSignature, twilioSignature } from '../sms/sms-status.controller.js';
import { VoiceService } from './voice.service.js';

export const TWILIO_NEXT_PATH = '/voice/twilio/next';

/** Twilio's queue that handed-off callers wait in when no agents' line is configured. */
export const TWILIO_AGENT_QUEUE = '120-agents';

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * What Twilio does once our `<Connect><Stream>` ends (its TwiML goes on to `<Redirect>` here): hang up a call the bot
 * ended; transfer a handed-off call to the agents — with a forked stream of both tracks, so the agent's console gets
 * the live transcript — and send any call we never saw (no speech recognition, a failed stream) to a person too.
 */
@Controller('voice/twilio')
export class TwilioCallController {
  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(VoiceService) private readonly voice: VoiceService,
  ) {}

  @Post('next')
  @HttpCode(200)
  @Header('content-type', 'text/xml; charset=utf-8')
  async next(@Headers('x-twilio-signature') signature: string | undefined, @Body() body: Record<string, string>): Promise<string> {
    const token = this.config.get('TWILIO_AUTH_TOKEN');
    const base = this.config.get('PUBLIC_BASE_URL')?.replace(/\/$/, '');
    if (!token || !base)
      throw new NotFoundException('Twilio voice webhooks are not configured: set TWILIO_AUTH_TOKEN and PUBLIC_BASE_URL.');
    if (!signature || !sameSignature(signature, twilioSignature(token, `${base}${TWILIO_NEXT_PATH}`, body ?? {}))) {
      throw new ForbiddenException('The request signature does not match.');
    }
    const callSid = typeof body?.CallSid === 'string' ? body.CallSid.slice(0, 64) : '';
    const call = callSid
      ? await this.dataSource.getRepository(CallEntity).findOne({ where: { telephonyId: callSid }, order: { startedAt: 'DESC' } })
      : null;
    if (call?.status === 'ENDED') return '<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>';
    const target = this.config.get('VOICE_AGENT_DIAL');
    const transfer = !target
      ? `<Enqueue>${TWILIO_AGENT_QUEUE}</Enqueue>`
      : target.startsWith('sip:')
        ? `<Dial><Sip>${xml(target)}</Sip></Dial>`
        : `<Dial><Number>${xml(target)}</Number></Dial>`;
    const monitor = call
      ? `<Start><Stream url="${xml(base.replace(/^http/, 'ws'))}/voice/twilio" track="both_tracks">` +
        `<Parameter name="mode" value="monitor"/><Parameter name="callId" value="${call.id}"/>` +
        `<Parameter name="token" value="${xml(this.voice.monitorToken(call.id))}"/></Stream></Start>`
      : '';
    return `<?xml version="1.0" encoding="UTF-8"?><Response>${monitor}${transfer}</Response>`;
  }
}
