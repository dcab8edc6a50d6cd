import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ts from 'typescript';

/**
 * As `docs.test.ts` does for the SDK entry: every export of `@kulturregion/kultur/publishing` has an `@example`. The
 * console's schemas (`console-schemas.ts`) are documented where they are declared, as the contract's are.
 */
describe('the publishing API reference', () => {
  it('has an @example on every export of the publishing entry', () => {
    const entryFile = 'src/sdk/publishing/index.ts';
    const program = ts.createProgram([entryFile], {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
    });
    const checker = program.getTypeChecker();
    const entry = checker.getSymbolAtLocation(program.getSourceFile(entryFile)!)!;
    const missing: string[] = [];
    let checked = 0;
    for (const exported of checker.getExportsOfModule(entry)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.declarations?.[0];
      const file = declaration?.getSourceFile().fileName ?? '';
      if (
        !declaration ||
        /\/(schema|console-schemas|participant-schemas|message-schemas|problem-kinds)\.ts$/.test(file)
      )
        continue;
      checked++;
      if (!ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === 'example')) missing.push(exported.name);
    }
    assert.ok(checked >= 15, `only ${checked} exports checked`);
    assert.deepEqual(missing, []);
  });
});
