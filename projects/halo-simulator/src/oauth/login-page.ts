/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** What the login page shows. */
export interface LoginPageModel {
  /** The OAuth parameters of the authorize request, carried as hidden fields. */
  params: Record<string, string>;
  /** Form target (`/auth/authorize`, with `?tenant=` when given). */
  action: string;
  /** Seeded agent logins to list as a hint. */
  logins: string[];
  error?: string;
}

/** The plain agent login page of `/auth/authorize` (no JavaScript): sign in or cancel. */
export function renderLoginPage(model: LoginPageModel): string {
  const hidden = Object.entries(model.params)
    .map(
      ([name, value]) =>
        `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
    )
    .join('\n      ');
  const error = model.error ? `<p class="error" role="alert">${escapeHtml(model.error)}</p>` : '';
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Halo Simulator - Agent Login</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <style>
    body { font-family: system-ui, sans-serif; background: #f3f4f8; display: grid; place-items: center; min-height: 100vh; margin: 0; }
    form { background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 2px 8px #0002; width: 20rem; }
    label { display: block; margin-top: 1rem; } input[type=text], input[type=password] { width: 100%; padding: .5rem; box-sizing: border-box; }
    .buttons { margin-top: 1.5rem; display: flex; gap: .5rem; } .error { color: #b00020; } small { color: #555; }
  </style>
</head>
<body>
  <form method="post" action="${escapeHtml(model.action)}">
    <h1>Halo Simulator</h1>
    <p>Sign in as an agent to authorise <strong>${escapeHtml(model.params['client_id'] ?? '')}</strong>.</p>
    ${error}
    <label for="login">Login</label>
    <input id="login" name="login" type="text" autocomplete="username" autofocus>
    <label for="password">Password</label>
    <input id="password" name="password" type="password" autocomplete="current-password">
      ${hidden}
    <div class="buttons">
      <button type="submit" name="action" value="login">Log in</button>
      <button type="submit" name="action" value="cancel">Cancel</button>
    </div>
    <p><small>Test facility. Agents: ${escapeHtml(model.logins.join(', '))} (password: halo)</small></p>
  </form>
</body>
</html>`;
}

/** A plain error page for authorize requests that cannot be redirected (bad client or redirect URI). */
export function renderAuthorizeError(message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Halo Simulator - Error</title></head><body><h1>Authorisation error</h1><p>${escapeHtml(message)}</p></body></html>`;
}
