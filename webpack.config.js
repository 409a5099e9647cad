// The production add-in: task pane and custom functions in one shared runtime, Office.js served
// from the add-in's own origin. No HyperFormula here: the preview engine has its own config
// (webpack.preview.js) and never enters this bundle.

import CopyWebpackPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import path from "node:path";
import webpack from "webpack";
import { FunctionsMetadataPlugin } from "./scripts/functions-metadata.mjs";

const root = import.meta.dirname;

export const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { transpileOnly: true } },
};

// The templates layer (addin/templates, loaded lazily as its own chunk) bundles ExcelJS from its
// sources, not its prebuilt browser file: that file carries polyfills that evaluate strings as
// code, which the page's Content-Security-Policy refuses, and is twice the size. The sources ask
// for a few of Node's modules: Buffer, process and events come from their browser packages
// (this package's own dependencies, so the build leans on no other package's); the file
// system, crypto (used only for sheet passwords, which templates never have) and ExcelJS's CSV
// support (unused, and it would bring Node streams) are left out.
export const templatesResolve = {
  alias: {
    exceljs$: path.join(root, "node_modules/exceljs/lib/exceljs.bare.js"),
    [path.join(root, "node_modules/exceljs/lib/csv/csv.js")]: false,
  },
  fallback: { fs: false, crypto: false },
};

// Only the members of process that the templates' modules use are provided, never process itself:
// React reports an uncaught error through process.emit when a process object exists, so a whole
// process shim would swallow the task pane's errors (and grow its bundle).
export const templatesPlugins = () => [
  new webpack.ProvidePlugin({
    Buffer: ["buffer", "Buffer"],
    "process.browser": ["process/browser", "browser"],
    "process.nextTick": ["process/browser", "nextTick"],
    "process.stdout": ["process/browser", "stdout"],
    "process.stderr": ["process/browser", "stderr"],
  }),
];

// The lazily loaded templates layer stays one file, templates.js, with ExcelJS inside it, rather
// than webpack's default of a numbered vendor file beside it (only loaded chunks are split so).
export const templatesOptimization = { splitChunks: { cacheGroups: { defaultVendors: false } } };

/** Prints the bytes of the add-in's own scripts taskpane.html loads at start-up (Office.js aside). */
const startupReport = {
  apply(compiler) {
    compiler.hooks.done.tap("StartupReport", (stats) => {
      const entry = stats.compilation.entrypoints.get("taskpane");
      const files = entry.getFiles().filter((file) => file.endsWith(".js"));
      const bytes = files.map((file) => [file, stats.compilation.assets[file]?.size() ?? 0]);
      const total = bytes.reduce((sum, [, size]) => sum + size, 0);
      console.log(`Parsed at start-up: ${bytes.map(([file, size]) => `${file} ${(size / 1024).toFixed(0)} KB`).join(", ")}; ${(total / 1024).toFixed(0)} KB in all`);
    });
  },
};

async function httpsOptions() {
  const devCerts = await import("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

export default async (env, argv) => {
  const dev = argv.mode === "development";
  return {
    devtool: "source-map",
    entry: {
      taskpane: "./addin/taskpane/index.tsx",
      functions: "./addin/functions/functions.ts",
    },
    output: { path: path.join(root, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"], ...templatesResolve },
    module: { rules: [typescriptRule] },
    performance: { hints: false },
    optimization: templatesOptimization,
    plugins: [
      ...templatesPlugins(),
      // the custom functions metadata from the catalogue; the manifest points at both files
      new FunctionsMetadataPlugin({
        entry: "./addin/functions/metadata.ts",
        outputs: { en: "functions.json", da: "functions-da.json" },
      }),
      // shared runtime: the task pane page also runs the custom functions, from its one bundle
      // (taskpane.js registers them); functions.js is the script the manifest names, not loaded
      // by the page
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./addin/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      startupReport,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          {
            from: "node_modules/@microsoft/office-js/dist",
            to: "office-js",
            globOptions: { ignore: ["**/*.debug.js"] },
            // already minified by Microsoft; running Terser over 30 MB of it costs minutes
            info: { minimized: true },
          },
        ],
      }),
    ],
    devServer: dev
      ? {
          static: { directory: path.join(root, "dist") },
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: env.WEBPACK_BUILD ? undefined : await httpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port ?? 3000),
        }
      : undefined,
  };
};
