export * from './reference.ts';
export * from './organizations.ts';
export * from './users.ts';
export * from './notifications.ts';
export * from './audit.ts';
export * from './outbox.ts';

export * from './products.ts';
export * from './imports.ts';
export * from './certificates.ts';
export * from './relations.ts';
