# --- Seawall LUKS provisioning functions (static part, see LuksProvisioning) ---
# Every stage takes its inputs as arguments so that it can be run on its own (tests run the
# format and filesystem stages against file images). Stages run in subshells: nothing leaks.

seawall_log() {
  printf 'seawall-luks: %s\n' "$*" >&2
}

seawall_die() {
  seawall_log "error: $*"
  exit 1
}

# seawall_wait_for BLOCK|FILE PATH SECONDS: waits until PATH is a block device (BLOCK) or a
# non-empty regular file (FILE), for at most SECONDS seconds.
seawall_wait_for() (
  kind=$1
  path=$2
  seconds=$3
  waited=0
  while :; do
    case $kind in
      BLOCK) [ -b "$path" ] && return 0 ;;
      FILE) [ -f "$path" ] && [ -s "$path" ] && return 0 ;;
      *) seawall_die "unknown wait kind: $kind" ;;
    esac
    if [ "$waited" -ge "$seconds" ]; then
      seawall_die "$path did not appear within $seconds seconds"
    fi
    if [ "$waited" -eq 0 ]; then
      seawall_log "waiting up to $seconds seconds for $path"
    fi
    sleep 1
    waited=$((waited + 1))
  done
)

# seawall_check_private_file PATH: refuses a key or token file that group or others may access.
seawall_check_private_file() (
  file=$1
  [ -f "$file" ] || seawall_die "$file is not a regular file"
  if [ -n "$(find "$file" -prune -perm /077)" ]; then
    seawall_die "$file is accessible by group or others; run: chmod 600 $file"
  fi
)

# seawall_read_key_from_stdin OUT: copies the key from standard input into OUT.
seawall_read_key_from_stdin() (
  out=$1
  cat > "$out"
  [ -s "$out" ] || seawall_die "no key on standard input (pipe the key file into this script)"
)

# seawall_fetch_key_https URL TOKEN_FILE OUT: downloads the key over HTTPS only, authenticating
# with the bearer token read from TOKEN_FILE. Neither the token nor the URL appear in the
# process list: both reach curl through its configuration on standard input.
seawall_fetch_key_https() (
  url=$1
  token_file=$2
  out=$3
  seawall_check_private_file "$token_file"
  token=$(cat "$token_file")
  case $token in
    '' | *[!A-Za-z0-9._~+/=-]*)
      seawall_die "bearer token file $token_file is empty or holds characters a bearer token cannot have"
      ;;
  esac
  case $url in
    https://*) ;;
    *) seawall_die "key URL must use https" ;;
  esac
  printf 'url = "%s"\nheader = "Authorization: Bearer %s"\n' "$url" "$token" |
    curl --config - --fail --silent --show-error --proto '=https' --tlsv1.2 \
      --max-time 60 --retry 5 --max-filesize 8192 --output "$out"
  [ -s "$out" ] || seawall_die "the key URL returned an empty key"
)

# seawall_write_embedded_key BASE64 OUT: decodes a key embedded in this script (opt-out
# SW-VOL-002) into OUT.
seawall_write_embedded_key() (
  encoded=$1
  out=$2
  printf '%s' "$encoded" | base64 -d > "$out"
  [ -s "$out" ] || seawall_die "the embedded key is empty"
)

# seawall_luks_format_if_needed DEVICE KEY_FILE FAST_PBKDF_FOR_TESTS: formats DEVICE as LUKS2
# (argon2id, aes-xts-plain64, 512-bit key) only when it is not LUKS yet and holds no other
# signature. An existing LUKS header or any filesystem, partition table or RAID signature is
# never overwritten.
seawall_luks_format_if_needed() (
  device=$1
  key=$2
  fast_pbkdf=$3
  if cryptsetup isLuks "$device"; then
    seawall_log "$device already holds LUKS; not formatting"
    return 0
  fi
  status=0
  found=$(blkid -p "$device") || status=$?
  case $status in
    2) ;;
    0) seawall_die "$device is not LUKS but holds data ($found); refusing to format it. A volume created with filesystem_type (SW-VOL-001) cannot be encrypted in place." ;;
    *) seawall_die "blkid could not probe $device (status $status); not formatting" ;;
  esac
  if [ "$fast_pbkdf" = 1 ]; then
    set -- --pbkdf-memory 32 --pbkdf-parallel 1 --pbkdf-force-iterations 4
  else
    set --
  fi
  seawall_log "formatting $device as LUKS2"
  cryptsetup luksFormat --batch-mode --type luks2 --cipher aes-xts-plain64 --key-size 512 \
    --pbkdf argon2id "$@" --key-file "$key" "$device"
)

# seawall_luks_open DEVICE KEY_FILE NAME: opens DEVICE as /dev/mapper/NAME unless it is open.
seawall_luks_open() (
  device=$1
  key=$2
  name=$3
  if [ -b "/dev/mapper/$name" ]; then
    seawall_log "/dev/mapper/$name is already open"
    return 0
  fi
  cryptsetup open --type luks2 --key-file "$key" "$device" "$name"
)

