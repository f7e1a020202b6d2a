// Renders the add-in's icon (projects/addin/public/icons/icon.svg) to the PNG sizes the Office
// manifest and the pane use: 16, 32, 64, 80 and 128 px. Run after changing the SVG:
//   node tools/icons/render-icons.mjs
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';

const SIZES = [16, 32, 64, 80, 128];
const dir = new URL('../../projects/addin/public/icons/', import.meta.url);
const svg = await readFile(new URL('icon.svg', dir), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    const file = new URL(`icon-${size}.png`, dir);
    await page.locator('svg').screenshot({ path: file.pathname, omitBackground: true });
    console.log(`icon-${size}.png`);
  }
} finally {
  await browser.close();
}
