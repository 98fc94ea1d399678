import { isValidElement, type ReactElement } from 'react';
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { permissionsOf, ROLES, type Role } from '@frontline/contract';
import { RequirePage } from './features/auth/components/RequireSession';
import { ADMIN_NAV, MAIN_NAV, navFor } from './features/shell/hooks/useNavItems';
import { mayOpen, PAGES, type PagePath, type PageRule, type PageUser } from './page-access';
import { routes } from './routes';

/** Every page of the router (a route that loads a component) with the page its guard checks, if any. */
function routedPages(list: RouteObject[], base = '', guard: PagePath | null = null, out = new Map()) {
  for (const r of list) {
    const el = r.element as ReactElement<{ path: PagePath }> | undefined;
    const g = isValidElement(el) && el.type === RequirePage ? el.props.path : guard;
    const path =
      r.path === '*'
        ? '*'
        : r.index
          ? base || '/'
          : r.path === undefined
            ? base
            : r.path.startsWith('/')
              ? r.path
              : `${base.replace(/\/$/, '')}/${r.path}`;
    if (r.lazy) out.set(path, g);
    if (r.children) routedPages(r.children, path, g, out);
  }
  return out as Map<string, PagePath | null>;
}

const PUBLIC = ['/login', '/setup'];

const user = (roles: Role[], personId: string | null = 'p1'): PageUser => ({
  personId,
  permissions: [...permissionsOf(roles)],
});
/** Each role alone and as the demo holds them (with staff), with and without a person record. */
const USERS: [string, PageUser][] = [
  ...ROLES.map((r): [string, PageUser] => [r, user([r])]),
  ...ROLES.map((r): [string, PageUser] => [`staff+${r}`, user(['staff', r])]),
  ...ROLES.map((r): [string, PageUser] => [`${r} without a person`, user([r], null)]),
];

describe('the page table (page-access.ts)', () => {
  const routed = routedPages(routes);

  it('holds every page the router has, and only those', () => {
    const signedIn = [...routed.keys()].filter((p) => !PUBLIC.includes(p)).sort();
    expect(signedIn).toEqual(Object.keys(PAGES).sort());
  });

  it('is what the router guards each page with', () => {
    for (const path of Object.keys(PAGES) as PagePath[]) {
      const rule: PageRule = PAGES[path];
      expect(routed.get(path), path).toBe(rule.needs || rule.person ? path : null);
    }
  });

  it.each(USERS)('is what the menu shows: %s', (_name, me) => {
    const { main, admin } = navFor(me);
    for (const d of [...main, ...admin]) expect(mayOpen(me, d.page), d.page).toBe(true);
    for (const d of MAIN_NAV) expect(main.includes(d), d.page).toBe(mayOpen(me, d.page));
    for (const d of ADMIN_NAV) expect(admin.includes(d), d.page).toBe(mayOpen(me, d.page));
  });

  it('gives staff no administration and no team tools; HR the administration', () => {
    const staff = navFor(user(['staff']));
    expect(staff.admin).toEqual([]);
    for (const page of ['/team-goals', '/attention', '/dashboards/team', '/dashboards/org'] as const) {
      expect(staff.main.map((d) => d.page)).not.toContain(page);
    }
    expect(staff.main.map((d) => d.page)).toContain('/people/:id/performance');
    expect(navFor(user(['staff', 'hr_admin'])).admin.map((d) => d.page)).toEqual([
      '/admin/org-units',
      '/admin/job-roles',
      '/people/new',
      '/people/import',
      '/admin/users',
      '/admin/audit',
      '/scorecards',
      '/review-cycles',
      '/review-templates',
    ]);
  });

  it('offers pages about one’s own record only to users with a person', () => {
    const admin = user(['admin'], null);
    expect(mayOpen(admin, '/feedback')).toBe(false);
    expect(navFor(admin).main.map((d) => d.page)).not.toContain('/people/:id/performance');
    expect(mayOpen(null, '/')).toBe(false);
  });
});
