export * from './permissions.js';
export * from './error-codes.js';
export * from './common.contract.js';
export * from './auth.contract.js';
export * from './org.contract.js';
export * from './people.contract.js';
export * from './users.contract.js';
export * from './audit.contract.js';
