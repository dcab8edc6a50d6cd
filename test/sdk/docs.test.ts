import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ts from 'typescript';

/**
 * typedoc has no switch for "every export has an example", so this reads the SDK entry as typedoc does and checks.
 * The contract (`schema.ts`, and `contract-constants.ts`, its fixed values) is documented where it is declared and is
 * left to its own owners.
 */
describe('the SDK API reference', () => {
  it('has an @example on every export of the SDK entry', () => {
    const program = ts.createProgram(['src/sdk/index.ts'], {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
    });
    const checker = program.getTypeChecker();
    const entry = checker.getSymbolAtLocation(program.getSourceFile('src/sdk/index.ts')!)!;

    const missing: string[] = [];
    let checked = 0;
    for (const exported of checker.getExportsOfModule(entry)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.declarations?.[0];
      if (!declaration || /\/(?:schema|contract-constants)\.ts$/.test(declaration.getSourceFile().fileName)) continue;
      checked++;
      const tags = ts.getJSDocTags(declaration).map((tag) => tag.tagName.text);
      if (!tags.includes('example')) missing.push(exported.name);
    }
    assert.ok(checked >= 15, `only ${checked} exports checked`);
    assert.deepEqual(missing, []);
  });
});
