import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('the API start command', () => {
  it('is the same in the Docker image as `npm start`, node options (the heap size) included', () => {
    const manifest = JSON.parse(read('../package.json')) as { scripts: { start: string } };
    const cmd = /^CMD (\[.*\])\s*$/m.exec(read('../../Dockerfile'))?.[1];

    expect(cmd, 'the Dockerfile has no CMD [...] line').toBeDefined();
    expect((JSON.parse(cmd!) as string[]).join(' ')).toBe(manifest.scripts.start);
    // Sized to the container, not to the host (docs/deployment.md, "API heap size").
    expect(manifest.scripts.start).toMatch(/^node --max-old-space-size=\d+ /);
  });
});
