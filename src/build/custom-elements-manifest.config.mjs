// The custom-elements manifest's config (`cem analyze --config`, see package.json's build).
// The analyzer reads attributes from an inline `static properties` object; the button's is
// its attribute table (src/elements/consult-button/button-attributes.ts), so this plugin adds
// the button's attributes from that table, each with its class field's type, default and
// description. Runs after `tsc` and rollup: it reads the built table in dist/.
import { BUTTON_ATTRIBUTES } from '../../dist/elements/consult-button/button-attributes.js';

/** Gives the class `className` an attribute per row of `table`, described by its field. */
function attributesFromTable(className, table) {
  return {
    name: 'attributes-from-table',
    packageLinkPhase({ customElementsManifest }) {
      const element = customElementsManifest.modules
        .flatMap((module) => module.declarations ?? [])
        .find((declaration) => declaration.name === className);
      if (!element) throw new Error(`custom-elements manifest: no class ${className} to add its attribute table to`);
      const own = (element.attributes ?? []).filter((attribute) => !attribute.fieldName);
      const fromTable = [];
      for (const [property, { attribute, reflect }] of Object.entries(table)) {
        const field = element.members?.find((member) => member.kind === 'field' && member.name === property);
        if (!field) throw new Error(`custom-elements manifest: ${className} has no field for the table's ${property}`);
        if (reflect) field.reflects = true;
        if (attribute === false) continue;
        const name = attribute ?? property;
        field.attribute = name;
        fromTable.push({ name, type: field.type, default: field.default, description: field.description, fieldName: property });
      }
      element.attributes = [...own, ...fromTable];
    },
  };
}

export default {
  plugins: [attributesFromTable('KakaoConsultButton', BUTTON_ATTRIBUTES)],
};
