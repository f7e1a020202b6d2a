/** `Office.OfficeTheme` colours of Outlook's light and dark themes. */
export function officeTheme(theme: 'light' | 'dark'): Record<string, string | boolean> {
  return theme === 'dark'
    ? {
        bodyBackgroundColor: '#292929',
        bodyForegroundColor: '#ffffff',
        controlBackgroundColor: '#1f1f1f',
        controlForegroundColor: '#ffffff',
        isDarkTheme: true,
        themeId: 'Dark',
      }
    : {
        bodyBackgroundColor: '#ffffff',
        bodyForegroundColor: '#242424',
        controlBackgroundColor: '#f5f5f5',
        controlForegroundColor: '#242424',
        isDarkTheme: false,
        themeId: 'Colorful',
      };
}
