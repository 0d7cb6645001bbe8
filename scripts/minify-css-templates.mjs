/**
 * A vite/rolldown plugin for the minified builds: shrinks the CSS inside our css`` templates
 * before bundling (comments; spaces around braces, semicolons and commas, around a product's `*` and
 * before `!important`; the zero of `0.5`; after the colon of a declaration). It never touches
 * other spaces around colons, which can be descendant combinators (`.a :focus`), nor around + and -, which calc() needs. Templates with
 * `${` are left alone.
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
          // A declaration starts after { or ;, and there a colon ends the property name.
          .replace(/([{;][-_a-z][-_a-z0-9]*):\s+/gi, "$1:")
          .replace(/(\d)\s*\*\s*(var\(|\d)/g, '$1*$2')
          .replace(/\s+!important/g, '!important')
          .replace(/([^\w.])0\.(\d)/g, '$1.$2')
          .trim();
        return `css\`${min}\``;
      });
    },
  };
}
