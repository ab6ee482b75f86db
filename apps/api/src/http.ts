import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';

/** GraphQL requests carry whole meeting transcripts (200,000 characters, ~600 kB of UTF-8): room for them. */
export const MAX_REQUEST_BODY = '2mb';

/** HTTP settings every API process needs, in `npm start` and in tests alike. */
export function configureHttp(app: INestApplication): void {
  (app as NestExpressApplication).useBodyParser('json', { limit: MAX_REQUEST_BODY });
}
