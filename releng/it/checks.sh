# Sourced by the acceptance scripts: check NAME COMMAND... runs COMMAND, prints ok or FAIL with NAME and
# counts them in $passed and $failed.
passed=0
failed=0

check() {
    local name="$1"
    shift
    if "$@"; then
        passed=$((passed + 1))
        echo "ok   $name"
    else
        failed=$((failed + 1))
        echo "FAIL $name"
    fi
}
