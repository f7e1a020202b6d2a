import { escapeHtml } from '../boundary/halo-simulator.js';

/** What the Entra-like login page shows. */
export interface EntraLoginPageModel {
  /** Tenant display name. */
  readonly tenantName: string;
  /** The app asking (the registration's name). */
  readonly appName: string;
  /** Form target (the interaction's URL). */
  readonly action: string;
  /** Prefilled sign-in name (`login_hint`). */
  readonly loginHint: string;
  /** Sign-in names of the tenant's users, listed as a hint (test facility). */
  readonly users: readonly string[];
  /** The password every user has. */
  readonly password: string;
  /** Why the last attempt failed (Entra's wording), if it did. */
  readonly error?: string;
}

/**
 * The login page of the simulated Entra tenant: one form with email and password (Entra asks for
 * them on two screens), Sign in and Cancel. No JavaScript, so tests can post it without a browser.
 */
export function renderEntraLoginPage(model: EntraLoginPageModel): string {
  const error = model.error
    ? `<p class="error" role="alert" id="error">${escapeHtml(model.error)}</p>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Sign in to your account</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <style>
    body { font-family: "Segoe UI", system-ui, sans-serif; background: #f2f2f2; display: grid; place-items: center; min-height: 100vh; margin: 0; }
    form { background: #fff; padding: 44px; width: 22rem; box-shadow: 0 2px 6px #0003; }
    h1 { font-size: 1.5rem; font-weight: 600; margin: 0 0 .5rem; } .tenant { color: #1b1b1b; font-weight: 600; }
    label { display: block; margin-top: 1rem; } input[type=email], input[type=password] { width: 100%; padding: .4rem 0; border: 0; border-bottom: 1px solid #666; font-size: 1rem; }
    .buttons { margin-top: 1.5rem; display: flex; gap: .5rem; justify-content: flex-end; }
    button { padding: .4rem 1.5rem; font-size: 1rem; } button[value=login] { background: #0067b8; color: #fff; border: 0; }
    .error { color: #e81123; } small { color: #666; }
  </style>
</head>
<body>
  <form method="post" action="${escapeHtml(model.action)}">
    <p class="tenant">${escapeHtml(model.tenantName)}</p>
    <h1>Sign in</h1>
    <p>to continue to <strong>${escapeHtml(model.appName)}</strong></p>
    ${error}
    <label for="login">Email</label>
    <input id="login" name="login" type="email" autocomplete="username" value="${escapeHtml(model.loginHint)}" autofocus>
    <label for="password">Password</label>
    <input id="password" name="password" type="password" autocomplete="current-password">
    <div class="buttons">
      <button type="submit" name="action" value="cancel">Cancel</button>
      <button type="submit" name="action" value="login">Sign in</button>
    </div>
    <p><small>Microsoft simulator (test facility). Users: ${escapeHtml(model.users.join(', '))} (password: ${escapeHtml(model.password)})</small></p>
  </form>
</body>
</html>`;
}
