/**
 * A vite/rolldown plugin for the minified builds: in our html``, svg`` and css`` templates, a line
 * break with the indentation after it means the same as one space, so it becomes one; in html``
 * and svg``, quotes around a plain static attribute value go. The module
 * is parsed (TypeScript's parser), so only the literal parts of those tagged templates change:
 * ordinary strings (`x.join("\n")`), other template literals, regular expressions (Lit's own
 * `[ \t\n\f\r]`) and code are never touched. Positions inside a line do not move much, but lines
 * do, so the builds that use it ship no source maps (the npm build keeps its maps).
 */
import ts from 'typescript';

const tags = new Set(['html', 'svg', 'css']);

/** The source with the template whitespace collapsed, or null when nothing changed. */
export function collapseTemplates(code, fileName = 'module.ts') {
  if (!/\b(html|svg|css)`/.test(code)) return null;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const edits = [];
  const literal = (node, markup) => {
    // The raw text between the delimiters: ` or } before, ` or ${ after.
    const start = node.getStart(source) + 1;
    const end = node.end - (node.kind === ts.SyntaxKind.TemplateHead || node.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1);
    const raw = code.slice(start, end);
    let collapsed = raw.replace(/\n\s*/g, ' ');
    // In markup, a static attribute value of letters, digits, dots, colons and dashes needs no
    // quotes (HTML's unquoted attribute value). A value with a space, a slash or a binding keeps them.
    if (markup) collapsed = collapsed.replace(/(\s[a-zA-Z][\w:.-]*)="([\w.:-]+)"(?=[\s>])/g, '$1=$2');
    if (collapsed !== raw) edits.push({ start, end, text: collapsed });
  };
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && tags.has(node.tag.text)) {
      const t = node.template;
      const markup = node.tag.text !== 'css';
      if (ts.isNoSubstitutionTemplateLiteral(t)) literal(t, markup);
      else {
        literal(t.head, markup);
        for (const span of t.templateSpans) literal(span.literal, markup);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!edits.length) return null;
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

export function collapseTemplateWhitespace() {
  return {
    name: 'rugwijs:collapse-template-whitespace',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
      const out = collapseTemplates(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}
