// Package bar draws a progress bar on the terminal, and so belongs to a
// program that a person watches at a terminal: what it prints is that
// program's output, not a service's log.
package bar

import (
	"fmt"
	"log"
	"os"
	"strings"
)

// Bar is a progress bar.
type Bar struct{ cur, total int }

// Play redraws the bar in place.
func (b *Bar) Play() { // want Play:"draws on the terminal"
	fmt.Printf("\r[%-50s]%3d%%", strings.Repeat("#", b.Percent()/2), b.Percent())
}

// Step advances the bar and redraws it: it draws through Play.
func (b *Bar) Step() { // want Step:"draws on the terminal"
	b.cur++
	b.Play()
}

// Finish ends the bar's line: a line break alone draws nothing.
func (b *Bar) Finish() {
	fmt.Println()
}

// Percent computes the share done; it draws nothing.
func (b *Bar) Percent() int { return 100 * b.cur / b.total }

// MustRead reads a file the program was pointed at, or stops.
func MustRead(path string) []byte {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Panicln("cannot read", path)
	}
	return data
}
