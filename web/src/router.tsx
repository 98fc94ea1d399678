import { createBrowserRouter } from 'react-router';
import { routes } from './routes';

/** The app's router: the routes (routes.tsx) guarded as the page table says (page-access.ts). */
export const router = createBrowserRouter(routes);
