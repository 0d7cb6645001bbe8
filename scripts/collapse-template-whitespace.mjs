/**
 * A vite/rolldown plugin for the minified builds. After minification the only raw line breaks left
 * in the code are inside template literals, i.e. our html`` and css`` templates, where a line break
 * plus indentation means the same as one space. Collapsing them saves about a tenth of the gzip
 * size. Code that needs a real line break in a string writes "\n", which is not touched.
 * It shifts lines, so the builds that use it ship no source maps (the npm build keeps its maps).
 */
export function collapseTemplateWhitespace() {
  return {
    name: 'rugwijs:collapse-template-whitespace',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') file.code = file.code.replace(/\n\s*/g, ' ');
      }
    },
  };
}
