// The team bans raw prints with forbidigo and allows them in this file,
// the console output of a command mode that waits for the server and
// exits.

//nolint:forbidigo // console output of the --wait mode
package forbidigo

import (
	"fmt"
	"net/http"
	"time"
)

// WaitUntilReady polls url until it answers, printing its progress.
func WaitUntilReady(url string) {
	println(fmt.Sprintf("waiting for %s", url))
	for range 10 {
		if resp, err := http.Get(url); err == nil {
			resp.Body.Close()
			println("ready")
			return
		}
		time.Sleep(time.Second)
	}
	fmt.Println("timed out")
}
