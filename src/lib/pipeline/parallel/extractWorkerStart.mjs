// A worker thread has no loader of its own for TypeScript: register tsx here, then run the worker.
import { register } from 'tsx/esm/api';

register();
await import('./extractWorker.ts');
