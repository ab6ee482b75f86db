export { EmbeddedPostgres } from './embedded-postgres.js';
export { type DatabaseBackend, type DatabaseSettings, type PreparedDatabase, prepareDatabase } from './data-source-options.js';
