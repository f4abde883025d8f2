package apis

// SlogCtxTwins maps each log/slog function and *slog.Logger method that
// takes no context to its ...Context twin, which takes the context first
// and hands it to the handler (the OpenTelemetry bridge reads the span
// from it): "log/slog.Info" -> "log/slog.InfoContext".
var SlogCtxTwins = map[string]string{}

func init() {
	for _, k := range append(append([]string(nil), SlogNoCtxFuncs...), SlogNoCtxMethods...) {
		SlogCtxTwins[k] = k + "Context"
		def(k, k+"Context")
	}
}
