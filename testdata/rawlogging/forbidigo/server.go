package forbidigo

import (
	"fmt"
	"log"
	"net/http"
)

// The prints of this file are not allowed by the team, but where a
// directive for forbidigo says so.
func handle(w http.ResponseWriter, r *http.Request) {
	fmt.Println("order created") // want `fmt.Println writes unstructured text`
	fmt.Println("order shipped") //nolint:forbidigo // shown in the demo's console
	//nolint:forbidigo // shown in the demo's console
	log.Printf("order %s paid", r.URL.Path)
	fmt.Println("order paid") //nolint:errcheck // want `fmt.Println writes unstructured text`
	if r.Method == http.MethodPost {
		//nolint:forbidigo // the whole block is for the demo
		if r.URL.Path != "" {
			log.Println("posted")
		}
	}
}

//nolint:forbidigo // prints the route table for the person starting the server
func printRoutes(routes []string) {
	for _, r := range routes {
		fmt.Println(r)
	}
}

// dumpConfig prints the configuration for the person starting the server.
//
//nolint:forbidigo // meant for the console
func dumpConfig(cfg map[string]string) {
	for k, v := range cfg {
		fmt.Printf("%s=%s\n", k, v)
	}
}

// logRoutes logs the route table; the directive above it silences
// another linter.
//
//nolint:unparam // routes may be filtered one day
func logRoutes(routes []string) {
	for _, r := range routes {
		log.Println(r) // want `log.Println writes unstructured text`
	}
}
