import { sql } from 'drizzle-orm';
import {
  certifications,
  ocopGroups,
  provinceAliases,
  provinces,
  regions,
} from '@ketnoi/shared/reference';
import type { DbOrTx } from '../client.ts';
import * as schema from '../schema/index.ts';

/** Upserts the reference lists from @ketnoi/shared; safe to run on every start. */
export async function seedReference(db: DbOrTx): Promise<void> {
  await db
    .insert(schema.regions)
    .values(regions.map((r) => ({ code: r.code, nameVi: r.vi, nameEn: r.en })))
    .onConflictDoUpdate({
      target: schema.regions.code,
      set: { nameVi: sql`excluded.name_vi`, nameEn: sql`excluded.name_en` },
    });
  await db
    .insert(schema.provinces)
    .values(
      provinces.map((p) => ({
        code: p.code,
        nameVi: p.vi,
        nameEn: p.en,
        regionCode: p.region,
        gsoCode: p.gsoCode,
        isCity: p.city,
        aliases: provinceAliases(p.code).filter((a) => a !== p.vi && a !== p.en),
      })),
    )
    .onConflictDoUpdate({
      target: schema.provinces.code,
      set: {
        nameVi: sql`excluded.name_vi`,
        nameEn: sql`excluded.name_en`,
        regionCode: sql`excluded.region_code`,
        gsoCode: sql`excluded.gso_code`,
        isCity: sql`excluded.is_city`,
        aliases: sql`excluded.aliases`,
      },
    });
  await db
    .insert(schema.ocopGroups)
    .values(ocopGroups.map((g) => ({ code: g.code, nameVi: g.vi, nameEn: g.en })))
    .onConflictDoUpdate({
      target: schema.ocopGroups.code,
      set: { nameVi: sql`excluded.name_vi`, nameEn: sql`excluded.name_en` },
    });
  await db
    .insert(schema.certificationSchemes)
    .values(certifications.map((c) => ({ code: c.code, name: c.name, kind: c.kind })))
    .onConflictDoUpdate({
      target: schema.certificationSchemes.code,
      set: { name: sql`excluded.name`, kind: sql`excluded.kind` },
    });
}
