/**
 * A vite/rolldown plugin for the minified builds: shrinks the CSS inside our css`` templates
 * before bundling (comments, and spaces around braces, semicolons and commas). It never touches
 * spaces around colons, which can be descendant combinators (`.a :focus`). Templates with `${`
 * are left alone.
 */
export function minifyCssTemplates() {
  return {
    name: 'rugwijs:minify-css-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      return code.replace(/\bcss`([^`$]*)`/g, (_, body) => {
        const min = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,])\s*/g, '$1')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${min}\``;
      });
    },
  };
}
