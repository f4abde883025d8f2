// Package gen generates resources and shows its progress on the
// terminal's bar: it belongs to a terminal program too, and its progress
// lines are that program's output.
package gen

import (
	"log"

	"otellint.test/rawlogging/terminal/bar"
)

// Generator creates samples.
type Generator struct{ bar *bar.Bar }

// Generate creates n samples.
func (g *Generator) Generate(n int) error { // want Generate:"draws on the terminal"
	log.Printf("generating %d samples", n)
	for i := 0; i < n; i++ {
		g.bar.Step()
	}
	g.bar.Finish()
	return nil
}

// Clean removes the samples.
func (g *Generator) Clean() {
	log.Print("cleaning samples")
}
