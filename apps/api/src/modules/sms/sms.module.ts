import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { generatedSecret } from '../../common/generated-secret.js';
import { JobsService } from '../../common/jobs/jobs.service.js';
import { PhoneCipher } from '../../common/phone-cipher.js';
import { AppConfig } from '../../config/app-config.js';
import { type SmsProvider, TwilioSmsProvider, WebhookSmsProvider } from './sms-providers.js';
import { SmsService } from './sms.service.js';
import { SmsStatusController, TWILIO_STATUS_PATH } from './sms-status.controller.js';

export function smsProvider(config: AppConfig): SmsProvider | null {
  switch (config.get('SMS_PROVIDER')) {
    case 'none':
      return null;
    case 'webhook':
      return new WebhookSmsProvider(config.get('SMS_WEBHOOK_URL')!, config.get('SMS_WEBHOOK_TOKEN'));
    case 'twilio':
      return new TwilioSmsProvider({
        baseUrl: config.get('TWILIO_BASE_URL'),
        accountSid: config.get('TWILIO_ACCOUNT_SID')!,
        authToken: config.get('TWILIO_AUTH_TOKEN')!,
        from: config.get('SMS_FROM')!,
        statusCallback: config.get('PUBLIC_BASE_URL') ? `${config.get('PUBLIC_BASE_URL')!.replace(/\/$/, '')}${TWILIO_STATUS_PATH}` : null,
      });
  }
}

/** Text messages to callers: the phone-number cipher, the outbox, and the sending job. */
@Module({
  providers: [
    {
      provide: PhoneCipher,
      inject: [AppConfig, DataSource],
      useFactory: async (config: AppConfig, dataSource: DataSource) =>
        new PhoneCipher(config.get('PHONE_ENCRYPTION_KEY') ?? (await generatedSecret(dataSource, 'phone_key'))),
    },
    {
      provide: SmsService,
      inject: [AppConfig, DataSource, JobsService, PhoneCipher],
      useFactory: (config: AppConfig, dataSource: DataSource, jobs: JobsService, cipher: PhoneCipher) =>
        new SmsService(dataSource, jobs, cipher, smsProvider(config), config.get('SMS_DAILY_CAP')),
    },
  ],
  controllers: [SmsStatusController],
  exports: [SmsService, PhoneCipher],
})
export class SmsModule implements OnModuleInit {
  constructor(@Inject(SmsService) private readonly sms: SmsService) {}

  onModuleInit(): void {
    this.sms.registerJobs();
  }
}
