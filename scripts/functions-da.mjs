// Custom functions metadata in Danish. The metadata generator reads the English JSDoc and cannot
// localise, so this step writes functions-da.json from functions.json and one table of Danish
// names and descriptions (addin/functions/names-da.json). The manifest points da-DK at it.

/**
 * @param {{ functions: Array<{ id: string, name: string, description?: string, parameters?: Array<{ name: string, description?: string }>, result?: object }> }} metadata
 * @param {Record<string, { name: string, description: string, parameters: Record<string, { name: string, description: string }>, result?: string }>} names
 */
export function localizeMetadata(metadata, names) {
  const missing = metadata.functions.filter((f) => !names[f.id]).map((f) => f.id);
  if (missing.length > 0) throw new Error(`names-da.json has no Danish entry for ${missing.join(", ")}`);
  return {
    ...metadata,
    functions: metadata.functions.map((f) => {
      const da = names[f.id];
      return {
        ...f,
        name: da.name,
        description: da.description,
        parameters: (f.parameters ?? []).map((p) => {
          const param = da.parameters[p.name];
          if (!param) throw new Error(`names-da.json has no Danish entry for ${f.id} parameter ${p.name}`);
          return { ...p, name: param.name, description: param.description };
        }),
      };
    }),
  };
}

/** Webpack plugin: after functions.json is emitted, emit functions-da.json beside it. */
export class DanishFunctionsMetadataPlugin {
  /** @param {{ input: string, output: string, names: object }} options */
  constructor(options) {
    this.options = options;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { sources, Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("DanishFunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "DanishFunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        (assets) => {
          const english = assets[this.options.input];
          if (!english) {
            compilation.errors.push(new compiler.webpack.WebpackError(`${this.options.input} was not generated`));
            return;
          }
          const localized = localizeMetadata(JSON.parse(english.source().toString()), this.options.names);
          compilation.emitAsset(this.options.output, new sources.RawSource(JSON.stringify(localized, null, 2)));
        },
      );
    });
  }
}
