import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import * as operations from './operations';

// The console has no codegen yet: this keeps every document it sends in step with the committed schema.
describe('agent console GraphQL operations', () => {
  const schema = buildSchema(readFileSync(join(process.cwd(), 'apps/api/schema.gql'), 'utf8'));

  it.each(Object.entries(operations))('%s is valid against apps/api/schema.gql', (_name, document) => {
    expect(validate(schema, parse(document)).map((e) => e.message)).toEqual([]);
  });
});
