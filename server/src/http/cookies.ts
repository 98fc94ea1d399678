export function cookieNames(secure: boolean) {
  // __Host- pins the cookie to this host and path / over HTTPS (ASVS V3.3.1).
  return secure
    ? { session: '__Host-fl_session', csrf: '__Host-fl_csrf' }
    : { session: 'fl_session', csrf: 'fl_csrf' };
}

export function cookieOptions(secure: boolean, maxAgeMs?: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure,
    ...(maxAgeMs ? { maxAge: Math.floor(maxAgeMs / 1000) } : {}),
  };
}

/**
 * Options to clear a cookie set with cookieOptions: the same attributes, or a browser keeps it
 * (a __Host- cookie cleared without Secure is ignored).
 */
export function clearCookieOptions(secure: boolean) {
  return cookieOptions(secure);
}
