// Entry of the roster solver's worker thread, in plain JavaScript so that plain Node can start it
// (a worker does not inherit `--import tsx`): it loads the TypeScript worker through tsx's API, as
// the import workers do (tsx is a runtime dependency of the server).
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker.ts', import.meta.url);
