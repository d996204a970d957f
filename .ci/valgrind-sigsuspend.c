/* Preloaded only under valgrind (.ci/bench-poll --callgrind). valgrind 3.19 edits the signal mask
 * that sigsuspend(2) is given in place; libdispatch's main thread passes a mask in read-only
 * memory, so every async Swift program dies under valgrind with an internal SIGSEGV. This
 * sigsuspend hands the kernel a copy on the stack instead. */
#define _GNU_SOURCE
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

int sigsuspend(const sigset_t *mask) {
    sigset_t copy = *mask;
    return (int)syscall(SYS_rt_sigsuspend, &copy, _NSIG / 8);
}
