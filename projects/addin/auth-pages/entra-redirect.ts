// The Microsoft sign-in pop-up's redirect page (auth/entra-redirect.html): hands MSAL's response
// back to the pane (MSAL 5's redirect bridge), and the pop-up closes.
import { runEntraRedirectPage } from '@halo-outlook/entra';

void runEntraRedirectPage();
