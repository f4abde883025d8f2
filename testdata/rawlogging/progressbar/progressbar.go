// Package progressbar draws a progress bar on the terminal: a carriage
// return that redraws the line and the line break that ends it move the
// cursor; they are not log records. A line of text is one.
package progressbar

import (
	"fmt"
	"log"
	"os"
	"strings"
)

// Bar is a progress bar.
type Bar struct{ cur, total int }

// Draw redraws the bar in place.
func (b *Bar) Draw() {
	pct := 100 * b.cur / b.total
	fmt.Printf("\r[%-50s]%3d%% %d/%d", strings.Repeat("#", pct/2), pct, b.cur, b.total)
	fmt.Fprint(os.Stderr, "\r", pct)
}

// Done ends the bar's line.
func (b *Bar) Done() {
	fmt.Println()
	fmt.Fprintln(os.Stdout, "")
	fmt.Print("\n")
}

// Report writes records: text on a line of its own.
func (b *Bar) Report(err error) {
	fmt.Printf("\r\nfailed: %v", err)              // want `fmt.Printf writes unstructured text`
	fmt.Printf("progress %d/%d\r", b.cur, b.total) // want `fmt.Printf writes unstructured text`
	fmt.Println("", err)                           // want `fmt.Println writes unstructured text`
	log.Println()                                  // want `log.Println writes unstructured text`
	log.Printf("\rretrying")                       // want `log.Printf writes unstructured text`
}

// Step advances the bar and redraws it: Draw is no printer of records.
func (b *Bar) Step() {
	b.cur++
	b.Draw()
}
