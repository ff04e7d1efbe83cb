#!/usr/bin/env bash
# Runs the commands that open the README's "Writing a plugin" section (its first ```sh or ```bash block), exactly as
# written, the way a newcomer would on a clean clone after the quick start's build — but in a scratch copy, so the
# working tree is never touched: the template is installed from the copy, the plugin and its tests are made, built and
# tested there, the template is uninstalled again and the copy deleted. `dotnet new` (and only it: the same variable
# would move NuGet's package folder too) runs with DOTNET_CLI_HOME in the scratch folder, where it keeps its template
# list, so the user's own list is left alone (and a template installed from another clone cannot stand in for this one).
#
# "After the quick start's build" on a clean clone: the files git tracks, the NuGet packages the build restored (the
# machine's cache, shared) and what the build left outside the projects' folders, artifacts/plugins and
# artifacts/test-plugins (copied). Each project's bin/ and obj/ name the folder they were built in, so the commands
# build the projects they need again in the copy (the SDK, the modules, the host, the test kit, the new plugin and its
# tests): that is most of the check's time.
#
# Prints the block, its output, then "plugin template: passed in Ns" (or failed); exits with the block's status.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# The plugin's tests open its pages in the machine's Chromium: install it (and the CJK fonts) when missing, as ./test.sh does.
scripts/ensure-prerequisites.sh --browser

# The section's first shell block: from a ```sh/```bash line after "## Writing a plugin" to the closing ```.
block=$(awk '
  open && /^```[[:space:]]*$/ { exit }
  open { print; next }
  /^## / { section = ($0 ~ /^## Writing a plugin[[:space:]]*$/); next }
  section && /^```(sh|bash)[[:space:]]*$/ { open = 1 }
' README.md)
if [ -z "$block" ]; then
  echo "plugin template: failed: README.md has no \`\`\`sh block in \"## Writing a plugin\"" >&2
  exit 1
fi

started=$SECONDS
scratch=$(mktemp -d "${TMPDIR:-/tmp}/modular-plugin-template.XXXXXX")
copy="$scratch/repo"
mkdir -p "$copy" "$scratch/home"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 MODULAR_TEMPLATE_HOME="$scratch/home"
dotnet() {
  if [ "${1:-}" = new ]; then DOTNET_CLI_HOME="$MODULAR_TEMPLATE_HOME" command dotnet "$@"; else command dotnet "$@"; fi
}
export -f dotnet

cleanup() {
  # The block installed ./templates/modular-plugin of the copy; take it out of the (scratch) template list again.
  (cd "$copy" && dotnet new uninstall "$copy/templates/modular-plugin" >/dev/null 2>&1) || true
  rm -rf "$scratch"
}
trap cleanup EXIT

# A clean clone of what is about to be committed: the files git tracks (a new one once `git add`ed), as they are on disk.
# Untracked files stay out, such as a plugin made by following the README in the working tree.
# Outside a git checkout (an unpacked archive): every file but what .gitignore leaves out.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  sources() { git ls-files -z --cached; }
else
  sources() { find . \( -name .git -o -name bin -o -name obj -o -name artifacts -o -name .data -o -name TestResults -o -name .vs \) -prune -o -type f -print0; }
fi
sources | while IFS= read -r -d '' file; do [ -e "$file" ] && printf '%s\0' "$file"; done \
  | tar --null --files-from=- -cf - | tar -xf - -C "$copy"
# What the quick start's build (dotnet build Modular.sln) leaves outside the projects: the built plugins.
for built in artifacts/plugins artifacts/test-plugins; do
  if [ -d "$built" ]; then mkdir -p "$copy/artifacts" && cp -a "$built" "$copy/artifacts/"; fi
done

echo "plugin template: running README.md's \"Writing a plugin\" commands in $copy:"
printf '%s\n' "$block" | sed 's/^/    /'
set +e
(cd "$copy" && bash -e -o pipefail -c "$block")
status=$?
set -e
if [ "$status" -eq 0 ]; then
  echo "plugin template: passed in $((SECONDS - started))s"
else
  echo "plugin template: failed (exit $status) after $((SECONDS - started))s" >&2
fi
exit "$status"
