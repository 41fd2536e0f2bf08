// A small hash router: the dashboard is one extension page, and a hash keeps
// links (from the popup, from a letter) working without a server.
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { name: 'history' }
  | { name: 'site'; site: string; visit?: string }
  | { name: 'letter'; site: string; visit?: string }
  | { name: 'settings' }
  | { name: 'about' };

function decode(part: string): string | null {
  try {
    const value = decodeURIComponent(part);
    return value.trim() ? value : null;
  } catch {
    return null;
  }
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const [head, ...rest] = path.split('/');
  // `#/site/<site>/visit/<visitId>`: the visit a popup or a notification came from.
  if ((head === 'site' || head === 'letter') && rest.length === 3 && rest[1] === 'visit') {
    const site = decode(rest[0]!);
    const visit = decode(rest[2]!);
    // Without a usable visit id it names the site alone.
    if (site) return visit ? { name: head, site, visit } : { name: head, site };
  }
  const arg = rest.length > 0 ? decode(rest.join('/')) : null;
  if (head === 'site' && arg) return { name: 'site', site: arg };
  if (head === 'letter' && arg) return { name: 'letter', site: arg };
  if (head === 'settings') return { name: 'settings' };
  if (head === 'about') return { name: 'about' };
  return { name: 'history' };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'site':
    case 'letter':
      return `#/${route.name}/${encodeURIComponent(route.site)}${route.visit ? `/visit/${encodeURIComponent(route.visit)}` : ''}`;
    case 'history':
      return '#/';
    default:
      return `#/${route.name}`;
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
