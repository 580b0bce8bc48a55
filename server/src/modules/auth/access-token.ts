/** The claims of an access token beyond iss/aud/iat/exp, which the JWT plugin sets and checks. */
export type AccessTokenPayload = {
  sub: string;
  typ: 'access';
  /** Issue time in ms: compared with users.tokens_valid_after, which has ms precision. */
  ims: number;
};
