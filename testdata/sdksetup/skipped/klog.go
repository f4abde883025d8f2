package main

import (
	"context"

	"k8s.io/klog/v2"

	"otellint.test/sdksetup/setup"
)

// klogExit leaves through klog.Exitf, which logs and then ends the
// process with status 1, as klog.Fatalf does with 255: the deferred
// shutdown does not run.
func klogExit() { // want klogExit:"shuts down"
	cleanup, _ := setup.InitObservability(context.Background(), "svc", "1")
	defer cleanup() // want `leaves through klog.Exitf \(line \d+\), which ends the process`
	if err := run(); err != nil {
		klog.Exitf("run: %v", err)
	}
}

// klogError logs the failure with klog.Errorf and returns: the deferred
// shutdown runs.
func klogError() { // want klogError:"shuts down"
	cleanup, _ := setup.InitObservability(context.Background(), "svc", "1")
	defer cleanup()
	if err := run(); err != nil {
		klog.Errorf("run: %v", err)
		return
	}
}
