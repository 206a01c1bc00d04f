"""Kills (SIGKILL) the process whose command line names TARGET the moment a temporary file appears beside
TARGET, i.e. while it is writing. Prints 1 when it killed one mid-write, 0 when the write was never seen."""
import os, signal, sys, time

target = sys.argv[1]
folder = os.path.dirname(target)
deadline = time.time() + float(sys.argv[2] if len(sys.argv) > 2 else 60)


def writers():
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    if target.encode() in f.read() and int(pid) != os.getpid():
                        yield int(pid)
            except OSError:
                pass


while time.time() < deadline:
    if any(name.endswith(".tmp") for name in os.listdir(folder)):
        killed = 0
        for pid in writers():
            try:
                os.kill(pid, signal.SIGKILL)
                killed = 1
            except OSError:
                pass
        print(killed)
        sys.exit(0)
print(0)
