// Command cmdmain is a program: its main function and the helpers only
// main calls are the command line.
package main

import "net/http"

func probe() {}

func main() {
	probe() // want `command: main function`
	printVersion()
	http.HandleFunc("/", handle)
}

// printVersion is only called from main.
func printVersion() {
	probe() // want `command: function printVersion only used in command code`
}

// handle is an HTTP handler of the program: not command code.
func handle(w http.ResponseWriter, r *http.Request) {
	probe() // want `production`
}
