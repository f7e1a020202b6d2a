import { parseListPage } from '../http/parse-all';
import { parseUser } from './user';

describe('parseUser', () => {
  it('reads site_id sent as a double beside site_id_int, from the /Users envelope', () => {
    const page = parseListPage(
      {
        record_count: 1,
        users: [
          {
            id: 38,
            name: 'Alice',
            emailaddress: 'a@c.example',
            site_id: 18.0,
            site_id_int: 18,
            client_id: 12,
          },
        ],
      },
      'users',
      parseUser,
    );
    expect(page.items[0]).toEqual(
      jasmine.objectContaining({ id: 38, email: 'a@c.example', siteId: 18, clientId: 12 }),
    );
  });

  it('reads a bare array and the email spelling, and builds a name from its parts', () => {
    const page = parseListPage(
      [{ id: '7', firstname: 'Bob', surname: 'Singh', email: 'b@c.example' }],
      'users',
      parseUser,
    );
    expect(page.items[0].id).toBe(7);
    expect(page.items[0].name).toBe('Bob Singh');
    expect(page.items[0].email).toBe('b@c.example');
  });
});
