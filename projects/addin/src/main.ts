import { bootstrapApplication } from '@angular/platform-browser';
import { connectHost } from '@halo-outlook/core';
import { appConfig } from './app/app.config';
import { Shell } from './app/shell/shell';
import { showStartFailure } from './start-failure';

// office.js (loaded by index.html before this bundle) is given up to 3 s to say whether this is
// Outlook; where it failed to load, the pane starts at once as a plain web page.
connectHost()
  .then((host) => bootstrapApplication(Shell, appConfig(host)))
  .catch((error: unknown) => showStartFailure(document, error));
