//go:build !unix

package testenv

import "os/exec"

// killGroup leaves cmd as it is: without process groups, cancellation kills
// the process itself.
func killGroup(cmd *exec.Cmd) {}
