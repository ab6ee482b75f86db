import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Values the platform generates once and every instance shares (e.g. the token key outside production). */
@Entity('app_settings')
export class AppSettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'PK_app_settings' })
  key: string;

  @Column({ type: 'text' })
  value: string;
}
