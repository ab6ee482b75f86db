import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AppSettingEntity } from '../modules/auth/app-setting.entity.js';

/**
 * A secret the configuration did not give (outside production): generated once and kept in the database, so every
 * instance and restart shares it.
 */
export async function generatedSecret(dataSource: DataSource, key: string): Promise<string> {
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(AppSettingEntity)
    .values({ key, value: randomBytes(48).toString('base64url') })
    .orIgnore()
    .execute();
  return (await dataSource.getRepository(AppSettingEntity).findOneByOrFail({ key })).value;
}
