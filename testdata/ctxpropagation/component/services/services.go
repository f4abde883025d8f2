// Package services runs functions for the lifetime of a component.
package services

import "context"

// Runner runs a function for the lifetime of a component.
type Runner struct{ run func(context.Context) error }

// NewRunner returns a runner of run.
func NewRunner(run func(context.Context) error) *Runner { return &Runner{run: run} }

// Start runs the function until ctx is done.
func (r *Runner) Start(ctx context.Context) error { return r.run(ctx) }
