import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  Body,
  Controller,
  ForbiddenException,
  Headers,
  HttpCode,
  Inject,
  NotFoundException,
  Post,
  UnauthorizedException,
} from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { SmsService } from './sms.service.js';

export const TWILIO_STATUS_PATH = '/sms/status/twilio';

/** Twilio's request signature: HMAC-SHA1 with the auth token over the URL and the sorted form parameters. */
export function twilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], url);
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

/** Compares two signatures in constant time. */
export function sameSignature(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Delivery receipts from the text-message provider: Twilio's status callback (signed with the auth token) and the
 * webhook provider's JSON callback (with its bearer token). A receipt moves a SENT message to DELIVERED or UNDELIVERED.
 */
@Controller('sms/status')
export class SmsStatusController {
  constructor(
    @Inject(SmsService) private readonly sms: SmsService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  @Post('twilio')
  @HttpCode(204)
  async twilio(@Headers('x-twilio-signature') signature: string | undefined, @Body() body: Record<string, string>): Promise<void> {
    const token = this.config.get('TWILIO_AUTH_TOKEN');
    const base = this.config.get('PUBLIC_BASE_URL');
    if (this.config.get('SMS_PROVIDER') !== 'twilio' || !token || !base)
      throw new NotFoundException('Twilio status callbacks are not configured.');
    const expected = twilioSignature(token, `${base.replace(/\/$/, '')}${TWILIO_STATUS_PATH}`, body ?? {});
    if (!signature || !sameSignature(signature, expected)) throw new ForbiddenException('The request signature does not match.');
    await this.sms.recordDelivery(body.MessageSid, body.MessageStatus, body.ErrorCode ?? null);
  }

  @Post('webhook')
  @HttpCode(204)
  async webhook(
    @Headers('authorization') authorization: string | undefined,
    @Body() body: { id?: string; status?: string; error?: string },
  ): Promise<void> {
    if (this.config.get('SMS_PROVIDER') !== 'webhook') throw new NotFoundException('Webhook status callbacks are not configured.');
    const token = this.config.get('SMS_WEBHOOK_TOKEN');
    if (token && !sameSignature(authorization ?? '', `Bearer ${token}`)) throw new UnauthorizedException('The bearer token is not right.');
    if (typeof body?.id !== 'string' || typeof body?.status !== 'string') throw new ForbiddenException('id and status are required.');
    await this.sms.recordDelivery(body.id, body.status, body.error ?? null);
  }
}
