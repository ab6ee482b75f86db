import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PhoneCipher } from '../../common/phone-cipher.js';
import { AppConfig } from '../../config/app-config.js';
import { SmsModule } from '../sms/sms.module.js';
import { CallbacksResolver } from './callbacks.resolver.js';
import { CallbacksService } from './callbacks.service.js';

/** Callbacks instead of waiting: the offer in the voicebot's handoff, and the agents' list of callers to call back. */
@Module({
  imports: [SmsModule],
  providers: [
    {
      provide: CallbacksService,
      inject: [AppConfig, DataSource, PhoneCipher],
      useFactory: (config: AppConfig, dataSource: DataSource, cipher: PhoneCipher) =>
        new CallbacksService(dataSource, cipher, config.get('CALLBACK_OFFER_WAIT_SECONDS')),
    },
    CallbacksResolver,
  ],
  exports: [CallbacksService],
})
export class CallbacksModule {}
