// Runs a command with all network denied: in a network namespace of its own when root (`unshare -n`, only a down
// loopback inside), otherwise with every Node process preloading deny-network.mjs and npm pointed at a closed port.
import {spawnSync, type SpawnSyncReturns} from "node:child_process";
import {fileURLToPath} from "node:url";

const CLOSED = "http://127.0.0.1:9";

/** How `runOffline` denies the network on this machine. */
export function offlineMethod(): "namespace" | "preload" {
  return process.getuid?.() === 0 && spawnSync("unshare", ["-n", "true"]).status === 0
    ? "namespace"
    : "preload";
}

/** Runs `command args` in `cwd` with no network; its exit status and output. */
export function runOffline(
  command: string,
  args: readonly string[],
  {cwd, env = {}}: {cwd: string; env?: NodeJS.ProcessEnv}
): SpawnSyncReturns<string> {
  const base: NodeJS.ProcessEnv = {
    ...process.env,
    ...env,
    npm_config_registry: CLOSED,
    HTTP_PROXY: CLOSED,
    HTTPS_PROXY: CLOSED
  };
  if (offlineMethod() === "namespace")
    return spawnSync("unshare", ["-n", "--", command, ...args], {cwd, env: base, encoding: "utf8"});
  const preload = `--import=${fileURLToPath(new URL("./deny-network.mjs", import.meta.url))}`;
  const options = [base.NODE_OPTIONS, preload].filter(Boolean).join(" ");
  return spawnSync(command, args, {cwd, env: {...base, NODE_OPTIONS: options}, encoding: "utf8"});
}
