import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';

// Integration and e2e tests open databases and boot the API: give them a minute (timeouts are per project here).
jest.setTimeout(60_000);
// Tests keep Nest's warnings and errors, not its progress lines.
Logger.overrideLogger(['error', 'warn']);
