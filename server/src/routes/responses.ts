import { Type } from 'typebox';

/** Every error leaves as problem details; listed on each route so OpenAPI documents it. */
export const problemResponses = {
  '4xx': Type.Ref('ProblemDetails'),
  '5xx': Type.Ref('ProblemDetails'),
};

export const NoContent = Type.Null({ description: 'No content' });
