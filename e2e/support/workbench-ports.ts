/** Port of the workbench for end-to-end tests (playwright.config.ts starts it with the simulator). */
export const WORKBENCH_PORT = Number(process.env['E2E_WORKBENCH_PORT'] ?? 4410);
/** Port of the simulator the workbench's pane is set up for. */
export const WORKBENCH_SIM_PORT = Number(process.env['E2E_WORKBENCH_SIM_PORT'] ?? 4310);
/** Port of the Microsoft simulator (Entra authority + Graph, HTTPS) started with the workbench. */
export const WORKBENCH_MS_PORT = Number(process.env['E2E_WORKBENCH_MS_PORT'] ?? 4453);