# seawall_mkfs_if_needed TARGET ext4|xfs: creates the filesystem only when TARGET holds no
# signature at all; an existing filesystem is never recreated.
seawall_mkfs_if_needed() (
  target=$1
  filesystem=$2
  status=0
  existing=$(blkid -p -o value -s TYPE "$target") || status=$?
  case $status in
    0)
      if [ "$existing" = "$filesystem" ]; then
        seawall_log "$target already holds $filesystem; not creating a filesystem"
        return 0
      fi
      seawall_die "$target holds '$existing', not $filesystem; leaving it untouched"
      ;;
    2) ;;
    *) seawall_die "blkid could not probe $target (status $status); not creating a filesystem" ;;
  esac
  seawall_log "creating $filesystem on $target"
  case $filesystem in
    ext4) mkfs.ext4 -q "$target" ;;
    xfs) mkfs.xfs -q "$target" ;;
    *) seawall_die "unsupported filesystem: $filesystem" ;;
  esac
)

# seawall_persist_crypttab CRYPTTAB NAME DEVICE KEY_FIELD OPTIONS: appends a crypttab line for
# NAME (by LUKS UUID) unless CRYPTTAB already has one; an existing line is never changed.
seawall_persist_crypttab() (
  file=$1
  name=$2
  device=$3
  key_field=$4
  options=$5
  if [ -f "$file" ] && awk -v n="$name" '$1 == n { found = 1 } END { exit !found }' "$file"; then
    seawall_log "$file already has an entry for $name; leaving it unchanged"
    return 0
  fi
  uuid=$(cryptsetup luksUUID "$device")
  [ -n "$uuid" ] || seawall_die "could not read the LUKS UUID of $device"
  printf '%s UUID=%s %s %s\n' "$name" "$uuid" "$key_field" "$options" >> "$file"
)

# seawall_persist_fstab FSTAB SOURCE MOUNT_POINT FILESYSTEM OPTIONS: appends an fstab line for
# MOUNT_POINT unless FSTAB already mounts something there; an existing line is never changed.
seawall_persist_fstab() (
  file=$1
  source=$2
  mount_point=$3
  filesystem=$4
  options=$5
  if [ -f "$file" ] && awk -v m="$mount_point" '$1 !~ /^#/ && $2 == m { found = 1 } END { exit !found }' "$file"; then
    seawall_log "$file already has an entry for $mount_point; leaving it unchanged"
    return 0
  fi
  printf '%s %s %s %s 0 2\n' "$source" "$mount_point" "$filesystem" "$options" >> "$file"
)

# seawall_mount SOURCE MOUNT_POINT FILESYSTEM OPTIONS: mounts SOURCE unless MOUNT_POINT is
# already a mount point.
seawall_mount() (
  source=$1
  mount_point=$2
  filesystem=$3
  options=$4
  mkdir -p "$mount_point"
  if mountpoint -q "$mount_point"; then
    seawall_log "$mount_point is already mounted"
    return 0
  fi
  mount -t "$filesystem" -o "$options" "$source" "$mount_point"
)

seawall_main() {
  seawall_log "provisioning DigitalOcean volume $cfg_volume_name"
  [ "$(id -u)" = 0 ] || seawall_die "run this script as root"
  for tool in cryptsetup blkid awk mountpoint; do
    command -v "$tool" > /dev/null 2>&1 || seawall_die "$tool is not installed"
  done
  seawall_wait_for BLOCK "$cfg_device" "$cfg_wait_seconds"
  case $cfg_key_source in
    file)
      seawall_wait_for FILE "$cfg_key_file" "$cfg_wait_seconds"
      seawall_check_private_file "$cfg_key_file"
      key_path=$cfg_key_file
      ;;
    stdin | https | embedded)
      key_dir=$(mktemp -d /run/seawall-luks.XXXXXX)
      trap 'rm -rf "$key_dir"' EXIT
      trap 'exit 1' HUP INT TERM
      key_path=$key_dir/key
      case $cfg_key_source in
        stdin) seawall_read_key_from_stdin "$key_path" ;;
        https)
          seawall_wait_for FILE "$cfg_bearer_token_file" "$cfg_wait_seconds"
          seawall_fetch_key_https "$cfg_key_url" "$cfg_bearer_token_file" "$key_path"
          ;;
        embedded) seawall_write_embedded_key "$cfg_luks_secret_key" "$key_path" ;;
      esac
      ;;
    *) seawall_die "unknown key source: $cfg_key_source" ;;
  esac
  seawall_luks_format_if_needed "$cfg_device" "$key_path" "$cfg_fast_pbkdf_for_tests"
  seawall_luks_open "$cfg_device" "$key_path" "$cfg_mapper_name"
  seawall_mkfs_if_needed "/dev/mapper/$cfg_mapper_name" "$cfg_filesystem"
  seawall_persist_crypttab /etc/crypttab "$cfg_mapper_name" "$cfg_device" "$cfg_crypttab_key" "$cfg_crypttab_options"
  seawall_persist_fstab /etc/fstab "/dev/mapper/$cfg_mapper_name" "$cfg_mount_point" "$cfg_filesystem" "$cfg_fstab_options"
  if command -v systemctl > /dev/null 2>&1; then
    systemctl daemon-reload || seawall_log "systemctl daemon-reload failed; continuing"
  fi
  seawall_mount "/dev/mapper/$cfg_mapper_name" "$cfg_mount_point" "$cfg_filesystem" "$cfg_mount_options"
  seawall_log "$cfg_device is open as /dev/mapper/$cfg_mapper_name and mounted on $cfg_mount_point"
}
