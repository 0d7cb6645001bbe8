#!/usr/bin/env node
// `npx rugwijs render page.html > out.html`: the page with every rugwijs widget's content written
// into the HTML (declarative shadow DOM), for sites without a Node build (WordPress, page builders).
// Reads standard input when the file is `-`. Options: --lang=nl|nl-BE|en, --address=je|u.
import { readFileSync } from 'node:fs';

const [command, file, ...rest] = process.argv.slice(2);
const option = (name) => rest.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const usage = 'usage: rugwijs render <page.html | -> [--lang=nl|nl-BE|en] [--address=je|u] > out.html';

if (command !== 'render' || !file) {
  console.error(usage);
  process.exit(command === 'help' || command === '--help' ? 0 : 2);
}

let ssr;
try {
  ssr = await import('../dist/ssr.js');
} catch (error) {
  if (String(error).includes('@lit-labs/ssr'))
    console.error('rugwijs render needs @lit-labs/ssr next to rugwijs: npx -p rugwijs -p @lit-labs/ssr rugwijs render page.html');
  else console.error(`rugwijs render: ${error}`);
  process.exit(1);
}

try {
  const page = readFileSync(file === '-' ? 0 : file, 'utf8');
  process.stdout.write(await ssr.renderToString(page, { lang: option('lang'), address: option('address') }));
} catch (error) {
  console.error(`rugwijs render: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
