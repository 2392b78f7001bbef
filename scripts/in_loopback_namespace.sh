#!/usr/bin/env bash
# Run a command in a new network namespace whose only interface is `lo` (up).
#
#   scripts/in_loopback_namespace.sh CMD [ARGS...]
#
# Why: the test suite and the demo cluster talk to 127.0.0.1 only, and Ray
# will not use 127.0.0.1 while the host has another interface (it advertises
# the host's address, so its traffic would leave loopback). In a namespace that
# has nothing but `lo`, every server binds and every client connects on
# loopback, and nothing can reach or be reached from the network.
#
# How, in order of preference:
#   - already alone with `lo`: run CMD as is (no nesting);
#   - root: `unshare --net`;
#   - not root: an unprivileged user namespace (`unshare --user --map-root-user
#     --net`, the environment and file ownership stay the caller's), else
#     `sudo -n unshare --net` dropping back to the caller's uid with setpriv;
#   - none of these permitted: say so on stderr and run CMD as is.
# The exit status is CMD's (exec all the way down), so `.ci/run` sees pytest's.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 CMD [ARGS...]" >&2
  exit 2
fi

# /proc/net/dev lists this process's namespace's interfaces (/sys/class/net shows sysfs's mounter's).
only_loopback() { [ "$(tail -n +3 /proc/net/dev 2>/dev/null | cut -d: -f1 | tr -d ' ')" = "lo" ]; }

if only_loopback; then
  exec "$@"
fi

# Inside the new namespace: bring `lo` up (a fresh namespace has it down), then become CMD.
INNER='ip link set lo up && exec "$@"'

# A dry run (CMD = true) with the same prefix first, so a refusal is told apart from CMD's own failure.
permitted() { "$@" true >/dev/null 2>&1; }

if ! command -v ip >/dev/null 2>&1 && [ ! -x /usr/sbin/ip ] && [ ! -x /sbin/ip ]; then
  echo "in_loopback_namespace: 'ip' (Debian package iproute2) is missing, so 'lo' cannot be brought up in a" \
    "new namespace; running without isolation: $*" >&2
  exec "$@"
fi
export PATH="$PATH:/usr/sbin:/sbin"

if [ "$(id -u)" = 0 ]; then
  if permitted unshare --net -- sh -c "$INNER" sh; then
    exec unshare --net -- sh -c "$INNER" sh "$@"
  fi
else
  if permitted unshare --user --map-root-user --net -- sh -c "$INNER" sh; then
    exec unshare --user --map-root-user --net -- sh -c "$INNER" sh "$@"
  fi
  # `ip link set lo up` needs root, so it runs before setpriv drops back to the caller's ids.
  # sudo resets PATH (secure_path); -E keeps the rest of the environment where sudoers allows it.
  AS_ME=(setpriv "--reuid=$(id -u)" "--regid=$(id -g)" --init-groups env "PATH=$PATH")
  if command -v setpriv >/dev/null 2>&1 && permitted sudo -n -E unshare --net -- sh -c "$INNER" sh "${AS_ME[@]}"; then
    exec sudo -n -E unshare --net -- sh -c "$INNER" sh "${AS_ME[@]}" "$@"
  fi
fi

echo "in_loopback_namespace: creating a network namespace is not permitted here (needs root, sudo or" \
  "unprivileged user namespaces); running without isolation, so servers may also be reachable on" \
  "this host's other interfaces: $*" >&2
exec "$@"
