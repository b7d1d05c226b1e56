import * as migration_20261125_140712_initial from './20261125_140712_initial';
import * as migration_20261201_211306_site_builds from './20261201_211306_site_builds';

export const migrations = [
  {
    up: migration_20261125_140712_initial.up,
    down: migration_20261125_140712_initial.down,
    name: '20261125_140712_initial',
  },
  {
    up: migration_20261201_211306_site_builds.up,
    down: migration_20261201_211306_site_builds.down,
    name: '20261201_211306_site_builds'
  },
];
