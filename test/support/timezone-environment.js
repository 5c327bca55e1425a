// Runs a test file with the worker process's host time zone set to
// testEnvironmentOptions.timeZone, so date code is proven not to depend on it.
// Set on the real process (not the sandbox's copy of process.env): Node re-reads TZ
// when it changes.
// Jest's Node environment with compiled modules kept per worker (compile-cache-environment.js).
const { TestEnvironment } = require('./compile-cache-environment');

class TimeZoneEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    const timeZone = config.projectConfig.testEnvironmentOptions.timeZone;
    if (timeZone) {
      process.env.TZ = timeZone;
      this.global.process.env.TZ = timeZone;
    }
  }
}

module.exports = TimeZoneEnvironment;
