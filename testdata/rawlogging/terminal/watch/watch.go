// Package watch redraws a job's status on a cleared screen, as a watch
// command does: the escape sequences that move the cursor home and erase
// the screen draw on the terminal, so the package belongs to a program a
// person watches there, and what it prints is that program's output.
package watch

import (
	"context"
	"fmt"
)

// Job is a job whose status is watched.
type Job struct {
	Name, Phase string
	Done        bool
}

// Watch redraws the job's status until it is done.
func Watch(ctx context.Context, updates <-chan Job) error { // want Watch:"draws on the terminal"
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case j := <-updates:
			show(j)
			if j.Done {
				fmt.Printf("%s %s\n", j.Name, j.Phase)
				return nil
			}
		}
	}
}

// show clears the screen and prints the job's status.
func show(j Job) {
	print("\033[H\033[2J")
	fmt.Printf("Name: %s\nPhase: %s\n", j.Name, j.Phase)
}

// Stream prints what the job writes, a line at a time.
func Stream(lines <-chan string) {
	for l := range lines {
		fmt.Println(l)
	}
}
