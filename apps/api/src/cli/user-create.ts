import { AuthError } from '../modules/auth/auth.errors.js';
import { AuthService } from '../modules/auth/auth.service.js';
import { ROLES, type Role } from '../modules/auth/user.entity.js';
import { cliConfig, createCliContext, parseArgs } from './cli-context.js';

const USAGE = `Usage: npm run user:create -- --username <name> --name <display name> --role <${ROLES.join('|')}> [--password <at least 10 characters>]
Without --password a one-time password is generated and printed once.`;

/** `npm run user:create`: adds a console user (agent, supervisor, drafter or administrator). */
async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const username = args.get('username');
  const displayName = args.get('name');
  const role = String(args.get('role') ?? '').toUpperCase() as Role;
  const password = args.get('password');
  if (typeof username !== 'string' || typeof displayName !== 'string' || !ROLES.includes(role) || password === true) {
    process.stderr.write(`${USAGE}\n`);
    return 64;
  }
  const app = await createCliContext(cliConfig().override({ KB_AUTO_INGEST: false }));
  try {
    const { user, oneTimePassword } = await app.get(AuthService).createUser({ username, displayName, role, password });
    process.stdout.write(`Created ${user.role} "${user.username}" (${user.displayName}), id ${user.id}.\n`);
    if (oneTimePassword) process.stdout.write(`One-time password: ${oneTimePassword}\n(shown once: hand it over in person)\n`);
    return 0;
  } catch (error) {
    if (error instanceof AuthError) {
      process.stderr.write(`${error.message}\nNo user was created.\n`);
      return 1;
    }
    throw error;
  } finally {
    await app.close();
  }
}

main().then((code) => process.exit(code));
