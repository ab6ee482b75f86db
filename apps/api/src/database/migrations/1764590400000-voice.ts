import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The voice gateway: the telephony platform's id of each call, and the timings of every spoken turn. */
export class Voice1764590400000 implements MigrationInterface {
  name = 'Voice1764590400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "calls" ADD "telephony_id" varchar(64)`);
    await q.query(`CREATE INDEX "calls_telephony_id_idx" ON "calls" ("telephony_id")`);
    await q.query(`
      CREATE TABLE "voice_turns" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "call_id" uuid NOT NULL,
        "seq" int NOT NULL,
        "speech_ms" int NOT NULL,
        "endpointing_ms" int NOT NULL,
        "stt_ms" int NOT NULL,
        "dialogue_ms" int NOT NULL,
        "tts_first_audio_ms" int NOT NULL,
        "total_ms" int NOT NULL,
        "overhead_ms" int NOT NULL,
        "barge_in" boolean NOT NULL DEFAULT false,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_voice_turns" PRIMARY KEY ("id"),
        CONSTRAINT "FK_voice_turns_call" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "voice_turns_call_idx" ON "voice_turns" ("call_id", "seq")`);
    await q.query(`CREATE INDEX "voice_turns_created_at_idx" ON "voice_turns" ("created_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "voice_turns"`);
    await q.query(`DROP INDEX "calls_telephony_id_idx"`);
    await q.query(`ALTER TABLE "calls" DROP "telephony_id"`);
  }
}
