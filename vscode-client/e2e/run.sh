#!/usr/bin/env bash
# End-to-end tests of the extension in a real VS Code (code-server from npm, Debian's Chromium, playwright-core):
#   1. the vscode-API suite inside the extension host, extension loaded from this folder, real server;
#   2. a UI smoke test of the packaged VSIX with a screenshot in test-results/.
# Installs what is missing (apt: chromium, ripgrep, libkrb5-dev; npm: e2e/tools), prints the measured figures, and
# ends every process it started (each code-server runs in its own process group).
set -euo pipefail
EXT_DIR=$(cd "$(dirname "$0")/.." && pwd)
REPO=$(cd "$EXT_DIR/.." && pwd)
TOOLS=$EXT_DIR/e2e/tools
WORK=${E2E_WORK:-$EXT_DIR/.e2e-work}
RESULTS=$EXT_DIR/test-results
rm -rf "$WORK"; mkdir -p "$WORK/tmp" "$RESULTS"
export npm_config_nodedir=/usr npm_config_yes=true npm_config_unsafe_perm=true npm_config_update_notifier=false

step() { printf '\n== %s\n' "$*"; }

if ! command -v chromium >/dev/null || ! command -v rg >/dev/null || [ ! -e /usr/include/gssapi/gssapi.h ]; then
  step "apt: chromium ripgrep libkrb5-dev"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium ripgrep libkrb5-dev >/dev/null
fi

if ! HOME=$WORK/tmp XDG_DATA_HOME=$WORK/tmp XDG_CONFIG_HOME=$WORK/tmp node "$TOOLS/node_modules/code-server/out/node/entry.js" --version \
     --user-data-dir "$WORK/tmp/v" --config "$WORK/tmp/v.yaml" >/dev/null 2>&1 || [ ! -x "$TOOLS/node_modules/.bin/vsce" ]; then
  step "npm: code-server, playwright-core, vsce"
  # @vscode/ripgrep downloads rg from GitHub in its postinstall; seed its cache with Debian's rg instead
  RG_CACHE="$WORK/tmp/vscode-ripgrep-cache-1.15.11"; mkdir -p "$RG_CACHE"; d=$(mktemp -d); cp "$(command -v rg)" "$d/rg"
  tar czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$d" rg; rm -rf "$d"
  (cd "$TOOLS" && TMPDIR=$WORK/tmp npm ci --no-audit --no-fund --foreground-scripts >"$WORK/npm-tools.log" 2>&1) \
    || { tail -40 "$WORK/npm-tools.log"; exit 1; }
fi

step "extension: npm ci, typecheck, VSIX"
(cd "$EXT_DIR" && npm ci --no-audit --no-fund >"$WORK/npm-ext.log" 2>&1) || { tail -40 "$WORK/npm-ext.log"; exit 1; }
if [ ! -f "$REPO/language-server/target/modelsense.jar" ]; then
  (cd "$REPO" && mvn -q -B -ntp -pl language-server -am package -DskipTests)
fi
node "$EXT_DIR/node_modules/typescript/bin/tsc" -p "$EXT_DIR" --noEmit
VSIX=$WORK/modelsense.vsix
node "$EXT_DIR/scripts/package.js" "$VSIX" | tee "$WORK/vsix.txt"
# the extension-host mode loads the extension from this folder: give it the development bundle
node "$EXT_DIR/scripts/build.js"

run_mode() {   # $1 = exthost | contract | ui, $2 = port
  local R=$WORK/$1 PORT=$2 EXTRA=""
  if [ "$1" = contract ]; then
    EXTRA=", \"modelsense.server.command\": [\"node\", \"$EXT_DIR/e2e/contract-server.js\"], \"modelsense.target\": \"e2e_target\", \"modelsense.sandbox.limit\": 25"
  fi
  mkdir -p "$R/user/User" "$R/ext" "$R/tmp" "$R/home" "$R/ws/analytics"
  # a nested project: activation must find dbt_project.yml below the workspace root
  (cd "$REPO/testdata/projects" && tar chf - --exclude=jaffle_shop_duckdb/target jaffle_shop_duckdb) | tar xf - -C "$R/ws/analytics"
  cat > "$R/user/User/settings.json" <<JSON
{ "workbench.startupEditor": "none", "telemetry.telemetryLevel": "off", "update.mode": "none",
  "extensions.autoUpdate": false, "extensions.autoCheckUpdates": false, "workbench.enableExperiments": false,
  "security.workspace.trust.enabled": false, "files.autoSave": "off", "editor.codeLens": true,
  "git.openRepositoryInParentFolders": "never", "git.enabled": false $EXTRA }
JSON
  local CS=(node "$TOOLS/node_modules/code-server/out/node/entry.js" --auth none --bind-addr "127.0.0.1:$PORT"
      --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override
      --user-data-dir "$R/user" --extensions-dir "$R/ext" --config "$R/config.yaml")
  (
    export HOME=$R/home XDG_CONFIG_HOME=$R/home/.config XDG_DATA_HOME=$R/home/.local/share TMPDIR=$R/tmp
    export VSCODE_OPTIONS=enable-smoke-test-driver E2E_RESULTS=$R/results.json CONTRACT_LOG=$R/contract.log
    if [ "$1" = ui ]; then "${CS[@]}" --install-extension "$VSIX" >"$R/install.log" 2>&1; fi
    setsid "${CS[@]}" >"$R/code-server.log" 2>&1 </dev/null & pg=$!
    trap 'kill -- -$pg 2>/dev/null || true; for i in $(seq 50); do kill -0 -- -$pg 2>/dev/null || break; sleep 0.1; done; kill -9 -- -$pg 2>/dev/null || true' EXIT
    for i in $(seq 300); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz" && break; sleep 0.1; done
    export CS_URL=http://127.0.0.1:$PORT WS=$R/ws EXT_DIR TMP=$R/tmp SHOTS=$RESULTS
    case $1 in
      exthost) node "$EXT_DIR/e2e/exthost.js" ;;
      contract) E2E_SUITE=contract.js node "$EXT_DIR/e2e/exthost.js" ;;
      ui) node "$EXT_DIR/e2e/ui-smoke.js" ;;
    esac
  )
}

rc=0
MODES=${E2E_MODES:-exthost contract ui}
if [[ " $MODES " == *" exthost "* ]]; then step "extension-host tests (vscode API, real server)"; run_mode exthost 18181 || rc=1; fi
if [[ " $MODES " == *" contract "* ]]; then step "sandbox and lineage UI against the agreed protocol (scripted server)"; run_mode contract 18183 || rc=1; fi
if [[ " $MODES " == *" ui "* ]]; then step "UI smoke test of the VSIX"; run_mode ui 18182 || rc=1; fi

step "figures"
node -e '
const fs = require("fs");
const r = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
console.log(`extension-host suite: ${r.summary}`);
for (const t of r.results.filter(t => t.status === "pending")) console.log(`  pending: ${t.name} — ${t.reason}`);
console.log(`activation -> server ready (initialize answered): ${r.timings.serverReadyMillis} ms`);
console.log(`activation -> first build ready (modelsense/status): ${r.timings.firstBuildMillis} ms`);
' "$WORK/exthost/results.json" 2>/dev/null || echo "extension-host results missing"
cat "$WORK/vsix.txt"
[ "$rc" = 0 ] && echo "vscode-client e2e: PASSED" || echo "vscode-client e2e: FAILED (logs under $WORK)"
exit $rc
