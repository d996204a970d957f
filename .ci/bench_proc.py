"""What the benches read about a process from /proc."""


def own_peak_rss_mb(pid):
    """VmHWM of a running process, in MB: the peak RSS of its own program, from exec on (wait4's
    ru_maxrss also counts what the child shared with its parent between fork and exec). None
    once the process has ended."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None
