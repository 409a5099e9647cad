// The preview host: the task pane beside an in-browser workbook (HyperFormula, GPL-3.0, preview
// and tests only). `npm start` serves it on http://localhost:3100 and opens it.

import HtmlWebpackPlugin from "html-webpack-plugin";
import path from "node:path";
import { templatesOptimization, templatesPlugins, templatesResolve, typescriptRule } from "./webpack.config.js";

const root = import.meta.dirname;

export default {
  devtool: "source-map",
  entry: { preview: "./addin/preview/main.tsx" },
  output: { path: path.join(root, "dist-preview"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"], ...templatesResolve },
  module: {
    rules: [typescriptRule, { test: /\.css$/, use: ["style-loader", "css-loader"] }],
  },
  performance: { hints: false },
  optimization: templatesOptimization,
  plugins: [...templatesPlugins(), new HtmlWebpackPlugin({ filename: "index.html", template: "./addin/preview/preview.html" })],
  devServer: { port: 3100, open: true, static: false, client: { overlay: { warnings: false } } },
};
