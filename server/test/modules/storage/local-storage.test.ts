import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalStorage } from '../../../src/modules/storage/local-storage.ts';
import {
  isSafeStorageKey,
  newStorageKey,
  type Storage,
} from '../../../src/modules/storage/storage.ts';

let root: string;
let outside: string;
let storage: Storage;
beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'ketnoi-local-storage-'));
  root = join(base, 'root');
  outside = join(base, 'secret.txt');
  await writeFile(outside, 'secret');
  storage = createLocalStorage(root);
});
afterAll(async () => {
  await rm(join(root, '..'), { recursive: true, force: true });
});

const unsafe = [
  '',
  '../secret.txt',
  'images/../../secret.txt',
  '..',
  'a/..',
  '/etc/passwd',
  'a//b',
  'a/b/',
  'a\\..\\b',
  '.hidden',
  'a/.b',
  'Images/x',
  'a\u0000b',
  'a b',
  `a/${'x'.repeat(300)}`,
];

describe('storage keys', () => {
  it.each(unsafe)('refuses %j', (key) => {
    expect(isSafeStorageKey(key)).toBe(false);
  });

  it('makes random keys in 256 folders, all safe', () => {
    const key = newStorageKey('images');
    expect(key).toMatch(/^images\/([0-9a-f]{2})\/\1[0-9a-f]{6}-[0-9a-f-]{27}$/);
    expect(isSafeStorageKey(key)).toBe(true);
    expect(newStorageKey('images')).not.toBe(key);
  });
});

describe('createLocalStorage', () => {
  it('puts, gets, streams and deletes an object, leaving no temporary file', async () => {
    const key = `${newStorageKey('images')}-320.webp`;
    await storage.put(key, Buffer.from('hello'));
    expect((await storage.get(key))?.toString()).toBe('hello');
    const object = await storage.stream(key);
    expect(object?.size).toBe(5);
    const chunks: Buffer[] = [];
    for await (const chunk of object!.stream) {
      chunks.push(chunk as Buffer);
    }
    expect(Buffer.concat(chunks).toString()).toBe('hello');
    const files = await readdir(root, { recursive: true, withFileTypes: true });
    expect(files.filter((f) => f.isFile()).map((f) => f.name)).toEqual([key.split('/').pop()]);

    await storage.delete(key);
    expect(await storage.get(key)).toBeUndefined();
    expect(await storage.stream(key)).toBeUndefined();
    await storage.delete(key);
  });

  it('treats a folder as missing', async () => {
    const key = newStorageKey('images');
    await storage.put(`${key}/child`, Buffer.from('x'));
    expect(await storage.stream(key)).toBeUndefined();
    expect(await storage.get(key)).toBeUndefined();
  });

  it.each(unsafe)('never touches the disk for %j', async (key) => {
    await expect(storage.put(key, Buffer.from('overwritten'))).rejects.toThrow();
    await expect(storage.get(key)).rejects.toThrow();
    await expect(storage.stream(key)).rejects.toThrow();
    await expect(storage.delete(key)).rejects.toThrow();
  });

  it('left the file outside the root alone', async () => {
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(outside, 'utf8')).toBe('secret');
  });
});
