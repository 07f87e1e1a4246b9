/** The enabled sites, read again whenever the browser says a site was enabled or turned off. */
import { useEffect, useState } from 'preact/hooks';

export interface SitesSource {
  list: () => Promise<string[]>;
  watch: (onChange: () => void) => () => void;
}

export function useSites(source: SitesSource): string[] | null {
  const [sites, setSites] = useState<string[] | null>(null);
  useEffect(() => {
    let live = true;
    const read = () => {
      source
        .list()
        .then((list) => live && setSites(list))
        .catch((error: unknown) =>
          console.error('Ringside: could not read the enabled sites', error),
        );
    };
    read();
    const stop = source.watch(read);
    return () => {
      live = false;
      stop();
    };
  }, [source]);
  return sites;
}
