// Package requestdump logs HTTP requests dumped as text by httputil: the
// dump holds every header (the caller's Authorization and Cookie) and,
// when asked, the body.
package requestdump

import (
	"bytes"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"net/http/httputil"
	"strings"

	"github.com/zeromicro/go-zero/core/logc"
	"github.com/zeromicro/go-zero/core/logx"
)

// denied logs the request it refuses, headers and body.
func denied(w http.ResponseWriter, r *http.Request, reason string) {
	details, _ := httputil.DumpRequest(r, true)
	logc.Errorf(r.Context(), "authorize failed: %s\n=> %+v", reason, string(details)) // want `logs the whole HTTP request dumped by httputil`
	w.WriteHeader(http.StatusUnauthorized)
}

// headersOnly dumps no body: the headers are the credentials.
func headersOnly(r *http.Request) {
	head, err := httputil.DumpRequest(r, false)
	if err != nil {
		return
	}
	slog.DebugContext(r.Context(), "request", "head", head) // want `logs the whole HTTP request dumped by httputil`
}

// dumpRequest returns the dump, or the error that stopped it.
func dumpRequest(r *http.Request) string {
	content, err := httputil.DumpRequest(r, true)
	if err != nil {
		return err.Error()
	}
	return string(content)
}

// slow logs the dump its helper returns.
func slow(r *http.Request) {
	logx.WithContext(r.Context()).Slowf("[HTTP] %s - slowcall\n=> %s", r.Method, dumpRequest(r)) // want `logs the whole HTTP request dumped by httputil`
	text := dumpRequest(r)
	logx.Error(text) // want `logs the whole HTTP request dumped by httputil`
}

// outgoing logs the request the service sends, its own credentials in it.
func outgoing(req *http.Request) {
	out, _ := httputil.DumpRequestOut(req, true)
	log.Printf("sending %s", out) // want `logs the whole HTTP request dumped by httputil`
}

// Silent twins: the dump's size, the request line, a dump written to the
// response of a debugging endpoint rather than a log, and a dump of a
// response, which holds no caller's credentials.

func sized(r *http.Request) {
	dump, _ := httputil.DumpRequest(r, true)
	logx.Infof("request of %d bytes: %s %s", len(dump), r.Method, r.URL.Path)
}

func echo(w http.ResponseWriter, r *http.Request) {
	dump, _ := httputil.DumpRequest(r, true)
	fmt.Fprintf(w, "%s", dump)
}

// describe returns the request line only.
func describe(r *http.Request) string {
	return r.Method + " " + r.URL.Path
}

func logged(r *http.Request, resp *http.Response) {
	logx.Info(describe(r))
	reply, _ := httputil.DumpResponse(resp, false)
	logx.Infof("reply %s", reply)
}

// brief builds its line in a buffer, the dump of a failed request in it.
func brief(r *http.Request, code int) {
	var buf bytes.Buffer
	buf.WriteString(fmt.Sprintf("[HTTP] %d - %s %s", code, r.Method, r.RequestURI))
	if code >= http.StatusInternalServerError {
		buf.WriteString(fmt.Sprintf("\n%s", dumpRequest(r)))
		logx.Error(buf.String()) // want `logs the whole HTTP request dumped by httputil`
		return
	}
	logx.Info(buf.String())
}

// line builds its line from the request line only.
func line(r *http.Request) {
	var b strings.Builder
	b.WriteString(describe(r))
	logx.Info(b.String())
}

// debugTransport dumps each request it sends when debugging is switched
// on: the log keeps the credentials all the same.
type debugTransport struct {
	next  http.RoundTripper
	debug bool
}

func (d debugTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if d.debug {
		dump, _ := httputil.DumpRequestOut(req, true)
		slog.Debug("sending", "request", string(dump)) // want `logs the whole HTTP request dumped by httputil`
	}
	return d.next.RoundTrip(req)
}
