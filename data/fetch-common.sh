# Shared by data/fetch-*: download, verify, extract, then rename into data/raw/<name>/ in one step.
# Sourced, not run. Raw data is immutable: an existing target is never touched.
# Two ways in: fetch_dataset (archives and files checked against a sha256 manifest) and fetch_indexed (every file of
# a committed checksum index, data/indexes/<name>.tsv, downloaded one by one and checked against it).
# A manifest line is "<sha256>  <file>", as sha256sum writes it: the file is everything after the two spaces, so a
# name may hold spaces (VGMIDI's do); it may not start or end with one.

# fetch_dataset NAME MANIFEST URL FILE [URL FILE ...]
#   Downloads each URL to FILE inside a temporary folder next to the target, checks it against MANIFEST
#   (lines "<sha256>  <file>", '#' comments; "-" as the hash means "not known yet"), unpacks .zip and .tar.gz archives,
#   and renames the folder to ${MERLAB_RAW:-data/raw}/NAME. A "-" hash is replaced in MANIFEST by the
#   hash just downloaded, and the script says so: commit that manifest once you trust the download.
fetch_dataset() {
    local name=$1 manifest=$2
    shift 2
    local target
    target=$(fetch_target "$name") || return $?
    if [ ! -f "$manifest" ]; then
        echo "fetch-$name: checksum manifest $manifest is missing" >&2
        return 1
    fi
    mkdir -p "${target%/*}"
    local partial
    partial=$(mktemp -d "${target%/*}/.$name.partial.XXXXXX")
    # shellcheck disable=SC2064  # expand now: the trap must remove this very folder
    trap "rm -rf '$partial'" EXIT
    while [ $# -gt 0 ]; do
        local url=$1 file=$2
        shift 2
        download "$name" "$url" "$partial/$file" || return 1
        verify "$name" "$manifest" "$partial" "$file" || return 1
    done
    local archive
    for archive in "$partial"/*.zip "$partial"/*.tar.gz; do
        [ -e "$archive" ] || continue
        mkdir -p "$partial/unpacked"
        case $archive in
            *.zip) unzip -q "$archive" -d "$partial/unpacked" ;;
            *) tar -xzf "$archive" -C "$partial/unpacked" ;;
        esac || { echo "fetch-$name: cannot unpack $archive" >&2; return 1; }
    done
    flatten "$partial"
    mv -T "$partial" "$target"
    trap - EXIT
    echo "fetch-$name: done: $target" >&2
}

# fetch_indexed NAME INDEX BASE_URL [LOCAL=REMOTE ...]
#   Downloads every file INDEX lists (a tab-separated checksum index with "path" and "sha256" columns, as
#   `./merlab data index` writes it) from BASE_URL/<path>, checks each against its sha256, and renames the folder
#   to ${MERLAB_RAW:-data/raw}/NAME only when all of them are there and verified: the result is the indexed copy,
#   no file more or less. On any failure nothing is left behind. Each LOCAL=REMOTE rule maps an index path that
#   starts with LOCAL to the source's path starting with REMOTE instead (the first rule that matches), for a source
#   whose folders are named otherwise than the layout the loaders read (e.g. audio/=data/mp345/).
fetch_indexed() {
    local name=$1 index=$2 base=$3
    shift 3
    local rules=("$@")
    local target
    target=$(fetch_target "$name") || return $?
    if [ ! -f "$index" ]; then
        echo "fetch-$name: checksum index $index is missing" >&2
        return 1
    fi
    mkdir -p "${target%/*}"
    local partial
    partial=$(mktemp -d "${target%/*}/.$name.partial.XXXXXX")
    local manifest=$partial.sha256
    # shellcheck disable=SC2064  # expand now: the trap must remove this very folder and manifest
    trap "rm -rf '$partial' '$manifest'" EXIT
    index_manifest "$index" "$manifest" || {
        echo "fetch-$name: $index is not a checksum index (columns path and sha256, one file a line)" >&2
        return 1
    }
    local count=0 line path
    # The list is read on fd 3, so nothing a download runs can consume it.
    while IFS= read -r line <&3; do
        path=${line:66}
        download "$name" "$base/$(url_path "$(remote_path "$path" "${rules[@]}")")" "$partial/$path" || return 1
        verify "$name" "$manifest" "$partial" "$path" || return 1
        count=$((count + 1))
    done 3< "$manifest"
    rm -f "$manifest"
    mv -T "$partial" "$target"
    trap - EXIT
    echo "fetch-$name: done: $target, all $count files of $index verified" >&2
}

# index_manifest INDEX MANIFEST: writes the index as a sha256 manifest ("<sha256>  <path>"), columns found by name
#   in its header; fails (1) unless every line has a 64-digit hash and a path that neither starts nor ends with a space.
index_manifest() {
    local index=$1 manifest=$2
    awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
                 { print $col["sha256"] "  " $col["path"] }' "$index" > "$manifest"
    grep -q . "$manifest" && ! grep -qvE '^[0-9a-f]{64}  [^ ](.*[^ ])?$' "$manifest"
}

# fetch_target NAME: prints ${MERLAB_RAW:-data/raw}/NAME; refuses (exit 2) if it exists, as raw data is immutable.
fetch_target() {
    local name=$1
    local raw=${MERLAB_RAW:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/raw}
    if [ -e "$raw/$name" ]; then
        echo "fetch-$name: refusing to touch $raw/$name: it exists, and raw data is never overwritten or modified." >&2
        echo "fetch-$name: to fetch again, move it away yourself first." >&2
        return 2
    fi
    echo "$raw/$name"
}

# remote_path PATH [LOCAL=REMOTE ...]: PATH with the first matching LOCAL prefix replaced by its REMOTE.
remote_path() {
    local path=$1 rule
    shift
    for rule in "$@"; do
        if [[ $path == "${rule%%=*}"* ]]; then
            echo "${rule#*=}${path#"${rule%%=*}"}"
            return
        fi
    done
    echo "$path"
}

# url_path PATH: PATH percent-encoded for a URL, byte by byte (RFC 3986): letters, digits, - . _ ~ and / stay.
url_path() {
    local LC_ALL=C path=$1 out="" c i
    for ((i = 0; i < ${#path}; i++)); do
        c=${path:i:1}
        case $c in
            [A-Za-z0-9/._~-]) out+=$c ;;
            *) printf -v c '%%%02X' "'$c" && out+=$c ;;
        esac
    done
    echo "$out"
}

# download NAME URL FILE: fetches URL to FILE (creating its folders); names the URL when it fails.
download() {
    local name=$1 url=$2 file=$3
    echo "fetch-$name: downloading $url" >&2
    local rc=0
    curl -fsSL --create-dirs --connect-timeout 20 --max-time 7200 --retry 2 -o "$file" "$url" || rc=$?
    if [ $rc -ne 0 ]; then
        echo "fetch-$name: download failed (curl exit $rc): $url" >&2
        echo "fetch-$name: check the network (offline?) and that the URL still serves the file." >&2
        return 1
    fi
}

# verify NAME MANIFEST DIR FILE: checks DIR/FILE against its manifest line; records the hash where it is "-".
verify() {
    local name=$1 manifest=$2 dir=$3 file=$4
    local expected actual
    # The file of a line is everything after the hash and its two spaces (see the top).
    expected=$(awk -v f="$file" '!/^#/ && substr($0, index($0, "  ") + 2) == f { print $1 }' "$manifest")
    actual=$(sha256sum "$dir/$file" | cut -d' ' -f1)
    if [ -z "$expected" ]; then
        echo "fetch-$name: $file is not listed in $manifest" >&2
        return 1
    elif [ "$expected" = "-" ]; then
        awk -v f="$file" -v h="$actual" '!/^#/ && substr($0, index($0, "  ") + 2) == f { print h "  " f; next }
            { print }' "$manifest" > "$manifest.tmp" && mv "$manifest.tmp" "$manifest"
        echo "fetch-$name: no checksum was known for $file; recorded sha256 $actual in $manifest" >&2
        echo "fetch-$name: commit $manifest so that later downloads are verified against it." >&2
    elif [ "$expected" != "$actual" ]; then
        echo "fetch-$name: checksum mismatch for $file: expected $expected, got $actual" >&2
        return 1
    else
        echo "fetch-$name: $file verified (sha256 $actual)" >&2
    fi
}

# flatten DIR: unpacked archives whose content is one folder are moved up, so the dataset's
# files sit directly in DIR/ (beside the archives, which are kept as downloaded).
flatten() {
    local dir=$1
    [ -d "$dir/unpacked" ] || return 0
    local entries=("$dir"/unpacked/*)
    local inner=$dir/unpacked
    if [ ${#entries[@]} -eq 1 ] && [ -d "${entries[0]}" ]; then
        inner=${entries[0]}
    fi
    local entry
    for entry in "$inner"/* "$inner"/.[!.]*; do
        [ -e "$entry" ] || continue
        mv "$entry" "$dir/"
    done
    rm -rf "$dir/unpacked"
}
