// The workspace's Karma configuration, plus the Halo simulators the integration specs call
// (started for this project's run only, stopped when Karma exits).
const base = require('../../karma.conf.js');
const { startHaloSimulators, haloSimulatorPlugin } = require('../../tools/karma/halo-simulator.js');

module.exports = async function (config) {
  base(config);
  const simulators = await startHaloSimulators();
  config.set({
    plugins: [...config.plugins, haloSimulatorPlugin(simulators)],
    frameworks: [...config.frameworks, 'halo-simulator'],
    client: {
      ...config.client,
      haloSimulator: { url: simulators.url, corsClosedUrl: simulators.corsClosedUrl },
    },
  });
};
