/**
 * The custom-elements manifest (custom-elements.json): attributes, properties, events, parts and
 * CSS properties of every element, with descriptions. Editors, Storybook and our generated
 * docs/api.md, VS Code custom data and JetBrains web-types all read it.
 */
const isPublic = (m) => !m.name.startsWith('#') && (m.privacy === undefined || m.privacy === 'public');

/** Tidies what the analyzer reads from the code into what a developer can use. */
const publicApiOnly = () => ({
  name: 'rugwijs-public-api',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const d of mod.declarations ?? []) {
        if (!d.tagName) continue;
        const attributes = new Map((d.attributes ?? []).map((a) => [a.fieldName ?? a.name, a]));
        d.members = (d.members ?? []).filter(isPublic).map((m) => {
          const attribute = (d.attributes ?? []).find((a) => a.name === m.attribute || a.fieldName === m.name);
          return !m.description && attribute?.description ? { ...m, description: attribute.description } : m;
        });
        // The card dispatches both its events through one helper; the analyzer sees `type` as a third.
        d.events = (d.events ?? []).filter((e) => e.name.startsWith('rugwijs-'));
        for (const a of d.attributes ?? []) if (!a.description && attributes.get(a.fieldName)?.description) a.description = attributes.get(a.fieldName).description;
      }
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  litelement: true,
  plugins: [publicApiOnly()],
};
