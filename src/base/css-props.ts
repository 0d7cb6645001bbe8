import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * `style=${cssProps({'--angle': '30deg'})}`: sets properties through the CSSOM, on the first
 * render too. Lit's styleMap writes its first render as a style attribute string, which a strict
 * Content-Security-Policy (style-src without 'unsafe-inline') blocks; `element.style.setProperty`
 * is always allowed. Names are CSS names: custom properties or kebab-case.
 */
class CssPropsDirective extends Directive {
  #set = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('cssProps() belongs in a style attribute');
  }

  render(_props: Readonly<Record<string, string>>) {
    return noChange;
  }

  override update(part: AttributePart, [props]: [Readonly<Record<string, string>>]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.#set) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    this.#set = new Set(Object.keys(props));
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
