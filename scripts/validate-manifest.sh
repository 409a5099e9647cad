#!/usr/bin/env bash
# Offline check of the add-in manifest (npm run validate). Needs no network.
#   1. manifest.xml is well-formed XML (xmllint --noout)
#   2. a few structural facts the add-in cannot load without (xmllint --xpath)
#   3. the committed icons are what scripts/make-icons.mjs draws
# The full structural check is test/manifest.test.ts; the Microsoft validation service is
# `npm run validate:online` (office-addin-manifest validate, needs internet).
set -euo pipefail

cd "$(dirname "$0")/.."
manifest="${1:-manifest.xml}"
failures=0

pass() { printf '  ok    %s\n' "$1"; }
fail() { printf '  FAIL  %s\n' "$1" >&2; failures=$((failures + 1)); }

if ! command -v xmllint >/dev/null 2>&1; then
  echo "validate-manifest: xmllint not found (Debian/Ubuntu: apt-get install libxml2-utils)" >&2
  exit 2
fi
if [[ ! -f "$manifest" ]]; then
  echo "validate-manifest: $manifest not found" >&2
  exit 2
fi

echo "Checking $manifest"

if xmllint --noout "$manifest"; then
  pass "well-formed XML (xmllint --noout)"
else
  fail "not well-formed XML (see xmllint output above)"
  echo "validate-manifest: $failures check(s) failed" >&2
  exit 1
fi

# xpath_equals <description> <xpath expression> <expected value>
xpath_equals() {
  local actual
  actual="$(xmllint --xpath "$2" "$manifest" 2>/dev/null || true)"
  if [[ "$actual" == "$3" ]]; then
    pass "$1"
  else
    fail "$1 (expected '$3', found '$actual')"
  fi
}

app="/*[local-name()='OfficeApp']"
vo="$app/*[local-name()='VersionOverrides']"
host="$vo/*[local-name()='Hosts']/*[local-name()='Host']"

xpath_equals "root element is OfficeApp of type TaskPaneApp" \
  "string($app/@*[local-name()='type'])" "TaskPaneApp"
xpath_equals "Id is a GUID" \
  "boolean(translate($app/*[local-name()='Id'], '0123456789abcdefABCDEF', '') = '----' and string-length($app/*[local-name()='Id']) = 36)" "true"
xpath_equals "host is Workbook" \
  "string($app/*[local-name()='Hosts']/*[local-name()='Host']/@Name)" "Workbook"
xpath_equals "requires SharedRuntime 1.1" \
  "string($app/*[local-name()='Requirements']/*[local-name()='Sets']/*[local-name()='Set'][@Name='SharedRuntime']/@MinVersion)" "1.1"
xpath_equals "requires CustomFunctionsRuntime 1.3" \
  "string($app/*[local-name()='Requirements']/*[local-name()='Sets']/*[local-name()='Set'][@Name='CustomFunctionsRuntime']/@MinVersion)" "1.3"
xpath_equals "requires ExcelApi 1.6" \
  "string($app/*[local-name()='Requirements']/*[local-name()='Sets']/*[local-name()='Set'][@Name='ExcelApi']/@MinVersion)" "1.6"
xpath_equals "permissions are ReadWriteDocument" \
  "normalize-space($app/*[local-name()='Permissions'])" "ReadWriteDocument"
xpath_equals "one long-lived runtime on Taskpane.Url" \
  "concat(count($host/*[local-name()='Runtimes']/*[local-name()='Runtime']), ' ', $host/*[local-name()='Runtimes']/*[local-name()='Runtime']/@resid, ' ', $host/*[local-name()='Runtimes']/*[local-name()='Runtime']/@lifetime)" \
  "1 Taskpane.Url long"
xpath_equals "custom functions page runs in the shared runtime" \
  "string($host/*[local-name()='AllFormFactors']/*[local-name()='ExtensionPoint']/*[local-name()='Page']/*[local-name()='SourceLocation']/@resid)" \
  "Taskpane.Url"
xpath_equals "function file runs in the shared runtime" \
  "string($host/*[local-name()='DesktopFormFactor']/*[local-name()='FunctionFile']/@resid)" "Taskpane.Url"
xpath_equals "custom functions namespace is BUDGET" \
  "string($vo/*[local-name()='Resources']/*[local-name()='ShortStrings']/*[local-name()='String'][@id='Functions.Namespace']/@DefaultValue)" \
  "BUDGET"
xpath_equals "no plain-http URLs" \
  "count(//@*[starts-with(., 'http:')])" "0"

if node scripts/make-icons.mjs --check; then
  pass "assets/icon-*.png match scripts/make-icons.mjs"
else
  fail "assets/icon-*.png are missing or stale (run node scripts/make-icons.mjs)"
fi

if ((failures > 0)); then
  echo "validate-manifest: $failures check(s) failed" >&2
  exit 1
fi
echo "validate-manifest: all checks passed (offline; run npm run validate:online for the Microsoft service)"
