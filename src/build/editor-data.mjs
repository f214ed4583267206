// Writes the editors' tag data from dist/custom-elements.json (run by `npm run build`, after the
// manifest): dist/vscode.html-custom-data.json (VS Code's `html.customData`) and
// dist/web-types.json (JetBrains IDEs read it through package.json's `web-types`). Every
// element, attribute, its choices and its events come from the manifest, so they follow it.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** The custom elements the manifest declares. */
export const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);

/** A type's string literals (`'small' | 'medium'` → ['small', 'medium']), or none when it is not a union of them. */
function choices(type) {
  const parts = (type ?? '').split('|').map((part) => part.trim());
  return parts.every((part) => /^(['"]).*\1$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : [];
}

const vscode = {
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: element.description ?? element.summary ?? '',
    attributes: (element.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      description: attribute.description ?? '',
      ...(choices(attribute.type?.text).length ? { values: choices(attribute.type.text).map((name) => ({ name })) } : {}),
    })),
  })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: element.description ?? element.summary ?? '',
        attributes: (element.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          description: attribute.description ?? '',
          value: choices(attribute.type?.text).length
            ? { type: 'enum', kind: 'plain' }
            : { type: attribute.type?.text ?? 'string', kind: 'plain' },
          ...(choices(attribute.type?.text).length ? { values: choices(attribute.type.text).map((name) => ({ name })) } : {}),
        })),
        events: (element.events ?? [])
          .filter((event) => event.name)
          .map((event) => ({ name: event.name, description: event.description ?? '' })),
      })),
    },
  },
};

writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(vscode, null, 2)}\n`);
writeFileSync('dist/web-types.json', `${JSON.stringify(webTypes, null, 2)}\n`);
