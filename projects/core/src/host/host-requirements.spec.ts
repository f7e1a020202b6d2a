import { TestBed } from '@angular/core/testing';
import { OfficeApi } from '../office/office-api';
import { OFFICE } from '../office/office-token';
import { HostRequirements } from './host-requirements';

describe('HostRequirements', () => {
  function withOffice(office: OfficeApi | null): HostRequirements {
    TestBed.configureTestingModule({ providers: [{ provide: OFFICE, useValue: office }] });
    return TestBed.inject(HostRequirements);
  }

  it('asks Office whether a requirement set is supported', () => {
    const asked: string[] = [];
    const requirements = withOffice({
      context: {
        requirements: {
          isSetSupported: (name: string, version?: string) => {
            asked.push(`${name} ${version}`);
            return name === 'NestedAppAuth';
          },
        },
      },
    } as unknown as OfficeApi);
    expect(requirements.isSetSupported('NestedAppAuth', '1.1')).toBeTrue();
    expect(requirements.isSetSupported('DialogApi', '1.2')).toBeFalse();
    expect(asked).toEqual(['NestedAppAuth 1.1', 'DialogApi 1.2']);
  });

  it('supports nothing outside Office, and nothing when Office throws', () => {
    expect(withOffice(null).isSetSupported('NestedAppAuth', '1.1')).toBeFalse();
    TestBed.resetTestingModule();
    const throwing = withOffice({
      context: {
        requirements: {
          isSetSupported: () => {
            throw new Error('not ready');
          },
        },
      },
    } as unknown as OfficeApi);
    expect(throwing.isSetSupported('NestedAppAuth', '1.1')).toBeFalse();
  });
});
