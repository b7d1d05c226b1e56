import * as migration_20261125_140712_initial from './20261125_140712_initial';

export const migrations = [
  {
    up: migration_20261125_140712_initial.up,
    down: migration_20261125_140712_initial.down,
    name: '20261125_140712_initial'
  },
];
