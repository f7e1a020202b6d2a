import { fixedAgents } from '../boundary/halo-simulator.js';
import type { DirectoryUser } from './directory-user.js';
import { guidFor } from './guid-for.js';
import type { Tenant } from './tenant.js';

/** The password of every simulated user (the Halo simulator's agents use the same). */
export const USER_PASSWORD = 'halo';

/** The MSP's tenant: the Halo simulator's agents as work accounts (`alex.morgan@msp.example`, …). */
export const MSP_TENANT_ID = '3f6c2a8e-1d4b-4c7a-9e25-6b0d8f1a7c43';

/** A second, unrelated tenant (switched on with `secondTenant`), for tenant-keyed behaviour. */
export const SECOND_TENANT_ID = 'a71e5d02-8c3f-4b96-b4d1-2e9f6c0a5b38';

function user(
  tenantId: string,
  upn: string,
  givenName: string,
  surname: string,
  jobTitle: string | null,
  accountEnabled = true,
): DirectoryUser {
  return {
    id: guidFor(`${tenantId}/${upn.toLowerCase()}`),
    userPrincipalName: upn,
    displayName: `${givenName} ${surname}`,
    givenName,
    surname,
    jobTitle,
    password: USER_PASSWORD,
    accountEnabled,
  };
}

/**
 * The MSP's tenant, `MSP Example` (`msp.example`): one work account per Halo simulator agent
 * that can sign in there (same names and addresses; Drew Patel is disabled in both).
 */
export function mspTenant(): Tenant {
  const users = fixedAgents()
    .filter((agent) => agent.login !== null)
    .map((agent) =>
      user(
        MSP_TENANT_ID,
        agent.email,
        agent.firstname,
        agent.surname,
        agent.jobtitle || null,
        !agent.isdisabled,
      ),
    );
  return { id: MSP_TENANT_ID, name: 'MSP Example', domain: 'msp.example', users };
}

/** The second tenant, `Tailspin IT` (`tailspin-it.example`), with one user: Sam Rivera. */
export function secondTenant(): Tenant {
  return {
    id: SECOND_TENANT_ID,
    name: 'Tailspin IT',
    domain: 'tailspin-it.example',
    users: [user(SECOND_TENANT_ID, 'sam.rivera@tailspin-it.example', 'Sam', 'Rivera', 'IT Lead')],
  };
}
