#!/bin/sh
# Signs Windows executables and installers in place with osslsigncode (Authenticode), when the build is
# given a code-signing certificate; otherwise leaves them unsigned and says so once. Windows SmartScreen
# warns about unsigned downloads; offices that install from a USB stick can still run them.
#   NIANBAO_SIGN_PKCS12=cert.p12 NIANBAO_SIGN_PASSWORD=... [NIANBAO_SIGN_TIMESTAMP=http://...] sign-windows.sh FILE...
set -eu
if [ -z "${NIANBAO_SIGN_PKCS12:-}" ]; then
    echo "sign-windows: no NIANBAO_SIGN_PKCS12 given, left unsigned: $*"
    exit 0
fi
for file in "$@"; do
    set -- sign -pkcs12 "$NIANBAO_SIGN_PKCS12" -pass "${NIANBAO_SIGN_PASSWORD:-}" -h sha256 -n "Nianbao"
    if [ -n "${NIANBAO_SIGN_TIMESTAMP:-}" ]; then
        set -- "$@" -ts "$NIANBAO_SIGN_TIMESTAMP"
    fi
    osslsigncode "$@" -in "$file" -out "$file.signed"
    mv "$file.signed" "$file"
done
