import * as migration_20261125_140712_initial from './20261125_140712_initial';
import * as migration_20261201_211306_site_builds from './20261201_211306_site_builds';
import * as migration_20261206_125823_media_public_use from './20261206_125823_media_public_use';
import * as migration_20261207_090333_service_point_location_codes from './20261207_090333_service_point_location_codes';
import * as migration_20261207_120659_catalog_imports from './20261207_120659_catalog_imports';
import * as migration_20261207_122957_catalog_sources from './20261207_122957_catalog_sources';

export const migrations = [
  {
    up: migration_20261125_140712_initial.up,
    down: migration_20261125_140712_initial.down,
    name: '20261125_140712_initial',
  },
  {
    up: migration_20261201_211306_site_builds.up,
    down: migration_20261201_211306_site_builds.down,
    name: '20261201_211306_site_builds',
  },
  {
    up: migration_20261206_125823_media_public_use.up,
    down: migration_20261206_125823_media_public_use.down,
    name: '20261206_125823_media_public_use',
  },
  {
    up: migration_20261207_090333_service_point_location_codes.up,
    down: migration_20261207_090333_service_point_location_codes.down,
    name: '20261207_090333_service_point_location_codes',
  },
  {
    up: migration_20261207_120659_catalog_imports.up,
    down: migration_20261207_120659_catalog_imports.down,
    name: '20261207_120659_catalog_imports',
  },
  {
    up: migration_20261207_122957_catalog_sources.up,
    down: migration_20261207_122957_catalog_sources.down,
    name: '20261207_122957_catalog_sources',
  },
];
