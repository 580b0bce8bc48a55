export * from './enums.ts';
export * from './error-codes.ts';
export * from './schemas/common.ts';
export * from './schemas/auth.ts';
export * from './schemas/organizations.ts';
export * from './schemas/notifications.ts';
export * from './schemas/admin.ts';
export * from './schemas/reference.ts';
