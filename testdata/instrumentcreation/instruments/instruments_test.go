package instruments

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Test files are silent: a test handler may build what it checks.
func TestHandler(t *testing.T) {
	h := func(w http.ResponseWriter, r *http.Request) {
		c, _ := meter.Int64Counter("test")
		c.Add(r.Context(), 1)
	}
	h(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
}
