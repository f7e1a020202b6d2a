// The sign-in start page's script (auth/start.html): PKCE and state, then on to Halo.
import { runAuthStartPage } from '@halo-outlook/core/sign-in';

void runAuthStartPage();
