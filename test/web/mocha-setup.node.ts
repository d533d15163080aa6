// Desktop (Node) extension host: the same role as mocha-setup.ts, with mocha's Node API. esbuild.js resolves
// './mocha-setup' to this file in the desktop bundle; 'mocha' stays external (loaded from node_modules).
import Mocha from 'mocha';

const instance = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 20000, color: true });
// What `mocha` does per test file before requiring it: define describe/it/before... on the global object.
instance.suite.emit('pre-require', globalThis, 'test/web/suite-list.ts', instance);

export function runMocha(done: (failures: number) => void): Mocha.Runner {
  return instance.run(done);
}
