//go:build unix

package driver

import (
	"syscall"
	"time"
)

// cpuTime returns the user and system time of the process and of its
// waited-for children (the go list commands of packages.Load).
func cpuTime() time.Duration {
	var total time.Duration
	for _, who := range []int{syscall.RUSAGE_SELF, syscall.RUSAGE_CHILDREN} {
		var ru syscall.Rusage
		if syscall.Getrusage(who, &ru) == nil {
			total += time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		}
	}
	return total
}
