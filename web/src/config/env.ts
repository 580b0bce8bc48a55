import Type from 'typebox';
import Value from 'typebox/value';

/**
 * Build-time settings, read once from `import.meta.env` (only `VITE_APP_*` reach the bundle).
 * A bad value stops the app at boot instead of failing later in a corner.
 */
const EnvSchema = Type.Object({
  API_URL: Type.String({ pattern: '^(/|https?://)', default: '/api/v1' }),
});

function createEnv() {
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(import.meta.env)) {
    if (key.startsWith('VITE_APP_') && value !== '') {
      raw[key.slice('VITE_APP_'.length)] = value;
    }
  }
  const env = Value.Default(EnvSchema, raw);
  if (!Value.Check(EnvSchema, env)) {
    const problems = [...Value.Errors(EnvSchema, env)]
      .map((error) => `- ${error.instancePath || '/'}: ${error.message}`)
      .join('\n');
    throw new Error(`Invalid VITE_APP_* environment:\n${problems}`);
  }
  return { ...env, API_URL: env.API_URL.replace(/\/+$/, '') };
}

export const env = createEnv();
