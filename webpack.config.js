// The production add-in: task pane and custom functions in one shared runtime, Office.js served
// from the add-in's own origin. No HyperFormula here: the preview engine has its own config
// (webpack.preview.js) and never enters this bundle.

import CopyWebpackPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import path from "node:path";
import { FunctionsMetadataPlugin } from "./scripts/functions-metadata.mjs";

const root = import.meta.dirname;

export const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { transpileOnly: true } },
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
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [typescriptRule] },
    performance: { hints: false },
    plugins: [
      // the custom functions metadata from the catalogue; the manifest points at both files
      new FunctionsMetadataPlugin({
        entry: "./addin/functions/metadata.ts",
        outputs: { en: "functions.json", da: "functions-da.json" },
      }),
      // shared runtime: the task pane page also runs the custom functions
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./addin/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
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
