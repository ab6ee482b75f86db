import { KnowledgeBase1764158400000 } from './1764158400000-knowledge-base.js';
import { Calls1764244800000 } from './1764244800000-calls.js';
import { Console1764331200000 } from './1764331200000-console.js';
import { Drafting1764417600000 } from './1764417600000-drafting.js';
import { Sms1764504000000 } from './1764504000000-sms.js';
import { Voice1764590400000 } from './1764590400000-voice.js';
import { Callbacks1764676800000 } from './1764676800000-callbacks.js';

/** Every migration, in order. A landed migration is never edited: add a new one. */
export const MIGRATIONS = [
  KnowledgeBase1764158400000,
  Calls1764244800000,
  Console1764331200000,
  Drafting1764417600000,
  Sms1764504000000,
  Voice1764590400000,
  Callbacks1764676800000,
];
