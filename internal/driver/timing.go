package driver

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// timer measures the phases of a run for the -timing flag: wall time and
// the CPU time of the process and of the go commands it ran.
type timer struct {
	last    time.Time
	lastCPU time.Duration
	phases  []string
}

func newTimer() *timer {
	return &timer{last: time.Now(), lastCPU: cpuTime()}
}

// mark ends the phase called name.
func (t *timer) mark(name string) {
	now, cpu := time.Now(), cpuTime()
	s := fmt.Sprintf("%s %.2fs wall", name, now.Sub(t.last).Seconds())
	if cpu > 0 {
		s += fmt.Sprintf(" %.2fs cpu", (cpu - t.lastCPU).Seconds())
	}
	t.phases = append(t.phases, s)
	t.last, t.lastCPU = now, cpu
}

// print writes the phases, one line: "otellint: timing: load 8.10s wall
// 15.31s cpu, analysis 2.20s wall 4.02s cpu, 612 packages".
func (t *timer) print(w io.Writer, packages int) {
	fmt.Fprintf(w, "otellint: timing: %s, %d packages\n", strings.Join(t.phases, ", "), packages)
}
