import { Type, type Static } from 'typebox';

const Named = { code: Type.String(), vi: Type.String(), en: Type.String() };

export const ReferenceDataSchema = Type.Object({
  regions: Type.Array(Type.Object(Named)),
  provinces: Type.Array(
    Type.Object({
      ...Named,
      region: Type.String(),
      city: Type.Boolean(),
      aliases: Type.Array(Type.String()),
    }),
  ),
  ocopGroups: Type.Array(Type.Object(Named)),
  certifications: Type.Array(
    Type.Object({ code: Type.String(), name: Type.String(), kind: Type.String() }),
  ),
});
export type ReferenceData = Static<typeof ReferenceDataSchema>;
