import { createMemoryAuditStore, createMemoryTaskStore } from '../../src/workflow/index.js';
import { storeContract } from './store-contract.js';

storeContract('in memory', async () => ({ audit: createMemoryAuditStore(), tasks: createMemoryTaskStore() }));
