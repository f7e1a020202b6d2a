// The sign-in callback page's script (auth/callback.html): checks state, hands the code to the pane.
import { runAuthCallbackPage } from '@halo-outlook/core/sign-in';

void runAuthCallbackPage();
