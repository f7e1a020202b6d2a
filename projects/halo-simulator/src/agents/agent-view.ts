import type { HaloData } from '../store/halo-data.js';
import type { AgentRecord } from '../store/records.js';

/** An agent as `/api/Agent` and `/api/Agent/me` return it (simulator-only login fields left out). */
export function agentView(agent: AgentRecord, data: HaloData): Record<string, unknown> {
  const primary = data.teams.find((t) => t.name === agent.team);
  return {
    id: agent.id,
    name: agent.name,
    firstname: agent.firstname,
    surname: agent.surname,
    email: agent.email,
    initials: agent.initials,
    jobtitle: agent.jobtitle,
    team: agent.team,
    team_id: primary?.id ?? 0,
    teams: agent.team_ids.map((id) => ({
      id,
      name: data.teams.find((t) => t.id === id)?.name ?? '',
    })),
    isdisabled: agent.isdisabled,
    use: 'agent',
  };
}
