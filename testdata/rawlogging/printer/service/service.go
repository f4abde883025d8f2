// Package service serves requests and calls the printers of debug.
package service

import (
	"net/http"
	"os"

	"otellint.test/rawlogging/printer/debug"
)

// handle serves a request and dumps the items it got.
func handle(w http.ResponseWriter, r *http.Request) {
	items := []debug.Item{{Name: r.URL.Path, N: 1}}
	debug.Dump(items, "request") // want `debug.Dump prints unstructured text with fmt.Print, which carries no trace_id`
	debug.JSON(items)            // want `debug.JSON prints unstructured text with fmt.Fprintln`
	var t debug.Table
	t.Print("rows")      // want `debug.Table.Print prints unstructured text with debug.Dump`
	debug.Show(items[0]) // want `debug.Show prints unstructured text with debug.Dump`
	debug.Each(items)    // want `debug.Each prints unstructured text with fmt.Println`
	debug.Logf("served %s", r.URL.Path)
	var reg debug.Registry
	reg.PrintRoutes() // want `debug.Registry.PrintRoutes prints unstructured text with debug.Registry.list`
	w.WriteHeader(http.StatusOK)
}

// fail prints the items it could not process and ends the process: the
// last words of a process that exits.
func fail(items []debug.Item) {
	debug.Dump(items, "unprocessed")
	os.Exit(1)
}
