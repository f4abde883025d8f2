//go:build !unix

package driver

import "time"

// cpuTime is not measured on this platform: -timing prints wall time only.
func cpuTime() time.Duration { return 0 }
