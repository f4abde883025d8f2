//go:build unix

package testenv

import (
	"os/exec"
	"syscall"
)

// killGroup makes cmd the leader of a new process group and its
// cancellation kill the whole group.
func killGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
}
