// Webpack plugin: the custom functions metadata, functions.json and functions-da.json, written from
// the worksheet function catalogue. The module that builds them (addin/functions/metadata.ts) is
// compiled by a child compilation with the build's own loaders and resolution, run in a fresh
// context, and asked for each language; nothing of it is emitted but the two JSON files.

import vm from "node:vm";

const NAME = "FunctionsMetadataPlugin";

export class FunctionsMetadataPlugin {
  /** @param {{ entry: string, outputs: Record<string, string> }} options outputs: a file per language, e.g. { en: "functions.json" } */
  constructor(options) {
    this.options = options;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { EntryPlugin, WebpackError, library, sources, Compilation } = compiler.webpack;
    const filename = `${NAME}.cjs`;
    /** @type {Record<string, string> | undefined} */
    let files;

    compiler.hooks.make.tapPromise(NAME, async (compilation) => {
      files = undefined;
      const child = compilation.createChildCompiler(NAME, { filename, library: { type: "commonjs2" } }, [
        new library.EnableLibraryPlugin("commonjs2"),
        new EntryPlugin(compiler.context, this.options.entry, { name: NAME, library: { type: "commonjs2" } }),
      ]);
      // evaluated once here and never served: no need to minimise it
      child.hooks.thisCompilation.tap(NAME, (childCompilation) => {
        childCompilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE }, (assets) => {
          for (const name of Object.keys(assets)) childCompilation.updateAsset(name, (source) => source, { minimized: true });
        });
      });
      const childCompilation = await new Promise((resolve, reject) =>
        child.runAsChild((error, _entries, result) => (error ? reject(error) : resolve(result))),
      );
      // the child's files were merged into this compilation: only the JSON is to be emitted
      for (const name of Object.keys(childCompilation.assets)) compilation.deleteAsset(name);
      compilation.fileDependencies.addAll(childCompilation.fileDependencies);
      compilation.contextDependencies.addAll(childCompilation.contextDependencies);
      compilation.missingDependencies.addAll(childCompilation.missingDependencies);
      if (childCompilation.errors.length > 0) {
        compilation.errors.push(new WebpackError(`${NAME}: ${this.options.entry} did not compile (see the errors below)`), ...childCompilation.errors);
        return;
      }
      try {
        const module = { exports: {} };
        vm.runInNewContext(childCompilation.assets[filename].source().toString(), { module, exports: module.exports });
        files = Object.fromEntries(
          Object.entries(this.options.outputs).map(([language, file]) => [
            file,
            `${JSON.stringify(module.exports.functionsMetadata(language), null, 4)}\n`,
          ]),
        );
      } catch (error) {
        compilation.errors.push(new WebpackError(`${NAME}: ${this.options.entry}: ${error instanceof Error ? error.message : error}`));
      }
    });

    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const [file, json] of Object.entries(files ?? {})) compilation.emitAsset(file, new sources.RawSource(json));
      });
    });
  }
}
