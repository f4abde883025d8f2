package apis

// PromWithLabelValues are the methods of the labelled Prometheus
// collectors that take the label values in order, with no names:
// vec.WithLabelValues("GET", route). The other methods of [PromWith] take
// prometheus.Labels, a map from label name to value.
var PromWithLabelValues = promVecMethods("WithLabelValues", "GetMetricWithLabelValues")

// promVecMethods returns the keys of the named methods of every labelled
// collector type.
func promVecMethods(names ...string) []string {
	var out []string
	for _, vec := range []string{"CounterVec", "GaugeVec", "HistogramVec", "SummaryVec"} {
		out = append(out, methods(PromPkg+"."+vec, names...)...)
	}
	return out
}
