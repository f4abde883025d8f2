// Package debug prints values for a person reading the terminal: its
// printers are like fmt.Print, and their calls are what is reported.
package debug

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
	"sort"
	"strings"
)

// Item is a value to print.
type Item struct {
	Name string
	N    int
}

// Dump prints the items under a title, as a table it builds.
func Dump(items []Item, title ...string) { // want Dump:"printer ending in fmt.Print"
	var sb strings.Builder
	for _, t := range title {
		_, _ = sb.WriteString(t)
		sb.WriteRune('\n')
	}
	for _, it := range items {
		fmt.Fprintf(&sb, "%s\t%d\n", it.Name, it.N)
	}
	fmt.Print(sb.String())
}

// JSON prints v indented, to standard error.
func JSON(v any) { // want JSON:"printer ending in fmt.Fprintln"
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return
	}
	fmt.Fprintln(os.Stderr, string(b))
}

// Each prints every value on a line of its own.
func Each[T any](xs []T) { // want Each:"printer ending in fmt.Println"
	lines := make([]string, 0, len(xs))
	for _, x := range xs {
		lines = append(lines, fmt.Sprint(x))
	}
	fmt.Println(strings.Join(lines, "\n"))
}

// Table is a printable table.
type Table struct {
	rows [][]string
}

// Print prints the table's rows through Dump.
func (t *Table) Print(title string) { // want Print:"printer ending in debug.Dump"
	items := make([]Item, 0, len(t.rows))
	for i, r := range t.rows {
		items = append(items, Item{Name: strings.Join(r, " "), N: i})
	}
	Dump(items, title)
}

// Show prints one item through a printer of the package: calls of
// printers inside a printer are its purpose too.
func Show(it Item) { // want Show:"printer ending in debug.Dump"
	var items []Item
	items = append(items, it)
	Dump(items)
}

// line is an unexported printer: its calls in this package are reported.
func line(name string, n int) {
	s := fmt.Sprintf("%s=%d", name, n)
	fmt.Println(s)
}

// Summary prints a summary line per item.
func Summary(items []Item) {
	for _, it := range items {
		line(it.Name, it.N) // want `debug.line prints unstructured text with fmt.Println`
	}
	fmt.Println("items:", len(items)) // want `fmt.Println writes unstructured text`
}

// Logf is a logging helper: it forwards its arguments to the log, which
// is reported where it prints.
func Logf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	log.Print(msg) // want `log.Print writes unstructured text`
}

// Infof forwards its arguments to fmt.Printf: it builds no text.
func Infof(format string, args ...any) {
	fmt.Printf(format+"\n", args...) // want `fmt.Printf writes unstructured text`
}

// Store keeps items.
type Store struct {
	items map[string]Item
}

// Put stores an item and then prints it: it does more than print.
func (s *Store) Put(it Item) {
	s.items[it.Name] = it
	msg := fmt.Sprintf("stored %s", it.Name)
	fmt.Println(msg) // want `fmt.Println writes unstructured text`
}

// Flush saves the items, then prints their count: the file write is work
// beyond printing.
func (s *Store) Flush(path string) {
	n := len(s.items)
	_ = os.WriteFile(path, nil, 0o600)
	fmt.Println("flushed", n) // want `fmt.Println writes unstructured text`
}

// Registry holds named routes.
type Registry struct {
	groups [][]string
}

// list prints the sorted table of the routes: a heading, then a line a
// row.
func (g *Registry) list() {
	var rows []string
	for _, group := range g.groups {
		rows = append(rows, group...)
	}
	sort.Strings(rows)
	fmt.Println("Routes:")
	for _, row := range rows {
		fmt.Printf("  %s\n", row)
	}
}

// PrintRoutes prints the table on the program's request: it only calls a
// printer, and nothing in the module calls it.
func (g *Registry) PrintRoutes() { // want PrintRoutes:"printer ending in debug.Registry.list"
	g.list()
}

// Count prints a heading and loops over a field, not a text of its own:
// it is no printer.
func (g *Registry) Count() {
	fmt.Println("groups:") // want `fmt.Println writes unstructured text`
	for _, group := range g.groups {
		fmt.Println(len(group)) // want `fmt.Println writes unstructured text`
	}
}
