/**
 * A vite/rolldown plugin for the minified builds: shrinks the CSS inside our css`` templates
 * before bundling (comments; spaces around braces, semicolons and commas, around a product's `*` (either
 * side) and before `!important`; the zero of `0.5`; after the colon of a declaration; the quotes of an
 * attribute selector's identifier value; a six-digit colour that has three; a keyframe's from). It never touches
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
          .replace(/\)\s*\*\s*(\.?\d)/g, ')*$1')
          .replace(/\s+!important/g, '!important')
          .replace(/([^\w.])0\.(\d)/g, '$1.$2')
          // An attribute selector's value that is an identifier needs no quotes: [aria-pressed=true].
          .replace(/\[([-\w]+)=(['"])([a-zA-Z_][-\w]*)\2\]/g, '[$1=$3]')
          // A keyframe's `from` is 0%.
          .replace(/(@keyframes [-\w]+\{)from\{/g, (_, start) => `${start}0%{`)
          // #ffffff is #fff.
          .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3(?![\da-f])/gi, '#$1$2$3')
          .trim();
        return `css\`${min}\``;
      });
    },
  };
}
