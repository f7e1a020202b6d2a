import { TestBed } from '@angular/core/testing';
import { OfficeApi } from '../office/office-api';
import { OFFICE } from '../office/office-token';
import { HostTheme, schemeOf } from './host-theme';

describe('schemeOf', () => {
  it('reads light and dark from the body background', () => {
    expect(schemeOf({ bodyBackgroundColor: '#ffffff' })).toBe('light');
    expect(schemeOf({ bodyBackgroundColor: '#292929' })).toBe('dark');
    expect(schemeOf({ bodyBackgroundColor: '1f1f1f' })).toBe('dark');
  });

  it('gives null when Outlook reports no usable colour', () => {
    expect(schemeOf(undefined)).toBeNull();
    expect(schemeOf({ bodyBackgroundColor: 'transparent' })).toBeNull();
  });
});

describe('HostTheme', () => {
  function officeWith(background: string) {
    let handler: ((args?: unknown) => void) | undefined;
    const office = {
      EventType: { OfficeThemeChanged: 'officeThemeChanged' },
      context: {
        officeTheme: { bodyBackgroundColor: background },
        mailbox: {
          addHandlerAsync: (_type: unknown, h: (args?: unknown) => void) => (handler = h),
        },
      },
    } as unknown as OfficeApi;
    return { office, fire: (args: unknown) => handler?.(args) };
  }

  it("follows Outlook's theme and its changes", () => {
    const { office, fire } = officeWith('#ffffff');
    TestBed.configureTestingModule({ providers: [{ provide: OFFICE, useValue: office }] });
    const theme = TestBed.inject(HostTheme);
    expect(theme.scheme()).toBe('light');
    fire({ type: 'officeThemeChanged', officeTheme: { bodyBackgroundColor: '#1f1f1f' } });
    expect(theme.scheme()).toBe('dark');
  });

  it('is null outside Office', () => {
    TestBed.configureTestingModule({ providers: [{ provide: OFFICE, useValue: null }] });
    expect(TestBed.inject(HostTheme).scheme()).toBeNull();
  });
});
